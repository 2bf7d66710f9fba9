import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Fieldset, Grid, Group, MultiSelect, Radio, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConceptPreview } from '../concepts/concept-preview';
import type { MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';
import { TrlSelect } from '../needs/trl-select';
import { describeError, fieldErrorsByPath } from '../ui/describe-error';
import { useLanguageName } from './language-name';
import { SaveMyProfileDocument } from './profile-documents';
import { ProfileCompletenessCard } from './profile-completeness-card';
import {
  AVAILABILITIES,
  EQUIPMENT_MAX_LENGTH,
  EXPERTISE_MAX,
  HEADLINE_MAX,
  PROFILE_LANGUAGES,
  profileInput,
  profileText,
  profileValidation,
  TAG_MAX_LENGTH,
  TAGS_MAX,
  type ProfileFormValues,
} from './profile-form-values';
import { PublicationsFields } from './publications-fields';

/** Separators people type between tags, Arabic comma included. */
const TAG_SEPARATORS = [',', ';', '،'];

/** The whole profile in one form; saving replaces it (the first save creates it). */
export function ProfileForm({ initialValues }: { initialValues: ProfileFormValues }) {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [failure, setFailure] = useState<string>();
  const form = useForm<ProfileFormValues>({ mode: 'controlled', initialValues, validate: profileValidation(t) });
  const [save, { loading }] = useMutation(SaveMyProfileDocument, {
    // The first save creates the profile: the editor's query then knows it too.
    update(cache, { data }) {
      const id = data && cache.identify(data.saveMyProfile);
      if (id) cache.modify({ fields: { myProfile: (_, { toReference }) => toReference(id) } });
    },
  });

  async function submit(values: ProfileFormValues) {
    setFailure(undefined);
    try {
      await save({ variables: { input: profileInput(values) } });
      form.resetDirty(values);
      notifications.show({ color: 'teal', title: t('profiles.form.saved'), message: t('profiles.form.savedBody') });
    } catch (caught) {
      const byField = fieldErrorsByPath(caught as ErrorLike);
      form.setErrors(byField);
      if (Object.keys(byField).length > 0) {
        setFailure(t('profiles.form.fixErrors'));
        focusFirstError(byField);
      } else setFailure(describeError(caught as ErrorLike, t));
    }
  }

  function focusFirstError(errors: FormErrors) {
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first as never)?.focus();
  }

  const tagProps = (field: 'keywords' | 'techniques' | 'equipment', maxLength: number) => ({
    ...form.getInputProps(field),
    description: t('profiles.form.tagsHint'),
    maxTags: TAGS_MAX,
    splitChars: TAG_SEPARATORS,
    acceptValueOnBlur: true,
    clearable: true,
    onChange: (tags: string[]) => form.setFieldValue(field, tags.map((tag) => tag.trim().slice(0, maxLength)).filter(Boolean)),
  });

  const completeness = <ProfileCompletenessCard values={form.values} />;
  const preview = <ConceptPreview text={profileText(form.values)} />;

  const fields = (
    <Stack gap="lg">
      {!wide && completeness}
      <TextInput
        label={t('profiles.form.headline')}
        description={t('profiles.form.headlineHint')}
        withAsterisk
        maxLength={HEADLINE_MAX}
        dir="auto"
        {...form.getInputProps('headline')}
      />
      <Textarea
        label={t('profiles.form.expertise')}
        description={t('profiles.form.expertiseHint')}
        withAsterisk
        autosize
        minRows={5}
        maxRows={16}
        maxLength={EXPERTISE_MAX}
        dir="auto"
        {...form.getInputProps('expertise')}
      />
      <TagsInput label={t('profiles.form.keywords')} {...tagProps('keywords', TAG_MAX_LENGTH)} />
      <TagsInput label={t('profiles.form.techniques')} {...tagProps('techniques', TAG_MAX_LENGTH)} />
      <TagsInput label={t('profiles.form.equipment')} {...tagProps('equipment', EQUIPMENT_MAX_LENGTH)} />
      {!wide && preview}

      <PublicationsFields form={form} />

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MultiSelect
          label={t('profiles.form.languages')}
          withAsterisk
          data={PROFILE_LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))}
          {...form.getInputProps('languages')}
        />
        <Radio.Group label={t('profiles.form.availability')} {...form.getInputProps('availability')}>
          <Group gap="md" mt={6}>
            {AVAILABILITIES.map((availability) => (
              <Radio key={availability} value={availability} label={t(`profiles.availability.${availability}` as MessageKey)} />
            ))}
          </Group>
        </Radio.Group>
      </SimpleGrid>

      <Fieldset legend={t('profiles.trl')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('profiles.form.trlHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TrlSelect label={t('profiles.form.trlMin')} {...form.getInputProps('trlMin')} />
            <TrlSelect label={t('profiles.form.trlMax')} {...form.getInputProps('trlMax')} />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      {failure && (
        <Alert color="red" title={t('profiles.form.notSaved')} role="alert">
          {failure}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={loading}>
          {t('profiles.form.save')}
        </Button>
      </Group>
    </Stack>
  );

  return (
    <form onSubmit={form.onSubmit(submit, focusFirstError)} noValidate>
      {wide ? (
        <Grid gap="xl">
          <Grid.Col span={8}>{fields}</Grid.Col>
          <Grid.Col span={4}>
            {/* Beside the fields while the researcher scrolls through them. */}
            <Box pos="sticky" top={76}>
              <Stack gap="md">
                {completeness}
                {preview}
              </Stack>
            </Box>
          </Grid.Col>
        </Grid>
      ) : (
        fields
      )}
    </form>
  );
}
