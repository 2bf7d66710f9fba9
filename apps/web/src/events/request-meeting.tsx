import { useMutation } from '@apollo/client/react';
import { Button, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { notifyDone, notifyFailure } from '../ui/notify';
import { FormActions } from '../ui/form-actions';

const RequestMeetingDocument = graphql(`
  mutation RequestEventMeeting($eventId: ID!, $input: MeetingRequestInput!) {
    requestEventMeeting(eventId: $eventId, input: $input) {
      id
      status
    }
  }
`);

/** "Demander un rendez-vous": a dialog with an optional message. */
export function RequestMeetingButton({ eventId, participant }: { eventId: string; participant: { id: string; fullName: string } }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [request, { loading }] = useMutation(RequestMeetingDocument, { refetchQueries: ['EventMeetings', 'EventSuggestions', 'EventAgenda'], awaitRefetchQueries: true });
  const form = useForm({ initialValues: { message: '' } });

  async function submit(values: { message: string }) {
    try {
      await request({ variables: { eventId, input: { recipientId: participant.id, message: values.message.trim() } } });
      notifyDone(t('events.requestSent', { name: participant.fullName }));
      setOpened(false);
      form.reset();
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  return (
    <>
      <Button size="xs" onClick={() => setOpened(true)} aria-label={t('events.requestLabel', { name: participant.fullName })}>
        {t('events.request')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('events.requestTitle', { name: participant.fullName })} closeButtonProps={{ 'aria-label': t('events.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="sm">
            <Textarea label={t('events.requestMessage')} description={t('events.requestMessageHint')} autosize minRows={3} maxLength={1000} dir="auto" data-autofocus {...form.getInputProps('message')} />
            <FormActions cancelLabel={t('events.cancel')} onCancel={() => setOpened(false)} submitLabel={t('events.requestSend')} loading={loading} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
