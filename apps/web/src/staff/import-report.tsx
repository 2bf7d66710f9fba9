import { Alert, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportReportFieldsFragment } from '../gql/graphql';
import { graphql } from '../gql';
import type { MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';

export const ImportReportFields = graphql(`
  fragment ImportReportFields on ImportReport {
    dryRun
    rows
    okRows
    errorRows
    usersCreated
    usersUpdated
    organisationsCreated
    organisationsUpdated
    unchanged
    problems {
      line
      field
      reason
    }
    warnings {
      line
      field
      reason
    }
  }
`);

type Report = ImportReportFieldsFragment;
type Problem = Report['problems'][number];

const FIGURES: { key: keyof Report & string; label: MessageKey }[] = [
  { key: 'rows', label: 'staff.imports.rows' },
  { key: 'okRows', label: 'staff.imports.okRows' },
  { key: 'errorRows', label: 'staff.imports.errorRows' },
  { key: 'usersCreated', label: 'staff.imports.usersCreated' },
  { key: 'usersUpdated', label: 'staff.imports.usersUpdated' },
  { key: 'organisationsCreated', label: 'staff.imports.organisationsCreated' },
  { key: 'organisationsUpdated', label: 'staff.imports.organisationsUpdated' },
  { key: 'unchanged', label: 'staff.imports.unchanged' },
];

/** The dry run's (or the import's) figures, then every problem by line, in the reader's language. */
export function ImportReportView({ report, fileName }: { report: Report; fileName: string }) {
  const { t, formatNumber } = useI18n();
  return (
    <Stack gap="md" component="section" aria-labelledby="import-report-title" data-testid="import-report">
      <Title order={2} id="import-report-title">
        {t(report.dryRun ? 'staff.imports.reportDry' : 'staff.imports.reportApplied', { file: fileName })}
      </Title>
      <Text size="sm" fw={600}>
        {t(report.dryRun ? 'staff.imports.wouldBe' : 'staff.imports.done')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
        {FIGURES.map((figure) => (
          <div key={figure.key} data-testid={`import-${figure.key}`}>
            <Text component="dt" size="xs" c="gray.7">
              {t(figure.label)}
            </Text>
            <Text component="dd" m={0} fw={700} size="lg" c={figure.key === 'errorRows' && report.errorRows > 0 ? 'red.9' : undefined}>
              {formatNumber(report[figure.key] as number)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {report.problems.length > 0 && (
        <Alert color="red" variant="light" title={t('staff.imports.problems')}>
          <Stack gap="sm">
            <Text size="sm">{t('staff.imports.fixAndReload')}</Text>
            <ProblemTable problems={report.problems} caption={t('staff.imports.problems')} testId="import-problems" />
          </Stack>
        </Alert>
      )}
      {report.warnings.length > 0 && (
        <ProblemTable problems={report.warnings} caption={t('staff.imports.warnings')} testId="import-warnings" />
      )}
    </Stack>
  );
}

function ProblemTable({ problems, caption, testId }: { problems: readonly Problem[]; caption: string; testId: string }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table withTableBorder captionSide="top" data-testid={testId} bg="var(--mantine-color-body)">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff.imports.line')}</Table.Th>
            <Table.Th>{t('staff.imports.field')}</Table.Th>
            <Table.Th>{t('staff.imports.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr key={`${problem.line}-${problem.field}-${index}`}>
              <Table.Td>{problem.line}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" dir="ltr" span>
                  {problem.field}
                </Text>
              </Table.Td>
              <Table.Td>{problem.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
