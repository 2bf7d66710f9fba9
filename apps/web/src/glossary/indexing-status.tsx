import { useQuery } from '@apollo/client/react';
import { Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { graphql } from '../gql';
import type { IndexingStatusQuery } from '../gql/graphql';
import { useI18n, type MessageKey } from '../i18n/use-i18n';

const IndexingStatusDocument = graphql(`
  query IndexingStatus {
    indexingStatus {
      search {
        state
        pending
      }
      matching {
        state
        pending
      }
    }
  }
`);

/** While search or matching is still applying changes, how often the page asks again. */
const POLL_MS = 3000;

type Progress = IndexingStatusQuery['indexingStatus']['search'];

function settled(progress: Progress): boolean {
  return (progress.state === 'CURRENT' || progress.state === 'ON_DEMAND') && !progress.pending;
}

function describeProgress(part: 'search' | 'matching', progress: Progress): { key: MessageKey; count: number; color: string } {
  if (progress.state === 'REBUILDING') return { key: `glossary.indexing.${part}.rebuilding`, count: 0, color: 'orange.9' };
  if (progress.state === 'REFRESHING') return { key: 'glossary.indexing.matching.refreshing', count: 0, color: 'orange.9' };
  if (progress.pending) return { key: `glossary.indexing.${part}.pending`, count: progress.pending, color: 'orange.9' };
  if (progress.state === 'ON_DEMAND') return { key: 'glossary.indexing.matching.onDemand', count: 0, color: 'gray.7' };
  return { key: `glossary.indexing.${part}.current`, count: 0, color: 'teal.9' };
}

/**
 * Staff: whether search and matching have applied the glossary's changes (and every other one)
 * yet — a change re-indexes every need and profile holding its labels, which takes a while on a
 * large cluster. Asked again every few seconds until both are up to date.
 */
export function IndexingStatusLine() {
  const { t, language } = useI18n();
  const { data, startPolling, stopPolling } = useQuery(IndexingStatusDocument, { fetchPolicy: 'cache-and-network' });
  const status = data?.indexingStatus;
  const busy = !!status && (!settled(status.search) || !settled(status.matching));
  useEffect(() => {
    if (!busy) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [busy, startPolling, stopPolling]);
  if (!status) return null;
  const numbers = new Intl.NumberFormat(language);
  return (
    <Group gap="md" wrap="wrap" role="status" aria-live="polite" data-testid="indexing-status">
      {(['search', 'matching'] as const).map((part) => {
        const { key, count, color } = describeProgress(part, status[part]);
        return (
          <Text key={part} size="sm" fw={500} c={color}>
            {t(key, { count: numbers.format(count) })}
          </Text>
        );
      })}
    </Group>
  );
}
