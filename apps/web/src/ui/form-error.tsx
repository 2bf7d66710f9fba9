import type { ErrorLike } from '@apollo/client';
import { useI18n } from '../i18n/use-i18n';
import { describeError } from './describe-error';

/** A failed action's message (the API's own, e.g. CONFLICT), announced where the action was. */
export function FormError({ error }: { error: ErrorLike }) {
  const { t } = useI18n();
  return (
    <p className="notice notice--error notice--small" role="alert">
      {describeError(error, t)}
    </p>
  );
}
