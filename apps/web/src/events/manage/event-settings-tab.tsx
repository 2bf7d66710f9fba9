import { Table } from '@mantine/core';
import { useI18n } from '../../i18n/use-i18n';
import type { Data } from './event-manage-data';

/** The event's settings, read-only (edited with the event form). */
export function EventSettingsTab({ data }: { data: Data }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const { event } = data;
  const rows: [string, string][] = [
    [t('events.form.days'), event.startsOn === event.endsOn ? formatDate(event.startsOn) : `${formatDate(event.startsOn)} – ${formatDate(event.endsOn)}`],
    [t('events.form.venue'), event.venue ?? (event.online ? t('events.online') : '—')],
    [t('events.form.registration'), t('events.registrationWindow', { from: formatDateTime(event.registrationOpensAt), to: formatDateTime(event.registrationClosesAt) })],
    [t('events.form.meetingMinutes'), String(event.meetingMinutes)],
    [t('events.manage.requestMode'), t(`events.mode.${event.requestMode}`)],
    [t('events.manage.expiry'), event.requestsExpireAt ? formatDateTime(event.requestsExpireAt) : t('events.manage.noExpiry')],
    [t('events.manage.maxRequests'), String(event.maxRequests)],
    [t('events.manage.capacity'), event.capacity ? String(event.capacity) : t('events.manage.unlimited')],
  ];
  return (
    <Table maw={760} variant="vertical" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={260}>{label}</Table.Th>
            <Table.Td dir="auto">{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
