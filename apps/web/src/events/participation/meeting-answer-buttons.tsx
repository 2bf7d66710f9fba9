import { useMutation } from '@apollo/client/react';
import { Button, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { notifyDone, notifyFailure } from '../../ui/notify';
import { FormActions } from '../../ui/form-actions';

const AnswerDocument = graphql(`
  mutation AnswerEventMeeting($id: ID!, $input: AnswerMeetingInput!) {
    answerEventMeeting(id: $id, input: $input) {
      id
      status
      declineReason
    }
  }
`);

/** Accept a meeting request, or decline it with an optional reason. */
export function MeetingAnswerButtons({ meetingId, name }: { meetingId: string; name: string }) {
  const { t } = useI18n();
  const [answer, { loading }] = useMutation(AnswerDocument, { refetchQueries: ['EventMeetings', 'EventParticipants', 'EventAgenda'], awaitRefetchQueries: true });
  const [declining, setDeclining] = useState(false);
  const form = useForm({ initialValues: { reason: '' } });

  const send = async (accept: boolean, reason: string | null) => {
    try {
      await answer({ variables: { id: meetingId, input: { accept, reason } } });
      notifyDone(accept ? t('events.acceptedDone') : t('events.declinedDone'));
      setDeclining(false);
    } catch (caught) {
      notifyFailure(t, caught);
    }
  };

  return (
    <>
      <Button size="xs" color="teal.8" loading={loading && !declining} onClick={() => void send(true, null)} aria-label={t('events.acceptLabel', { name })}>
        {t('events.accept')}
      </Button>
      <Button size="xs" variant="outline" color="red.9" onClick={() => setDeclining(true)} aria-label={t('events.declineLabel', { name })}>
        {t('events.decline')}
      </Button>
      <Modal opened={declining} onClose={() => setDeclining(false)} title={t('events.declineTitle', { name })} closeButtonProps={{ 'aria-label': t('events.close') }}>
        <form onSubmit={form.onSubmit((values) => void send(false, values.reason.trim() || null))} noValidate>
          <Stack gap="sm">
            <Textarea label={t('events.declineReason')} autosize minRows={2} maxLength={500} dir="auto" data-autofocus {...form.getInputProps('reason')} />
            <FormActions cancelLabel={t('events.cancel')} onCancel={() => setDeclining(false)} submitLabel={t('events.decline')} color="red.9" loading={loading} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
