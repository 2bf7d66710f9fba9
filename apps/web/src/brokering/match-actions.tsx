import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { graphql } from '../gql';
import type { MatchOutcome, MatchStatus } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { describeError, fieldErrors } from '../ui/describe-error';

const ShortlistMatchDocument = graphql(`
  mutation ShortlistMatch($id: ID!, $input: TransitionInput) {
    shortlistMatch(id: $id, input: $input) {
      id
      status
      version
      statusChangedAt
    }
  }
`);

const UnshortlistMatchDocument = graphql(`
  mutation UnshortlistMatch($id: ID!, $input: TransitionInput) {
    unshortlistMatch(id: $id, input: $input) {
      id
      status
      version
      statusChangedAt
    }
  }
`);

const ProposeMatchDocument = graphql(`
  mutation ProposeMatch($id: ID!, $input: TransitionInput, $message: String) {
    proposeMatch(id: $id, input: $input, message: $message) {
      id
      status
      version
      statusChangedAt
      proposedAt
    }
  }
`);

const CloseMatchDocument = graphql(`
  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {
    closeMatch(id: $id, input: $input) {
      id
      status
      version
      statusChangedAt
      outcome
      closedAt
    }
  }
`);

/** The outcomes each status may close with (the API's state machine says the same). */
const CLOSING_OUTCOMES: Record<MatchStatus, MatchOutcome[]> = {
  SUGGESTED: ['NOT_PURSUED'],
  SHORTLISTED: ['NOT_PURSUED'],
  PROPOSED: ['NOT_PURSUED'],
  INTRODUCED: ['ABANDONED'],
  COLLABORATING: ['SUCCESS', 'ABANDONED'],
  DECLINED: [],
  CLOSED: [],
};

/** As the API: the message to both sides has at most this many characters. */
export const PROPOSAL_MESSAGE_MAX = 1000;

/** A moved card changes two columns, their counts and any open detail. */
export const REFETCH_AFTER_ACTION = ['PipelineColumn', 'PipelineCounts', 'MatchDetail'];

interface ActionableMatch {
  id: string;
  status: MatchStatus;
  version: number;
  need: { title: string; language: string };
  researcher: { researcher: { fullName: string } };
}

/** The staff actions valid for the match's status, each refused if the card changed meanwhile. */
export function MatchActions({ match }: { match: ActionableMatch }) {
  const { t } = useI18n();
  const options = { refetchQueries: REFETCH_AFTER_ACTION, awaitRefetchQueries: true };
  const [shortlist, shortlisting] = useMutation(ShortlistMatchDocument, options);
  const [unshortlist, unshortlisting] = useMutation(UnshortlistMatchDocument, options);
  const [dialog, setDialog] = useState<'propose' | 'close' | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);
  const busy = shortlisting.loading || unshortlisting.loading;
  const variables = { id: match.id, input: { expectedVersion: match.version } };
  const outcomes = CLOSING_OUTCOMES[match.status];

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught as ErrorLike);
    }
  }

  if (outcomes.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="match-actions">
      <Group gap={6} role="group" aria-label={t('collab.board.actionsFor', { title: match.need.title })}>
        {match.status === 'SUGGESTED' && (
          <Button size="compact-sm" disabled={busy} loading={shortlisting.loading} onClick={() => run(() => shortlist({ variables }))}>
            {t('pipeline.action.shortlist')}
          </Button>
        )}
        {match.status === 'SHORTLISTED' && (
          <>
            <Button size="compact-sm" disabled={busy} onClick={() => setDialog('propose')} aria-haspopup="dialog">
              {t('pipeline.action.propose')}
            </Button>
            <Button size="compact-sm" variant="default" disabled={busy} loading={unshortlisting.loading} onClick={() => run(() => unshortlist({ variables }))}>
              {t('pipeline.action.unshortlist')}
            </Button>
          </>
        )}
        <Button size="compact-sm" variant="subtle" disabled={busy} onClick={() => setDialog('close')} aria-haspopup="dialog">
          {t('pipeline.action.close')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="light" p="xs" role="alert">
          <Text size="sm">{describeError(error, t)}</Text>
        </Alert>
      )}
      {dialog === 'propose' && <ProposeDialog match={match} onDone={() => setDialog(null)} />}
      {dialog === 'close' && <CloseDialog match={match} outcomes={outcomes} onDone={() => setDialog(null)} />}
    </Stack>
  );
}

/** Who is proposed to whom, as a reminder in the dialogs. */
function Pair({ match }: { match: ActionableMatch }) {
  const { t } = useI18n();
  return (
    <Stack gap={2}>
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          {t('collab.propose.need')}{' '}
        </Text>
        <bdi lang={match.need.language}>{match.need.title}</bdi>
      </Text>
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          {t('collab.propose.researcher')}{' '}
        </Text>
        <bdi>{match.researcher.researcher.fullName}</bdi>
      </Text>
    </Stack>
  );
}

/** Proposing is confirmed, with an optional message that both sides receive (notification and e-mail). */
function ProposeDialog({ match, onDone }: { match: ActionableMatch; onDone: () => void }) {
  const { t } = useI18n();
  const [propose, { loading, error, reset }] = useMutation(ProposeMatchDocument, { refetchQueries: REFETCH_AFTER_ACTION, awaitRefetchQueries: true });
  const form = useForm({
    initialValues: { message: '' },
    validate: {
      message: (value) => (value.trim().length > PROPOSAL_MESSAGE_MAX ? t('collab.propose.tooLong', { count: value.trim().length }) : null),
    },
  });
  const fields = fieldErrors(error);

  async function submit(values: { message: string }) {
    const message = values.message.trim();
    try {
      await propose({ variables: { id: match.id, input: { expectedVersion: match.version }, message: message || null } });
      notifications.show({ color: 'green', message: t('collab.propose.done') });
      onDone();
    } catch {
      // Shown in the dialog from the hook's error.
    }
  }

  return (
    <Modal opened onClose={onDone} title={t('collab.propose.title')} size="lg" closeButtonProps={{ 'aria-label': t('match.close') }} data-testid="propose-dialog">
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('collab.propose.intro')}</Text>
          <Pair match={match} />
          <Textarea
            label={t('collab.propose.message')}
            description={t('collab.propose.messageHint')}
            autosize
            minRows={3}
            maxRows={8}
            dir="auto"
            data-autofocus
            {...form.getInputProps('message')}
            error={form.errors.message ?? fields.message}
          />
          {error && !fields.message && (
            <Alert color="red" variant="light" role="alert">
              {describeError(error, t)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => { reset(); onDone(); }}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('collab.propose.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface CloseProps {
  match: ActionableMatch;
  outcomes: MatchOutcome[];
  onDone: () => void;
}

/** Closing is confirmed in a dialog: the outcome, and a note (required when abandoning). */
function CloseDialog({ match, outcomes, onDone }: CloseProps) {
  const { t } = useI18n();
  const [close, { loading, error }] = useMutation(CloseMatchDocument, { refetchQueries: REFETCH_AFTER_ACTION, awaitRefetchQueries: true });
  const form = useForm({
    initialValues: { outcome: outcomes[0] as MatchOutcome, note: '' },
    validate: {
      note: (value, values) => (values.outcome === 'ABANDONED' && !value.trim() ? t('collab.close.noteRequired') : null),
    },
  });
  const fields = fieldErrors(error);
  const noteRequired = form.values.outcome === 'ABANDONED';

  async function submit(values: { outcome: MatchOutcome; note: string }) {
    const note = values.note.trim();
    try {
      await close({ variables: { id: match.id, input: { outcome: values.outcome, note: note || null, expectedVersion: match.version } } });
      notifications.show({ color: 'green', message: t('collab.close.done') });
      onDone();
    } catch {
      // Shown in the dialog from the hook's error.
    }
  }

  return (
    <Modal opened onClose={onDone} title={t('collab.close.title')} size="lg" closeButtonProps={{ 'aria-label': t('match.close') }}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate data-testid="close-match-form">
        <Stack gap="sm">
          <Text size="sm">{t('collab.close.intro')}</Text>
          <Pair match={match} />
          <Select
            label={t('pipeline.close.outcome')}
            data={outcomes.map((value) => ({ value, label: t(`outcome.${value}`) }))}
            allowDeselect={false}
            withAsterisk
            data-autofocus
            {...form.getInputProps('outcome')}
            error={form.errors.outcome ?? fields.outcome}
          />
          <Textarea
            label={t('pipeline.close.note')}
            description={noteRequired ? undefined : t('form.optional')}
            withAsterisk={noteRequired}
            autosize
            minRows={2}
            maxRows={6}
            dir="auto"
            {...form.getInputProps('note')}
            error={form.errors.note ?? fields.note}
          />
          {error && !fields.note && !fields.outcome && (
            <Alert color="red" variant="light" role="alert">
              {describeError(error, t)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onDone}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('pipeline.close.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
