import { useMutation } from '@apollo/client/react';
import { Button, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { slotLongLabel } from '../event-labels';
import { notifyDone, notifyFailure } from '../../ui/notify';
import { FormActions } from '../../ui/form-actions';

const ProposeSlotDocument = graphql(`
  mutation ProposeEventMeetingSlot($id: ID!, $slotId: ID!) {
    proposeEventMeetingSlot(id: $id, slotId: $slotId) {
      id
      proposedSlotId
    }
  }
`);

export type Slot = { id: string; startsAt: string; endsAt: string };

/** A side of a meeting proposes another slot; staff apply it. */
export function ProposeSlotButton({ meetingId, name, slots }: { meetingId: string; name: string; slots: Slot[] }) {
  const { t, language } = useI18n();
  const [opened, setOpened] = useState(false);
  const [propose, { loading }] = useMutation(ProposeSlotDocument, { refetchQueries: ['EventAgenda'] });
  const form = useForm({ initialValues: { slotId: null as string | null }, validate: { slotId: (value) => (value ? null : t('events.schedule.pickRequired')) } });

  async function submit(values: { slotId: string | null }) {
    try {
      await propose({ variables: { id: meetingId, slotId: values.slotId! } });
      notifyDone(t('events.proposedDone'));
      setOpened(false);
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  return (
    <>
      <Button size="compact-xs" variant="subtle" px={0} onClick={() => setOpened(true)} aria-label={t('events.proposeLabel', { name })}>
        {t('events.propose')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('events.propose')} closeButtonProps={{ 'aria-label': t('events.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('events.proposeHint')}</Text>
            <Select label={t('events.schedule.slot')} withAsterisk data={slots.map((slot) => ({ value: slot.id, label: slotLongLabel(slot, language) }))} data-autofocus {...form.getInputProps('slotId')} />
            <FormActions cancelLabel={t('events.cancel')} onCancel={() => setOpened(false)} submitLabel={t('events.proposeSend')} loading={loading} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
