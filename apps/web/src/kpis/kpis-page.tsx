import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { graphql } from '../gql';
import type { KpisQuery, Sector } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { EventsSection } from './events-section';
import { ExportButtons } from './export-buttons';
import { HallOccupancySection } from './hall-occupancy';
import { DeclinesSection, FunnelSection, MonthSection, SectorSection } from './kpi-charts';

const KpisDocument = graphql(`
  query Kpis($filter: KpiFilter) {
    kpis(filter: $filter) {
      from
      to
      needsPosted
      matchesSuggested
      matchesProposed
      introductions
      collaborations
      successes
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
        matchesSuggested
        matchesProposed
        introductions
        collaborations
      }
      bySector {
        sector
        needsPosted
        matchesSuggested
        matchesProposed
        introductions
        collaborations
        successes
      }
      events {
        events {
          eventId
          title
          startsOn
          endsOn
          status
          registrations
          requests
          accepted
          scheduled
          held
          noShows
          matches
          collaborations
        }
        total {
          registrations
          requests
          accepted
          scheduled
          held
          noShows
          matches
          collaborations
        }
      }
    }
  }
`);

type Kpis = KpisQuery['kpis'];
type Preset = 'thisYear' | 'last12Months' | 'lastYear';
const PRESETS: Preset[] = ['last12Months', 'thisYear', 'lastYear'];
const SECTORS: Sector[] = ['AGRIFOOD', 'COSMETICS'];
const DAY = 'YYYY-MM-DD';

/** The days of a preset, as the API counts them (UTC days, the last one included). */
export function presetRange(preset: Preset, today = dayjs()): [string, string] {
  switch (preset) {
    case 'thisYear':
      return [today.startOf('year').format(DAY), today.format(DAY)];
    case 'last12Months':
      return [today.startOf('month').subtract(11, 'month').format(DAY), today.format(DAY)];
    case 'lastYear': {
      const last = today.subtract(1, 'year');
      return [last.startOf('year').format(DAY), last.endOf('year').format(DAY)];
    }
  }
}

/** Staff: the funnel, the activity by month and sector, the declines, the brokerage days and the hall, for a chosen period and sector; the exports. */
export function KpisPage() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t('kpis.title'));
  const [range, setRange] = useState<DatesRangeValue<string>>(() => presetRange('last12Months'));
  const [sector, setSector] = useState<Sector | null>(null);
  const [from, to] = range;
  const complete = Boolean(from && to);
  // The last complete range: the figures stay on screen while a new one is being picked.
  const [period, setPeriod] = useState<{ from: string; to: string }>(() => ({ from: from!, to: to! }));
  if (complete && (period.from !== from || period.to !== to)) setPeriod({ from: from!, to: to! });

  const preset = useMemo(() => PRESETS.find((p) => presetRange(p).join() === `${period.from},${period.to}`) ?? 'custom', [period]);
  const { data, error, refetch } = useQuery(KpisDocument, { variables: { filter: { ...period, sector } } });
  const kpis = data?.kpis;

  return (
    <Stack component="section" gap="lg" aria-labelledby="kpis-title">
      <Title order={1} id="kpis-title">
        {t('kpis.title')}
      </Title>

      <Paper withBorder radius="md" p="md" component="form" aria-label={t('kpis.filters')} onSubmit={(event) => event.preventDefault()}>
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('kpis.range.presets')}
            data-testid="kpi-presets"
            value={preset}
            onChange={(value) => value !== 'custom' && setRange(presetRange(value as Preset))}
            data={[
              ...PRESETS.map((value) => ({ value, label: t(`kpis.preset.${value}`) })),
              { value: 'custom', label: t('kpis.range.custom'), disabled: true },
            ]}
            fullWidth
            style={{ maxWidth: '100%' }}
            styles={{ label: { whiteSpace: 'normal' } }}
          />
          <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
            <DatePickerInput
              type="range"
              label={t('kpis.period')}
              value={range}
              onChange={setRange}
              allowSingleDateInRange
              hideOutsideDates
              weekendDays={[]}
              ariaLabels={{
                previousMonth: t('kpis.picker.previousMonth'),
                nextMonth: t('kpis.picker.nextMonth'),
                previousYear: t('kpis.picker.previousYear'),
                nextYear: t('kpis.picker.nextYear'),
                previousDecade: t('kpis.picker.previousDecade'),
                nextDecade: t('kpis.picker.nextDecade'),
                monthLevelControl: t('kpis.picker.monthLevel'),
                yearLevelControl: t('kpis.picker.yearLevel'),
              }}
              valueFormat="D MMM YYYY"
              presets={PRESETS.map((p) => ({ value: presetRange(p), label: t(`kpis.preset.${p}`) }))}
              error={complete ? undefined : t('kpis.range.incomplete')}
              data-testid="kpi-range"
              miw={240}
            />
            <Select
              label={t('pipeline.sectorFilter')}
              data={[{ value: '', label: t('pipeline.allSectors') }, ...SECTORS.map((value) => ({ value, label: t(`sector.${value}`) }))]}
              value={sector ?? ''}
              onChange={(value) => setSector((value || null) as Sector | null)}
              allowDeselect={false}
              data-testid="kpi-sector"
              miw={200}
            />
          </Group>
          <Text size="sm" c="dimmed" data-testid="kpi-period">
            {t('kpis.range.summary', { from: formatDate(period.from), to: formatDate(period.to) })}
          </Text>
        </Stack>
      </Paper>

      {!kpis ? (
        error ? (
          <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingState label={t('kpis.loading')} />
        )
      ) : (
        <>
          <Figures kpis={kpis} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <FunnelSection kpis={kpis} />
            <DeclinesSection kpis={kpis} />
          </SimpleGrid>
          <MonthSection kpis={kpis} />
          <SectorSection kpis={kpis} />
          <EventsSection events={kpis.events} from={kpis.from} to={kpis.to} />
        </>
      )}
      <HallOccupancySection from={period.from} to={period.to} />
      <ExportButtons from={period.from} to={period.to} sector={sector} />
    </Stack>
  );
}

function Figures({ kpis }: { kpis: Kpis }) {
  const { t, formatPercent, formatDays } = useI18n();
  const rate = (share: number | null) => (share === null ? '—' : formatPercent(share));
  const figures = [
    { key: 'needsPosted', label: t('kpis.needsPosted'), value: String(kpis.needsPosted) },
    { key: 'matchesSuggested', label: t('kpis.figure.matchesSuggested'), value: String(kpis.matchesSuggested) },
    { key: 'matchesProposed', label: t('kpis.matchesProposed'), value: String(kpis.matchesProposed) },
    { key: 'introductions', label: t('kpis.introductions'), value: String(kpis.introductions) },
    { key: 'collaborations', label: t('kpis.collaborations'), value: String(kpis.collaborations) },
    { key: 'successes', label: t('kpis.figure.successes'), value: String(kpis.successes) },
    { key: 'introductionRate', label: t('kpis.introductionRate'), value: rate(kpis.introductionRate) },
    { key: 'collaborationRate', label: t('kpis.collaborationRate'), value: rate(kpis.collaborationRate) },
    {
      key: 'medianDays',
      label: t('kpis.medianDays'),
      value: kpis.medianDaysNeedToIntroduction === null ? '—' : formatDays(kpis.medianDaysNeedToIntroduction),
    },
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" m={0} data-testid="kpi-figures">
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder radius="md" p="sm" data-testid={`kpi-${figure.key}`}>
          <Text component="dt" size="sm" c="dimmed">
            {figure.label}
          </Text>
          <Text component="dd" m={0} fz={26} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {figure.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
