import { useQuery } from '@apollo/client/react';
import { Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../gql';
import type { RecommendedNeedsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { useRefetchOnLanguageChange } from '../ui/use-refetch-on-language';
import { AnchorLink, ButtonLink } from '../ui/router-links';
import { MatchExplanation, ScoreBadge } from './match-features';
import { NeedBadges } from './need-badges';
import { excerpt } from './need-card';
import { OrganisationLine } from './organisation-line';

const RecommendedNeedsDocument = graphql(`
  query RecommendedNeeds {
    recommendedNeeds(first: 20) {
      score
      reasons
      features {
        name
        contribution
      }
      need {
        id
        title
        description
        language
        sector
        status
        visibility
        trlCurrent
        trlTarget
        organisation {
          id
          name
          city
        }
      }
    }
  }
`);

type Recommendation = RecommendedNeedsQuery['recommendedNeeds'][number];

/** /recommended: open needs that fit the researcher's profile, best first, each score explained. */
export function RecommendedNeedsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('needs.recommended.title'));
  const { data, error, refetch } = useQuery(RecommendedNeedsDocument, { fetchPolicy: 'cache-and-network' });
  const recommendations = data?.recommendedNeeds;
  useRefetchOnLanguageChange(refetch);

  let body;
  if (!recommendations) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState label={t('needs.recommended.loading')} />;
  } else if (recommendations.length === 0) {
    body = (
      <EmptyState title={t('needs.recommended.emptyTitle')} description={t('needs.recommended.emptyBody')}>
        <EmptyState.Actions>
          <ButtonLink to="/profile">
            {t('needs.recommended.editProfile')}
          </ButtonLink>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    body = (
      <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
        {recommendations.map((recommendation) => (
          <li key={recommendation.need.id}>
            <RecommendationCard recommendation={recommendation} />
          </li>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('needs.recommended.title')}</Title>
        <Text c="gray.7" size="sm">
          {t('needs.recommended.intro')}
        </Text>
      </div>
      {body}
    </Stack>
  );
}

function RecommendationCard({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useI18n();
  const { need } = recommendation;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={`recommended-${need.id}`} data-testid="recommended-need">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: 1 }}>
            <Title order={2} size="h4" id={`recommended-${need.id}`} dir="auto" lang={need.language}>
              <AnchorLink to="/needs/$needId" params={{ needId: need.id }} inherit>
                {need.title}
              </AnchorLink>
            </Title>
            <OrganisationLine organisation={need.organisation} />
          </div>
          <ScoreBadge score={recommendation.score} />
        </Group>
        <Text size="sm" dir="auto" lang={need.language}>
          {excerpt(need.description)}
        </Text>
        <NeedBadges need={need} />
        <MatchExplanation reasons={recommendation.reasons} features={recommendation.features} score={recommendation.score} />
        <Group>
          <ButtonLink variant="light" to="/needs/$needId" params={{ needId: need.id }} aria-label={t('needs.recommended.openNamed', { title: need.title })}>
            {t('needs.recommended.open')}
          </ButtonLink>
        </Group>
      </Stack>
    </Card>
  );
}
