import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { endSession } from '../auth/session';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { leaveSignInNotice } from './sign-in-notice';
import { useConfirmAction } from '../ui/use-confirm-action';
import { notifyFailure } from '../ui/notify';

const SignOutEverywhereDocument = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

/** Ends every session of the account, this one included (the signed-in layout then opens sign-in). */
export function SignOutEverywhere() {
  const { t } = useI18n();
  const confirm = useConfirmAction();
  const [signOutEverywhere, { loading }] = useMutation(SignOutEverywhereDocument);

  async function run() {
    try {
      await signOutEverywhere();
      leaveSignInNotice('signedOutEverywhere');
      endSession('signed-out');
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  function ask() {
    confirm({
      title: t('accounts.sessions.confirmTitle'),
      body: t('accounts.sessions.confirmBody'),
      confirmLabel: t('accounts.sessions.signOutEverywhere'),
      color: 'red',
      onConfirm: () => void run(),
    });
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{t('accounts.sessions.hint')}</Text>
      <Group>
        <Button variant="outline" color="red" onClick={ask} loading={loading}>
          {t('accounts.sessions.signOutEverywhere')}
        </Button>
      </Group>
    </Stack>
  );
}
