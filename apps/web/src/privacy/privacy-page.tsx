import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../auth/session';
import type { MessageKey } from '../i18n/use-i18n';
import { useI18n } from '../i18n/use-i18n';
import { AnchorLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';

const SECTIONS: { title: MessageKey; items: MessageKey[] }[] = [
  { title: 'privacy.page.controller.title', items: ['privacy.page.controller.body'] },
  {
    title: 'privacy.page.kept.title',
    items: ['privacy.page.kept.account', 'privacy.page.kept.profile', 'privacy.page.kept.needs', 'privacy.page.kept.notifications', 'privacy.page.kept.security'],
  },
  { title: 'privacy.page.rights.title', items: ['privacy.page.rights.access', 'privacy.page.rights.correction', 'privacy.page.rights.deletion', 'privacy.page.rights.cndp'] },
  { title: 'privacy.page.deletion.title', items: ['privacy.page.deletion.erased', 'privacy.page.deletion.kept', 'privacy.page.deletion.email'] },
  { title: 'privacy.page.backups.title', items: ['privacy.page.backups.body'] },
];

/** Public: what Passerelle keeps about a person, why, and their rights under Law 09-08 — in the reader's language. */
export function PrivacyPage() {
  const { t } = useI18n();
  useDocumentTitle(t('privacy.title'));
  const signedIn = Boolean(useSession());
  return (
    <Stack gap="lg" maw={760} mx="auto" py="md">
      <Title order={1}>{t('privacy.title')}</Title>
      <Text>{t('privacy.page.intro')}</Text>
      {SECTIONS.map((section) => (
        <Card key={section.title} withBorder padding="lg" component="section">
          <Title order={2} size="h4" mb="sm">
            {t(section.title)}
          </Title>
          {section.items.length === 1 ? (
            <Text>{t(section.items[0])}</Text>
          ) : (
            <List spacing="xs">
              {section.items.map((item) => (
                <List.Item key={item}>{t(item)}</List.Item>
              ))}
            </List>
          )}
        </Card>
      ))}
      <Text>
        <AnchorLink to={signedIn ? '/account' : '/sign-in'}>{t('privacy.page.toAccount')}</AnchorLink>
      </Text>
    </Stack>
  );
}
