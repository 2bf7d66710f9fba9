import type { MessageKey } from '../i18n/catalogues';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The API's rule for every password (RegisterInput, resetPassword, acceptInvitation, changePassword). */
export const PASSWORD_MIN_LENGTH = 10;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{6,30}$/;

/**
 * Field rules for @mantine/form, with messages in the page's language (never the browser's:
 * inputs carry no native `required`).
 */
export function accountRules(t: Translate) {
  const required = (value: unknown) => (isBlank(value) ? t('accounts.validation.required') : null);
  return {
    required,
    email: (value: string) => required(value) ?? (EMAIL.test(value.trim()) ? null : t('accounts.validation.email')),
    phone: (value: string) => (value.trim() === '' || PHONE.test(value.trim()) ? null : t('accounts.validation.phone')),
    newPassword: (value: string) =>
      required(value) ?? (value.length >= PASSWORD_MIN_LENGTH ? null : t('accounts.validation.passwordLength', { min: PASSWORD_MIN_LENGTH })),
    /** The second copy of a new password, compared with the first. */
    sameAs: (other: string, value: string) => required(value) ?? (value === other ? null : t('accounts.validation.passwordMismatch')),
  };
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
