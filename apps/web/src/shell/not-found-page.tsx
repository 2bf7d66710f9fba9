import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n/use-i18n';
import { useDocumentTitle } from '../ui/use-document-title';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('shell.notFound.title'));
  return (
    <Stack p="lg" align="flex-start">
      <Title order={1}>{t('shell.notFound.title')}</Title>
      <Text>{t('shell.notFound.body')}</Text>
      <Button component={Link} to="/">
        {t('shell.notFound.home')}
      </Button>
    </Stack>
  );
}

export function ForbiddenPage() {
  const { t } = useI18n();
  useDocumentTitle(t('shell.forbidden.title'));
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('shell.forbidden.title')}</Title>
      <Text>{t('shell.forbidden.body')}</Text>
      <Button component={Link} to="/">
        {t('shell.notFound.home')}
      </Button>
    </Stack>
  );
}
