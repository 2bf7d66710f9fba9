import { useMutation } from '@apollo/client/react';
import { Menu } from '@mantine/core';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { endSession, getSession } from './session';

const SignOutDocument = graphql(`
  mutation SignOut($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

/** Revokes the refresh token on the server, then forgets the session here whatever the outcome. */
export function SignOutMenuItem() {
  const { t } = useI18n();
  const [signOut, { loading }] = useMutation(SignOutDocument);

  async function handleClick() {
    const session = getSession();
    try {
      if (session) await signOut({ variables: { refreshToken: session.refreshToken } });
    } catch {
      // Offline or already revoked: signing out locally is what the user asked for.
    } finally {
      endSession('signed-out');
    }
  }

  return (
    <Menu.Item onClick={handleClick} disabled={loading} data-testid="sign-out">
      {loading ? t('auth.signingOut') : t('auth.signOut')}
    </Menu.Item>
  );
}
