import { useMutation } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { describeError, fieldErrors } from '../ui/describe-error';
import { useDocumentTitle } from '../ui/use-document-title';
import { accountRules } from './account-validators';
import { isolate } from './display-text';
import { focusFirstError } from './focus-first-error';

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** "Forgot password": the same answer whether or not the e-mail has an account. */
export function ForgotPasswordPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('accounts.forgot.title'));
  const formRef = useRef<HTMLFormElement>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading, error }] = useMutation(RequestPasswordResetDocument);
  const rules = accountRules(t);
  const form = useForm({ mode: 'controlled', initialValues: { email: '' }, validate: { email: rules.email } });
  const generalError = error && !fieldErrors(error).email ? error : undefined;

  async function handleSubmit({ email }: typeof form.values) {
    try {
      await request({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (caught) {
      form.setErrors(fieldErrors(caught as ErrorLike));
      focusFirstError(formRef.current);
    }
  }

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('accounts.forgot.title')}</Title>
        <Text c="dimmed">{t('accounts.forgot.intro')}</Text>
      </Stack>

      {sentTo ? (
        <Alert color="petrol" role="status" title={t('accounts.forgot.sentTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('accounts.forgot.sent', { email: isolate(sentTo, language) })}</Text>
            <Text size="sm">{t('accounts.forgot.validity')}</Text>
            <Group gap="md">
              <Anchor component="button" type="button" size="sm" onClick={() => setSentTo(null)}>
                {t('accounts.forgot.again')}
              </Anchor>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <form ref={formRef} noValidate onSubmit={form.onSubmit(handleSubmit, () => focusFirstError(formRef.current))}>
          <Stack gap="md">
            {generalError && (
              <Alert color="red" role="alert">
                {describeError(generalError, t)}
              </Alert>
            )}
            <TextInput label={t('auth.email')} type="email" autoComplete="email" inputMode="email" dir="ltr" withAsterisk {...form.getInputProps('email')} />
            <Group>
              <Button type="submit" loading={loading}>
                {t('accounts.forgot.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}

      <Anchor component={Link} to="/sign-in">
        {t('accounts.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
