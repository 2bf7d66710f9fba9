import { PasswordInput, Progress, Stack, type PasswordInputProps } from '@mantine/core';
import { useI18n, type MessageKey } from '../i18n/use-i18n';
import { PASSWORD_MIN_LENGTH } from './account-validators';

/**
 * A password input whose show/hide button speaks the page's language, and which says when it is
 * in error (Mantine marks only other inputs aria-invalid).
 */
export function AccountPasswordInput(props: PasswordInputProps) {
  const { t } = useI18n();
  return (
    <PasswordInput
      dir="ltr"
      visibilityToggleButtonProps={{ 'aria-label': t('accounts.password.toggle') }}
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
}

type Strength = 'short' | 'weak' | 'fair' | 'strong';

const STRENGTH_BAR: Record<Strength, { value: number; color: string }> = {
  short: { value: 15, color: 'red' },
  weak: { value: 40, color: 'orange' },
  fair: { value: 70, color: 'yellow' },
  strong: { value: 100, color: 'teal' },
};

/** A new password, with the length rule and how strong it is, as the person types. */
export function NewPasswordInput({ value: rawValue, ...props }: PasswordInputProps) {
  const { t } = useI18n();
  const value = typeof rawValue === 'string' ? rawValue : '';
  const strength = passwordStrength(value);
  const bar = STRENGTH_BAR[strength];
  const hint: MessageKey = value === '' ? 'accounts.password.rule' : `accounts.password.${strength}`;
  return (
    <Stack gap={6}>
      <AccountPasswordInput
        autoComplete="new-password"
        value={value}
        description={t(hint, { min: PASSWORD_MIN_LENGTH, missing: PASSWORD_MIN_LENGTH - value.length })}
        {...props}
      />
      {value !== '' && <Progress value={bar.value} color={bar.color} size="xs" aria-hidden="true" />}
    </Stack>
  );
}

/** A rough guide (length first, then variety of characters), not a policy: the API only asks for the length. */
export function passwordStrength(password: string): Strength {
  if (password.length < PASSWORD_MIN_LENGTH) return 'short';
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Lo}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((kind) => kind.test(password)).length;
  if (password.length >= 16 || (password.length >= 12 && kinds >= 3)) return 'strong';
  if (kinds >= 2 || password.length >= 12) return 'fair';
  return 'weak';
}
