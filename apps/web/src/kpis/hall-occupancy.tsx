import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Paper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState, LoadingState } from '../ui/query-states';
import { ChartSection } from './chart-section';

const HallOccupancyDocument = graphql(`
  query HallOccupancy($from: String!, $to: String!) {
    hallOccupancy(from: $from, to: $to) {
      equipmentId
      equipmentName
      month
      bookedDays
      availableDays
      rate
    }
  }
`);

/** A few distinct colours, one per equipment (the table under the chart names them all). */
const COLORS = ['petrol.6', 'orange.7', 'green.7', 'grape.6', 'blue.6', 'red.7', 'teal.7', 'yellow.8', 'indigo.5', 'pink.7'];

/** Booked over available days per equipment and month (the hall serves every sector). */
export function HallOccupancySection({ from, to }: { from: string; to: string }) {
  const { t, dir, formatMonth, formatPercent } = useI18n();
  const { data, error, refetch } = useQuery(HallOccupancyDocument, { variables: { from, to } });
  // On a phone the legend (one equipment a line) would eat the whole chart height: grow the chart with it.
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (!data) {
    return (
      <Paper withBorder radius="md" p="md">
        {error ? <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState label={t('kpis.loading')} />}
      </Paper>
    );
  }
  const rows = data.hallOccupancy;
  const equipment = [...new Map(rows.map((row) => [row.equipmentId, row.equipmentName])).entries()];
  const months = [...new Set(rows.map((row) => row.month))].sort();
  const chartData = months.map((month) => ({
    label: formatMonth(month),
    ...Object.fromEntries(equipment.map(([id]) => [id, Math.round((rows.find((row) => row.month === month && row.equipmentId === id)?.rate ?? 0) * 100)])),
  }));
  const series = equipment.map(([id, name], index) => ({ name: id, label: name, color: COLORS[index % COLORS.length] }));
  const rtl = dir === 'rtl';
  return (
    <ChartSection
      title={t('kpis.hall.title')}
      help={t('kpis.hall.help')}
      testId="kpi-hall"
      empty={rows.length === 0}
      chart={
        <BarChart
          h={narrow ? 260 + 40 * series.length : 300}
          data={chartData}
          dataKey="label"
          series={series}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          tickLine="y"
          accessibilityLayer={false}
          xAxisProps={{ reversed: rtl, interval: 'preserveStartEnd', tickMargin: 8 }}
          yAxisProps={{
            orientation: rtl ? 'right' : 'left',
            domain: [0, 100],
            width: 56,
            tick: { transform: `translate(${rtl ? 10 : -10}, 0)`, fontSize: 12, fill: 'currentColor' },
          }}
          valueFormatter={(value) => formatPercent(value / 100)}
        />
      }
      table={{
        head: [t('kpis.hall.equipment'), t('kpis.month'), t('kpis.hall.booked'), t('kpis.hall.available'), t('kpis.hall.rate')],
        rows: rows.map((row) => ({
          key: `${row.equipmentId}-${row.month}`,
          cells: [row.equipmentName, formatMonth(row.month), row.bookedDays, row.availableDays, formatPercent(row.rate)],
        })),
      }}
    />
  );
}
