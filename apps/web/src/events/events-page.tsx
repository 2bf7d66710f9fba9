import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { useRole } from '../shell/use-role';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { AnchorLink, ButtonLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';
import { EventFormButton } from './event-form';
import { EVENT_STATUS_COLOURS, isStaffRole } from './event-labels';

export const BrokerageEventsDocument = graphql(`
  query BrokerageEvents {
    events {
      id
      title
      description
      status
      startsOn
      endsOn
      venue
      online
      registrationOpensAt
      registrationClosesAt
      meetingMinutes
      participantCount
      myRegistration {
        id
        status
      }
    }
  }
`);

/** The brokerage days: published ones for members (with their registration), every one for staff, who create them. */
export function EventsPage() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t('events.nav'));
  const staff = isStaffRole(useRole());
  const { data, error, refetch } = useQuery(BrokerageEventsDocument, { fetchPolicy: 'cache-and-network' });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('events.nav')}</Title>
        {staff && <EventFormButton />}
      </Group>
      <Text maw={720}>{t('events.intro')}</Text>
      {!data && error ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        <LoadingState label={t('events.loading')} />
      ) : data.events.length === 0 ? (
        <EmptyState>{t('events.empty')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
          {data.events.map((event) => (
            <Card key={event.id} withBorder padding="lg" radius="md" component="article" aria-labelledby={`event-${event.id}`} data-testid="event-card">
              <Stack gap="xs" h="100%">
                <Title order={2} size="h4" id={`event-${event.id}`} dir="auto">
                  <AnchorLink to="/events/$eventId" params={{ eventId: event.id }} inherit>
                    {event.title}
                  </AnchorLink>
                </Title>
                <Group gap="xs">
                  <Badge variant="light" color={EVENT_STATUS_COLOURS[event.status]}>
                    {t(`events.status.${event.status}`)}
                  </Badge>
                  {event.myRegistration?.status === 'REGISTERED' && (
                    <Badge variant="light" color="teal">
                      {t('events.registeredBadge')}
                    </Badge>
                  )}
                  {event.online && <Badge variant="light">{t('events.online')}</Badge>}
                </Group>
                <Text size="sm" fw={600}>
                  {event.startsOn === event.endsOn ? formatDate(event.startsOn) : `${formatDate(event.startsOn)} – ${formatDate(event.endsOn)}`}
                </Text>
                {event.venue && (
                  <Text size="sm" dir="auto">
                    {event.venue}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {t('events.registrationWindow', { from: formatDate(event.registrationOpensAt), to: formatDate(event.registrationClosesAt) })}
                </Text>
                <Text size="sm" lineClamp={3} dir="auto">
                  {event.description}
                </Text>
                <Text size="sm">{t('events.participantsCount', { count: event.participantCount })}</Text>
                <Group gap="xs" mt="auto" pt="xs">
                  <ButtonLink to="/events/$eventId" params={{ eventId: event.id }} size="xs" aria-label={t('events.openLabel', { title: event.title })}>
                    {t('events.open')}
                  </ButtonLink>
                  {staff && (
                    <ButtonLink to="/events/$eventId/manage" params={{ eventId: event.id }} size="xs" variant="default" aria-label={t('events.manageLabel', { title: event.title })}>
                      {t('events.manage')}
                    </ButtonLink>
                  )}
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
