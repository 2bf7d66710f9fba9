import { Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';
import { TRL_LEVELS, trlMeaning, trlName } from './need-labels';

type TrlSelectProps = Omit<SelectProps, 'data'> & { value?: string | null };

/** A maturity level (TRL 1–9) by its plain name, with what the chosen level means beneath. */
export function TrlSelect({ value, ...props }: TrlSelectProps) {
  const { t } = useI18n();
  const data = TRL_LEVELS.map((level) => ({ value: String(level), label: t('needs.trl.option', { level, name: t(trlName(level)) }) }));
  return (
    <Stack gap={4}>
      <Select data={data} value={value ?? null} allowDeselect={false} withAsterisk checkIconPosition="right" {...props} />
      <Text size="sm" c="gray.7" aria-live="polite">
        {value ? t(trlMeaning(Number(value))) : t('needs.trl.choose')}
      </Text>
    </Stack>
  );
}
