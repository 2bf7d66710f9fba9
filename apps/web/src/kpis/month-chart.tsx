import { useId } from 'react';
import type { KpisQuery } from '../gql/graphql';
import type { MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';

type Month = KpisQuery['kpis']['byMonth'][number];
type Series = 'needsPosted' | 'matchesProposed' | 'introductions' | 'collaborations';

const SERIES: { key: Series; label: MessageKey }[] = [
  { key: 'needsPosted', label: 'kpis.needsPosted' },
  { key: 'matchesProposed', label: 'kpis.matchesProposed' },
  { key: 'introductions', label: 'kpis.introductions' },
  { key: 'collaborations', label: 'kpis.collaborations' },
];

/**
 * Grouped bars per month, drawn with CSS (heights in %), so the months follow the reading
 * direction. The same figures are in a table under it for screen readers and exact values.
 */
export function MonthChart({ months }: { months: Month[] }) {
  const { t, formatMonth } = useI18n();
  const titleId = useId();
  const max = Math.max(1, ...months.flatMap((month) => SERIES.map(({ key }) => month[key])));

  return (
    <section className="kpis__section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('kpis.byMonth')}</h2>
      <ul className="chart-legend" aria-hidden="true">
        {SERIES.map(({ key, label }) => (
          <li key={key}>
            <span className={`chart-swatch chart-bar--${key}`} />
            {t(label)}
          </li>
        ))}
      </ul>
      <div className="chart" aria-hidden="true" data-testid="month-chart">
        <span className="chart__max">{max}</span>
        <ol className="chart__months">
          {months.map((month) => (
            <li key={month.month} className="chart__month" data-testid="chart-month">
              <div className="chart__bars">
                {SERIES.map(({ key }) => (
                  <span
                    key={key}
                    className={`chart-bar chart-bar--${key}`}
                    style={{ blockSize: `${(month[key] / max) * 100}%` }}
                    title={`${t(SERIES.find((s) => s.key === key)!.label)} : ${month[key]}`}
                  />
                ))}
              </div>
              <span className="chart__label">{formatMonth(month.month)}</span>
            </li>
          ))}
        </ol>
      </div>
      <details className="chart-data">
        <summary>{t('kpis.showData')}</summary>
        <table className="table">
          <caption className="visually-hidden">{t('kpis.byMonth')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kpis.month')}</th>
              {SERIES.map(({ key, label }) => (
                <th key={key} scope="col">
                  {t(label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month)}</th>
                {SERIES.map(({ key }) => (
                  <td key={key} className="table__number">
                    {month[key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
