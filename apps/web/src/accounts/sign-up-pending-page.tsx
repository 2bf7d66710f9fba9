import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n/use-i18n';
import { useDocumentTitle } from '../ui/use-document-title';

/** Where a sign-up ends: the account exists but waits for the cluster's staff. */
export function SignUpPendingPage() {
  const { t } = useI18n();
  useDocumentTitle(t('accounts.pending.title'));
  return (
    <Stack gap="lg">
      <Title order={1}>{t('accounts.pending.title')}</Title>
      <Alert color="petrol" title={t('accounts.pending.received')}>
        <Stack gap="xs">
          <Text size="sm">{t('accounts.pending.review')}</Text>
          <Text size="sm">{t('accounts.pending.meanwhile')}</Text>
        </Stack>
      </Alert>
      <Anchor component={Link} to="/sign-in">
        {t('accounts.pending.toSignIn')}
      </Anchor>
    </Stack>
  );
}
