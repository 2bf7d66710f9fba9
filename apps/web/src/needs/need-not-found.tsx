import type { ErrorLike } from '@apollo/client';
import { Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';
import { ButtonLink } from '../ui/router-links';
import { errorCode } from '../ui/describe-error';
import { useDocumentTitle } from '../ui/use-document-title';

/** The API answers NOT_FOUND for needs that do not exist and for those the reader may not see. */
export function isNotFound(error: ErrorLike | undefined): boolean {
  const code = errorCode(error);
  return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
}

export function NeedNotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('needs.notFound.title'));
  return (
    <Stack align="flex-start" data-testid="need-not-found">
      <Title order={1}>{t('needs.notFound.title')}</Title>
      <Text>{t('needs.notFound.body')}</Text>
      <ButtonLink to="/needs">
        {t('needs.notFound.back')}
      </ButtonLink>
    </Stack>
  );
}
