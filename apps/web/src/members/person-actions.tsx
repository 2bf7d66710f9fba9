import { useMutation } from '@apollo/client/react';
import { Button, Menu } from '@mantine/core';
import { useConfirmAction } from '../ui/use-confirm-action';
import { graphql } from '../gql';
import type { PersonRowFragment, Role } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { notifyDone, notifyFailure } from '../ui/notify';

const SuspendUserDocument = graphql(`
  mutation SuspendUser($id: ID!) {
    suspendUser(id: $id) {
      id
      status
    }
  }
`);

const ReactivateUserDocument = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      status
    }
  }
`);

const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      invitationStatus
    }
  }
`);

interface Props {
  person: PersonRowFragment;
  viewer: { id: string; role: Role } | null;
  onHistory: () => void;
}

/** The actions the viewer may take on this person, in a menu; each asks for confirmation. */
export function PersonActions({ person, viewer, onHistory }: Props) {
  const { t } = useI18n();
  const confirm = useConfirmAction();
  const refetchQueries = ['AuditHistory', 'PeopleList'];
  const [suspend] = useMutation(SuspendUserDocument, { refetchQueries });
  const [reactivate] = useMutation(ReactivateUserDocument, { refetchQueries });
  const [resend] = useMutation(ResendInvitationDocument, { refetchQueries });
  const name = person.fullName;
  const isSelf = viewer?.id === person.id;
  // The API's rules, so the menu offers only what it will accept: staff leave admins to admins.
  const mayAdminister = !isSelf && (viewer?.role === 'ADMIN' || person.role !== 'ADMIN');
  const mayInviteRole = viewer?.role === 'ADMIN' || (person.role !== 'STAFF' && person.role !== 'ADMIN');
  const canSuspend = mayAdminister && person.status !== 'SUSPENDED';
  const canReactivate = mayAdminister && person.status === 'SUSPENDED';
  const canResend = person.status === 'ACTIVE' && person.invitationStatus !== 'ACCEPTED' && person.invitationStatus !== null && mayInviteRole;

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      notifyDone(success);
    } catch (caught) {
      notifyFailure(t, caught);
    }
  };

  const askSuspend = () =>
    confirm({
      title: t('members.people.suspendConfirmTitle', { name }),
      body: t('members.people.suspendConfirmBody'),
      confirmLabel: t('members.people.suspend'),
      color: 'red',
      onConfirm: () => void run(() => suspend({ variables: { id: person.id } }), t('members.people.suspended', { name })),
    });
  const askReactivate = () =>
    confirm({
      title: t('members.people.reactivateConfirmTitle', { name }),
      body: t('members.people.reactivateConfirmBody'),
      confirmLabel: t('members.people.reactivate'),
      onConfirm: () => void run(() => reactivate({ variables: { id: person.id } }), t('members.people.reactivated', { name })),
    });
  const askResend = () =>
    confirm({
      title: t('members.people.resendConfirmTitle', { name }),
      body: t('members.people.resendConfirmBody', { email: person.email ?? '' }),
      confirmLabel: t('members.people.resend'),
      onConfirm: () => void run(() => resend({ variables: { id: person.id } }), t('members.people.resent', { email: person.email ?? '' })),
    });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" aria-label={t('members.people.actionsFor', { name })}>
          {t('members.people.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {canSuspend && (
          <Menu.Item color="red" onClick={askSuspend}>
            {t('members.people.suspend')}
          </Menu.Item>
        )}
        {canReactivate && <Menu.Item onClick={askReactivate}>{t('members.people.reactivate')}</Menu.Item>}
        {canResend && <Menu.Item onClick={askResend}>{t('members.people.resend')}</Menu.Item>}
        <Menu.Item onClick={onHistory}>{t('members.people.history')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
