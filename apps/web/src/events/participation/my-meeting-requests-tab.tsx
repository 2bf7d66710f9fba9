import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-states';
import { CancelMeetingButton } from '../cancel-meeting-button';
import { MEETING_STATUS_COLOURS, slotLongLabel, type MeetingStatus } from '../event-labels';
import { MeetingAnswerButtons } from './meeting-answer-buttons';
import type { Participant } from './participant-card';

const MeetingsDocument = graphql(`
  query EventMeetings($id: ID!) {
    eventMeetings(eventId: $id) {
      id
      status
      message
      declineReason
      startsAt
      endsAt
      tableName
      createdAt
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

/** The status of the viewer's live request with each other participant, by registration id. */
export function useLiveRequests(eventId: string, myId: string | null) {
  const { data } = useQuery(MeetingsDocument, { variables: { id: eventId }, skip: !myId });
  const live = new Map<string, MeetingStatus>();
  for (const meeting of data?.eventMeetings ?? []) {
    if (meeting.status !== 'PENDING' && meeting.status !== 'ACCEPTED') continue;
    live.set(meeting.requester.id === myId ? meeting.recipient.id : meeting.requester.id, meeting.status);
  }
  return live;
}

/** The viewer's meeting requests: received (to answer) and sent. */
export function MyMeetingRequestsTab({ eventId, myId }: { eventId: string; myId: string }) {
  const { t, formatDateTime, language } = useI18n();
  const { data, error, refetch } = useQuery(MeetingsDocument, { variables: { id: eventId }, fetchPolicy: 'cache-and-network' });
  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return <LoadingState label={t('events.page.loading')} />;
  const incoming = data.eventMeetings.filter((m) => m.recipient.id === myId);
  const outgoing = data.eventMeetings.filter((m) => m.requester.id === myId);

  const row = (meeting: (typeof data.eventMeetings)[number], other: Participant, canAnswer: boolean) => (
    <Card key={meeting.id} withBorder padding="md" radius="md" component="article" aria-labelledby={`meeting-${meeting.id}`} data-testid="meeting-request">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Title order={4} size="h5" id={`meeting-${meeting.id}`} dir="auto">
            {other.fullName}
            {other.organisationName ? ` — ${other.organisationName}` : ''}
          </Title>
          <Badge variant="light" color={MEETING_STATUS_COLOURS[meeting.status]}>
            {t(`events.meeting.${meeting.status}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(meeting.createdAt)}
        </Text>
        {meeting.message && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} dir="auto">
            {meeting.message}
          </Text>
        )}
        {meeting.declineReason && <Text size="sm">{t('events.reasonLabel', { reason: meeting.declineReason })}</Text>}
        {meeting.startsAt && meeting.endsAt && (
          <Text size="sm" fw={500}>
            {slotLongLabel({ startsAt: meeting.startsAt, endsAt: meeting.endsAt }, language)}
            {meeting.tableName ? ` · ${t('events.agenda.table', { name: meeting.tableName })}` : ''}
          </Text>
        )}
        {other.contact && (
          <Text size="sm">
            <Text span fw={600}>
              {t('events.contact')}
            </Text>{' '}
            <span dir="ltr">
              {other.contact.email}
              {other.contact.phone ? ` · ${other.contact.phone}` : ''}
            </span>
          </Text>
        )}
        <Group gap="xs">
          {canAnswer && meeting.status === 'PENDING' && <MeetingAnswerButtons meetingId={meeting.id} name={other.fullName} />}
          {(meeting.status === 'PENDING' || meeting.status === 'ACCEPTED') && !(canAnswer && meeting.status === 'PENDING') && <CancelMeetingButton meetingId={meeting.id} name={other.fullName} />}
        </Group>
      </Stack>
    </Card>
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('events.requests.incoming')}
        </Title>
        {incoming.length === 0 ? <EmptyState>{t('events.requests.emptyIncoming')}</EmptyState> : incoming.map((m) => row(m, m.requester, true))}
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('events.requests.outgoing')}
        </Title>
        {outgoing.length === 0 ? <EmptyState>{t('events.requests.emptyOutgoing')}</EmptyState> : outgoing.map((m) => row(m, m.recipient, false))}
      </Stack>
    </SimpleGrid>
  );
}
