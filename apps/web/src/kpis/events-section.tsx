import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { graphql } from '../gql';
import type { KpisQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState } from '../ui/query-states';
import { AnchorLink } from '../ui/router-links';
import { ExportStatus } from './export-status';
import { useCsvExport } from './use-csv-export';

const ExportEventsDocument = graphql(`
  query ExportEvents($filter: KpiFilter) {
    exportEvents(filter: $filter) {
      filename
      contentType
      content
      rows
      language
    }
  }
`);

type EventsKpis = KpisQuery['kpis']['events'];

/** The figures shown, in the order of the API's export. */
const FIGURES = ['registrations', 'requests', 'accepted', 'scheduled', 'held', 'noShows', 'matches', 'collaborations'] as const;
const NUMBER_STYLE = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The brokerage days whose first day falls in the period, each with its figures (counted as on
 * the event's own page), their totals and the CSV export. The sector filter does not apply.
 */
export function EventsSection({ events, from, to }: { events: EventsKpis; from: string; to: string }) {
  const { t, formatDate } = useI18n();
  const titleId = useId();
  const client = useApolloClient();
  const { busy, done, error, run } = useCsvExport<'events'>();
  const heading = (key: (typeof FIGURES)[number]) => t(`kpis.events.${key}`);

  const exportCsv = () =>
    run('events', async () => (await client.query({ query: ExportEventsDocument, variables: { filter: { from, to } }, fetchPolicy: 'no-cache' })).data?.exportEvents);

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={titleId} data-testid="kpi-events">
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t('kpis.events.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('kpis.events.help')}
        </Text>
        {events.events.length === 0 ? (
          <EmptyState>{t('kpis.events.empty')}</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped withTableBorder fz="sm" aria-labelledby={titleId} data-testid="kpi-events-table" style={{ overflowWrap: 'normal' }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" miw={150}>
                    {t('kpis.events.event')}
                  </Table.Th>
                  <Table.Th scope="col">{t('kpis.events.date')}</Table.Th>
                  {FIGURES.map((key) => (
                    <Table.Th key={key} scope="col" ta="end">
                      {heading(key)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.events.map((event) => (
                  <Table.Tr key={event.eventId} data-event-id={event.eventId}>
                    <Table.Th scope="row" fw={500}>
                      <AnchorLink to="/events/$eventId/manage" params={{ eventId: event.eventId }} dir="auto">
                        {event.title}
                      </AnchorLink>
                    </Table.Th>
                    <Table.Td>
                      {event.endsOn === event.startsOn ? formatDate(event.startsOn) : t('kpis.events.dates', { from: formatDate(event.startsOn), to: formatDate(event.endsOn) })}
                    </Table.Td>
                    {FIGURES.map((key) => (
                      <Table.Td key={key} ta="end" style={NUMBER_STYLE} data-figure={key}>
                        {event[key]}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr data-testid="kpi-events-total">
                  <Table.Th scope="row" colSpan={2}>
                    {t('kpis.events.total')}
                  </Table.Th>
                  {FIGURES.map((key) => (
                    <Table.Td key={key} ta="end" fw={700} style={NUMBER_STYLE} data-figure={key}>
                      {events.total[key]}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group gap="sm">
          <Button variant="default" onClick={() => void exportCsv()} loading={busy !== null} data-testid="export-events">
            {t('kpis.events.export')}
          </Button>
        </Group>
        <ExportStatus done={done} error={error} testId="export-events-status" />
      </Stack>
    </Paper>
  );
}
