import { useQuery } from '@apollo/client/react';
import { List, SimpleGrid, Stack, Text } from '@mantine/core';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-states';
import { ParticipantCard } from './participant-card';
import { ReasonText } from '../../needs/match-features';

const SuggestionsDocument = graphql(`
  query EventSuggestions($id: ID!) {
    eventSuggestions(eventId: $id, first: 10) {
      score
      reasons
      requestStatus
      participant {
        id
        kind
        fullName
        organisationName
        offer
        seek
        languages
      }
    }
  }
`);

/** Who the matcher suggests the participant meets, and why. */
export 
function EventSuggestionsTab({ eventId, canRequest }: { eventId: string; canRequest: boolean }) {
  const { t, formatPercent } = useI18n();
  const { data, error, refetch } = useQuery(SuggestionsDocument, { variables: { id: eventId }, fetchPolicy: 'cache-and-network' });
  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return <LoadingState label={t('events.page.loading')} />;
  return (
    <Stack gap="md">
      <Text>{t('events.suggestions.intro')}</Text>
      {data.eventSuggestions.length === 0 ? (
        <EmptyState>{t('events.suggestions.empty')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="event-suggestions">
          {data.eventSuggestions.map((s) => (
            <ParticipantCard key={s.participant.id} participant={s.participant} eventId={eventId} self={false} requestStatus={s.requestStatus ?? null} canRequest={canRequest}>
              <Stack gap={2} mt={4}>
                <Text size="sm" fw={600}>
                  {t('events.whyMeet')} · {t('events.score', { score: formatPercent(Math.min(1, s.score)) })}
                </Text>
                <List size="sm" spacing={2}>
                  {s.reasons.map((reason) => (
                    <List.Item key={reason}>
                      <ReasonText reason={reason} />
                    </List.Item>
                  ))}
                </List>
              </Stack>
            </ParticipantCard>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
