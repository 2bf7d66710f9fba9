import { Accordion, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';

export interface DataTable {
  /** Column headings; the first column names the row. */
  head: string[];
  rows: { key: string; cells: (string | number)[] }[];
}

interface Props {
  title: string;
  help?: string;
  testId: string;
  /** The chart; hidden from screen readers, who read the table below instead. */
  chart: ReactNode;
  table: DataTable;
  empty?: boolean;
}

/**
 * A chart with its title, an explanation and its figures as a table (folded): the chart is for
 * the eye, the table for exact values and for screen readers.
 */
export function ChartSection({ title, help, testId, chart, table, empty = false }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={titleId} data-testid={testId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        {help && (
          <Text size="sm" c="dimmed">
            {help}
          </Text>
        )}
        {empty ? (
          <Text size="sm" c="dimmed">
            {t('kpis.chart.noData')}
          </Text>
        ) : (
          <>
            <div aria-hidden="true" data-testid={`${testId}-chart`}>
              {chart}
            </div>
            <Accordion variant="contained" chevronPosition="left">
              <Accordion.Item value="data">
                <Accordion.Control>{t('kpis.chart.data')}</Accordion.Control>
                <Accordion.Panel>
                  <ScrollArea type="auto" scrollbars="x">
                    <Table striped withTableBorder fz="sm" data-testid={`${testId}-table`}>
                      <Table.Caption>{title}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          {table.head.map((heading) => (
                            <Table.Th key={heading} scope="col">
                              {heading}
                            </Table.Th>
                          ))}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {table.rows.map((row) => (
                          <Table.Tr key={row.key}>
                            {row.cells.map((cell, index) =>
                              index === 0 ? (
                                <Table.Th key={index} scope="row" fw={500}>
                                  {cell}
                                </Table.Th>
                              ) : (
                                <Table.Td key={index} style={{ fontVariantNumeric: 'tabular-nums' }}>
                                  {cell}
                                </Table.Td>
                              ),
                            )}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollArea>
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          </>
        )}
      </Stack>
    </Paper>
  );
}
