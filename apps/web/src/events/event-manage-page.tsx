import { useQuery } from '@apollo/client/react';
import { Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { errorCode } from '../ui/describe-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { AnchorLink, ButtonLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';
import { EventFormButton } from './event-form';
import { EVENT_STATUS_COLOURS, NEXT_STATUSES } from './event-labels';
import { EventKpis } from './manage/event-kpis';
import { EventLayoutTab } from './manage/event-layout-tab';
import { EventSettingsTab } from './manage/event-settings-tab';
import { EventStatusButton } from './manage/event-status-button';
import { MeetingRequestsTab } from './manage/meeting-requests-tab';
import { RegistrationsTab } from './manage/registrations-tab';
import { ScheduleTab } from './manage/schedule-tab';
import { isolateIn } from '../i18n/bidi';

const EventManageDocument = graphql(`
  query EventManage($id: ID!) {
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
      meetingMinutes
      capacity
      requestMode
      requestsExpireAt
      maxRequests
      participantCount
      sessions {
        id
        name
        startsAt
        endsAt
        breakMinutes
      }
      slots {
        id
        sessionId
        startsAt
        endsAt
      }
      tables {
        id
        name
      }
      participants {
        id
        kind
        fullName
        organisationName
        languages
        status
        registeredAt
        contact {
          email
          phone
        }
      }
    }
    eventMeetings(eventId: $id) {
      id
      status
      message
      declineReason
      createdAt
      startsAt
      endsAt
      slotId
      tableId
      tableName
      pinned
      unplacedReason
      proposedSlotId
      attendance
      requesterFollowUp
      recipientFollowUp
      matchId
      requester {
        id
        kind
        fullName
        organisationName
      }
      recipient {
        id
        kind
        fullName
        organisationName
      }
    }
    eventKpis(eventId: $id) {
      registrations
      requests
      accepted
      declined
      expired
      scheduled
      held
      noShows
      matches
      collaborations
    }
  }
`);

/** Staff run a brokerage day: the event, its sessions and tables, registrations, requests, the schedule, figures. */
export function EventManagePage() {
  const { eventId } = useParams({ from: '/app/events/$eventId/manage' });
  const { t, language } = useI18n();
  const { data, error, refetch } = useQuery(EventManageDocument, { variables: { id: eventId }, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(data ? t('events.manage.title', { title: data.event.title }) : t('events.nav'));

  if (!data && error) {
    return (
      <Stack>
        <Title order={1}>{t('events.nav')}</Title>
        {errorCode(error) === 'NOT_FOUND' ? <EmptyState>{error.message}</EmptyState> : <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      </Stack>
    );
  }
  if (!data) return <LoadingState label={t('events.page.loading')} />;
  const { event } = data;

  return (
    <Stack gap="lg">
      <AnchorLink to="/events" size="sm">
        {t('events.back')}
      </AnchorLink>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={1} dir="auto">
            {t('events.manage.title', { title: isolateIn(language, event.title) })}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={EVENT_STATUS_COLOURS[event.status]}>
              {t(`events.status.${event.status}`)}
            </Badge>
            <Text size="sm">{t('events.participantsCount', { count: event.participantCount })}</Text>
          </Group>
        </Stack>
        <Group gap="xs">
          <ButtonLink to="/events/$eventId" params={{ eventId }} variant="default">
            {t('events.manage.viewPublic')}
          </ButtonLink>
          <EventFormButton event={event} />
          {NEXT_STATUSES[event.status].map((status) => (
            <EventStatusButton key={status} eventId={eventId} status={status} />
          ))}
        </Group>
      </Group>
      <EventKpis kpis={data.eventKpis} />
      <Tabs defaultValue="schedule" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="schedule">{t('events.manage.tab.schedule')}</Tabs.Tab>
          <Tabs.Tab value="layout">{t('events.manage.tab.layout')}</Tabs.Tab>
          <Tabs.Tab value="registrations">{t('events.manage.tab.registrations')}</Tabs.Tab>
          <Tabs.Tab value="requests">{t('events.manage.tab.requests')}</Tabs.Tab>
          <Tabs.Tab value="settings">{t('events.manage.tab.settings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="schedule" pt="md">
          <ScheduleTab data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="layout" pt="md">
          <EventLayoutTab data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="registrations" pt="md">
          <RegistrationsTab data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="requests" pt="md">
          <MeetingRequestsTab data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <EventSettingsTab data={data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
