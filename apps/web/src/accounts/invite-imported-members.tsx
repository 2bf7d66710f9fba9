import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { useConfirmAction } from '../ui/use-confirm-action';
import { notifyFailure } from '../ui/notify';

const InviteImportedMembersDocument = graphql(`
  mutation InviteImportedMembers {
    inviteMembers {
      invited
      skipped
    }
  }
`);

/** One button for everyone imported from CSV who has no password yet and no live invitation. */
export function InviteImportedMembers() {
  const { t } = useI18n();
  const confirm = useConfirmAction();
  const [inviteMembers, { loading }] = useMutation(InviteImportedMembersDocument);

  async function run() {
    try {
      const { data } = await inviteMembers();
      if (!data) return;
      const { invited, skipped } = data.inviteMembers;
      notifications.show({
        color: invited > 0 ? 'teal' : 'blue',
        message: t(invited > 0 ? 'accounts.inviteMembers.done' : 'accounts.inviteMembers.none', { invited, skipped }),
      });
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  function ask() {
    confirm({
      title: t('accounts.inviteMembers.confirmTitle'),
      body: t('accounts.inviteMembers.confirmBody'),
      confirmLabel: t('accounts.inviteMembers.confirm'),
      onConfirm: () => void run(),
    });
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{t('accounts.inviteMembers.hint')}</Text>
      <Group>
        <Button variant="light" onClick={ask} loading={loading}>
          {t('accounts.inviteMembers.button')}
        </Button>
      </Group>
    </Stack>
  );
}
