import { useMutation } from '@apollo/client/react';
import { Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/use-i18n';
import { EmptyState } from '../../ui/query-states';
import { slotLongLabel } from '../event-labels';
import { REFETCH, type Data } from './event-manage-data';
import { SessionForm } from './session-form';
import { TablesForm } from './tables-form';
import { notifyFailure } from '../../ui/notify';
import { useConfirmAction } from '../../ui/use-confirm-action';

const RemoveSessionDocument = graphql(`
  mutation RemoveEventSession($id: ID!) {
    removeEventSession(id: $id)
  }
`);

/** Sessions (with their slots) and tables. */
export function EventLayoutTab({ data }: { data: Data }) {
  const { t, language } = useI18n();
  const confirmAction = useConfirmAction();
  const { event } = data;
  const [remove] = useMutation(RemoveSessionDocument, { refetchQueries: REFETCH });
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('events.sessions')}
        </Title>
        {event.sessions.length === 0 ? (
          <EmptyState>{t('events.sessions.empty')}</EmptyState>
        ) : (
          <List spacing="xs" listStyleType="none" ps={0}>
            {event.sessions.map((session) => (
              <List.Item key={session.id}>
                <Group gap="sm" wrap="wrap">
                  <Text fw={600} dir="auto">
                    {session.name}
                  </Text>
                  <Text size="sm">{slotLongLabel(session, language)}</Text>
                  <Text size="sm" c="dimmed">
                    {t('events.session.slots', { count: event.slots.filter((s) => s.sessionId === session.id).length })}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="outline"
                    color="red.9"
                    aria-label={t('events.session.removeLabel', { name: session.name })}
                    onClick={() =>
                      confirmAction({
                        title: t('events.session.removeTitle', { name: session.name }),
                        body: t('events.session.removeBody'),
                        confirmLabel: t('events.session.remove'),
                        color: 'red.9',
                        onConfirm: () => void remove({ variables: { id: session.id } }).catch((caught: unknown) => notifyFailure(t, caught)),
                      })
                    }
                  >
                    {t('events.session.remove')}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <SessionForm eventId={event.id} startsOn={event.startsOn} endsOn={event.endsOn} />
      </Stack>
      <TablesForm eventId={event.id} tables={event.tables} />
    </SimpleGrid>
  );
}
