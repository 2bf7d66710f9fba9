import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/use-i18n';
import { EmptyState } from '../../ui/query-states';
import { AnchorLink } from '../../ui/router-links';
import { CancelMeetingButton } from '../cancel-meeting-button';
import { slotLongLabel } from '../event-labels';
import { pair, REFETCH, type Data } from './event-manage-data';
import { ApplyProposalButton, ConvertToMatchButton, MarkAttendanceButton, MoveMeetingButton } from './meeting-action-buttons';

/** The accepted meetings: where and when, follow-ups, and what staff can do with each. */
export function ScheduledMeetingsTable({ data }: { data: Data }) {
  const { t, language } = useI18n();
  const { event } = data;
  const accepted = data.eventMeetings.filter((m) => m.status === 'ACCEPTED');
  const slotById = new Map(event.slots.map((slot) => [slot.id, slot]));

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('events.schedule.meetings')}
      </Title>
      {accepted.length === 0 ? (
        <EmptyState>{t('events.schedule.meetingsEmpty')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="event-meetings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('events.col.requester')}</Table.Th>
                <Table.Th>{t('events.col.recipient')}</Table.Th>
                <Table.Th>{t('events.col.slot')}</Table.Th>
                <Table.Th>{t('events.col.followUp')}</Table.Th>
                <Table.Th>{t('events.col.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accepted.map((m) => (
                <Table.Tr key={m.id} data-testid="event-meeting-row">
                  <Table.Td dir="auto">{m.requester.fullName}</Table.Td>
                  <Table.Td dir="auto">{m.recipient.fullName}</Table.Td>
                  <Table.Td>
                    {m.startsAt && m.endsAt ? (
                      <>
                        {slotLongLabel({ startsAt: m.startsAt, endsAt: m.endsAt }, language)}
                        {m.tableName ? ` · ${t('events.agenda.table', { name: m.tableName })}` : ''}
                        {m.pinned ? (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({t('events.schedule.pinned')})
                          </Text>
                        ) : null}
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('events.notScheduled')}
                        {m.unplacedReason ? ` — ${t(`events.unplaced.${m.unplacedReason as 'NO_TABLE'}`)}` : ''}
                      </Text>
                    )}
                    {m.proposedSlotId && slotById.get(m.proposedSlotId) && (
                      <Group gap={4} mt={2}>
                        <Text size="xs">{t('events.proposed', { slot: slotLongLabel(slotById.get(m.proposedSlotId)!, language) })}</Text>
                        <ApplyProposalButton meeting={m} />
                      </Group>
                    )}
                    {m.attendance && (
                      <Badge ms="xs" variant="light" color={m.attendance === 'HELD' ? 'teal' : 'red'}>
                        {t(`events.attendance.${m.attendance}`)}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {[m.requesterFollowUp, m.recipientFollowUp].map((value) => (value === null || value === undefined ? '—' : value ? t('events.followUpYes') : t('events.followUpNo'))).join(' / ')}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <MoveMeetingButton meeting={m} slots={event.slots} tables={event.tables} />
                      {/* Held or missed only makes sense once the meeting has a slot. */}
                      {(m.startsAt || m.attendance) && (
                        <>
                          <MarkAttendanceButton meeting={m} attendance="HELD" />
                          <MarkAttendanceButton meeting={m} attendance="NO_SHOW" />
                        </>
                      )}
                      {m.attendance === 'HELD' && !m.matchId && m.requester.kind !== m.recipient.kind && <ConvertToMatchButton meeting={m} />}
                      {m.matchId && (
                        <AnchorLink to="/pipeline/$matchId" params={{ matchId: m.matchId }} size="sm">
                          {t('events.schedule.matchLink')}
                        </AnchorLink>
                      )}
                      <CancelMeetingButton meetingId={m.id} name={pair(m)} refetch={REFETCH} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
