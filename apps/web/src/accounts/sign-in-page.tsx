import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { returnPath } from '../auth/return-path';
import { useRef } from 'react';
import { getLastSessionEnd, saveSession } from '../auth/session';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { useSaveLanguage } from '../i18n/use-save-language';
import { describeError, errorCode } from '../ui/describe-error';
import { useDocumentTitle } from '../ui/use-document-title';
import { accountRules } from './account-validators';
import { focusFirstError } from './focus-first-error';
import { AccountPasswordInput } from './password-inputs';
import { useSignInNotice, type SignInNotice } from './sign-in-notice';

const SignInDocument = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        preferredLanguage
      }
    }
  }
`);

const NOTICES = { passwordReset: 'accounts.signIn.passwordReset', signedOutEverywhere: 'accounts.signIn.signedOutEverywhere' } as const satisfies Record<SignInNotice, string>;

export function SignInPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('auth.signIn.title'));
  const { redirect } = useSearch({ from: '/public/sign-in' });
  const navigate = useNavigate();
  const [signIn, { loading, error }] = useMutation(SignInDocument);
  const saveLanguage = useSaveLanguage();
  const notice = useSignInNotice();
  const sessionExpired = getLastSessionEnd() === 'expired';
  const formRef = useRef<HTMLFormElement>(null);
  const rules = accountRules(t);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: { email: rules.email, password: rules.required },
  });

  async function handleSubmit(values: typeof form.values) {
    try {
      const { data } = await signIn({ variables: { input: { email: values.email.trim(), password: values.password } } });
      if (!data) return;
      saveSession(data.login);
      // The language chosen on this page is the one the person reads: the account follows it.
      if (data.login.user.preferredLanguage !== language) saveLanguage(language);
      await navigate({ href: returnPath(redirect), replace: true });
    } catch {
      // Shown from the hook's error state below.
    }
  }

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('auth.signIn.title')}</Title>
        <Text c="dimmed">{t('auth.signIn.intro')}</Text>
      </Stack>

      {notice && !error && (
        <Alert color="petrol" role="status">
          {t(NOTICES[notice])}
        </Alert>
      )}
      {sessionExpired && !notice && !error && (
        <Alert color="petrol" role="status">
          {t('auth.sessionExpired')}
        </Alert>
      )}
      {error && (
        <Alert color={errorCode(error) === 'RATE_LIMITED' || errorCode(error) === 'FORBIDDEN' ? 'orange' : 'red'} role="alert">
          {describeError(error, t)}
        </Alert>
      )}

      <form ref={formRef} noValidate onSubmit={form.onSubmit(handleSubmit, () => focusFirstError(formRef.current))}>
        <Stack gap="md">
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            dir="ltr"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <AccountPasswordInput label={t('auth.password')} autoComplete="current-password" withAsterisk {...form.getInputProps('password')} />
          <Group justify="space-between" align="center">
            <Button type="submit" loading={loading}>
              {t('auth.submit')}
            </Button>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('accounts.signIn.forgot')}
            </Anchor>
          </Group>
        </Stack>
      </form>

      <Text size="sm">
        {t('accounts.signIn.noAccount')}{' '}
        <Anchor component={Link} to="/sign-up" underline="always">
          {t('accounts.signIn.signUp')}
        </Anchor>
      </Text>
    </Stack>
  );
}
