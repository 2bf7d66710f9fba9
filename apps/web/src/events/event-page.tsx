import { Title } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';

/** Placeholder while the page is being built. */
export function EventPage() {
  const { t } = useI18n();
  return <Title order={1}>{t('events.nav')}</Title>;
}
