import { Select } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';

interface FilterSelectProps<T extends string> {
  label: string;
  options: { value: T; label: string }[];
  value: T | null;
  onChange: (value: T | null) => void;
}

/** One filter of a members list: "Tous" when empty, clearable back to it. */
export function FilterSelect<T extends string>({ label, options, value, onChange }: FilterSelectProps<T>) {
  const { t } = useI18n();
  return (
    <Select
      label={label}
      placeholder={t('members.any')}
      data={options}
      value={value}
      onChange={(chosen) => onChange(chosen as T | null)}
      clearable
      clearButtonProps={{ 'aria-label': t('members.any') }}
    />
  );
}
