import { useMutation, useQuery } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useRef, type ReactNode } from 'react';
import { saveSession } from '../auth/session';
import { graphql } from '../gql';
import type { InvitationQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { useSaveLanguage } from '../i18n/use-save-language';
import { describeError, fieldErrors } from '../ui/describe-error';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { asSentence, isolate } from './display-text';
import { focusFirstError } from './focus-first-error';
import { AccountPasswordInput, NewPasswordInput } from './password-inputs';
import { useNewPasswordForm } from './use-new-password-form';

const InvitationDocument = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      fullName
      organisationName
    }
  }
`);

const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
      refreshToken
      user {
        preferredLanguage
      }
    }
  }
`);

/** The page an invitation e-mail links to: who it is for, then a password, and the person is in. */
export function InvitationPage() {
  const { t } = useI18n();
  useDocumentTitle(t('accounts.invitation.title'));
  const { token } = useSearch({ from: '/public/invitation' });
  const { data, error, refetch } = useQuery(InvitationDocument, { variables: { token: token ?? '' }, skip: !token, fetchPolicy: 'network-only' });
  const linkProblem = !token ? t('accounts.invitation.noToken') : fieldErrors(error).token;

  let content: ReactNode;
  if (linkProblem) content = <InvalidInvitation reason={linkProblem} />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  else if (!data || !token) content = <LoadingState label={t('accounts.invitation.loading')} />;
  else content = <AcceptInvitationForm token={token} invitation={data.invitation} />;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('accounts.invitation.title')}</Title>
      {content}
    </Stack>
  );
}

function InvalidInvitation({ reason }: { reason: string }) {
  const { t } = useI18n();
  return (
    <Alert color="orange" role="alert" title={t('accounts.invitation.invalid')}>
      <Stack gap="xs">
        <Text size="sm">{asSentence(reason)}</Text>
        <Text size="sm">{t('accounts.invitation.invalidHelp')}</Text>
        <Group gap="lg">
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('auth.submit')}
          </Anchor>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('accounts.signIn.forgot')}
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}

function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationQuery['invitation'] }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const saveLanguage = useSaveLanguage();
  const formRef = useRef<HTMLFormElement>(null);
  const [accept, { loading, error }] = useMutation(AcceptInvitationDocument);
  const form = useNewPasswordForm();
  const problems = fieldErrors(error);

  async function handleSubmit({ password }: typeof form.values) {
    try {
      const { data } = await accept({ variables: { input: { token, password } } });
      if (!data) return;
      saveSession(data.acceptInvitation);
      if (data.acceptInvitation.user.preferredLanguage !== language) saveLanguage(language);
      await navigate({ to: '/', replace: true });
    } catch (caught) {
      form.setErrors(fieldErrors(caught as ErrorLike));
      focusFirstError(formRef.current);
    }
  }

  if (problems.token) return <InvalidInvitation reason={problems.token} />;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="lg" fw={600}>
          {t('accounts.invitation.welcome', { name: isolate(invitation.fullName, language) })}
        </Text>
        <Text>
          {invitation.organisationName
            ? t('accounts.invitation.forWithOrganisation', { email: isolate(invitation.email, language), organisation: isolate(invitation.organisationName, language) })
            : t('accounts.invitation.for', { email: isolate(invitation.email, language) })}
        </Text>
        <Text c="dimmed" size="sm">
          {t('accounts.invitation.intro')}
        </Text>
      </Stack>
      <form ref={formRef} noValidate onSubmit={form.onSubmit(handleSubmit, () => focusFirstError(formRef.current))}>
        <Stack gap="md">
          {error && Object.keys(problems).length === 0 && (
            <Alert color="red" role="alert">
              {describeError(error, t)}
            </Alert>
          )}
          {/* Lets password managers file the new password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
          <NewPasswordInput label={t('accounts.password.choose')} withAsterisk {...form.getInputProps('password')} />
          <AccountPasswordInput label={t('accounts.password.confirm')} autoComplete="new-password" withAsterisk {...form.getInputProps('confirmation')} />
          <Group>
            <Button type="submit" loading={loading}>
              {t('accounts.invitation.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
