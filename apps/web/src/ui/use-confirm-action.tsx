import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';

interface ConfirmOptions {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  color?: string;
  onConfirm: () => void;
}

/** Asks before an action that cannot be undone from the page (approving, signing out everywhere, bulk e-mail). */
export function useConfirmAction(): (options: ConfirmOptions) => void {
  const { t } = useI18n();
  return useCallback(
    ({ title, body, confirmLabel, color, onConfirm }: ConfirmOptions) => {
      modals.openConfirmModal({
        title,
        children: typeof body === 'string' ? <Text size="sm">{body}</Text> : body,
        labels: { confirm: confirmLabel, cancel: t('form.cancel') },
        confirmProps: color ? { color } : undefined,
        closeButtonProps: { 'aria-label': t('accounts.modal.close') },
        onConfirm,
      });
    },
    [t],
  );
}
