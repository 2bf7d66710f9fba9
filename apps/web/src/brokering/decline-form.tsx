import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { DeclineReason } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { describeError, fieldErrors } from '../ui/describe-error';
import { AnswerMatchDocument, REFETCH_AFTER_ANSWER } from './answer-match';

export const DECLINE_REASONS: readonly DeclineReason[] = [
  'NOT_RIGHT_EXPERTISE',
  'TOO_EARLY_STAGE',
  'NO_CAPACITY',
  'BUDGET',
  'CONFIDENTIALITY',
  'OTHER',
];

interface Props {
  match: { id: string; version: number };
  onCancel: () => void;
}

/**
 * Declining asks why. The other side is told that the proposal ends, never the reason nor the
 * note: those are for the cluster team (the API keeps them from the other side).
 */
export function DeclineForm({ match, onCancel }: Props) {
  const { t } = useI18n();
  const [answer, { loading, error }] = useMutation(AnswerMatchDocument, { refetchQueries: REFETCH_AFTER_ANSWER });
  const fields = fieldErrors(error);
  const form = useForm({
    initialValues: { reason: '' as DeclineReason | '', note: '' },
    validate: {
      reason: (value) => (value ? null : t('decline.choose')),
    },
  });

  async function submit(values: { reason: DeclineReason | ''; note: string }) {
    const note = values.note.trim();
    try {
      await answer({
        variables: {
          id: match.id,
          input: { answer: 'DECLINED', reason: values.reason || null, note: note || null, expectedVersion: match.version },
        },
      });
    } catch {
      // Shown below from the hook's error.
    }
  }

  const noteRequired = form.values.reason === 'OTHER';
  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate data-testid="decline-form" className="decline-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('collab.decline.privacy')}
          </Text>
          <NativeSelect
            label={t('decline.reason')}
            withAsterisk
            data-autofocus
            autoFocus
            data={[{ value: '', label: t('decline.choose') }, ...DECLINE_REASONS.map((value) => ({ value, label: t(`declineReason.${value}`) }))]}
            {...form.getInputProps('reason')}
            error={form.errors.reason ?? fields.reason}
          />
          <Textarea
            label={t('decline.note')}
            withAsterisk={noteRequired}
            autosize
            minRows={3}
            maxRows={8}
            dir="auto"
            {...form.getInputProps('note')}
            error={form.errors.note ?? fields.note}
            errorProps={{ 'data-testid': 'note-error' }}
          />
          {error && !fields.note && !fields.reason && (
            <Alert color="red" variant="light" role="alert">
              {describeError(error, t)}
            </Alert>
          )}
          <Group gap="xs">
            <Button type="submit" color="red" loading={loading}>
              {t('decline.submit')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
