import { BarChart } from '@mantine/charts';
import type { DeclineReason, KpisQuery, MatchSide } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ChartSection } from './chart-section';

type Kpis = KpisQuery['kpis'];

const SIDES: MatchSide[] = ['INDUSTRIAL', 'RESEARCHER'];

/**
 * Axes that follow the reading direction: in Arabic the first month is at the right, the value
 * axis on the right side, the categories of a horizontal chart on the right.
 */
function useAxes(layout: 'columns' | 'bars') {
  const { dir, formatNumber } = useI18n();
  const rtl = dir === 'rtl';
  // The chart draws left to right (Mantine's default dir="ltr" on it): mirrored axes make it read right to left.
  const tick = { transform: `translate(${rtl ? 10 : -10}, 0)`, fontSize: 12, fill: 'currentColor' };
  if (layout === 'columns') {
    return {
      xAxisProps: { reversed: rtl, interval: 0, tickMargin: 8 },
      yAxisProps: { orientation: rtl ? ('right' as const) : ('left' as const), allowDecimals: false, width: 40, tick },
      valueFormatter: (value: number) => formatNumber(value),
    };
  }
  return {
    xAxisProps: { reversed: rtl, allowDecimals: false },
    yAxisProps: { orientation: rtl ? ('right' as const) : ('left' as const), width: 150, interval: 0, tick },
    valueFormatter: (value: number) => formatNumber(value),
  };
}

/** Suggested → proposed → introduced → collaborating → success, over the period. */
export function FunnelSection({ kpis }: { kpis: Kpis }) {
  const { t } = useI18n();
  const axes = useAxes('bars');
  const steps = [
    { key: 'suggested', label: t('kpis.step.suggested'), count: kpis.matchesSuggested },
    { key: 'proposed', label: t('kpis.step.proposed'), count: kpis.matchesProposed },
    { key: 'introduced', label: t('kpis.step.introduced'), count: kpis.introductions },
    { key: 'collaborating', label: t('kpis.step.collaborating'), count: kpis.collaborations },
    { key: 'success', label: t('kpis.step.success'), count: kpis.successes },
  ];
  return (
    <ChartSection
      title={t('kpis.funnel.title')}
      help={t('kpis.funnel.help')}
      testId="kpi-funnel"
      chart={
        <BarChart
          h={260}
          data={steps}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'count', label: t('kpis.count'), color: 'petrol.6' }]}
          withBarValueLabel
          gridAxis="x"
          tickLine="none"
          accessibilityLayer={false}
          withTooltip={false}
          {...axes}
        />
      }
      table={{ head: [t('kpis.funnel.step'), t('kpis.count')], rows: steps.map((step) => ({ key: step.key, cells: [step.label, step.count] })) }}
    />
  );
}

const MONTH_SERIES = [
  { name: 'needsPosted', label: 'kpis.needsPosted', color: 'gray.6' },
  { name: 'matchesSuggested', label: 'kpis.figure.matchesSuggested', color: 'blue.5' },
  { name: 'matchesProposed', label: 'kpis.matchesProposed', color: 'yellow.7' },
  { name: 'introductions', label: 'kpis.introductions', color: 'green.7' },
  { name: 'collaborations', label: 'kpis.collaborations', color: 'petrol.8' },
] as const;

export function MonthSection({ kpis }: { kpis: Kpis }) {
  const { t, formatMonth } = useI18n();
  const axes = useAxes('columns');
  const data = kpis.byMonth.map((month) => ({ ...month, label: formatMonth(month.month) }));
  const series = MONTH_SERIES.map((s) => ({ name: s.name, label: t(s.label), color: s.color }));
  return (
    <ChartSection
      title={t('kpis.month.title')}
      testId="kpi-months"
      chart={
        <BarChart
          h={300}
          data={data}
          dataKey="label"
          series={series}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          tickLine="y"
          accessibilityLayer={false}
          {...axes}
          xAxisProps={{ ...axes.xAxisProps, interval: 'preserveStartEnd' }}
        />
      }
      table={{
        head: [t('kpis.month'), ...series.map((s) => s.label)],
        rows: kpis.byMonth.map((month) => ({ key: month.month, cells: [formatMonth(month.month), ...MONTH_SERIES.map((s) => month[s.name])] })),
      }}
    />
  );
}

const SECTOR_SERIES = [
  { name: 'needsPosted', label: 'kpis.needsPosted', color: 'gray.6' },
  { name: 'matchesSuggested', label: 'kpis.figure.matchesSuggested', color: 'blue.5' },
  { name: 'matchesProposed', label: 'kpis.matchesProposed', color: 'yellow.7' },
  { name: 'introductions', label: 'kpis.introductions', color: 'green.7' },
  { name: 'collaborations', label: 'kpis.collaborations', color: 'petrol.8' },
  { name: 'successes', label: 'kpis.figure.successes', color: 'grape.7' },
] as const;

export function SectorSection({ kpis }: { kpis: Kpis }) {
  const { t } = useI18n();
  const axes = useAxes('columns');
  const data = kpis.bySector.map((row) => ({ ...row, label: t(`sector.${row.sector}`) }));
  const series = SECTOR_SERIES.map((s) => ({ name: s.name, label: t(s.label), color: s.color }));
  return (
    <ChartSection
      title={t('kpis.sector.title')}
      testId="kpi-sectors"
      chart={
        <BarChart h={280} data={data} dataKey="label" series={series} withLegend legendProps={{ verticalAlign: 'bottom' }} tickLine="y" accessibilityLayer={false} {...axes} />
      }
      table={{
        head: [t('kpis.sector.column'), ...series.map((s) => s.label)],
        rows: data.map((row) => ({ key: row.sector, cells: [row.label, ...SECTOR_SERIES.map((s) => row[s.name])] })),
      }}
    />
  );
}

const SIDE_COLORS: Record<MatchSide, string> = { INDUSTRIAL: 'orange.7', RESEARCHER: 'indigo.6' };

export function DeclinesSection({ kpis }: { kpis: Kpis }) {
  const { t } = useI18n();
  const axes = useAxes('bars');
  const reasons = [...new Set(kpis.declineReasons.map((row) => row.reason))] as DeclineReason[];
  const countOf = (reason: DeclineReason, side: MatchSide) => kpis.declineReasons.find((row) => row.reason === reason && row.side === side)?.count ?? 0;
  const data = reasons.map((reason) => ({ label: t(`declineReason.${reason}`), reason, ...Object.fromEntries(SIDES.map((side) => [side, countOf(reason, side)])) }));
  const series = SIDES.map((side) => ({ name: side, label: t(`side.${side}`), color: SIDE_COLORS[side] }));
  return (
    <ChartSection
      title={t('kpis.declines.title')}
      help={t('kpis.declines.help')}
      testId="kpi-declines"
      empty={reasons.length === 0}
      chart={
        <BarChart
          h={Math.max(160, 48 * reasons.length + 60)}
          data={data}
          dataKey="label"
          orientation="vertical"
          type="stacked"
          series={series}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          gridAxis="x"
          tickLine="none"
          accessibilityLayer={false}
          {...axes}
        />
      }
      table={{
        head: [t('kpis.reason'), ...SIDES.map((side) => t(`side.${side}`))],
        rows: reasons.map((reason) => ({ key: reason, cells: [t(`declineReason.${reason}`), ...SIDES.map((side) => countOf(reason, side))] })),
      }}
    />
  );
}
