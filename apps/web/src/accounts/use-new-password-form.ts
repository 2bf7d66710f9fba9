import { useForm } from '@mantine/form';
import { useI18n } from '../i18n/use-i18n';
import { accountRules } from './account-validators';

/** A new password typed twice (reset link, invitation): long enough, and the same both times. */
export function useNewPasswordForm() {
  const { t } = useI18n();
  const rules = accountRules(t);
  return useForm({
    mode: 'controlled',
    initialValues: { password: '', confirmation: '' },
    validate: { password: rules.newPassword, confirmation: (value, values) => rules.sameAs(values.password, value) },
  });
}
