import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../gql';
import type { KpisQuery, Sector } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { ExportButtons } from './export-buttons';
import { MonthChart } from './month-chart';

const KpisDocument = graphql(`
  query Kpis($filter: KpiFilter) {
    kpis(filter: $filter) {
      from
      to
      needsPosted
      matchesProposed
      introductions
      collaborations
      introductionRate
      collaborationRate
      medianDaysNeedToIntroduction
      declineReasons {
        side
        reason
        count
      }
      byMonth {
        month
        needsPosted
        matchesProposed
        introductions
        collaborations
      }
    }
  }
`);

type Kpis = KpisQuery['kpis'];

/** Staff: the funnel from needs to collaborations over the last twelve months, and the exports. */
export function KpisPage() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t('kpis.title'));
  const [sector, setSector] = useState<Sector | null>(null);
  const sectorId = useId();
  const { data, error, refetch } = useQuery(KpisDocument, { variables: { filter: { sector } } });
  const kpis = data?.kpis;

  let body;
  if (!kpis) {
    body = error ? (
      <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
    ) : (
      <LoadingState label={t('kpis.loading')} />
    );
  } else {
    body = (
      <>
        <p className="muted">{t('kpis.period', { from: formatDate(kpis.from), to: formatDate(kpis.to) })}</p>
        <Figures kpis={kpis} />
        <MonthChart months={kpis.byMonth} />
        <DeclineReasons reasons={kpis.declineReasons} />
      </>
    );
  }

  return (
    <section className="kpis" aria-labelledby="kpis-title">
      <div className="page-heading">
        <h1 id="kpis-title">{t('kpis.title')}</h1>
        <div className="filter">
          <label htmlFor={sectorId}>{t('pipeline.sectorFilter')}</label>
          <select id={sectorId} value={sector ?? ''} onChange={(event) => setSector((event.target.value || null) as Sector | null)}>
            <option value="">{t('pipeline.allSectors')}</option>
            <option value="AGRIFOOD">{t('sector.AGRIFOOD')}</option>
            <option value="COSMETICS">{t('sector.COSMETICS')}</option>
          </select>
        </div>
      </div>
      <ExportButtons sector={sector} />
      {body}
    </section>
  );
}

function Figures({ kpis }: { kpis: Kpis }) {
  const { t, formatPercent, formatDays } = useI18n();
  const rate = (share: number | null) => (share === null ? '—' : formatPercent(share));
  const figures = [
    { key: 'needsPosted', label: t('kpis.needsPosted'), value: String(kpis.needsPosted) },
    { key: 'matchesProposed', label: t('kpis.matchesProposed'), value: String(kpis.matchesProposed) },
    { key: 'introductions', label: t('kpis.introductions'), value: String(kpis.introductions) },
    { key: 'collaborations', label: t('kpis.collaborations'), value: String(kpis.collaborations) },
    { key: 'introductionRate', label: t('kpis.introductionRate'), value: rate(kpis.introductionRate) },
    { key: 'collaborationRate', label: t('kpis.collaborationRate'), value: rate(kpis.collaborationRate) },
    {
      key: 'medianDays',
      label: t('kpis.medianDays'),
      value: kpis.medianDaysNeedToIntroduction === null ? '—' : formatDays(kpis.medianDaysNeedToIntroduction),
    },
  ];
  return (
    <dl className="figures" data-testid="kpi-figures">
      {figures.map((figure) => (
        <div key={figure.key} className="figure" data-testid={`kpi-${figure.key}`}>
          <dt className="figure__label">{figure.label}</dt>
          <dd className="figure__value">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function DeclineReasons({ reasons }: { reasons: Kpis['declineReasons'] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="decline-reasons-title" className="kpis__section">
      <h2 id="decline-reasons-title">{t('kpis.declineReasons')}</h2>
      {reasons.length === 0 ? (
        <EmptyState>{t('kpis.noDeclines')}</EmptyState>
      ) : (
        <table className="table" data-testid="decline-reasons">
          <thead>
            <tr>
              <th scope="col">{t('kpis.reason')}</th>
              <th scope="col">{t('kpis.side')}</th>
              <th scope="col">{t('kpis.count')}</th>
            </tr>
          </thead>
          <tbody>
            {reasons.map((row) => (
              <tr key={`${row.side}-${row.reason}`}>
                <td>{t(`declineReason.${row.reason}`)}</td>
                <td>{t(`side.${row.side}`)}</td>
                <td className="table__number">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
