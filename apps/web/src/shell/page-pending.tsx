import { useI18n } from '../i18n/use-i18n';
import { LoadingState } from '../ui/query-states';

/** While a page's code loads (each page is its own chunk). */
export function PagePending() {
  const { t } = useI18n();
  return <LoadingState label={t('shell.pageLoading')} />;
}
