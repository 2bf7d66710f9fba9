import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { AccountProfileForm } from './account-profile-form';
import { AccountSection } from './account-section';
import { ChangePasswordForm } from './change-password-form';
import { SignOutEverywhere } from './sign-out-everywhere';
import { YourDataSection } from '../privacy/your-data-section';

const MyAccountDocument = graphql(`
  query MyAccount {
    me {
      id
      fullName
      email
      phone
      role
      preferredLanguage
      organisation {
        id
        name
      }
    }
  }
`);

/** The signed-in person's own account: what they may change, and what only the cluster changes. */
export function AccountPage() {
  const { t } = useI18n();
  useDocumentTitle(t('accounts.account.title'));
  const { data, error, refetch } = useQuery(MyAccountDocument);

  let content: ReactNode;
  if (data) {
    const { me } = data;
    content = (
      <>
        <AccountSection title={t('accounts.account.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <ReadOnlyField label={t('auth.email')} value={me.email ?? ''} ltr />
            <ReadOnlyField label={t('accounts.field.role')} value={t(`role.${me.role}`)} />
            <ReadOnlyField label={t('accounts.field.organisation')} value={me.organisation?.name ?? t('accounts.account.noOrganisation')} />
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="sm">
            {t('accounts.account.identityHint')}
          </Text>
        </AccountSection>
        <AccountSection title={t('accounts.account.profile')}>
          <AccountProfileForm key={me.id} me={me} />
        </AccountSection>
        <AccountSection title={t('accounts.account.password')}>
          <ChangePasswordForm email={me.email ?? ''} />
        </AccountSection>
        <AccountSection title={t('accounts.account.sessions')}>
          <SignOutEverywhere />
        </AccountSection>
        <AccountSection title={t('privacy.yourData.title')}>
          <YourDataSection />
        </AccountSection>
      </>
    );
  } else if (error) {
    content = <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  } else {
    content = <LoadingState label={t('accounts.account.loading')} />;
  }

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('accounts.account.title')}</Title>
      {content}
    </Stack>
  );
}

function ReadOnlyField({ label, value, ltr = false }: { label: string; value: string; ltr?: boolean }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} c="dimmed">
        {label}
      </Text>
      <Text>{ltr ? <span dir="ltr">{value}</span> : value}</Text>
    </Stack>
  );
}
