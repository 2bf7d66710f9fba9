import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { graphql } from '../../gql';
import type { EventStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';

import { REFETCH } from './event-manage-data';
import { notifyDone, notifyFailure } from '../../ui/notify';
import { useConfirmAction } from '../../ui/use-confirm-action';

const StatusDocument = graphql(`
  mutation SetEventStatus($id: ID!, $input: EventStatusInput!) {
    setEventStatus(id: $id, input: $input) {
      id
      status
    }
  }
`);

/** Moves the event to its next status, after confirmation. */
export function EventStatusButton({ eventId, status }: { eventId: string; status: EventStatus }) {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  const [setStatus, { loading }] = useMutation(StatusDocument, { refetchQueries: REFETCH });
  return (
    <Button
      loading={loading}
      variant={status === 'OPEN' ? 'filled' : 'light'}
      onClick={() =>
        confirmAction({
          title: t('events.manage.statusTitle', { status: t(`events.status.${status}`) }),
          body: t('events.manage.statusBody'),
          confirmLabel: t(`events.manage.moveTo.${status}`),
          onConfirm: () =>
            void setStatus({ variables: { id: eventId, input: { status } } })
              .then(() => notifyDone(t('events.manage.statusDone', { status: t(`events.status.${status}`) })))
              .catch((caught: unknown) => notifyFailure(t, caught)),
        })
      }
    >
      {t(`events.manage.moveTo.${status}`)}
    </Button>
  );
}
