import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useI18n } from '../i18n/use-i18n';
import { ABSTRACT_MAX, emptyPublication, PUBLICATION_TITLE_MAX, type ProfileFormValues } from './profile-form-values';

/** The repeatable publication sub-form: title, year, DOI and abstract, added and removed in place. */
export function PublicationsFields({ form }: { form: UseFormReturnType<ProfileFormValues> }) {
  const { t } = useI18n();
  const { publications } = form.values;

  function add() {
    form.insertListItem('publications', emptyPublication());
    // Take the keyboard to the new sub-form's first field.
    requestAnimationFrame(() => form.getInputNode(`publications.${publications.length}.title`)?.focus());
  }

  return (
    <Fieldset legend={t('profiles.form.publications')} data-testid="publications-fields">
      <Stack gap="md">
        {publications.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('profiles.form.noPublications')}
          </Text>
        )}
        {publications.map((publication, index) => (
          <Fieldset key={publication.key} legend={t('profiles.form.publication', { n: index + 1 })} variant="filled" data-testid="publication-fields">
            <Stack gap="sm">
              <TextInput
                label={t('profiles.form.publicationTitle')}
                withAsterisk
                maxLength={PUBLICATION_TITLE_MAX}
                dir="auto"
                {...form.getInputProps(`publications.${index}.title`)}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NumberInput
                  label={t('profiles.form.publicationYear')}
                  withAsterisk
                  min={1950}
                  max={2100}
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps(`publications.${index}.year`)}
                />
                <TextInput
                  label={t('profiles.form.publicationDoi')}
                  description={t('profiles.form.publicationDoiHint')}
                  dir="ltr"
                  {...form.getInputProps(`publications.${index}.doi`)}
                />
              </SimpleGrid>
              <Textarea
                label={t('profiles.form.publicationAbstract')}
                autosize
                minRows={2}
                maxRows={8}
                maxLength={ABSTRACT_MAX}
                dir="auto"
                {...form.getInputProps(`publications.${index}.abstract`)}
              />
              <Group justify="flex-end">
                <Button variant="subtle" color="red" size="compact-sm" onClick={() => form.removeListItem('publications', index)}>
                  {t('profiles.form.removePublication', { n: index + 1 })}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <Button variant="default" onClick={add} w="fit-content">
          {t('profiles.form.addPublication')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
