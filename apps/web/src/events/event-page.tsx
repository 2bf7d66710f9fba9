import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { useRole } from '../shell/use-role';
import { errorCode } from '../ui/describe-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { AnchorLink, ButtonLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';
import { EVENT_STATUS_COLOURS, isStaffRole } from './event-labels';
import { EventParticipantsTab } from './participation/event-participants-tab';
import { EventSuggestionsTab } from './participation/event-suggestions-tab';
import { MyAgendaTab } from './participation/my-agenda-tab';
import { MyMeetingRequestsTab } from './participation/my-meeting-requests-tab';
import { RegistrationButton, WithdrawButton } from './registration-form';

export const EventDetailDocument = graphql(`
  query EventDetail($id: ID!) {
    event(id: $id) {
      id
      title
      description
      status
      startsOn
      endsOn
      venue
      online
      onlineUrl
      registrationOpensAt
      registrationClosesAt
      registrationOpen
      meetingMinutes
      requestMode
      requestsExpireAt
      participantCount
      slots {
        id
        startsAt
        endsAt
      }
      myRegistration {
        id
        status
        offer
        seek
        languages
        availableSlotIds
      }
    }
  }
`);

/** A brokerage day inside the app: what it is, registration, the participants, suggested meetings, requests and the agenda. */
export function EventPage() {
  const { eventId } = useParams({ from: '/app/events/$eventId' });
  const { t, formatDate } = useI18n();
  const staff = isStaffRole(useRole());
  const { data, error, refetch } = useQuery(EventDetailDocument, { variables: { id: eventId }, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(data?.event.title ?? t('events.nav'));

  if (!data && error) {
    return (
      <Stack>
        <Title order={1}>{t('events.nav')}</Title>
        {errorCode(error) === 'NOT_FOUND' ? <EmptyState>{error.message}</EmptyState> : <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      </Stack>
    );
  }
  if (!data) return <LoadingState label={t('events.page.loading')} />;
  const event = data.event;
  const registration = event.myRegistration?.status === 'REGISTERED' ? event.myRegistration : null;
  const participating = !!registration;

  return (
    <Stack gap="lg">
      <AnchorLink to="/events" size="sm">
        {t('events.back')}
      </AnchorLink>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={1} dir="auto">
            {event.title}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={EVENT_STATUS_COLOURS[event.status]}>
              {t(`events.status.${event.status}`)}
            </Badge>
            {participating && (
              <Badge variant="light" color="teal">
                {t('events.registeredBadge')}
              </Badge>
            )}
          </Group>
        </Stack>
        {staff && (
          <ButtonLink to="/events/$eventId/manage" params={{ eventId }} variant="default">
            {t('events.manage')}
          </ButtonLink>
        )}
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap={6}>
          <Text fw={600}>{event.startsOn === event.endsOn ? formatDate(event.startsOn) : `${formatDate(event.startsOn)} – ${formatDate(event.endsOn)}`}</Text>
          {event.venue && <Text dir="auto">{event.venue}</Text>}
          {event.online && (
            <Text>
              {t('events.online')}
              {event.onlineUrl && participating ? ' — ' : ''}
              {event.onlineUrl && participating && (
                <Anchor href={event.onlineUrl} dir="ltr" target="_blank" rel="noreferrer">
                  {event.onlineUrl}
                </Anchor>
              )}
            </Text>
          )}
          <Text size="sm">
            {t('events.meetingLength', { minutes: event.meetingMinutes })} · {t(`events.mode.${event.requestMode}`)} · {t('events.participantsCount', { count: event.participantCount })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('events.registrationWindow', { from: formatDate(event.registrationOpensAt), to: formatDate(event.registrationClosesAt) })}
          </Text>
          {event.description && (
            <Text mt="xs" style={{ whiteSpace: 'pre-line' }} dir="auto">
              {event.description}
            </Text>
          )}
        </Stack>
      </Paper>
      {!staff && (
        <Group gap="sm">
          {participating ? (
            <>
              <RegistrationButton event={event} registration={registration} />
              {event.status !== 'HELD' && <WithdrawButton eventId={eventId} />}
            </>
          ) : event.registrationOpen ? (
            <RegistrationButton event={event} />
          ) : (
            <Alert color="gray">{t('events.registrationClosed')}</Alert>
          )}
        </Group>
      )}
      {staff && <Alert color="gray">{t('events.staffCannotRegister')}</Alert>}
      {participating || staff ? (
        <Tabs defaultValue={participating ? 'suggestions' : 'participants'} keepMounted={false}>
          <Tabs.List>
            {participating && <Tabs.Tab value="suggestions">{t('events.tab.suggestions')}</Tabs.Tab>}
            <Tabs.Tab value="participants">{t('events.tab.participants')}</Tabs.Tab>
            {participating && <Tabs.Tab value="requests">{t('events.tab.requests')}</Tabs.Tab>}
            {participating && <Tabs.Tab value="agenda">{t('events.tab.agenda')}</Tabs.Tab>}
          </Tabs.List>
          {participating && (
            <Tabs.Panel value="suggestions" pt="md">
              <EventSuggestionsTab eventId={eventId} canRequest={event.status === 'OPEN'} />
            </Tabs.Panel>
          )}
          <Tabs.Panel value="participants" pt="md">
            <EventParticipantsTab eventId={eventId} myId={registration?.id ?? null} canRequest={participating && event.status === 'OPEN'} />
          </Tabs.Panel>
          {participating && (
            <Tabs.Panel value="requests" pt="md">
              <MyMeetingRequestsTab eventId={eventId} myId={registration!.id} />
            </Tabs.Panel>
          )}
          {participating && (
            <Tabs.Panel value="agenda" pt="md">
              <MyAgendaTab eventId={eventId} myId={registration!.id} title={event.title} slots={event.slots} />
            </Tabs.Panel>
          )}
        </Tabs>
      ) : (
        <EmptyState>{t('events.catalogue.registerFirst')}</EmptyState>
      )}
    </Stack>
  );
}
