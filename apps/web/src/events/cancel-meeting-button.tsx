import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { done, failed } from './event-labels';

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
  const [cancel, { loading }] = useMutation(CancelDocument, { refetchQueries: refetch, awaitRefetchQueries: true });
  return (
    <Button
      size="xs"
      variant="outline"
      color="red.9"
      loading={loading}
      aria-label={t('events.cancelMeetingLabel', { name })}
      onClick={() =>
        modals.openConfirmModal({
          title: t('events.cancelMeetingTitle'),
          children: <Text size="sm">{t('events.cancelMeetingBody')}</Text>,
          labels: { confirm: t('events.cancelMeeting'), cancel: t('events.keep') },
          confirmProps: { color: 'red.9' },
          onConfirm: () =>
            void cancel({ variables: { id: meetingId } })
              .then(() => done(t('events.cancelledDone')))
              .catch((caught: unknown) => failed(t, caught)),
        })
      }
    >
      {t('events.cancelMeeting')}
    </Button>
  );
}
