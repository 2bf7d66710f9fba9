import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { describeDays, todayIso, pickerLabels, PICKER_STYLES } from './hall-labels';
import { notifyDone, notifyFailure } from '../ui/notify';
import { useConfirmAction } from '../ui/use-confirm-action';
import { FormActions } from '../ui/form-actions';

const ApproveDocument = graphql(`
  mutation ApproveHallBooking($id: ID!) {
    approveHallBooking(id: $id) {
      id
      status
    }
  }
`);
const RefuseDocument = graphql(`
  mutation RefuseHallBooking($id: ID!, $reason: String!) {
    refuseHallBooking(id: $id, reason: $reason) {
      id
      status
      decisionReason
    }
  }
`);
const CancelDocument = graphql(`
  mutation CancelHallBooking($id: ID!, $reason: String) {
    cancelHallBooking(id: $id, reason: $reason)
  }
`);
const MoveDocument = graphql(`
  mutation MoveHallBooking($id: ID!, $input: DaysInput!) {
    moveHallBooking(id: $id, input: $input) {
      id
      startsOn
      endsOn
    }
  }
`);

const REFETCH = { refetchQueries: ['HallBookings', 'EquipmentCalendar'], awaitRefetchQueries: true };

export interface BookingSummary {
  id: string;
  startsOn: string;
  endsOn: string;
  requesterName: string;
  equipment: { name: string };
}

function useSummary(booking: BookingSummary) {
  const { t, formatDate } = useI18n();
  return { equipment: booking.equipment.name, days: describeDays(booking, formatDate, t), name: booking.requesterName };
}

/** Staff: "Accepter", confirmed. */
export function ApproveBookingButton({ booking }: { booking: BookingSummary }) {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  const summary = useSummary(booking);
  const [approve, { loading }] = useMutation(ApproveDocument, REFETCH);
  return (
    <Button
      size="xs"
      color="teal.9"
      loading={loading}
      aria-label={t('hall.bookings.approveLabel', summary)}
      onClick={() =>
        confirmAction({
          title: t('hall.bookings.approveTitle'),
          body: t('hall.bookings.approveBody', summary),
          confirmLabel: t('hall.bookings.approve'),
          color: 'teal.9',
          onConfirm: () =>
            void approve({ variables: { id: booking.id } })
              .then(() => notifyDone(t('hall.bookings.approved')))
              .catch((caught) => notifyFailure(t, caught)),
        })
      }
    >
      {t('hall.bookings.approve')}
    </Button>
  );
}

/** Staff: "Refuser", with the reason the requester reads. */
export function RefuseBookingButton({ booking }: { booking: BookingSummary }) {
  const { t } = useI18n();
  const summary = useSummary(booking);
  const [opened, setOpened] = useState(false);
  const [refuse, { loading }] = useMutation(RefuseDocument, REFETCH);
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: (value) => (value.trim().length >= 2 ? null : t('hall.bookings.refuseReasonRequired')) } });

  async function submit({ reason }: { reason: string }) {
    try {
      await refuse({ variables: { id: booking.id, reason: reason.trim() } });
      notifyDone(t('hall.bookings.refused'));
      setOpened(false);
      form.reset();
    } catch (caught) {
      const fields = fieldErrors(caught as ErrorLike);
      if (fields.reason) form.setErrors({ reason: fields.reason });
      else notifyFailure(t, caught);
    }
  }

  return (
    <>
      <Button size="xs" variant="outline" color="red.9" onClick={() => setOpened(true)} aria-label={t('hall.bookings.refuseLabel', summary)}>
        {t('hall.bookings.refuse')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('hall.bookings.refuseTitle')} closeButtonProps={{ 'aria-label': t('hall.modal.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="md">
            <Text size="sm" dir="auto">
              {summary.equipment} — {summary.days} — {summary.name}
            </Text>
            <Textarea label={t('hall.bookings.refuseReason')} withAsterisk autosize minRows={3} maxLength={1000} data-autofocus dir="auto" {...form.getInputProps('reason')} />
            <FormActions cancelLabel={t('hall.form.cancel')} onCancel={() => setOpened(false)} submitLabel={t('hall.bookings.refuse')} color="red.9" loading={loading} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** Staff or the requester: "Annuler", confirmed (staff may give a reason). */
export function CancelBookingButton({ booking, staff }: { booking: BookingSummary; staff: boolean }) {
  const { t } = useI18n();
  const summary = useSummary(booking);
  const [opened, setOpened] = useState(false);
  const [cancel, { loading }] = useMutation(CancelDocument, REFETCH);
  const form = useForm({ initialValues: { reason: '' } });

  async function submit({ reason }: { reason: string }) {
    try {
      await cancel({ variables: { id: booking.id, reason: reason.trim() || null } });
      notifyDone(t('hall.bookings.cancelled'));
      setOpened(false);
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  return (
    <>
      <Button size="xs" variant="outline" color="red.9" onClick={() => setOpened(true)} aria-label={t('hall.bookings.cancelLabel', summary)}>
        {t('hall.bookings.cancel')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('hall.bookings.cancelTitle')} closeButtonProps={{ 'aria-label': t('hall.modal.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('hall.bookings.cancelBody', summary)}</Text>
            {staff && <Textarea label={t('hall.bookings.cancelReason')} autosize minRows={2} maxLength={1000} dir="auto" {...form.getInputProps('reason')} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)} data-autofocus>
                {t('hall.bookings.keep')}
              </Button>
              <Button type="submit" color="red.9" loading={loading}>
                {t('hall.bookings.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** Staff: "Déplacer" onto other days; a clash is shown on the days field. */
export function MoveBookingButton({ booking }: { booking: BookingSummary }) {
  const { t } = useI18n();
  const summary = useSummary(booking);
  const [opened, setOpened] = useState(false);
  const [move, { loading }] = useMutation(MoveDocument, REFETCH);
  const form = useForm<{ days: [string | null, string | null] }>({
    initialValues: { days: [booking.startsOn, booking.endsOn] },
    validate: { days: ([from, to]) => (from && to ? null : t('hall.request.daysRequired')) },
  });

  async function submit({ days }: { days: [string | null, string | null] }) {
    try {
      await move({ variables: { id: booking.id, input: { startsOn: days[0]!, endsOn: days[1]! } } });
      notifyDone(t('hall.bookings.moved'));
      setOpened(false);
    } catch (caught) {
      const fields = fieldErrors(caught as ErrorLike);
      const problem = [fields.startsOn, fields.endsOn, fields.id].filter(Boolean).join(' ');
      if (problem) form.setErrors({ days: problem });
      else notifyFailure(t, caught);
    }
  }

  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpened(true)} aria-label={t('hall.bookings.moveLabel', summary)}>
        {t('hall.bookings.move')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('hall.bookings.moveTitle')} closeButtonProps={{ 'aria-label': t('hall.modal.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="md">
            <Text size="sm">
              {summary.equipment} — {summary.days}
            </Text>
            <DatePickerInput
              ariaLabels={pickerLabels(t)}
              weekendDays={[]}
              styles={PICKER_STYLES}
              type="range"
              allowSingleDateInRange
              label={t('hall.bookings.moveDays')}
              withAsterisk
              minDate={todayIso()}
              valueFormat="D MMMM YYYY"
              data-autofocus
              {...form.getInputProps('days')}
            />
            <FormActions cancelLabel={t('hall.form.cancel')} onCancel={() => setOpened(false)} submitLabel={t('hall.bookings.confirm')} loading={loading} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
