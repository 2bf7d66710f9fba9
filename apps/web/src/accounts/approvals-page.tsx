import { Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';
import { useDocumentTitle } from '../ui/use-document-title';
import { AccountSection } from './account-section';
import { InviteImportedMembers } from './invite-imported-members';
import { InviteUserForm } from './invite-user-form';
import { PendingSignUps } from './pending-sign-ups';

/** Staff: who waits for approval, and who to invite (one person, or everyone imported from CSV). */
export function ApprovalsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('accounts.approvals.title'));
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('accounts.approvals.title')}</Title>
        <Text c="dimmed">{t('accounts.approvals.intro')}</Text>
      </Stack>
      <AccountSection title={t('accounts.approvals.pending')}>
        <PendingSignUps />
      </AccountSection>
      <AccountSection title={t('accounts.approvals.invite')}>
        <Text size="sm" mb="md">
          {t('accounts.invite.intro')}
        </Text>
        <InviteUserForm />
      </AccountSection>
      <AccountSection title={t('accounts.approvals.imported')}>
        <InviteImportedMembers />
      </AccountSection>
    </Stack>
  );
}
