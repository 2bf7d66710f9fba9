import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useConfirmAction } from '../ui/use-confirm-action';
import { graphql } from '../gql';
import type { BackupHealth } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { downloadText } from './download-file';
import { notifyDone, notifyFailure } from '../ui/notify';

const BackupStatusDocument = graphql(`
  query BackupStatus {
    backupStatus {
      directory
      scheduled
      intervalHours
      keep
      health
      warnAfterHours
      lastAgeHours
      lastError
      lastErrorAt
      last {
        name
        createdAt
      }
      backups {
        name
        createdAt
        bytes
        rows
        schemaVersion
      }
    }
  }
`);

const RunBackupDocument = graphql(`
  mutation RunBackup {
    runBackup {
      name
    }
  }
`);

const DeletionRequestsDocument = graphql(`
  query AccountDeletionRequests {
    accountDeletionRequests {
      id
      note
      requestedAt
      person {
        id
        fullName
        email
        role
        organisationName
      }
    }
  }
`);

const PersonalDataForRequestDocument = graphql(`
  query PersonalDataForRequest($requestId: ID!) {
    personalDataForRequest(requestId: $requestId) {
      fileName
      json
    }
  }
`);

const CarryOutDeletionDocument = graphql(`
  mutation CarryOutAccountDeletion($requestId: ID!) {
    carryOutAccountDeletion(requestId: $requestId) {
      id
      status
    }
  }
`);

const HEALTH_COLOR: Record<BackupHealth, string> = { OK: 'teal', STALE: 'orange', NONE: 'red' };

/** Staff: the age of the last good backup (and a warning when it is old), the backups kept, and pending account deletions. */
export function DataSafetyPage() {
  const { t } = useI18n();
  useDocumentTitle(t('privacy.nav.dataSafety'));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('privacy.nav.dataSafety')}</Title>
        <Text c="dimmed">{t('privacy.dataSafety.intro')}</Text>
      </Stack>
      <BackupsCard />
      <DeletionRequestsCard />
    </Stack>
  );
}

function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}

function BackupsCard() {
  const { t, language, formatDateTime } = useI18n();
  const titleId = useId();
  const confirm = useConfirmAction();
  const { data, error, refetch } = useQuery(BackupStatusDocument, { fetchPolicy: 'cache-and-network' });
  const [runBackup, running] = useMutation(RunBackupDocument, { refetchQueries: [BackupStatusDocument], awaitRefetchQueries: true });
  const numbers = new Intl.NumberFormat(language);

  function ask() {
    confirm({
      title: t('privacy.backups.confirmTitle'),
      body: t('privacy.backups.confirmBody'),
      confirmLabel: t('privacy.backups.runNow'),
      onConfirm: () =>
        void runBackup()
          .then(({ data: done }) => notifyDone(t('privacy.backups.done', { name: done?.runBackup.name ?? '' })))
          .catch((caught: unknown) => notifyFailure(t, caught)),
    });
  }

  let body;
  if (data) {
    const status = data.backupStatus;
    body = (
      <Stack gap="sm">
        <Group gap="lg" wrap="wrap">
          <Group gap="xs">
            <Text fw={600} size="sm">
              {t('privacy.backups.health')}
            </Text>
            <Badge color={HEALTH_COLOR[status.health]} variant="light" data-testid="backup-health">
              {t(`privacy.backups.health.${status.health}`)}
            </Badge>
          </Group>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {t('privacy.backups.last')}
            </Text>
            <Text size="sm" data-testid="backup-last">
              {status.last && status.lastAgeHours !== null && status.lastAgeHours !== undefined
                ? `${formatDateTime(status.last.createdAt)} (${t('privacy.backups.age', { hours: numbers.format(Math.round(status.lastAgeHours * 10) / 10) })})`
                : t('privacy.backups.never')}
            </Text>
          </Group>
        </Group>
        {status.health === 'STALE' && (
          <Alert color="orange" variant="light" role="alert">
            {t('privacy.backups.staleWarning', { hours: numbers.format(status.warnAfterHours) })}
          </Alert>
        )}
        {status.health === 'NONE' && (
          <Alert color="red" variant="light" role="alert">
            {t('privacy.backups.noneWarning')}
          </Alert>
        )}
        {status.lastError && status.lastErrorAt && (
          <Alert color="red" variant="light">
            {t('privacy.backups.failed', { date: formatDateTime(status.lastErrorAt), error: status.lastError })}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {status.scheduled ? t('privacy.backups.schedule', { hours: numbers.format(status.intervalHours), keep: status.keep }) : t('privacy.backups.notScheduled')}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {t('privacy.backups.directory')}
          </Text>
          <Code dir="ltr" style={{ overflowWrap: 'anywhere' }}>
            {status.directory}
          </Code>
        </Group>
        <Group>
          <Button onClick={ask} loading={running.loading}>
            {t('privacy.backups.runNow')}
          </Button>
        </Group>
        <Title order={3} size="h5">
          {t('privacy.backups.list')}
        </Title>
        {status.backups.length === 0 ? (
          <EmptyState>{t('privacy.backups.empty')}</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('privacy.backups.list')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('privacy.backups.col.date')}</Table.Th>
                  <Table.Th>{t('privacy.backups.col.name')}</Table.Th>
                  <Table.Th ta="end">{t('privacy.backups.col.size')}</Table.Th>
                  <Table.Th ta="end">{t('privacy.backups.col.rows')}</Table.Th>
                  <Table.Th>{t('privacy.backups.col.schema')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {status.backups.map((backup) => (
                  <Table.Tr key={backup.name}>
                    <Table.Td>{formatDateTime(backup.createdAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" dir="ltr" span>
                        {backup.name}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="end">{formatBytes(backup.bytes, language)}</Table.Td>
                    <Table.Td ta="end">{numbers.format(backup.rows)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" dir="ltr" span>
                        {backup.schemaVersion ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('privacy.backups.restoreHint')}
          </Text>
          <Code block dir="ltr" ta="left">
            npm run restore -- {status.last ? `${status.directory}/${status.last.name}` : 'FILE'}
          </Code>
        </Stack>
      </Stack>
    );
  } else if (error) {
    body = <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  } else {
    body = <LoadingState label={t('privacy.backups.loading')} />;
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" mb="md" id={titleId}>
        {t('privacy.backups.title')}
      </Title>
      {body}
    </Card>
  );
}

function DeletionRequestsCard() {
  const { t, formatDateTime } = useI18n();
  const titleId = useId();
  const client = useApolloClient();
  const confirm = useConfirmAction();
  const { data, error, refetch } = useQuery(DeletionRequestsDocument, { fetchPolicy: 'cache-and-network' });
  const [carryOut] = useMutation(CarryOutDeletionDocument, { refetchQueries: [DeletionRequestsDocument], awaitRefetchQueries: true });

  async function download(requestId: string) {
    try {
      const { data: file } = await client.query({ query: PersonalDataForRequestDocument, variables: { requestId }, fetchPolicy: 'no-cache' });
      if (file) downloadText(file.personalDataForRequest.fileName, file.personalDataForRequest.json);
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  function ask(requestId: string, name: string) {
    confirm({
      title: t('privacy.requests.confirmTitle', { name }),
      body: t('privacy.requests.confirmBody'),
      confirmLabel: t('privacy.requests.carryOut'),
      color: 'red',
      onConfirm: () =>
        void carryOut({ variables: { requestId } })
          .then(() => notifyDone(t('privacy.requests.done')))
          .catch((caught: unknown) => notifyFailure(t, caught)),
    });
  }

  let body;
  if (data) {
    body =
      data.accountDeletionRequests.length === 0 ? (
        <EmptyState>{t('privacy.requests.empty')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-labelledby={titleId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.requests.col.person')}</Table.Th>
                <Table.Th>{t('privacy.requests.col.requestedAt')}</Table.Th>
                <Table.Th>{t('privacy.requests.col.note')}</Table.Th>
                <Table.Th>{t('privacy.requests.col.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.accountDeletionRequests.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {request.person.fullName}
                    </Text>
                    <Text size="xs" c="dimmed" dir="ltr" ta="start">
                      {request.person.email}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`role.${request.person.role}`)}
                      {request.person.organisationName ? ` · ${request.person.organisationName}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(request.requestedAt)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" dir="auto">
                      {request.note ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" aria-label={t('privacy.requests.downloadLabel', { name: request.person.fullName })} onClick={() => void download(request.id)}>
                        {t('privacy.requests.download')}
                      </Button>
                      <Button size="xs" color="red" aria-label={t('privacy.requests.carryOutLabel', { name: request.person.fullName })} onClick={() => ask(request.id, request.person.fullName)}>
                        {t('privacy.requests.carryOut')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      );
  } else if (error) {
    body = <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  } else {
    body = <LoadingState label={t('privacy.requests.loading')} />;
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" mb="xs" id={titleId}>
        {t('privacy.requests.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('privacy.requests.help')}
      </Text>
      {body}
    </Card>
  );
}
