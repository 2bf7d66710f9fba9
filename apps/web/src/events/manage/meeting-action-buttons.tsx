import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { MeetingAttendance } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { fieldErrors } from '../../ui/describe-error';
import { slotLongLabel } from '../event-labels';
import { pair, REFETCH, type Meeting, type Slot, type TableRow } from './event-manage-data';
import { notifyDone, notifyFailure } from '../../ui/notify';
import { useConfirmAction } from '../../ui/use-confirm-action';
import { FormActions } from '../../ui/form-actions';

/** What staff do with an accepted meeting: move it, mark it, turn it into a match, apply a proposed slot. */

const MoveDocument = graphql(`
  mutation MoveEventMeeting($id: ID!, $input: MoveMeetingInput!) {
    moveEventMeeting(id: $id, input: $input) {
      id
      slotId
      tableId
    }
  }
`);

const MarkDocument = graphql(`
  mutation MarkEventMeeting($id: ID!, $input: AttendanceInput!) {
    markEventMeeting(id: $id, input: $input) {
      id
      attendance
    }
  }
`);

const ApplyProposalDocument = graphql(`
  mutation ApplyEventMeetingProposal($id: ID!) {
    applyEventMeetingProposal(id: $id) {
      id
      slotId
      tableId
      proposedSlotId
    }
  }
`);

const MeetingNeedsDocument = graphql(`
  query EventMeetingNeeds($id: ID!) {
    eventMeetingNeeds(meetingId: $id) {
      id
      title
    }
  }
`);

const ConvertDocument = graphql(`
  mutation ConvertEventMeetingToMatch($id: ID!, $needId: ID!) {
    convertEventMeetingToMatch(id: $id, needId: $needId) {
      id
      matchId
    }
  }
`);

export function MoveMeetingButton({ meeting, slots, tables }: { meeting: Meeting; slots: Slot[]; tables: TableRow[] }) {
  const { t, language } = useI18n();
  const [opened, setOpened] = useState(false);
  const [move, { loading }] = useMutation(MoveDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const form = useForm({
    initialValues: { slotId: meeting.slotId ?? null, tableId: meeting.tableId ?? null } as { slotId: string | null; tableId: string | null },
    validate: { slotId: (v) => (v ? null : t('events.schedule.pickRequired')), tableId: (v) => (v ? null : t('events.schedule.pickRequired')) },
  });
  async function submit(values: typeof form.values) {
    try {
      await move({ variables: { id: meeting.id, input: { slotId: values.slotId!, tableId: values.tableId! } } });
      notifyDone(t('events.schedule.moved'));
      setOpened(false);
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }
  return (
    <>
      <Button size="compact-xs" variant="default" onClick={() => setOpened(true)} aria-label={t('events.schedule.moveLabel', { names: pair(meeting) })}>
        {t('events.schedule.move')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('events.schedule.moveTitle')} closeButtonProps={{ 'aria-label': t('events.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="sm">
            <Text size="sm" dir="auto">
              {pair(meeting)}
            </Text>
            <Select label={t('events.schedule.slot')} withAsterisk data={slots.map((s) => ({ value: s.id, label: slotLongLabel(s, language) }))} data-autofocus {...form.getInputProps('slotId')} />
            <Select label={t('events.schedule.table')} withAsterisk data={tables.map((table) => ({ value: table.id, label: t('events.agenda.table', { name: table.name }) }))} {...form.getInputProps('tableId')} />
            <FormActions cancelLabel={t('events.cancel')} onCancel={() => setOpened(false)} submitLabel={t('events.schedule.move')} loading={loading} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

export function MarkAttendanceButton({ meeting, attendance }: { meeting: Meeting; attendance: MeetingAttendance }) {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  const [mark, { loading }] = useMutation(MarkDocument, { refetchQueries: REFETCH });
  const label = t(`events.attendance.${attendance}`);
  const active = meeting.attendance === attendance;
  return (
    <Button
      size="compact-xs"
      variant={active ? 'filled' : 'light'}
      color={attendance === 'HELD' ? 'teal.8' : 'red.9'}
      loading={loading}
      aria-pressed={active}
      aria-label={attendance === 'HELD' ? t('events.schedule.markHeldLabel', { names: pair(meeting) }) : t('events.schedule.markNoShowLabel', { names: pair(meeting) })}
      onClick={() =>
        confirmAction({
          title: t('events.schedule.markTitle', { attendance: label }),
          body: <Text size="sm" dir="auto">{pair(meeting)}</Text>,
          confirmLabel: label,
          onConfirm: () =>
            void mark({ variables: { id: meeting.id, input: { attendance } } })
              .then(() => notifyDone(t('events.schedule.marked', { attendance: label })))
              .catch((caught: unknown) => notifyFailure(t, caught)),
        })
      }
    >
      {attendance === 'HELD' ? t('events.schedule.markHeld') : t('events.schedule.markNoShow')}
    </Button>
  );
}

export function ConvertToMatchButton({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const needs = useQuery(MeetingNeedsDocument, { variables: { id: meeting.id }, skip: !opened });
  const [convert, { loading }] = useMutation(ConvertDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const form = useForm({ initialValues: { needId: null as string | null }, validate: { needId: (v) => (v ? null : t('events.schedule.needRequired')) } });
  const options = needs.data?.eventMeetingNeeds ?? [];
  async function submit(values: typeof form.values) {
    try {
      await convert({ variables: { id: meeting.id, needId: values.needId! } });
      notifyDone(t('events.schedule.matchCreated'));
      setOpened(false);
    } catch (caught) {
      const fields = fieldErrors(caught as ErrorLike);
      if (fields.needId) form.setErrors({ needId: fields.needId });
      else notifyFailure(t, caught);
    }
  }
  return (
    <>
      <Button size="compact-xs" onClick={() => setOpened(true)} aria-label={t('events.schedule.toMatchLabel', { names: pair(meeting) })}>
        {t('events.schedule.toMatch')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('events.schedule.toMatchTitle')} closeButtonProps={{ 'aria-label': t('events.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('events.schedule.toMatchBody')}</Text>
            {needs.data && options.length === 0 ? (
              <Alert color="orange">{t('events.schedule.noNeeds')}</Alert>
            ) : (
              <Select
                label={t('events.schedule.need')}
                withAsterisk
                data={options.map((n) => ({ value: n.id, label: n.title }))}
                data-autofocus
                {...form.getInputProps('needId')}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('events.cancel')}
              </Button>
              <Button type="submit" loading={loading} disabled={options.length === 0}>
                {t('events.schedule.toMatch')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

export function ApplyProposalButton({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  const [apply, { loading }] = useMutation(ApplyProposalDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  return (
    <Button
      size="compact-xs"
      variant="light"
      loading={loading}
      aria-label={t('events.schedule.applyLabel', { names: pair(meeting) })}
      onClick={() =>
        confirmAction({
          title: t('events.schedule.applyTitle'),
          body: <Text size="sm" dir="auto">{pair(meeting)}</Text>,
          confirmLabel: t('events.schedule.apply'),
          onConfirm: () =>
            void apply({ variables: { id: meeting.id } })
              .then(() => notifyDone(t('events.schedule.moved')))
              .catch((caught: unknown) => notifyFailure(t, caught)),
        })
      }
    >
      {t('events.schedule.apply')}
    </Button>
  );
}
