import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../gql';
import type { MatchStatus, Sector } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { useNavigate, useParams } from '@tanstack/react-router';
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

/** Cards per column; the heading gives the full count. */
const COLUMN_SIZE = 30;

export const PipelineCountsDocument = graphql(`
  query PipelineCounts($filter: PipelineFilter) {
    pipelineCounts(filter: $filter) {
      status
      count
    }
  }
`);

export const PipelineColumnDocument = graphql(`
  query PipelineColumn($filter: PipelineFilter!, $first: Int!) {
    pipeline(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ...PipelineCardFields
        }
      }
    }
  }
`);

/** Staff: every match by status, filtered by sector; a card (or /pipeline/<id>) opens its detail and timeline. */
export function PipelineBoard() {
  const { t } = useI18n();
  useDocumentTitle(t('pipeline.title'));
  const [sector, setSector] = useState<Sector | null>(null);
  // /pipeline/<match id> (a card, or a notification's link) opens that match's detail.
  const openMatchId = useParams({ strict: false }).matchId ?? null;
  const navigate = useNavigate();
  const openMatch = (matchId: string) => void navigate({ to: '/pipeline/$matchId', params: { matchId } });
  const closeDetail = () => void navigate({ to: '/pipeline' });
  const sectorId = useId();
  const counts = useQuery(PipelineCountsDocument, { variables: { filter: { sector } } });
  const countOf = (status: MatchStatus) => counts.data?.pipelineCounts.find((c) => c.status === status)?.count;

  return (
    <section className="pipeline" aria-labelledby="pipeline-title">
      <div className="page-heading">
        <h1 id="pipeline-title">{t('pipeline.title')}</h1>
        <div className="filter">
          <label htmlFor={sectorId}>{t('pipeline.sectorFilter')}</label>
          <select
            id={sectorId}
            data-testid="pipeline-sector"
            value={sector ?? ''}
            onChange={(event) => setSector((event.target.value || null) as Sector | null)}
          >
            <option value="">{t('pipeline.allSectors')}</option>
            {SECTORS.map((value) => (
              <option key={value} value={value}>
                {t(`sector.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {counts.error && <ErrorState error={counts.error} onRetry={() => void counts.refetch().catch(() => undefined)} />}
      <div className="board" data-testid="pipeline-board">
        {PIPELINE_STATUSES.map((status) => (
          <PipelineColumn key={status} status={status} sector={sector} count={countOf(status)} onOpen={openMatch} />
        ))}
      </div>
      {openMatchId && <MatchDetail key={openMatchId} matchId={openMatchId} onClose={closeDetail} />}
    </section>
  );
}

interface ColumnProps {
  status: MatchStatus;
  sector: Sector | null;
  count: number | undefined;
  onOpen: (matchId: string) => void;
}

function PipelineColumn({ status, sector, count, onOpen }: ColumnProps) {
  const { t } = useI18n();
  const titleId = useId();
  const { data, error, refetch } = useQuery(PipelineColumnDocument, {
    variables: { filter: { statuses: [status], sector }, first: COLUMN_SIZE },
  });
  const edges = data?.pipeline.edges;

  let body;
  if (!edges) {
    body = error ? (
      <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
    ) : (
      <LoadingState label={t('pipeline.loading')} />
    );
  } else if (edges.length === 0) {
    body = <EmptyState>{t('pipeline.emptyColumn')}</EmptyState>;
  } else {
    body = (
      <ol className="board__cards">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <PipelineCard match={node} onOpen={onOpen} />
          </li>
        ))}
      </ol>
    );
  }

  const hidden = data ? data.pipeline.totalCount - (edges?.length ?? 0) : 0;
  return (
    <section className={`board__column board__column--${status.toLowerCase()}`} aria-labelledby={titleId} data-testid={`column-${status}`}>
      <h2 className="board__title" id={titleId}>
        <span>{t(`matchStatus.${status}`)}</span>
        <span className="board__count" data-testid="column-count">
          {count ?? '…'}
        </span>
      </h2>
      {body}
      {hidden > 0 && <p className="board__more">{t('pipeline.moreCards', { count: hidden })}</p>}
    </section>
  );
}
