import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { graphql } from '../../gql';
import type { EventStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { done, failed } from '../event-labels';
import { REFETCH } from './event-manage-data';

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
  const [setStatus, { loading }] = useMutation(StatusDocument, { refetchQueries: REFETCH });
  return (
    <Button
      loading={loading}
      variant={status === 'OPEN' ? 'filled' : 'light'}
      onClick={() =>
        modals.openConfirmModal({
          title: t('events.manage.statusTitle', { status: t(`events.status.${status}`) }),
          children: <Text size="sm">{t('events.manage.statusBody')}</Text>,
          labels: { confirm: t(`events.manage.moveTo.${status}`), cancel: t('events.cancel') },
          onConfirm: () =>
            void setStatus({ variables: { id: eventId, input: { status } } })
              .then(() => done(t('events.manage.statusDone', { status: t(`events.status.${status}`) })))
              .catch((caught: unknown) => failed(t, caught)),
        })
      }
    >
      {t(`events.manage.moveTo.${status}`)}
    </Button>
  );
}
