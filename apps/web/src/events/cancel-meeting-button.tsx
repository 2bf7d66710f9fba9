import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { notifyDone, notifyFailure } from '../ui/notify';
import { useConfirmAction } from '../ui/use-confirm-action';

const CancelDocument = graphql(`
  mutation CancelEventMeeting($id: ID!) {
    cancelEventMeeting(id: $id) {
      id
      status
    }
  }
`);

/** Cancels a live request or meeting after confirmation (participants and staff). */
export function CancelMeetingButton({ meetingId, name, refetch = ['EventMeetings', 'EventAgenda', 'EventParticipants'] }: { meetingId: string; name: string; refetch?: string[] }) {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  const [cancel, { loading }] = useMutation(CancelDocument, { refetchQueries: refetch, awaitRefetchQueries: true });
  return (
    <Button
      size="xs"
      variant="outline"
      color="red.9"
      loading={loading}
      aria-label={t('events.cancelMeetingLabel', { name })}
      onClick={() =>
        confirmAction({
          title: t('events.cancelMeetingTitle'),
          body: t('events.cancelMeetingBody'),
          confirmLabel: t('events.cancelMeeting'), cancelLabel: t('events.keep'),
          color: 'red.9',
          onConfirm: () =>
            void cancel({ variables: { id: meetingId } })
              .then(() => notifyDone(t('events.cancelledDone')))
              .catch((caught: unknown) => notifyFailure(t, caught)),
        })
      }
    >
      {t('events.cancelMeeting')}
    </Button>
  );
}
