import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';

import { pair, REFETCH, type Data } from './event-manage-data';
import { ScheduleGrid } from './schedule-grid';
import { ScheduledMeetingsTable } from './scheduled-meetings-table';
import { notifyDone, notifyFailure } from '../../ui/notify';
import { useConfirmAction } from '../../ui/use-confirm-action';

const ScheduleDocument = graphql(`
  mutation ScheduleEvent($id: ID!) {
    scheduleEvent(eventId: $id) {
      meetings
      placed
      upperBound
      unplaced {
        meetingId
        reason
      }
    }
  }
`);

const SendAgendasDocument = graphql(`
  mutation SendEventAgendas($id: ID!) {
    sendEventAgendas(eventId: $id)
  }
`);

/** Runs the scheduler, sends the agendas, and shows the grid and the accepted meetings. */
export function ScheduleTab({ data }: { data: Data }) {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  const { event } = data;
  const [run, running] = useMutation(ScheduleDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [send, sending] = useMutation(SendAgendasDocument);
  const [result, setResult] = useState<{ meetings: number; placed: number; upperBound?: number | null; unplaced: { meetingId: string; reason: string }[] } | null>(null);
  const byId = new Map(data.eventMeetings.map((m) => [m.id, m]));

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Button
          loading={running.loading}
          onClick={() =>
            confirmAction({
              title: t('events.schedule.runTitle'),
              body: t('events.schedule.runBody'),
              confirmLabel: t('events.schedule.run'),
              onConfirm: () =>
                void run({ variables: { id: event.id } })
                  .then(({ data: ran }) => ran && setResult(ran.scheduleEvent))
                  .catch((caught: unknown) => notifyFailure(t, caught)),
            })
          }
        >
          {t('events.schedule.run')}
        </Button>
        <Button
          variant="default"
          loading={sending.loading}
          onClick={() =>
            confirmAction({
              title: t('events.schedule.sendTitle'),
              body: t('events.schedule.sendBody'),
              confirmLabel: t('events.schedule.sendAgendas'),
              onConfirm: () =>
                void send({ variables: { id: event.id } })
                  .then(({ data: sent }) => notifyDone(t('events.schedule.sent', { count: sent?.sendEventAgendas ?? 0 })))
                  .catch((caught: unknown) => notifyFailure(t, caught)),
            })
          }
        >
          {t('events.schedule.sendAgendas')}
        </Button>
      </Group>
      {result && (
        <Alert color={result.unplaced.length ? 'orange' : 'teal'} role="status" data-testid="schedule-result">
          <Text fw={600}>
            {t('events.schedule.result', { placed: result.placed, meetings: result.meetings })}
            {result.upperBound != null ? ` (${t('events.schedule.bound', { bound: result.upperBound })})` : ''}
          </Text>
          {result.unplaced.length > 0 && (
            <>
              <Text size="sm" mt="xs">
                {t('events.schedule.unplaced')}
              </Text>
              <List size="sm">
                {result.unplaced.map((u) => {
                  const m = byId.get(u.meetingId);
                  return (
                    <List.Item key={u.meetingId}>
                      <span dir="auto">{m ? pair(m) : u.meetingId}</span> — {t(`events.unplaced.${u.reason as 'NO_TABLE'}`)}
                    </List.Item>
                  );
                })}
              </List>
            </>
          )}
        </Alert>
      )}
      <ScheduleGrid data={data} />
      <ScheduledMeetingsTable data={data} />
    </Stack>
  );
}
