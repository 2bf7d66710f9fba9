import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, ScrollArea, Select, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { graphql } from '../gql';
import type { MatchStatus, Sector } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { MatchDetail } from './match-detail';
import { PipelineCard } from './pipeline-card';

/** The board's columns, in the order a match moves through them. */
export const PIPELINE_STATUSES: readonly MatchStatus[] = [
  'SUGGESTED',
  'SHORTLISTED',
  'PROPOSED',
  'INTRODUCED',
  'COLLABORATING',
  'DECLINED',
  'CLOSED',
];

const SECTORS: readonly Sector[] = ['AGRIFOOD', 'COSMETICS'];

/** Cards per page of a column; "load more" appends the next page of that status only. */
export const COLUMN_PAGE = 10;

/** A colour per column (the top border and the count), as the statuses' badges elsewhere. */
const COLUMN_COLORS: Record<MatchStatus, string> = {
  SUGGESTED: 'gray',
  SHORTLISTED: 'blue',
  PROPOSED: 'yellow',
  INTRODUCED: 'green',
  COLLABORATING: 'petrol',
  DECLINED: 'red',
  CLOSED: 'dark',
};

export const PipelineCountsDocument = graphql(`
  query PipelineCounts($filter: PipelineFilter) {
    pipelineCounts(filter: $filter) {
      status
      count
    }
  }
`);

export const PipelineColumnDocument = graphql(`
  query PipelineColumn($filter: PipelineFilter!, $first: Int!, $after: String) {
    pipeline(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...PipelineCardFields
        }
      }
    }
  }
`);

/**
 * Staff: every match by status, filtered by sector; a card (or /pipeline/<id>) opens its detail
 * and timeline. The columns scroll sideways inside the board, never the page.
 */
export function PipelineBoard() {
  const { t } = useI18n();
  useDocumentTitle(t('pipeline.title'));
  const [sector, setSector] = useState<Sector | null>(null);
  // /pipeline/<match id> (a card, or a notification's link) opens that match's detail.
  const openMatchId = useParams({ strict: false }).matchId ?? null;
  const navigate = useNavigate();
  const openMatch = (matchId: string) => void navigate({ to: '/pipeline/$matchId', params: { matchId } });
  const closeDetail = () => void navigate({ to: '/pipeline' });
  const counts = useQuery(PipelineCountsDocument, { variables: { filter: { sector } } });
  const countOf = (status: MatchStatus) => counts.data?.pipelineCounts.find((c) => c.status === status)?.count;

  return (
    <Stack component="section" gap="md" aria-labelledby="pipeline-title" miw={0}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1} id="pipeline-title">
          {t('pipeline.title')}
        </Title>
        <Select
          label={t('pipeline.sectorFilter')}
          data-testid="pipeline-sector"
          data={[{ value: '', label: t('pipeline.allSectors') }, ...SECTORS.map((value) => ({ value, label: t(`sector.${value}`) }))]}
          value={sector ?? ''}
          onChange={(value) => setSector((value || null) as Sector | null)}
          allowDeselect={false}
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      {counts.error && <ErrorState error={counts.error} onRetry={() => void counts.refetch().catch(() => undefined)} />}
      <ScrollArea
        type="auto"
        offsetScrollbars="x"
        scrollbars="x"
        data-testid="pipeline-board"
        viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': t('collab.board.columns') }}
      >
        <Group wrap="nowrap" align="flex-start" gap="sm" pb="xs" className="board">
          {PIPELINE_STATUSES.map((status) => (
            <PipelineColumn key={status} status={status} sector={sector} count={countOf(status)} onOpen={openMatch} />
          ))}
        </Group>
      </ScrollArea>
      {openMatchId && <MatchDetail key={openMatchId} matchId={openMatchId} onClose={closeDetail} />}
    </Stack>
  );
}

interface ColumnProps {
  status: MatchStatus;
  sector: Sector | null;
  count: number | undefined;
  onOpen: (matchId: string) => void;
}

/** One status: its first page, then "load more" appends the next page (its own cursor). */
function PipelineColumn({ status, sector, count, onOpen }: ColumnProps) {
  const { t } = useI18n();
  const titleId = useId();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(PipelineColumnDocument, {
    variables: { filter: { statuses: [status], sector }, first: COLUMN_PAGE },
    notifyOnNetworkStatusChange: false,
  });
  const connection = data?.pipeline;
  const edges = connection?.edges;
  const color = COLUMN_COLORS[status];

  async function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const seen = new Set(previous.pipeline.edges.map((edge) => edge.node.id));
          return {
            pipeline: {
              ...fetchMoreResult.pipeline,
              edges: [...previous.pipeline.edges, ...fetchMoreResult.pipeline.edges.filter((edge) => !seen.has(edge.node.id))],
            },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  let body;
  if (!edges) {
    body = error ? <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState label={t('pipeline.loading')} />;
  } else if (edges.length === 0) {
    body = <EmptyState>{t('pipeline.emptyColumn')}</EmptyState>;
  } else {
    body = (
      <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {edges.map(({ node }) => (
          <li key={node.id}>
            <PipelineCard match={node} onOpen={onOpen} />
          </li>
        ))}
      </Stack>
    );
  }

  const remaining = connection ? connection.totalCount - (edges?.length ?? 0) : 0;
  const statusLabel = t(`matchStatus.${status}`);
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      data-testid={`column-${status}`}
      bg="gray.1"
      p="xs"
      radius="md"
      w={272}
      miw={272}
      style={{ flex: '0 0 auto', borderBlockStart: `4px solid var(--mantine-color-${color}-6)` }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" mb="xs" px={4}>
        <Title order={2} size="h5" id={titleId}>
          {statusLabel}
        </Title>
        <Badge variant="light" color={color} data-testid="column-count">
          {count ?? '…'}
        </Badge>
      </Group>
      {body}
      {connection && edges && edges.length > 0 && (
        <Stack gap={4} mt="xs" align="center">
          <Text size="xs" c="dimmed" data-testid="column-shown">
            {t('collab.board.shown', { shown: edges.length, total: connection.totalCount })}
          </Text>
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="subtle"
              size="xs"
              onClick={() => void loadMore().catch(() => undefined)}
              loading={loadingMore}
              data-testid="load-more"
            >
              {t('collab.board.loadMore', { count: Math.min(COLUMN_PAGE, remaining) })}
            </Button>
          )}
        </Stack>
      )}
    </Paper>
  );
}
