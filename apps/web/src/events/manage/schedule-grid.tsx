import { Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/use-i18n';
import { EmptyState } from '../../ui/query-states';
import { dayOf, slotLabel, slotLongLabel } from '../event-labels';
import type { Data } from './event-manage-data';

/** Slots × tables, each cell the meeting placed there. */
export function ScheduleGrid({ data }: { data: Data }) {
  const { t, language } = useI18n();
  const { slots, tables } = data.event;
  if (!slots.length || !tables.length) return <EmptyState>{t('events.schedule.gridEmpty')}</EmptyState>;
  const placed = new Map(data.eventMeetings.filter((m) => m.status === 'ACCEPTED' && m.slotId && m.tableId).map((m) => [`${m.slotId}:${m.tableId}`, m]));
  const days = new Set(slots.map((s) => dayOf(s.startsAt)));
  return (
    <section aria-labelledby="schedule-grid">
      <Title order={2} size="h4" id="schedule-grid" mb="xs">
        {t('events.schedule.grid')}
      </Title>
      <Table.ScrollContainer minWidth={Math.max(480, 140 + tables.length * 150)} type="native" tabIndex={0} role="region" aria-labelledby="schedule-grid">
        <Table withTableBorder withColumnBorders data-testid="schedule-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('events.schedule.slot')}</Table.Th>
              {tables.map((table) => (
                <Table.Th key={table.id}>{t('events.agenda.table', { name: table.name })}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {slots.map((slot) => (
              <Table.Tr key={slot.id}>
                <Table.Th scope="row" fw={500}>
                  {days.size > 1 ? slotLongLabel(slot, language) : slotLabel(slot, language)}
                </Table.Th>
                {tables.map((table) => {
                  const m = placed.get(`${slot.id}:${table.id}`);
                  return (
                    <Table.Td key={table.id}>
                      {m ? (
                        <Text size="xs" dir="auto">
                          {m.requester.fullName}
                          <br />
                          {m.recipient.fullName}
                        </Text>
                      ) : (
                        <Text size="xs" c="dimmed">
                          {t('events.schedule.free')}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
