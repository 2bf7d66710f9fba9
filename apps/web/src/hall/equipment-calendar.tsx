import { useQuery } from '@apollo/client/react';
import { Badge, Box, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Calendar } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState } from 'react';
import { graphql } from '../gql';
import type { EquipmentCalendarQuery, HallCalendarKind } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState, LoadingState } from '../ui/query-states';
import { colourVariable, describeDays, KIND_COLOURS, PICKER_STYLES, todayIso } from './hall-labels';

export const EquipmentCalendarDocument = graphql(`
  query EquipmentCalendar($id: ID!, $monthFrom: String!, $monthTo: String!, $weekFrom: String!, $weekTo: String!) {
    hallEquipment(id: $id) {
      id
      month: calendar(from: $monthFrom, to: $monthTo) {
        kind
        startsOn
        endsOn
        note
        booking {
          id
          purpose
          requesterName
          organisationName
        }
      }
      week: calendar(from: $weekFrom, to: $weekTo) {
        kind
        startsOn
        endsOn
        note
        booking {
          id
          purpose
          requesterName
          organisationName
        }
      }
    }
  }
`);

type Entry = NonNullable<EquipmentCalendarQuery['hallEquipment']>['month'][number];

const KINDS: readonly HallCalendarKind[] = ['APPROVED', 'PENDING', 'MAINTENANCE'];
/** When two spans meet on a day (they should not), the one that blocks most is shown. */
const PRIORITY: Record<HallCalendarKind, number> = { MAINTENANCE: 3, APPROVED: 2, PENDING: 1 };

function entryOn(entries: readonly Entry[], day: string): Entry | null {
  let found: Entry | null = null;
  for (const entry of entries) {
    if (entry.startsOn <= day && day <= entry.endsOn && (!found || PRIORITY[entry.kind] > PRIORITY[found.kind])) found = entry;
  }
  return found;
}

const WEEKDAY_LOCALES: Record<string, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

function mondayOf(day: string): string {
  const date = dayjs(day);
  return date.subtract((date.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/**
 * An equipment's month and week: approved bookings, pending requests and maintenance. Every day of
 * the month is a button the keyboard moves through, and says its state; the week is a table.
 */
export function EquipmentCalendar({ equipmentId }: { equipmentId: string }) {
  const { t, formatDate, language } = useI18n();
  const weekday = new Intl.DateTimeFormat(WEEKDAY_LOCALES[language], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const [month, setMonth] = useState(() => dayjs().startOf('month').format('YYYY-MM-DD'));
  const [week, setWeek] = useState(() => mondayOf(todayIso()));
  const weekEnd = dayjs(week).add(6, 'day').format('YYYY-MM-DD');
  const variables = {
    id: equipmentId,
    monthFrom: dayjs(month).startOf('month').format('YYYY-MM-DD'),
    monthTo: dayjs(month).endOf('month').format('YYYY-MM-DD'),
    weekFrom: week,
    weekTo: weekEnd,
  };
  const { data, previousData, error, refetch } = useQuery(EquipmentCalendarDocument, { variables, fetchPolicy: 'cache-and-network' });
  const shown = (data ?? previousData)?.hallEquipment;
  const monthEntries = shown?.month ?? [];
  const weekEntries = shown?.week ?? [];
  const statusOf = (entry: Entry | null) => (entry ? t(`hall.calendar.kind.${entry.kind}`) : t('hall.calendar.free'));

  if (!shown && error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!shown) return <LoadingState label={t('hall.calendar.loading')} />;

  const days = Array.from({ length: 7 }, (_, i) => dayjs(week).add(i, 'day').format('YYYY-MM-DD'));
  return (
    <Stack gap="md" data-testid="equipment-calendar">
      <Group gap="xs" aria-label={t('hall.calendar.legend')} role="group">
        <Badge variant="outline" color="teal.9">
          {t('hall.calendar.free')}
        </Badge>
        {KINDS.map((kind) => (
          <Badge key={kind} variant="filled" color={KIND_COLOURS[kind]} c={kind === 'PENDING' ? 'dark' : undefined}>
            {t(`hall.calendar.kind.${kind}`)}
          </Badge>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="hall-month-title">
          <Title order={3} size="h5" id="hall-month-title" mb="sm">
            {t('hall.calendar.month')}
          </Title>
          <Box data-testid="month-calendar">
            <Calendar
              date={month}
              onDateChange={setMonth}
              maxLevel="month"
              hideOutsideDates
              weekendDays={[]}
          styles={PICKER_STYLES}
              highlightToday
              ariaLabels={{ previousMonth: t('hall.calendar.previousMonth'), nextMonth: t('hall.calendar.nextMonth') }}
              getDayAriaLabel={(day) => t('hall.calendar.dayLabel', { date: formatDate(day), status: statusOf(entryOn(monthEntries, day)) })}
              getDayProps={(day) => {
                const entry = entryOn(monthEntries, day);
                return entry
                  ? {
                      'data-kind': entry.kind,
                      style: { backgroundColor: colourVariable(KIND_COLOURS[entry.kind]), color: entry.kind === 'PENDING' ? 'var(--mantine-color-dark-9)' : 'var(--mantine-color-white)' },
                    }
                  : {};
              }}
            />
          </Box>
          <Title order={4} size="h6" mt="md" mb="xs">
            {t('hall.calendar.entries')}
          </Title>
          {monthEntries.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('hall.calendar.noEntries')}
            </Text>
          ) : (
            <List size="sm" spacing={4} data-testid="month-entries">
              {monthEntries.map((entry) => (
                <List.Item key={`${entry.kind}-${entry.startsOn}-${entry.booking?.id ?? ''}`}>
                  <Badge size="sm" variant="filled" color={KIND_COLOURS[entry.kind]} c={entry.kind === 'PENDING' ? 'dark' : undefined} me={6}>
                    {t(`hall.calendar.kind.${entry.kind}`)}
                  </Badge>
                  {describeDays(entry, formatDate, t)}
                  {entry.booking && ' — '}
                  {entry.booking && (
                    <Text span size="sm" dir="auto">
                      {entry.booking.requesterName}
                      {entry.booking.organisationName ? ` (${entry.booking.organisationName})` : ''} — {entry.booking.purpose}
                    </Text>
                  )}
                  {entry.note && ' — '}
                  {entry.note && (
                    <Text span size="sm" dir="auto">
                      {entry.note}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="hall-week-title">
          <Title order={3} size="h5" id="hall-week-title" mb="xs">
            {t('hall.calendar.week')}
          </Title>
          <Text size="sm" mb="xs" aria-live="polite">
            {t('hall.calendar.weekOf', { from: formatDate(week), to: formatDate(weekEnd) })}
          </Text>
          <Group gap="xs" mb="sm">
            <Button variant="default" size="xs" onClick={() => setWeek(dayjs(week).subtract(7, 'day').format('YYYY-MM-DD'))}>
              {t('hall.calendar.previousWeek')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setWeek(mondayOf(todayIso()))}>
              {t('hall.calendar.thisWeek')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setWeek(dayjs(week).add(7, 'day').format('YYYY-MM-DD'))}>
              {t('hall.calendar.nextWeek')}
            </Button>
          </Group>
          <Table data-testid="week-table" striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hall.calendar.day')}</Table.Th>
                <Table.Th scope="col">{t('hall.calendar.occupation')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.map((day) => {
                const entry = entryOn(weekEntries, day);
                return (
                  <Table.Tr key={day} data-day={day} data-kind={entry?.kind ?? 'FREE'}>
                    <Table.Th scope="row" fw={day === todayIso() ? 700 : 400}>
                      {weekday.format(new Date(`${day}T00:00:00Z`))}
                    </Table.Th>
                    <Table.Td>
                      <Badge variant={entry ? 'filled' : 'outline'} color={entry ? KIND_COLOURS[entry.kind] : 'teal.9'} c={entry?.kind === 'PENDING' ? 'dark' : undefined} miw="max-content">
                        {statusOf(entry)}
                      </Badge>
                      {entry?.booking && (
                        <Text size="xs" mt={4} dir="auto">
                          {entry.booking.requesterName} — {entry.booking.purpose}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
