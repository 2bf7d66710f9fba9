import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { describeError } from './describe-error';

export function LoadingState({ label }: { label: string }) {
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="state state--empty">{children}</p>;
}

export function ErrorState({ error, onRetry }: { error: ErrorLike; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('error.title')}</p>
      <p>{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
