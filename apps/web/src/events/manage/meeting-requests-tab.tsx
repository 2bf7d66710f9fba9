import { Badge, Table, Text } from '@mantine/core';
import { useI18n } from '../../i18n/use-i18n';
import { EmptyState } from '../../ui/query-states';
import { CancelMeetingButton } from '../cancel-meeting-button';
import { MEETING_STATUS_COLOURS } from '../event-labels';
import { pair, REFETCH, type Data } from './event-manage-data';

/** Every meeting request of the event. */
export function MeetingRequestsTab({ data }: { data: Data }) {
  const { t, formatDateTime } = useI18n();
  const meetings = data.eventMeetings;
  if (!meetings.length) return <EmptyState>{t('events.requests.empty')}</EmptyState>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="event-requests">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('events.col.requester')}</Table.Th>
            <Table.Th>{t('events.col.recipient')}</Table.Th>
            <Table.Th>{t('events.col.status')}</Table.Th>
            <Table.Th>{t('events.col.sent')}</Table.Th>
            <Table.Th>{t('events.requestMessage')}</Table.Th>
            <Table.Th>{t('events.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td dir="auto">
                {m.requester.fullName}
                {m.requester.organisationName ? ` (${m.requester.organisationName})` : ''}
              </Table.Td>
              <Table.Td dir="auto">
                {m.recipient.fullName}
                {m.recipient.organisationName ? ` (${m.recipient.organisationName})` : ''}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={MEETING_STATUS_COLOURS[m.status]}>
                  {t(`events.meeting.${m.status}`)}
                </Badge>
                {m.declineReason && <Text size="xs">{t('events.reasonLabel', { reason: m.declineReason })}</Text>}
              </Table.Td>
              <Table.Td>{formatDateTime(m.createdAt)}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} dir="auto">
                  {m.message}
                </Text>
              </Table.Td>
              <Table.Td>{(m.status === 'PENDING' || m.status === 'ACCEPTED') && <CancelMeetingButton meetingId={m.id} name={pair(m)} refetch={REFETCH} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
