import { useApolloClient, useQuery } from '@apollo/client/react';
import { Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../gql';
import type { SuggestedExpertsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useRefetchOnLanguageChange } from '../ui/use-refetch-on-language';
import { AnchorLink } from '../ui/router-links';
import { MatchFeatures, MatchReasons, ScoreBadge } from './match-features';
import { RequestIntroduction } from './request-introduction';

const SuggestedExpertsDocument = graphql(`
  query SuggestedExperts($needId: ID!) {
    proposeMatches(needId: $needId, first: 10) {
      score
      reasons
      introductionRequested
      features {
        name
        contribution
      }
      researcher {
        id
        headline
        researcher {
          id
          fullName
        }
        organisation {
          id
          name
          city
        }
      }
    }
  }
`);

type ProposedMatch = SuggestedExpertsQuery['proposeMatches'][number];

interface SuggestedExpertsProps {
  needId: string;
  /** Introductions are requested for published (OPEN) needs only. */
  needOpen: boolean;
  /** Industrials ask for introductions; staff open the expert's profile. */
  canRequest: boolean;
}

/** The experts the matching engine proposes for a need, each score explained (no contact details). */
export function SuggestedExperts({ needId, needOpen, canRequest }: SuggestedExpertsProps) {
  const { t } = useI18n();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(SuggestedExpertsDocument, { variables: { needId }, fetchPolicy: 'cache-and-network' });
  const matches = data?.proposeMatches;
  useRefetchOnLanguageChange(refetch);

  function markRequested(researcherId: string) {
    client.cache.updateQuery({ query: SuggestedExpertsDocument, variables: { needId } }, (current) =>
      current ? { proposeMatches: current.proposeMatches.map((m) => (m.researcher.id === researcherId ? { ...m, introductionRequested: true } : m)) } : current,
    );
  }

  let body;
  if (!matches) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState label={t('needs.experts.loading')} />;
  } else if (matches.length === 0) {
    body = <EmptyState>{t('needs.experts.empty')}</EmptyState>;
  } else {
    body = (
      <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
        {matches.map((match) => (
          <li key={match.researcher.id}>
            <ExpertCard match={match} needId={needId} canRequest={canRequest && needOpen} onRequested={() => markRequested(match.researcher.id)} />
          </li>
        ))}
      </Stack>
    );
  }

  return (
    <Stack component="section" gap="sm" aria-labelledby="suggested-experts-title" data-testid="suggested-experts">
      <Title order={2} id="suggested-experts-title">
        {t('needs.experts.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {t(canRequest ? 'needs.experts.introIndustrial' : 'needs.experts.introStaff')}
      </Text>
      {canRequest && !needOpen && (
        <Text size="sm" c="orange.9">
          {t('needs.experts.publishFirst')}
        </Text>
      )}
      {body}
    </Stack>
  );
}

function ExpertCard({ match, needId, canRequest, onRequested }: { match: ProposedMatch; needId: string; canRequest: boolean; onRequested: () => void }) {
  const { t } = useI18n();
  const profile = match.researcher;
  const name = profile.researcher.fullName;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={`expert-${profile.id}`} data-testid="suggested-expert">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: 1 }}>
            <Title order={3} size="h4" id={`expert-${profile.id}`}>
              <AnchorLink to="/researchers/$profileId" params={{ profileId: profile.id }} inherit>
                {name}
              </AnchorLink>
            </Title>
            <Text size="sm" dir="auto">
              {profile.headline}
            </Text>
            {profile.organisation && (
              <Text size="sm" c="gray.7" dir="auto">
                {profile.organisation.name} · {profile.organisation.city}
              </Text>
            )}
          </div>
          <ScoreBadge score={match.score} />
        </Group>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <Text size="sm" fw={600} mb={4}>
              {t('needs.features.reasons')}
            </Text>
            <MatchReasons reasons={match.reasons} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Text size="sm" fw={600} mb={4}>
              {t('needs.features.title')}
            </Text>
            <MatchFeatures features={match.features} score={match.score} />
          </Grid.Col>
        </Grid>
        {(canRequest || match.introductionRequested) && (
          <Group>
            <RequestIntroduction needId={needId} researcher={{ id: profile.id, name }} requested={match.introductionRequested} onRequested={onRequested} />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
