import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';

import { REFETCH, type TableRow } from './event-manage-data';
import { notifyDone, notifyFailure } from '../../ui/notify';
import { useConfirmAction } from '../../ui/use-confirm-action';

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
  const confirmAction = useConfirmAction();
  const [save, { loading }] = useMutation(TablesDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const form = useForm({ initialValues: { count: (tables.length || 8) as number | string, names: '' } });

  function submit(values: typeof form.values) {
    const names = values.names
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
    const run = () =>
      void save({ variables: { eventId, input: names.length ? { names } : { count: Number(values.count) } } })
        .then(() => notifyDone(t('events.tables.saved')))
        .catch((caught: unknown) => notifyFailure(t, caught));
    if (!tables.length) return run();
    confirmAction({
      title: t('events.tables.saveTitle'),
      body: t('events.tables.saveBody'),
      confirmLabel: t('events.tables.save'),
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
