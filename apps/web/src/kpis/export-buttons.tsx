import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { graphql } from '../gql';
import type { Sector } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ExportStatus } from './export-status';
import { useCsvExport } from './use-csv-export';

const ExportMatchesDocument = graphql(`
  query ExportMatches($filter: PipelineFilter, $period: KpiFilter) {
    exportMatches(filter: $filter, period: $period) {
      filename
      contentType
      content
      rows
      language
    }
  }
`);

const ExportNeedsDocument = graphql(`
  query ExportNeeds($filter: KpiFilter) {
    exportNeeds(filter: $filter) {
      filename
      contentType
      content
      rows
      language
    }
  }
`);

type Kind = 'matches' | 'needs';

interface Props {
  from: string;
  to: string;
  sector: Sector | null;
}

/**
 * CSV exports of the period's matches and needs, fetched fresh on each click (never cached), in
 * the page's language (the client sends it as Accept-Language): labels for people, codes and UTC
 * timestamps in their own columns for machines.
 */
export function ExportButtons({ from, to, sector }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const client = useApolloClient();
  const { busy, done, error, run } = useCsvExport<Kind>();
  const period = { from, to, sector };

  const exportCsv = (kind: Kind) =>
    run(kind, async () =>
      kind === 'matches'
        ? (await client.query({ query: ExportMatchesDocument, variables: { filter: { sector }, period }, fetchPolicy: 'no-cache' })).data?.exportMatches
        : (await client.query({ query: ExportNeedsDocument, variables: { filter: period }, fetchPolicy: 'no-cache' })).data?.exportNeeds,
    );

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t('kpis.exports.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('kpis.exports.help')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={() => void exportCsv('matches')} disabled={busy !== null} loading={busy === 'matches'}>
            {t('kpis.exports.matches')}
          </Button>
          <Button variant="default" onClick={() => void exportCsv('needs')} disabled={busy !== null} loading={busy === 'needs'}>
            {t('kpis.exports.needs')}
          </Button>
        </Group>
        <ExportStatus done={done} error={error} testId="export-status" />
      </Stack>
    </Paper>
  );
}
