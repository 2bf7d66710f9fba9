import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-states';
import { download, slotLongLabel } from '../event-labels';
import { ProposeSlotButton, type Slot } from './propose-slot-button';
import { notifyDone, notifyFailure } from '../../ui/notify';

const AgendaDocument = graphql(`
  query EventAgenda($id: ID!) {
    eventAgenda(eventId: $id) {
      id
      startsAt
      endsAt
      tableName
      attendance
      myFollowUp
      proposedSlotId
      slotId
      requester {
        id
        fullName
        organisationName
        contact {
          email
          phone
        }
      }
      recipient {
        id
        fullName
        organisationName
        contact {
          email
          phone
        }
      }
    }
  }
`);

const IcsDocument = graphql(`
  query EventAgendaIcs($id: ID!) {
    eventAgendaIcs(eventId: $id)
  }
`);

const FollowUpDocument = graphql(`
  mutation SetEventMeetingFollowUp($id: ID!, $worth: Boolean!) {
    setEventMeetingFollowUp(id: $id, worthContinuing: $worth) {
      id
      myFollowUp
    }
  }
`);

/** The participant's placed meetings: time, counterpart, table, follow-up; and the .ics download. */
export function MyAgendaTab({ eventId, myId, title, slots }: { eventId: string; myId: string; title: string; slots: Slot[] }) {
  const { t, language } = useI18n();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(AgendaDocument, { variables: { id: eventId }, fetchPolicy: 'cache-and-network' });
  const [followUp] = useMutation(FollowUpDocument);
  const [downloading, setDownloading] = useState(false);
  const slotById = new Map(slots.map((slot) => [slot.id, slot]));

  async function downloadIcs() {
    setDownloading(true);
    try {
      const result = await client.query({ query: IcsDocument, variables: { id: eventId }, fetchPolicy: 'network-only' });
      if (result.data) download(`${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'agenda'}.ics`, result.data.eventAgendaIcs, 'text/calendar');
    } catch (caught) {
      notifyFailure(t, caught);
    } finally {
      setDownloading(false);
    }
  }

  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return <LoadingState label={t('events.page.loading')} />;
  return (
    <Stack gap="md">
      <Group>
        <Button variant="default" onClick={() => void downloadIcs()} loading={downloading} disabled={data.eventAgenda.length === 0}>
          {t('events.agenda.download')}
        </Button>
      </Group>
      {data.eventAgenda.length === 0 ? (
        <EmptyState>{t('events.agenda.empty')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped data-testid="event-agenda">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('events.agenda.time')}</Table.Th>
                <Table.Th>{t('events.agenda.with')}</Table.Th>
                <Table.Th>{t('events.agenda.where')}</Table.Th>
                <Table.Th>{t('events.followUp')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.eventAgenda.map((meeting) => {
                const other = meeting.requester.id === myId ? meeting.recipient : meeting.requester;
                return (
                  <Table.Tr key={meeting.id}>
                    <Table.Td>
                      <Text size="sm">{slotLongLabel({ startsAt: meeting.startsAt!, endsAt: meeting.endsAt! }, language)}</Text>
                      {meeting.proposedSlotId && slotById.get(meeting.proposedSlotId) && (
                        <Text size="xs" c="dimmed">
                          {t('events.proposed', { slot: slotLongLabel(slotById.get(meeting.proposedSlotId)!, language) })}
                        </Text>
                      )}
                      <ProposeSlotButton meetingId={meeting.id} name={other.fullName} slots={slots.filter((slot) => slot.id !== meeting.slotId)} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500} dir="auto">
                        {other.fullName}
                      </Text>
                      {other.organisationName && (
                        <Text size="xs" dir="auto">
                          {other.organisationName}
                        </Text>
                      )}
                      {other.contact && (
                        <Text size="xs" dir="ltr" ta="start">
                          {other.contact.email}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{meeting.tableName ? t('events.agenda.table', { name: meeting.tableName }) : '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" role="group" aria-label={t('events.followUpLabel', { name: other.fullName })}>
                        {[true, false].map((value) => (
                          <Button
                            key={String(value)}
                            size="compact-xs"
                            variant={meeting.myFollowUp === value ? 'filled' : 'default'}
                            aria-pressed={meeting.myFollowUp === value}
                            onClick={() =>
                              void followUp({ variables: { id: meeting.id, worth: value } })
                                .then(() => notifyDone(t('events.followUpSaved')))
                                .catch((caught: unknown) => notifyFailure(t, caught))
                            }
                          >
                            {value ? t('events.followUpYes') : t('events.followUpNo')}
                          </Button>
                        ))}
                        {meeting.attendance && (
                          <Badge variant="light" color={meeting.attendance === 'HELD' ? 'teal' : 'red'}>
                            {t(`events.attendance.${meeting.attendance}`)}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
