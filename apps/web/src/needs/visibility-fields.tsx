import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { NeedVisibility } from '../gql/graphql';
import type { MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';
import type { NeedFormValues } from './need-form-values';

const VISIBILITIES: readonly NeedVisibility[] = ['PUBLIC', 'MEMBERS', 'STAFF_ONLY'];
const ANONYMITY = ['named', 'anonymous'] as const;

/** Who may read the need, and whether researchers see who posted it, each choice in one sentence. */
export function VisibilityFields({ form }: { form: UseFormReturnType<NeedFormValues> }) {
  const { t } = useI18n();
  return (
    <Stack gap="lg">
      <Radio.Group label={t('needs.form.visibility')} description={t('needs.form.visibilityHint')} {...form.getInputProps('visibility')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
          {VISIBILITIES.map((visibility) => (
            <ChoiceCard key={visibility} value={visibility} title={`visibility.${visibility}`} sentence={`needs.visibility.explain.${visibility}`} />
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Radio.Group label={t('needs.form.anonymity')} {...form.getInputProps('anonymous')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          {ANONYMITY.map((choice) => (
            <ChoiceCard key={choice} value={choice} title={`needs.anonymity.${choice}`} sentence={`needs.anonymity.explain.${choice}`} />
          ))}
        </SimpleGrid>
      </Radio.Group>
    </Stack>
  );
}

function ChoiceCard({ value, title, sentence }: { value: string; title: MessageKey; sentence: MessageKey }) {
  const { t } = useI18n();
  return (
    <Radio.Card value={value} p="sm" radius="md">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={3} />
        <div>
          <Text fw={600} size="sm">
            {t(title)}
          </Text>
          <Text size="xs" c="gray.7">
            {t(sentence)}
          </Text>
        </div>
      </Group>
    </Radio.Card>
  );
}
