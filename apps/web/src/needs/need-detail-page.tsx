import { useQuery } from '@apollo/client/react';
import { Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { graphql } from '../gql';
import type { NeedDetailQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ButtonLink } from '../ui/router-links';
import { useRole } from '../shell/use-role';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { useRefetchOnLanguageChange } from '../ui/use-refetch-on-language';
import { ArchiveNeedButton } from './archive-need-button';
import { useCanEditNeed } from './can-edit-need';
import { ExpressInterest } from './express-interest';
import { MatchCountFigures, type MatchCounts } from './match-counts';
import { NeedBadges } from './need-badges';
import { NeedFacts } from './need-facts';
import { isNotFound, NeedNotFound } from './need-not-found';
import { OrganisationLine } from './organisation-line';
import { SuggestedExperts } from './suggested-experts';

const NeedDetailDocument = graphql(`
  query NeedDetail($id: ID!) {
    need(id: $id) {
      id
      title
      description
      sector
      status
      visibility
      anonymous
      language
      trlCurrent
      trlTarget
      budgetMinMad
      budgetMaxMad
      deadline
      keywords
      createdAt
      updatedAt
      archivedAt
      concepts {
        code
        label
      }
      organisation {
        id
        name
        city
      }
      author {
        id
        fullName
      }
      matchCounts {
        total
        proposed
        introduced
        collaborating
      }
    }
  }
`);

const MyInterestDocument = graphql(`
  query MyInterestInNeed($needId: ID!) {
    interests(needId: $needId, kind: EXPRESSION_OF_INTEREST, first: 1) {
      totalCount
    }
  }
`);

type Need = NeedDetailQuery['need'];

/** /needs/$needId: the whole need as this reader may see it, and what they can do with it. */
export function NeedDetailPage() {
  const { t } = useI18n();
  const { needId } = useParams({ from: '/app/needs/$needId' });
  const { data, error, refetch } = useQuery(NeedDetailDocument, { variables: { id: needId }, fetchPolicy: 'cache-and-network' });
  const need = data?.need;
  useRefetchOnLanguageChange(refetch);
  useDocumentTitle(need?.title ?? t('needs.detail.loading'));

  if (!need) {
    if (isNotFound(error)) return <NeedNotFound />;
    if (error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <LoadingState label={t('needs.detail.loading')} />;
  }
  return <NeedDetail need={need} />;
}

function NeedDetail({ need }: { need: Need }) {
  const { t } = useI18n();
  const role = useRole();
  const canEdit = useCanEditNeed(need) === true;
  const archived = need.archivedAt !== null;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} dir="auto" lang={need.language}>
          {need.title}
        </Title>
        <OrganisationLine organisation={need.organisation} />
        <NeedBadges need={need} />
      </Stack>
      {canEdit && (
        <Group gap="sm">
          <ButtonLink to="/needs/$needId/edit" params={{ needId: need.id }} variant="default">
            {t('needs.detail.edit')}
          </ButtonLink>
          {!archived && <ArchiveNeedButton needId={need.id} />}
        </Group>
      )}
      {role === 'RESEARCHER' && need.status === 'OPEN' && !archived && <ResearcherInterest needId={need.id} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="need-description-title">
              <Title order={2} size="h3" id="need-description-title" mb="sm">
                {t('needs.form.description')}
              </Title>
              <Text dir="auto" lang={need.language} style={{ whiteSpace: 'pre-line' }}>
                {need.description}
              </Text>
            </Card>
            <NeedConcepts concepts={need.concepts} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="need-facts-title">
              <Title order={2} size="h3" id="need-facts-title" mb="sm">
                {t('needs.details')}
              </Title>
              <NeedFacts need={need} />
            </Card>
            {need.matchCounts && <MatchCountsCard counts={need.matchCounts} />}
          </Stack>
        </Grid.Col>
      </Grid>
      {canEdit && !archived && <SuggestedExperts needId={need.id} needOpen={need.status === 'OPEN'} canRequest={role === 'INDUSTRIAL'} />}
    </Stack>
  );
}

/** A researcher raises a hand once; the page remembers it (their own interests). */
function ResearcherInterest({ needId }: { needId: string }) {
  const { data, refetch } = useQuery(MyInterestDocument, { variables: { needId }, fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  return <ExpressInterest needId={needId} alreadySent={data.interests.totalCount > 0} onSent={() => void refetch().catch(() => undefined)} />;
}

function NeedConcepts({ concepts }: { concepts: Need['concepts'] }) {
  const { t } = useI18n();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="need-concepts-title">
      <Title order={2} size="h3" id="need-concepts-title">
        {t('needs.detail.concepts')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('needs.detail.conceptsHint')}
      </Text>
      {concepts.length === 0 ? (
        <Text size="sm">{t('needs.detail.noConcepts')}</Text>
      ) : (
        <Group gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {concepts.map((concept) => (
            <li key={concept.code}>
              <Badge variant="light" tt="none" maw="100%" data-testid="need-concept">
                {concept.label}
              </Badge>
            </li>
          ))}
        </Group>
      )}
    </Card>
  );
}

function MatchCountsCard({ counts }: { counts: MatchCounts }) {
  const { t } = useI18n();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="need-counts-title">
      <Title order={2} size="h3" id="need-counts-title" mb="sm">
        {t('needs.counts.title')}
      </Title>
      <MatchCountFigures counts={counts} />
    </Card>
  );
}
