import { useQuery } from '@apollo/client/react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../gql';
import type { NeedsForResearcherQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { MatchExplanation, ScoreBadge } from '../needs/match-features';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { AnchorLink } from '../ui/router-links';
import { useRefetchOnLanguageChange } from '../ui/use-refetch-on-language';
import { ShortlistPair, usePipelinePairs, type PipelinePair } from './pipeline-pairs';

const NeedsForResearcherDocument = graphql(`
  query NeedsForResearcher($researcherProfileId: ID!) {
    recommendedNeedsFor(researcherProfileId: $researcherProfileId, first: 10) {
      score
      reasons
      features {
        name
        contribution
      }
      need {
        id
        title
        language
        organisation {
          id
          name
          city
        }
      }
    }
  }
`);

type Recommendation = NeedsForResearcherQuery['recommendedNeedsFor'][number];

/** Staff, on a researcher's profile: the open needs that fit it, to start matches from the expert's side. */
export function NeedsForResearcher({ profileId }: { profileId: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(NeedsForResearcherDocument, { variables: { researcherProfileId: profileId }, fetchPolicy: 'cache-and-network' });
  useRefetchOnLanguageChange(refetch);
  const pipeline = usePipelinePairs({ researcherProfileId: profileId });
  const recommendations = data?.recommendedNeedsFor;

  let body;
  if (!recommendations) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState label={t('staff.needsFor.loading')} />;
  } else if (recommendations.length === 0) {
    body = <EmptyState>{t('staff.needsFor.empty')}</EmptyState>;
  } else {
    body = (
      <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
        {recommendations.map((recommendation) => (
          <li key={recommendation.need.id}>
            <NeedForResearcherCard
              recommendation={recommendation}
              profileId={profileId}
              pair={pipeline.pairs.get(recommendation.need.id)}
              onChanged={pipeline.refetch}
            />
          </li>
        ))}
      </Stack>
    );
  }

  return (
    <Stack component="section" gap="sm" aria-labelledby="needs-for-researcher-title" data-testid="needs-for-researcher">
      <Title order={2} id="needs-for-researcher-title">
        {t('staff.needsFor.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('staff.needsFor.intro')}
      </Text>
      {body}
    </Stack>
  );
}

interface CardProps {
  recommendation: Recommendation;
  profileId: string;
  pair: PipelinePair | undefined;
  onChanged: () => void;
}

function NeedForResearcherCard({ recommendation, profileId, pair, onChanged }: CardProps) {
  const { t } = useI18n();
  const need = recommendation.need;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={`need-for-${need.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: 1 }}>
            <Title order={3} size="h4" id={`need-for-${need.id}`} dir="auto" lang={need.language}>
              <AnchorLink to="/needs/$needId" params={{ needId: need.id }} inherit>
                {need.title}
              </AnchorLink>
            </Title>
            {need.organisation && (
              <Text size="sm" c="gray.7" dir="auto">
                {need.organisation.name} · {need.organisation.city}
              </Text>
            )}
          </div>
          <ScoreBadge score={recommendation.score} />
        </Group>
        <MatchExplanation reasons={recommendation.reasons} features={recommendation.features} score={recommendation.score} />
        <Group>
          <ShortlistPair
            needId={need.id}
            researcherProfileId={profileId}
            existing={pair}
            label={t('staff.needsFor.shortlistWhat', { title: need.title })}
            onChanged={onChanged}
          />
        </Group>
      </Stack>
    </Card>
  );
}
