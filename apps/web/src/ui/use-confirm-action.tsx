import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';

export interface ConfirmOptions {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** Defaults to "Annuler"; say "Conserver" where cancelling the dialog keeps something. */
  cancelLabel?: string;
  color?: string;
  onConfirm: () => void;
  onCancel?: () => void;
}

/** Asks before an action that cannot be undone from the page (approving, retiring, cancelling, bulk e-mail). */
export function useConfirmAction(): (options: ConfirmOptions) => void {
  const { t } = useI18n();
  return useCallback(
    ({ title, body, confirmLabel, cancelLabel, color, onConfirm, onCancel }: ConfirmOptions) => {
      modals.openConfirmModal({
        title,
        children: typeof body === 'string' ? <Text size="sm">{body}</Text> : body,
        labels: { confirm: confirmLabel, cancel: cancelLabel ?? t('form.cancel') },
        confirmProps: color ? { color } : undefined,
        closeButtonProps: { 'aria-label': t('modal.close') },
        onConfirm,
        onCancel,
      });
    },
    [t],
  );
}
