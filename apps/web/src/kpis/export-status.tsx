import type { ErrorLike } from '@apollo/client';
import { Alert, Text } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';
import { describeError } from '../ui/describe-error';

/** Under an export button: which file was downloaded with how many rows (announced), or why it failed. */
export function ExportStatus({ done, error, testId }: { done: { filename: string; rows: number } | null; error: ErrorLike | null; testId: string }) {
  const { t } = useI18n();
  return (
    <>
      <Text size="sm" role="status" data-testid={testId}>
        {done ? t('kpis.exports.done', done) : ''}
      </Text>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {describeError(error, t)}
        </Alert>
      )}
    </>
  );
}
