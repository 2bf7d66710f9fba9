import { Badge, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../gql';
import type { PersonRowFragment } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { useViewer } from '../layout/viewer';
import { AnchorLink } from '../ui/router-links';
import { AuditHistory } from './audit-history';
import { invitationLabel, roleLabel, USER_STATUS_COLOURS, userStatusLabel } from './member-labels';
import { PersonActions } from './person-actions';
import { RoleCell } from './role-cell';
import { ScrollTable } from './scroll-table';

export const PersonRowFields = graphql(`
  fragment PersonRow on User {
    id
    fullName
    email
    role
    status
    invitationStatus
    organisation {
      id
      name
    }
  }
`);

/** One row per person: contacts, organisation, role (the admin changes it here), account and actions. */
export function PeopleTable({ people }: { people: PersonRowFragment[] }) {
  const { t } = useI18n();
  const viewer = useViewer().data?.me;
  const [historyOf, setHistoryOf] = useState<PersonRowFragment | null>(null);

  return (
    <>
      <ScrollTable minWidth={900} label={t('members.people.caption')}>
        <Table striped highlightOnHover data-testid="people-table" aria-label={t('members.people.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.people.name')}</Table.Th>
              <Table.Th>{t('members.people.organisationLabel')}</Table.Th>
              <Table.Th>{t('members.people.roleLabel')}</Table.Th>
              <Table.Th>{t('members.people.account')}</Table.Th>
              <Table.Th>{t('members.people.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((person) => (
              <Table.Tr key={person.id} data-testid={`person-${person.id}`}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {person.fullName}
                  </Text>
                  <Text size="xs" c="dimmed" dir="ltr" ta="start">
                    {person.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {person.organisation ? (
                    <AnchorLink to="/organisations/$organisationId" params={{ organisationId: person.organisation.id }} size="sm">
                      {person.organisation.name}
                    </AnchorLink>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('members.people.noOrganisation')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {viewer?.role === 'ADMIN' && viewer.id !== person.id ? <RoleCell person={person} /> : <Text size="sm">{t(roleLabel(person.role))}</Text>}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge variant="light" color={USER_STATUS_COLOURS[person.status]}>
                      {t(userStatusLabel(person.status))}
                    </Badge>
                    {person.invitationStatus && (
                      <Text size="xs" c="dimmed">
                        {t(invitationLabel(person.invitationStatus))}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <PersonActions person={person} viewer={viewer ?? null} onHistory={() => setHistoryOf(person)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Modal
        opened={historyOf !== null}
        onClose={() => setHistoryOf(null)}
        title={historyOf ? t('members.people.historyOf', { name: historyOf.fullName }) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('members.close') }}
      >
        {historyOf && <AuditHistory subjectType="USER" subjectId={historyOf.id} />}
      </Modal>
    </>
  );
}
