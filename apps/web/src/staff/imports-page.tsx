import { useMutation } from '@apollo/client/react';
import { Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../gql';
import type { ImportReportFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { ImportColumns } from './import-columns';
import { ImportReportView } from './import-report';
import { notifyDone, notifyFailure } from '../ui/notify';

const ImportMembersDocument = graphql(`
  mutation ImportMembers($input: ImportMembersInput!) {
    importMembers(input: $input) {
      ...ImportReportFields
    }
  }
`);

const InviteImportedDocument = graphql(`
  mutation InviteImportedMembers {
    inviteMembers {
      invited
      skipped
    }
  }
`);

interface Loaded {
  file: File;
  csv: string;
  report: ImportReportFieldsFragment;
}

/** Staff: upload a CSV, read the dry run, apply it once clean, then invite the people it created. */
export function ImportsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('staff.imports.title'));
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [readError, setReadError] = useState<Error | null>(null);
  const [runImport, importState] = useMutation(ImportMembersDocument);
  const [invite, inviteState] = useMutation(InviteImportedDocument);

  async function check(chosen: File | null) {
    setFile(chosen);
    setLoaded(null);
    setReadError(null);
    if (!chosen) return;
    try {
      const csv = await chosen.text();
      const { data } = await runImport({ variables: { input: { csv, dryRun: true } } });
      if (data) setLoaded({ file: chosen, csv, report: data.importMembers });
    } catch (caught) {
      setReadError(caught instanceof Error ? caught : new Error(t('staff.imports.readError')));
    }
  }

  async function apply() {
    if (!loaded) return;
    try {
      const { data } = await runImport({ variables: { input: { csv: loaded.csv, dryRun: false } } });
      if (!data) return;
      setLoaded({ ...loaded, report: data.importMembers });
      const report = data.importMembers;
      notifyDone(t('staff.imports.applied', { users: report.usersCreated, organisations: report.organisationsCreated }));
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  async function inviteImported() {
    try {
      const { data } = await invite();
      if (data) notifyDone(t('staff.imports.invited', data.inviteMembers));
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  const report = loaded?.report;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('staff.imports.title')}</Title>
        <Text c="gray.7">{t('staff.imports.intro')}</Text>
      </Stack>
      <Card withBorder padding="md">
        <Stack gap="md">
          <FileInput
            label={t('staff.imports.file')}
            description={t('staff.imports.fileHint')}
            placeholder={t('staff.imports.filePlaceholder')}
            accept=".csv,text/csv"
            value={file}
            onChange={(chosen) => void check(chosen)}
            clearable
            clearButtonProps={{ 'aria-label': t('form.cancel') }}
          />
        </Stack>
      </Card>
      {importState.loading && !report && <LoadingState label={t('staff.imports.checking')} />}
      {readError && <ErrorState error={readError} onRetry={() => void check(file)} />}
      {report && loaded && (
        <Card withBorder padding="md">
          <Stack gap="md">
            <ImportReportView report={report} fileName={loaded.file.name} />
            <Group>
              {report.dryRun && (
                <Button onClick={() => void apply()} loading={importState.loading} disabled={report.errorRows > 0 || report.problems.length > 0}>
                  {t('staff.imports.apply')}
                </Button>
              )}
              {!report.dryRun && (
                <Stack gap={4}>
                  <Group>
                    <Button onClick={() => void inviteImported()} loading={inviteState.loading}>
                      {t('staff.imports.invite')}
                    </Button>
                  </Group>
                  <Text size="sm" c="gray.7">
                    {t('staff.imports.inviteHint')}
                  </Text>
                </Stack>
              )}
            </Group>
          </Stack>
        </Card>
      )}
      <Card withBorder padding="md">
        <Stack gap="md">
          <ImportColumns />
        </Stack>
      </Card>
    </Stack>
  );
}
