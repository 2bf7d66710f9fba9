import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { done, failed } from './event-labels';

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
      done(t('events.requestSent', { name: participant.fullName }));
      setOpened(false);
      form.reset();
    } catch (caught) {
      failed(t, caught);
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
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('events.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('events.requestSend')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
