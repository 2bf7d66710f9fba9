import { useApolloClient, useQuery } from '@apollo/client/react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../gql';
import type { SuggestedExpertsQuery } from '../gql/graphql';
import { LANGUAGE_NAMES } from '../i18n/language';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useRefetchOnLanguageChange } from '../ui/use-refetch-on-language';
import { AnchorLink } from '../ui/router-links';
import { MatchExplanation, ScoreBadge } from './match-features';
import { RequestIntroduction } from './request-introduction';
import { ExpertFilters, filterExperts, useExpertFilters } from '../staff/expert-filters';
import { ShortlistPair, usePipelinePairs, type PipelinePair } from '../staff/pipeline-pairs';
import { SaveSuggestionsButton } from '../staff/save-suggestions-button';

/** How many proposals are asked for, and kept by "save the top suggestions". */
const PROPOSALS = 10;

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
        languages
        researcher {
          id
          fullName
        }
        organisation {
          id
          name
          city
          sectors
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
  // Staff start matches from here; industrials (canRequest) ask for introductions instead.
  const staff = !canRequest;
  const [filters, setFilters] = useExpertFilters();
  const pipeline = usePipelinePairs({ needId }, staff);

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
    const shown = staff ? filterExperts(matches, filters) : matches;
    body = (
      <>
        {staff && (
          <Stack gap="sm">
            <SaveSuggestionsButton needId={needId} first={PROPOSALS} onSaved={pipeline.refetch} />
            <ExpertFilters experts={matches} value={filters} onChange={setFilters} />
            <Text size="sm" c="gray.7" aria-live="polite">
              {t('staff.experts.shown', { shown: shown.length, total: matches.length })}
            </Text>
          </Stack>
        )}
        {shown.length === 0 ? (
          <EmptyState>{t('staff.experts.noneFiltered')}</EmptyState>
        ) : (
          <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
            {shown.map((match) => (
              <li key={match.researcher.id}>
                <ExpertCard
                  match={match}
                  needId={needId}
                  canRequest={canRequest && needOpen}
                  onRequested={() => markRequested(match.researcher.id)}
                  pipeline={staff ? { pair: pipeline.pairs.get(match.researcher.id), refetch: pipeline.refetch } : null}
                />
              </li>
            ))}
          </Stack>
        )}
      </>
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
        <Text size="sm" c="red.9">
          {t('needs.experts.publishFirst')}
        </Text>
      )}
      {body}
    </Stack>
  );
}

interface ExpertCardProps {
  match: ProposedMatch;
  needId: string;
  canRequest: boolean;
  onRequested: () => void;
  /** Staff: the pair's place in the pipeline, if any. */
  pipeline: { pair: PipelinePair | undefined; refetch: () => void } | null;
}

function ExpertCard({ match, needId, canRequest, onRequested, pipeline }: ExpertCardProps) {
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
            {pipeline && profile.languages.length > 0 && (
              <Text size="sm" c="gray.7">
                {t('staff.experts.languages', { languages: profile.languages.map((code) => LANGUAGE_NAMES[code]).join(', ') })}
              </Text>
            )}
          </div>
          <ScoreBadge score={match.score} />
        </Group>
        <MatchExplanation reasons={match.reasons} features={match.features} score={match.score} />
        {pipeline && (
          <Group>
            <ShortlistPair
              needId={needId}
              researcherProfileId={profile.id}
              existing={pipeline.pair}
              label={t('staff.experts.shortlistWho', { name })}
              onChanged={pipeline.refetch}
            />
          </Group>
        )}
        {(canRequest || match.introductionRequested) && (
          <Group>
            <RequestIntroduction needId={needId} researcher={{ id: profile.id, name }} requested={match.introductionRequested} onRequested={onRequested} />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
