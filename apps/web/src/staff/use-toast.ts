import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useI18n } from '../i18n/use-i18n';

/** Toasts whose close button has a name in the page's language (Mantine's has none). */
export function useToast() {
  const { t } = useI18n();
  return useCallback(
    (options: { color: 'teal' | 'red'; message: string; title?: string }) =>
      notifications.show({ ...options, closeButtonProps: { 'aria-label': t('accounts.modal.close') } }),
    [t],
  );
}
