import { useMutation } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useRef } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { describeError, fieldErrors } from '../ui/describe-error';
import { useDocumentTitle } from '../ui/use-document-title';
import { asSentence } from './display-text';
import { focusFirstError } from './focus-first-error';
import { AccountPasswordInput, NewPasswordInput } from './password-inputs';
import { leaveSignInNotice } from './sign-in-notice';
import { useNewPasswordForm } from './use-new-password-form';

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** The page a reset e-mail links to: choose a new password, then sign in with it. */
export function ResetPasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t('accounts.reset.title'));
  const { token } = useSearch({ from: '/public/reset-password' });
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [reset, { loading, error }] = useMutation(ResetPasswordDocument);
  const form = useNewPasswordForm();
  const problems = fieldErrors(error);
  const linkProblem = !token ? t('accounts.reset.noToken') : problems.token;

  async function handleSubmit({ password }: typeof form.values) {
    if (!token) return;
    try {
      await reset({ variables: { input: { token, password } } });
      leaveSignInNotice('passwordReset');
      await navigate({ to: '/sign-in', replace: true });
    } catch (caught) {
      const { token: _token, ...fields } = fieldErrors(caught as ErrorLike);
      form.setErrors(fields);
      focusFirstError(formRef.current);
    }
  }

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('accounts.reset.title')}</Title>
        <Text c="dimmed">{t('accounts.reset.intro')}</Text>
      </Stack>

      {linkProblem ? (
        <Alert color="orange" role="alert" title={t('accounts.reset.linkInvalid')}>
          <Stack gap="xs">
            <Text size="sm">{asSentence(linkProblem)}</Text>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('accounts.reset.askAgain')}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <form ref={formRef} noValidate onSubmit={form.onSubmit(handleSubmit, () => focusFirstError(formRef.current))}>
          <Stack gap="md">
            {error && Object.keys(problems).length === 0 && (
              <Alert color="red" role="alert">
                {describeError(error, t)}
              </Alert>
            )}
            <NewPasswordInput label={t('accounts.password.new')} withAsterisk {...form.getInputProps('password')} />
            <AccountPasswordInput label={t('accounts.password.confirm')} autoComplete="new-password" withAsterisk {...form.getInputProps('confirmation')} />
            <Group>
              <Button type="submit" loading={loading}>
                {t('accounts.reset.submit')}
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
