import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { done, failed } from '../event-labels';
import { REFETCH, type TableRow } from './event-manage-data';

const TablesDocument = graphql(`
  mutation SetEventTables($eventId: ID!, $input: TablesInput!) {
    setEventTables(eventId: $eventId, input: $input) {
      id
      name
    }
  }
`);

/** Replaces the tables (a number, or one name a line); confirmed when tables exist. */
export function TablesForm({ eventId, tables }: { eventId: string; tables: TableRow[] }) {
  const { t } = useI18n();
  const [save, { loading }] = useMutation(TablesDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const form = useForm({ initialValues: { count: (tables.length || 8) as number | string, names: '' } });

  function submit(values: typeof form.values) {
    const names = values.names
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
    const run = () =>
      void save({ variables: { eventId, input: names.length ? { names } : { count: Number(values.count) } } })
        .then(() => done(t('events.tables.saved')))
        .catch((caught: unknown) => failed(t, caught));
    if (!tables.length) return run();
    modals.openConfirmModal({
      title: t('events.tables.saveTitle'),
      children: <Text size="sm">{t('events.tables.saveBody')}</Text>,
      labels: { confirm: t('events.tables.save'), cancel: t('events.cancel') },
      onConfirm: run,
    });
  }

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('events.tables')}
      </Title>
      <Text size="sm">{tables.length ? t('events.tables.current', { count: tables.length }) : t('events.tables.none')}</Text>
      {tables.length > 0 && (
        <Text size="sm" c="dimmed" dir="auto">
          {tables.map((table) => table.name).join(' · ')}
        </Text>
      )}
      <Paper withBorder p="md" radius="md">
        <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('events.tables.save')}>
          <Stack gap="sm">
            <NumberInput label={t('events.tables.count')} min={1} max={500} {...form.getInputProps('count')} />
            <Textarea label={t('events.tables.names')} autosize minRows={2} maxRows={8} dir="auto" {...form.getInputProps('names')} />
            <Group justify="flex-end">
              <Button type="submit" loading={loading}>
                {t('events.tables.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
