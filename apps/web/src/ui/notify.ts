import type { ErrorLike } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import type { MessageKey } from '../i18n/catalogues';

type Translate = (key: MessageKey) => string;
import { describeError } from './describe-error';

/** A red toast with the API's reason in the reader's language. */
export function notifyFailure(t: Translate, caught: unknown): void {
  notifications.show({ color: 'red', title: t('error.title'), message: describeError(caught as ErrorLike, t) });
}

/** A green toast saying what was done. */
export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message });
}
