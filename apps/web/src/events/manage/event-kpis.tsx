import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/use-i18n';
import type { Data } from './event-manage-data';

/** The event in figures, from registrations to matches. */
export function EventKpis({ kpis }: { kpis: Data['eventKpis'] }) {
  const { t } = useI18n();
  const keys = ['registrations', 'requests', 'accepted', 'declined', 'expired', 'scheduled', 'held', 'noShows', 'matches', 'collaborations'] as const;
  return (
    <section aria-labelledby="event-kpis">
      <Title order={2} size="h4" id="event-kpis" mb="xs">
        {t('events.manage.tab.kpis')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" data-testid="event-kpis">
        {keys.map((key) => (
          <Paper key={key} withBorder p="sm" radius="md">
            <Text size="xs" c="dimmed">
              {t(`events.kpi.${key}`)}
            </Text>
            <Text size="xl" fw={700} data-kpi={key}>
              {kpis[key]}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
