import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { useRole } from '../shell/use-role';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { ButtonLink } from '../ui/router-links';
import { NeedCard } from './need-card';

const NeedsDocument = graphql(`
  query Needs($after: String) {
    needs(first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          description
          language
          sector
          visibility
          anonymous
          status
          trlCurrent
          trlTarget
          createdAt
          organisation {
            id
            name
            city
          }
        }
      }
    }
  }
`);

/** The needs the signed-in user may see, newest first, 20 at a time. */
export function NeedsPage() {
  const role = useRole();
  const { t } = useI18n();
  useDocumentTitle(t('needs.title'));
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(NeedsDocument, { variables: { after: null } });
  const [loadMoreError, setLoadMoreError] = useState<ErrorLike | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  const needs = data?.needs;
  const shown = needs?.edges.length ?? 0;
  const canPost = role !== 'RESEARCHER';

  // After "load more", move focus to the first new need so keyboard users carry on from there.
  useEffect(() => {
    if (focusIndex === null || shown <= focusIndex) return;
    listRef.current?.querySelectorAll<HTMLElement>('[data-testid="need-card"]')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex, shown]);

  async function loadMore() {
    if (!needs?.pageInfo.endCursor) return;
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: needs.pageInfo.endCursor } });
      setFocusIndex(shown);
    } catch (caught) {
      setLoadMoreError(caught as ErrorLike);
    }
  }

  let body;
  if (!needs) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState label={t('needs.loading')} />;
  } else if (shown === 0) {
    body = <EmptyState>{t('needs.empty')}</EmptyState>;
  } else {
    const loadingMore = networkStatus === NetworkStatus.fetchMore;
    body = (
      <>
        <div ref={listRef}>
          <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
            {needs.edges.map(({ node }) => (
              <li key={node.id}>
                <NeedCard need={node} role={role} />
              </li>
            ))}
          </Stack>
        </div>
        {loadMoreError && <ErrorState error={loadMoreError} />}
        {needs.pageInfo.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={loadMore} loading={loadingMore}>
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
          <Title order={1}>{t('needs.title')}</Title>
          {needs && shown > 0 && (
            <Text c="gray.7" size="sm" aria-live="polite">
              {t('needs.summary', { shown, total: needs.totalCount })}
            </Text>
          )}
        </div>
        {canPost && (
          <ButtonLink to="/needs/new">
            {t('nav.newNeed')}
          </ButtonLink>
        )}
      </Group>
      {body}
    </Stack>
  );
}
