import type { ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Box, Button, Card, FileInput, Group, Modal, Pagination, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../gql';
import type { GlossaryEntryFieldsFragment, GlossaryEntryStatus, GlossaryImportReportFieldsFragment } from '../gql/graphql';
import { useI18n, type MessageKey } from '../i18n/use-i18n';
import { describeError } from '../ui/describe-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { ButtonLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';
import { EMPTY_GLOSSARY_VALUES, GlossaryEntryForm, valuesOf } from './glossary-entry-form';
import { IndexingStatusLine } from './indexing-status';
import { notifyDone, notifyFailure } from '../ui/notify';
import { useConfirmAction } from '../ui/use-confirm-action';

const GlossaryEntriesDocument = graphql(`
  query GlossaryEntries($search: String, $status: GlossaryEntryStatus) {
    glossaryEntries(search: $search, status: $status) {
      ...GlossaryEntryFields
    }
  }
`);

const GlossaryOverviewDocument = graphql(`
  query GlossaryOverview {
    glossaryOverview {
      active
      retired
      merged
      starterSize
      canLoadStarter
    }
  }
`);

const GlossaryHistoryDocument = graphql(`
  query GlossaryHistory($id: ID!) {
    auditLog(subjectType: "GLOSSARY_ENTRY", subjectId: $id) {
      id
      at
      action
      actor {
        fullName
      }
      details {
        name
        value
      }
    }
  }
`);

const RetireGlossaryEntryDocument = graphql(`
  mutation RetireGlossaryEntry($id: ID!) {
    retireGlossaryEntry(id: $id) {
      needsReindexed
      profilesReindexed
    }
  }
`);

const RestoreGlossaryEntryDocument = graphql(`
  mutation RestoreGlossaryEntry($id: ID!) {
    restoreGlossaryEntry(id: $id) {
      needsReindexed
      profilesReindexed
    }
  }
`);

const MergeGlossaryEntriesDocument = graphql(`
  mutation MergeGlossaryEntries($sourceId: ID!, $targetId: ID!) {
    mergeGlossaryEntries(sourceId: $sourceId, targetId: $targetId) {
      needsReindexed
      profilesReindexed
    }
  }
`);

const LoadStarterGlossaryDocument = graphql(`
  mutation LoadStarterGlossary {
    loadStarterGlossary {
      needsReindexed
      profilesReindexed
    }
  }
`);

const GlossaryCsvDocument = graphql(`
  query GlossaryCsv {
    glossaryCsv
  }
`);

const ImportGlossaryDocument = graphql(`
  mutation ImportGlossary($input: ImportGlossaryInput!) {
    importGlossary(input: $input) {
      ...GlossaryImportReportFields
    }
  }
`);

export const GlossaryImportReportFields = graphql(`
  fragment GlossaryImportReportFields on GlossaryImportReport {
    dryRun
    rows
    created
    updated
    unchanged
    problems {
      line
      field
      reason
    }
    preview {
      line
      code
      label
      action
    }
  }
`);

const REFETCH = ['GlossaryEntries', 'GlossaryOverview', 'IndexingStatus'];
const PAGE_SIZE = 25;

type Editing = { mode: 'add' } | { mode: 'edit'; entry: GlossaryEntryFieldsFragment } | null;

/** Staff: the cluster glossary — list and search entries, add, edit, merge, retire, import and export, history. */
export function GlossaryPage() {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  useDocumentTitle(t('glossary.title'));
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<GlossaryEntryStatus>('ACTIVE');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const [history, setHistory] = useState<GlossaryEntryFieldsFragment | null>(null);
  const [merging, setMerging] = useState<GlossaryEntryFieldsFragment | null>(null);
  const query = useQuery(GlossaryEntriesDocument, { variables: { search: search.trim() || null, status } });
  const overview = useQuery(GlossaryOverviewDocument);
  const [retire] = useMutation(RetireGlossaryEntryDocument, { refetchQueries: REFETCH });
  const [restore] = useMutation(RestoreGlossaryEntryDocument, { refetchQueries: REFETCH });
  const [loadStarter, loadingStarter] = useMutation(LoadStarterGlossaryDocument, { refetchQueries: REFETCH });
  const entries: GlossaryEntryFieldsFragment[] = query.data?.glossaryEntries ?? [];
  const client = useApolloClient();

  const reindexed = (key: MessageKey, change: { needsReindexed: number; profilesReindexed: number } | undefined) =>
    change && notifyDone(t(key, { needs: change.needsReindexed, profiles: change.profilesReindexed }));

  function confirmRetire(entry: GlossaryEntryFieldsFragment) {
    confirmAction({
      title: t('glossary.retire.title'),
      body: t('glossary.retire.body', { label: mainLabel(entry) }),
      confirmLabel: t('glossary.retire.confirm'),
      color: 'red.9',
      onConfirm: () =>
        void retire({ variables: { id: entry.id } })
          .then(({ data }) => reindexed('glossary.retire.done', data?.retireGlossaryEntry))
          .catch((caught: unknown) => notifyFailure(t, caught)),
    });
  }

  function confirmRestore(entry: GlossaryEntryFieldsFragment) {
    confirmAction({
      title: t('glossary.restore.title'),
      body: t('glossary.restore.body', { label: mainLabel(entry) }),
      confirmLabel: t('glossary.restore.confirm'),
      onConfirm: () =>
        void restore({ variables: { id: entry.id } })
          .then(({ data }) => reindexed('glossary.restore.done', data?.restoreGlossaryEntry))
          .catch((caught: unknown) => notifyFailure(t, caught)),
    });
  }

  function confirmStarter(size: number) {
    confirmAction({
      title: t('glossary.starter.title'),
      body: t('glossary.starter.body', { count: size }),
      confirmLabel: t('glossary.starter.confirm'),
      onConfirm: () =>
        void loadStarter()
          .then(({ data }) => reindexed('glossary.starter.done', data?.loadStarterGlossary))
          .catch((caught: unknown) => notifyFailure(t, caught)),
    });
  }

  async function exportCsv() {
    try {
      const { data } = await client.query({ query: GlossaryCsvDocument, fetchPolicy: 'network-only' });
      if (!data) return;
      const url = URL.createObjectURL(new Blob([data.glossaryCsv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'glossary.csv';
      link.click();
      URL.revokeObjectURL(url);
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  const counts = overview.data?.glossaryOverview;
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = entries.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('glossary.title')}</Title>
        <Text c="gray.7">{t('glossary.intro')}</Text>
        {counts && (
          <Text size="sm" c="gray.7">
            {t('glossary.counts', { active: counts.active, retired: counts.retired, merged: counts.merged })}
          </Text>
        )}
        <IndexingStatusLine />
      </Stack>

      {counts?.canLoadStarter && (
        <Alert color="blue" title={t('glossary.starter.offerTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('glossary.starter.offer', { count: counts.starterSize })}</Text>
            <Button onClick={() => confirmStarter(counts.starterSize)} loading={loadingStarter.loading}>
              {t('glossary.starter.load')}
            </Button>
          </Stack>
        </Alert>
      )}

      <Group gap="sm" wrap="wrap">
        <Button onClick={() => setEditing({ mode: 'add' })}>{t('glossary.add')}</Button>
        <Button variant="default" onClick={() => void exportCsv()}>
          {t('glossary.export')}
        </Button>
        <ButtonLink to="/glossary/suggestions" variant="default">
          {t('glossary.nav.suggestions')}
        </ButtonLink>
      </Group>

      <Card withBorder padding="md">
        <Stack gap="md">
          <Group gap="sm" wrap="wrap" align="flex-end">
            <TextInput label={t('glossary.search')} value={search} onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }} dir="auto" style={{ flex: '1 1 14rem' }} />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="glossary-status-label">
                {t('glossary.status')}
              </Text>
              <SegmentedControl
                aria-labelledby="glossary-status-label"
                value={status}
                onChange={(value) => {
                  setStatus(value as GlossaryEntryStatus);
                  setPage(1);
                }}
                data={(['ACTIVE', 'RETIRED', 'MERGED'] as const).map((value) => ({ value, label: t(`glossary.status.${value}`) }))}
              />
            </Stack>
          </Group>
          {query.loading && !query.data && <LoadingState label={t('glossary.loading')} />}
          {query.error && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
          {query.data && entries.length === 0 && <EmptyState>{search.trim() ? t('glossary.noMatch') : t('glossary.empty')}</EmptyState>}
          {entries.length > 0 && (
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="xs" aria-label={t('glossary.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('glossary.col.fr')}</Table.Th>
                    <Table.Th>{t('glossary.col.ar')}</Table.Th>
                    <Table.Th>{t('glossary.col.en')}</Table.Th>
                    <Table.Th>{t('glossary.col.variants')}</Table.Th>
                    <Table.Th>{t('glossary.col.concept')}</Table.Th>
                    <Table.Th>{t('glossary.col.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td lang="fr" dir="ltr">{entry.labelsFr.join(', ')}</Table.Td>
                      <Table.Td lang="ar" dir="rtl">{entry.labelsAr.join('، ')}</Table.Td>
                      <Table.Td lang="en" dir="ltr">{entry.labelsEn.join(', ')}</Table.Td>
                      <Table.Td dir="auto">{entry.variants.join(', ')}</Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          {entry.extends && <Text size="sm">{t('glossary.extendsConcept', { label: entry.extends.label })}</Text>}
                          {entry.broader.map((b) => (
                            <Text size="sm" key={b.code}>
                              {t('glossary.broaderConcept', { label: b.label })}
                            </Text>
                          ))}
                          {entry.category && (
                            <Badge variant="light" color="gray">
                              {t(`glossary.category.${entry.category}`)}
                            </Badge>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="wrap">
                          {entry.status !== 'MERGED' && (
                            <Button size="compact-sm" variant="light" onClick={() => setEditing({ mode: 'edit', entry })} aria-label={t('glossary.editLabel', { label: mainLabel(entry) })}>
                              {t('glossary.edit')}
                            </Button>
                          )}
                          <Button size="compact-sm" variant="default" onClick={() => setHistory(entry)} aria-label={t('glossary.historyLabel', { label: mainLabel(entry) })}>
                            {t('glossary.history')}
                          </Button>
                          {entry.status === 'ACTIVE' && (
                            <Button size="compact-sm" variant="default" onClick={() => setMerging(entry)} aria-label={t('glossary.mergeLabel', { label: mainLabel(entry) })}>
                              {t('glossary.merge')}
                            </Button>
                          )}
                          {entry.status === 'ACTIVE' && (
                            <Button size="compact-sm" variant="outline" color="red.9" onClick={() => confirmRetire(entry)} aria-label={t('glossary.retireLabel', { label: mainLabel(entry) })}>
                              {t('glossary.retire')}
                            </Button>
                          )}
                          {entry.status === 'RETIRED' && (
                            <Button size="compact-sm" variant="outline" onClick={() => confirmRestore(entry)} aria-label={t('glossary.restoreLabel', { label: mainLabel(entry) })}>
                              {t('glossary.restore')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {pages > 1 && (
            <Box component="nav" aria-label={t('glossary.pagination')}>
              <Pagination
                total={pages}
                value={current}
                onChange={setPage}
                getItemProps={(item) => ({ 'aria-label': t('glossary.page', { page: item }) })}
                getControlProps={(control) =>
                  control === 'previous' ? { 'aria-label': t('glossary.page.previous') } : control === 'next' ? { 'aria-label': t('glossary.page.next') } : {}
                }
              />
            </Box>
          )}
        </Stack>
      </Card>

      <GlossaryImport />

      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t(editing?.mode === 'edit' ? 'glossary.form.editTitle' : 'glossary.form.addTitle')} size="xl" closeButtonProps={{ 'aria-label': t('glossary.close') }}>
        {editing && (
          <GlossaryEntryForm
            key={editing.mode === 'edit' ? editing.entry.id : 'new'}
            entryId={editing.mode === 'edit' ? editing.entry.id : undefined}
            initial={editing.mode === 'edit' ? valuesOf(editing.entry) : EMPTY_GLOSSARY_VALUES}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <Modal opened={history !== null} onClose={() => setHistory(null)} title={history ? t('glossary.historyTitle', { label: mainLabel(history) }) : ''} size="lg" closeButtonProps={{ 'aria-label': t('glossary.close') }}>
        {history && <GlossaryHistory entry={history} />}
      </Modal>
      <Modal opened={merging !== null} onClose={() => setMerging(null)} title={merging ? t('glossary.mergeTitle', { label: mainLabel(merging) }) : ''} size="lg" closeButtonProps={{ 'aria-label': t('glossary.close') }}>
        {merging && <MergeForm source={merging} onDone={() => setMerging(null)} />}
      </Modal>
    </Stack>
  );
}

export function mainLabel(entry: { labelsFr: string[]; labelsEn: string[]; labelsAr: string[]; code: string }): string {
  return entry.labelsFr[0] ?? entry.labelsEn[0] ?? entry.labelsAr[0] ?? entry.code;
}

function GlossaryHistory({ entry }: { entry: GlossaryEntryFieldsFragment }) {
  const { t, formatDateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(GlossaryHistoryDocument, { variables: { id: entry.id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingState label={t('glossary.loading')} />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const rows = data?.auditLog ?? [];
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.7">
        {t('glossary.addedBy', { name: entry.createdBy?.fullName ?? t('glossary.platform'), date: formatDateTime(entry.createdAt) })} · {t(`glossary.source.${entry.source}` as MessageKey)}
      </Text>
      {rows.length === 0 ? (
        <EmptyState>{t('glossary.historyEmpty')}</EmptyState>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }}>
          {rows.map((row) => (
            <Card key={row.id} withBorder padding="xs" component="li">
              <Text size="sm" fw={500}>
                {t(`glossary.action.${row.action}` as MessageKey)} — {row.actor?.fullName ?? t('glossary.platform')}, {formatDateTime(row.at)}
              </Text>
              {row.details.map((detail) => (
                <Text size="xs" c="gray.7" key={detail.name} dir="auto">
                  {detail.name}: {detail.value}
                </Text>
              ))}
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function MergeForm({ source, onDone }: { source: GlossaryEntryFieldsFragment; onDone: () => void }) {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const candidates = useQuery(GlossaryEntriesDocument, { variables: { status: 'ACTIVE' as GlossaryEntryStatus } });
  const entries = (candidates.data?.glossaryEntries ?? []).filter((e) => e.id !== source.id);
  const [merge, merging] = useMutation(MergeGlossaryEntriesDocument, { refetchQueries: REFETCH });

  function confirm() {
    if (!target) {
      setError(t('glossary.mergeTargetRequired'));
      return;
    }
    const chosen = entries.find((e) => e.id === target);
    confirmAction({
      title: t('glossary.mergeConfirmTitle'),
      body: t('glossary.mergeConfirmBody', { source: mainLabel(source), target: chosen ? mainLabel(chosen) : '' }),
      confirmLabel: t('glossary.merge'),
      color: 'red.9',
      onConfirm: () =>
        void merge({ variables: { sourceId: source.id, targetId: target } })
          .then(({ data }) => {
            if (data) notifyDone(t('glossary.mergeDone', { needs: data.mergeGlossaryEntries.needsReindexed, profiles: data.mergeGlossaryEntries.profilesReindexed }));
            onDone();
          })
          .catch((caught: ErrorLike) => setError(describeError(caught, t))),
    });
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{t('glossary.mergeHint', { label: mainLabel(source) })}</Text>
      <Select
        label={t('glossary.mergeTarget')}
        withAsterisk
        searchable
        data={entries.map((e) => ({ value: e.id, label: `${mainLabel(e)} (${e.code})` }))}
        value={target}
        onChange={(value) => {
          setTarget(value);
          setError(null);
        }}
        error={error}
        nothingFoundMessage={t('glossary.noMatch')}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('form.cancel')}
        </Button>
        <Button color="red.9" onClick={confirm} loading={merging.loading}>
          {t('glossary.merge')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Import a glossary CSV: a dry run first (its table of problems and rows), then apply once clean. */
function GlossaryImport() {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<{ csv: string; report: GlossaryImportReportFieldsFragment } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [run, state] = useMutation(ImportGlossaryDocument, { refetchQueries: REFETCH });

  async function check(chosen: File | null) {
    setFile(chosen);
    setLoaded(null);
    setError(null);
    if (!chosen) return;
    try {
      const csv = await chosen.text();
      const { data } = await run({ variables: { input: { csv, dryRun: true } } });
      if (data) setLoaded({ csv, report: reportOf(data.importGlossary) });
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    }
  }

  function apply() {
    if (!loaded) return;
    confirmAction({
      title: t('glossary.import.confirmTitle'),
      body: t('glossary.import.confirmBody', { created: loaded.report.created, updated: loaded.report.updated }),
      confirmLabel: t('glossary.import.apply'),
      onConfirm: () =>
        void run({ variables: { input: { csv: loaded.csv, dryRun: false } } })
          .then(({ data }) => {
            if (!data) return;
            const report = reportOf(data.importGlossary);
            setLoaded({ ...loaded, report });
            if (!report.problems.length) notifyDone(t('glossary.import.applied', { created: report.created, updated: report.updated }));
          })
          .catch((caught: Error) => setError(caught)),
    });
  }

  const report = loaded?.report;
  return (
    <Card withBorder padding="md">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('glossary.import.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('glossary.import.hint')}
        </Text>
        <FileInput
          label={t('glossary.import.file')}
          placeholder={t('glossary.import.placeholder')}
          accept=".csv,text/csv"
          value={file}
          onChange={(chosen) => void check(chosen)}
          clearable
          clearButtonProps={{ 'aria-label': t('glossary.form.clear') }}
        />
        {state.loading && !report && <LoadingState label={t('glossary.import.checking')} />}
        {error && <ErrorState error={error as ErrorLike} onRetry={() => void check(file)} />}
        {report && (
          <Stack gap="sm">
            <Text size="sm" fw={500} role="status">
              {t(report.dryRun ? 'glossary.import.summaryDry' : 'glossary.import.summary', { rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged, problems: report.problems.length })}
            </Text>
            {report.problems.length > 0 && (
              <Table.ScrollContainer minWidth={480}>
                <Table striped aria-label={t('glossary.import.problems')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('glossary.import.line')}</Table.Th>
                      <Table.Th>{t('glossary.import.field')}</Table.Th>
                      <Table.Th>{t('glossary.import.reason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.problems.map((p, k) => (
                      <Table.Tr key={`${p.line}-${p.field}-${k}`}>
                        <Table.Td>{p.line}</Table.Td>
                        <Table.Td>{p.field}</Table.Td>
                        <Table.Td dir="auto">{p.reason}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {report.preview.length > 0 && (
              <Table.ScrollContainer minWidth={480}>
                <Table striped aria-label={t('glossary.import.rows')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('glossary.import.line')}</Table.Th>
                      <Table.Th>{t('glossary.import.code')}</Table.Th>
                      <Table.Th>{t('glossary.import.label')}</Table.Th>
                      <Table.Th>{t('glossary.import.action')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.preview.slice(0, 200).map((row) => (
                      <Table.Tr key={row.line}>
                        <Table.Td>{row.line}</Table.Td>
                        <Table.Td>{row.code}</Table.Td>
                        <Table.Td dir="auto">{row.label}</Table.Td>
                        <Table.Td>{t(`glossary.import.action.${row.action}` as MessageKey)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {report.dryRun && (
              <Group>
                <Button onClick={apply} loading={state.loading} disabled={report.problems.length > 0}>
                  {t('glossary.import.apply')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function reportOf(report: GlossaryImportReportFieldsFragment): GlossaryImportReportFieldsFragment {
  return report;
}
