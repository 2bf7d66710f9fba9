import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../gql';
import type { MyNeedsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { AnchorLink, ButtonLink } from '../ui/router-links';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { MatchCountFigures } from './match-counts';
import { NeedBadges } from './need-badges';

const MyNeedsDocument = graphql(`
  query MyNeeds($after: String) {
    needs(first: 50, after: $after, filter: { mine: true, includeArchived: true }) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          language
          sector
          status
          visibility
          anonymous
          trlCurrent
          trlTarget
          updatedAt
          archivedAt
          matchCounts {
            total
            proposed
            introduced
            collaborating
          }
        }
      }
    }
  }
`);

type MyNeed = MyNeedsQuery['needs']['edges'][number]['node'];

/** /my-needs: the organisation's needs, drafts and archived ones included, with how far their matches went. */
export function MyNeedsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('needs.mine.title'));
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(MyNeedsDocument, { variables: { after: null }, fetchPolicy: 'cache-and-network' });
  const [loadMoreError, setLoadMoreError] = useState<ErrorLike | null>(null);
  const needs = data?.needs;

  async function loadMore() {
    if (!needs?.pageInfo.endCursor) return;
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: needs.pageInfo.endCursor } });
    } catch (caught) {
      setLoadMoreError(caught as ErrorLike);
    }
  }

  let body;
  if (!needs) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState label={t('needs.loading')} />;
  } else if (needs.edges.length === 0) {
    body = <NoNeedsYet />;
  } else {
    body = (
      <>
        <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {needs.edges.map(({ node }) => (
            <li key={node.id}>
              <MyNeedCard need={node} />
            </li>
          ))}
        </Stack>
        {loadMoreError && <ErrorState error={loadMoreError} />}
        {needs.pageInfo.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={loadMore} loading={networkStatus === NetworkStatus.fetchMore}>
              {t('needs.loadMore')}
            </Button>
          </Group>
        )}
      </>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>{t('needs.mine.title')}</Title>
          <Text c="gray.7" size="sm">
            {t('needs.mine.intro')}
          </Text>
        </div>
        <ButtonLink to="/needs/new">
          {t('nav.newNeed')}
        </ButtonLink>
      </Group>
      {body}
    </Stack>
  );
}

function MyNeedCard({ need }: { need: MyNeed }) {
  const { t, formatDate } = useI18n();
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={`my-need-${need.id}`} data-testid="my-need">
      <Stack gap="sm">
        <Title order={2} size="h4" id={`my-need-${need.id}`} dir="auto" lang={need.language}>
          <AnchorLink to="/needs/$needId" params={{ needId: need.id }} inherit>
            {need.title}
          </AnchorLink>
        </Title>
        <NeedBadges need={need} />
        <Text size="xs" c="gray.7" component="time" dateTime={need.updatedAt}>
          {t('needs.detail.updatedOn', { date: formatDate(need.updatedAt) })}
        </Text>
        {need.matchCounts && <MatchCountFigures counts={need.matchCounts} size="md" />}
        <Group gap="xs">
          <ButtonLink size="xs" variant="default" to="/needs/$needId/edit" params={{ needId: need.id }} aria-label={t('needs.mine.editNamed', { title: need.title })}>
            {t('needs.detail.edit')}
          </ButtonLink>
        </Group>
      </Stack>
    </Card>
  );
}

function NoNeedsYet() {
  const { t } = useI18n();
  return (
    <EmptyState title={t('needs.mine.emptyTitle')} description={t('needs.mine.emptyBody')}>
      <EmptyState.Actions>
        <ButtonLink to="/needs/new">
          {t('needs.mine.postFirst')}
        </ButtonLink>
      </EmptyState.Actions>
    </EmptyState>
  );
}
