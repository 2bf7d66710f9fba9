import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { describeDays, todayIso, pickerLabels, PICKER_STYLES } from './hall-labels';
import { notifyDone, notifyFailure } from '../ui/notify';
import { useConfirmAction } from '../ui/use-confirm-action';

const AddMaintenanceDocument = graphql(`
  mutation AddHallMaintenance($equipmentId: ID!, $input: MaintenanceInput!) {
    addHallMaintenance(equipmentId: $equipmentId, input: $input) {
      id
    }
  }
`);

const RemoveMaintenanceDocument = graphql(`
  mutation RemoveHallMaintenance($id: ID!) {
    removeHallMaintenance(id: $id)
  }
`);

const REFETCH = ['HallEquipmentPage', 'EquipmentCalendar'];

/** Upcoming maintenance periods; staff plan and remove them. */
export function MaintenanceSection({ equipmentId, periods, staff }: { equipmentId: string; periods: { id: string; startsOn: string; endsOn: string; note?: string | null }[]; staff: boolean }) {
  const { t, formatDate } = useI18n();
  const confirmAction = useConfirmAction();
  const [add, adding] = useMutation(AddMaintenanceDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [remove] = useMutation(RemoveMaintenanceDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const form = useForm<{ days: [string | null, string | null]; note: string }>({
    initialValues: { days: [null, null], note: '' },
    validate: { days: ([from, to]) => (from && to ? null : t('hall.request.daysRequired')) },
  });

  async function submit(values: { days: [string | null, string | null]; note: string }) {
    try {
      await add({ variables: { equipmentId, input: { startsOn: values.days[0]!, endsOn: values.days[1]!, note: values.note.trim() || null } } });
      notifyDone(t('hall.maintenance.added'));
      form.reset();
    } catch (caught) {
      const fields = fieldErrors(caught as ErrorLike);
      const days = [fields.startsOn, fields.endsOn].filter(Boolean).join(' ');
      if (days || fields.note) form.setErrors({ ...(days ? { days } : {}), ...(fields.note ? { note: fields.note } : {}) });
      else notifyFailure(t, caught);
    }
  }

  function confirmRemove(period: { id: string; startsOn: string; endsOn: string }) {
    const params = { from: formatDate(period.startsOn), to: formatDate(period.endsOn) };
    confirmAction({
      title: t('hall.maintenance.removeTitle'),
      body: t('hall.maintenance.removeBody', params),
      confirmLabel: t('hall.maintenance.remove'),
      color: 'red.9',
      onConfirm: () =>
        void remove({ variables: { id: period.id } })
          .then(() => notifyDone(t('hall.maintenance.removed')))
          .catch((caught: ErrorLike) => notifyFailure(t, caught)),
    });
  }

  return (
    <Stack gap="sm">
      {periods.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('hall.maintenance.none')}
        </Text>
      ) : (
        <List size="sm" spacing="xs">
          {periods.map((period) => (
            <List.Item key={period.id}>
              <Group gap="xs" wrap="wrap">
                <span>{describeDays(period, formatDate, t)}</span>
                {period.note && <Text span size="sm" c="dimmed" dir="auto">— {period.note}</Text>}
                {staff && (
                  <Button
                    size="compact-xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => confirmRemove(period)}
                    aria-label={t('hall.maintenance.removeLabel', { from: formatDate(period.startsOn), to: formatDate(period.endsOn) })}
                  >
                    {t('hall.maintenance.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {staff && (
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label={t('hall.maintenance.add')}>
          <Stack gap="xs">
            <DatePickerInput
              ariaLabels={pickerLabels(t)}
              weekendDays={[]}
              styles={PICKER_STYLES}
              type="range"
              allowSingleDateInRange
              label={t('hall.maintenance.days')}
              withAsterisk
              minDate={todayIso()}
              valueFormat="D MMMM YYYY"
              {...form.getInputProps('days')}
            />
            <TextInput label={t('hall.maintenance.note')} maxLength={500} dir="auto" {...form.getInputProps('note')} />
            <Button type="submit" variant="light" loading={adding.loading} style={{ alignSelf: 'flex-start' }}>
              {t('hall.maintenance.add')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
