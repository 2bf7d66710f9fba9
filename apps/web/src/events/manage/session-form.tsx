import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DatePickerInput, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { fieldErrors } from '../../ui/describe-error';
import { localInstant, pickerLabels } from '../event-labels';
import { REFETCH } from './event-manage-data';
import { notifyDone, notifyFailure } from '../../ui/notify';

const AddSessionDocument = graphql(`
  mutation AddEventSession($eventId: ID!, $input: SessionInput!) {
    addEventSession(eventId: $eventId, input: $input) {
      id
    }
  }
`);

/** Adds a session on one of the event's days; its slots follow from the meeting length and the break. */
export function SessionForm({ eventId, startsOn, endsOn }: { eventId: string; startsOn: string; endsOn: string }) {
  const { t } = useI18n();
  const [add, { loading }] = useMutation(AddSessionDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const form = useForm({
    initialValues: { name: '', day: startsOn as string | null, start: '09:00', end: '12:30', breakMinutes: 5 as number | string },
    validate: {
      name: (value) => (value.trim() ? null : t('events.session.nameRequired')),
      day: (value) => (value ? null : t('events.form.daysRequired')),
      start: (value) => (/^\d{2}:\d{2}/.test(value) ? null : t('events.session.timeRequired')),
      end: (value) => (/^\d{2}:\d{2}/.test(value) ? null : t('events.session.timeRequired')),
    },
  });

  async function submit(values: typeof form.values) {
    try {
      await add({
        variables: {
          eventId,
          input: { name: values.name.trim(), startsAt: localInstant(values.day!, values.start), endsAt: localInstant(values.day!, values.end), breakMinutes: Number(values.breakMinutes) || 0 },
        },
      });
      notifyDone(t('events.session.added'));
      form.setFieldValue('name', '');
    } catch (caught) {
      const fields = fieldErrors(caught as ErrorLike);
      if (fields.startsAt || fields.endsAt) form.setErrors({ start: fields.startsAt, end: fields.endsAt });
      else notifyFailure(t, caught);
    }
  }

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label={t('events.session.add')}>
        <Stack gap="sm">
          <TextInput label={t('events.session.name')} withAsterisk maxLength={120} dir="auto" {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DatePickerInput label={t('events.session.day')} withAsterisk valueFormat="D MMMM YYYY" minDate={startsOn} maxDate={endsOn} ariaLabels={pickerLabels(t)} {...form.getInputProps('day')} />
            <NumberInput label={t('events.session.break')} min={0} max={120} {...form.getInputProps('breakMinutes')} />
            <TimeInput label={t('events.session.start')} withAsterisk {...form.getInputProps('start')} />
            <TimeInput label={t('events.session.end')} withAsterisk {...form.getInputProps('end')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('events.session.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
