import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useConfirmAction } from '../ui/use-confirm-action';
import { graphql } from '../gql';
import type { PersonRowFragment, Role } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ROLES, roleLabel } from './member-labels';
import { notifyDone, notifyFailure } from '../ui/notify';

const SetUserRoleDocument = graphql(`
  mutation SetUserRole($id: ID!, $role: Role!) {
    setUserRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

/** Admin only: the person's role as a list; a choice asks for confirmation before it is saved. */
export function RoleCell({ person }: { person: PersonRowFragment }) {
  const { t } = useI18n();
  const confirm = useConfirmAction();
  const [setRole, { loading }] = useMutation(SetUserRoleDocument, { refetchQueries: ['AuditHistory'] });

  function ask(role: Role) {
    confirm({
      title: t('members.people.roleConfirmTitle', { name: person.fullName }),
      body: t('members.people.roleConfirmBody', { from: t(roleLabel(person.role)), to: t(roleLabel(role)) }),
      confirmLabel: t('members.people.roleConfirm'),
      onConfirm: () => void save(role),
    });
  }

  async function save(role: Role) {
    try {
      await setRole({ variables: { id: person.id, role } });
      notifyDone(t('members.people.roleChanged', { name: person.fullName, role: t(roleLabel(role)) }));
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  return (
    <Select
      aria-label={t('members.people.roleOf', { name: person.fullName })}
      data={ROLES.map((role) => ({ value: role, label: t(roleLabel(role)) }))}
      value={person.role}
      onChange={(value) => value && value !== person.role && ask(value as Role)}
      allowDeselect={false}
      disabled={loading}
      size="xs"
      miw={150}
    />
  );
}
