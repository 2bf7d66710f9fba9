import { Table } from '@mantine/core';
import { useI18n } from '../../i18n/use-i18n';
import { EmptyState } from '../../ui/query-states';
import type { Data } from './event-manage-data';

/** Every registration, with contacts. */
export function RegistrationsTab({ data }: { data: Data }) {
  const { t, formatDateTime } = useI18n();
  const participants = data.event.participants;
  if (!participants.length) return <EmptyState>{t('events.registrations.empty')}</EmptyState>;
  return (
    <Table.ScrollContainer minWidth={760} type="native" tabIndex={0} role="region" aria-label={t('events.manage.tab.registrations')}>
      <Table striped data-testid="event-registrations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('events.col.name')}</Table.Th>
            <Table.Th>{t('events.col.organisation')}</Table.Th>
            <Table.Th>{t('events.col.kind')}</Table.Th>
            <Table.Th>{t('events.col.languages')}</Table.Th>
            <Table.Th>{t('events.col.email')}</Table.Th>
            <Table.Th>{t('events.col.status')}</Table.Th>
            <Table.Th>{t('events.col.sent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td dir="auto">{p.fullName}</Table.Td>
              <Table.Td dir="auto">{p.organisationName ?? '—'}</Table.Td>
              <Table.Td>{t(`events.kind.${p.kind}`)}</Table.Td>
              <Table.Td>{p.languages.map((code) => t(`events.language.${code}`)).join(', ')}</Table.Td>
              <Table.Td dir="ltr" ta="start">
                {p.contact?.email}
                {p.contact?.phone ? ` · ${p.contact.phone}` : ''}
              </Table.Td>
              <Table.Td>{t(`events.registration.${p.status}`)}</Table.Td>
              <Table.Td>{formatDateTime(p.registeredAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
