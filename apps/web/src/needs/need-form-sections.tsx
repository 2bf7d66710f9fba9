import { Alert, Button, Fieldset, Group, NumberInput, Radio, SegmentedControl, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import dayjs from 'dayjs';
import { useId } from 'react';
import { ConceptPreview } from '../concepts/concept-preview';
import type { LanguageCode, Sector } from '../gql/graphql';
import { LANGUAGE_NAMES } from '../i18n/language';
import { useI18n } from '../i18n/use-i18n';
import { DESCRIPTION_MAX, KEYWORD_MAX_LENGTH, KEYWORDS_MAX, matchingText, TITLE_MAX, type NeedFormValues } from './need-form-values';
import { NEED_LANGUAGES } from './need-labels';
import { guessLanguage, textDirection } from './need-language';
import { OrganisationSelect } from './organisation-select';
import { TrlSelect } from './trl-select';
import { VisibilityFields } from './visibility-fields';

type Form = UseFormReturnType<NeedFormValues>;

const SECTORS: readonly Sector[] = ['AGRIFOOD', 'COSMETICS'];
const BUDGET_MAX = 1_000_000_000;

/** What the need is: (staff) the organisation, title, description, keywords and the concepts found in them. */
export function DescriptionSection({ form, chooseOrganisation }: { form: Form; chooseOrganisation: boolean }) {
  const { t } = useI18n();
  const titleId = useId();
  const values = form.values;
  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId}>
        {t('needs.form.sectionWhat')}
      </Title>
      {chooseOrganisation && (
        <OrganisationSelect label={t('needs.form.organisation')} description={t('needs.form.organisationHint')} {...form.getInputProps('organisationId')} />
      )}
      <TextInput
        label={t('needs.form.title')}
        description={t('needs.form.titleHint')}
        withAsterisk
        maxLength={TITLE_MAX}
        dir={textDirection(values.title)}
        {...form.getInputProps('title')}
      />
      <Textarea
        label={t('needs.form.description')}
        description={t('needs.form.descriptionHint')}
        withAsterisk
        autosize
        minRows={6}
        maxRows={20}
        maxLength={DESCRIPTION_MAX}
        dir={textDirection(values.description)}
        {...form.getInputProps('description')}
      />
      <TagsInput
        label={t('needs.form.keywords')}
        description={t('needs.form.keywordsHint')}
        maxTags={KEYWORDS_MAX}
        splitChars={[',', ';', '،']}
        clearable
        acceptValueOnBlur
        {...form.getInputProps('keywords')}
        onChange={(keywords) => form.setFieldValue('keywords', keywords.map((keyword) => keyword.slice(0, KEYWORD_MAX_LENGTH)))}
      />
      <ConceptPreview text={matchingText(values)} />
    </Stack>
  );
}

/** How far along, with which means: sector, maturity now and targeted, budget range, deadline. */
export function ScopeSection({ form }: { form: Form }) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId}>
        {t('needs.form.sectionScope')}
      </Title>
      <Radio.Group label={t('needs.sector')} withAsterisk {...form.getInputProps('sector')}>
        <Group mt="xs">
          {SECTORS.map((sector) => (
            <Radio key={sector} value={sector} label={t(`sector.${sector}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Fieldset legend={<Legend>{t('needs.form.trlLegend')}</Legend>} variant="unstyled" p={0}>
        <Text size="xs" c="gray.7" mb="sm">
          {t('needs.form.trlHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <TrlSelect label={t('needs.form.trlCurrent')} {...form.getInputProps('trlCurrent')} />
          <TrlSelect label={t('needs.form.trlTarget')} {...form.getInputProps('trlTarget')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={<Legend>{t('needs.form.budgetLegend')}</Legend>} variant="unstyled" p={0}>
        <Text size="xs" c="gray.7" mb="sm">
          {t('needs.form.budgetHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <NumberInput label={t('needs.form.budgetMin')} min={0} max={BUDGET_MAX} allowNegative={false} allowDecimal={false} thousandSeparator=" " rightSection={<Currency />} rightSectionWidth={48} {...form.getInputProps('budgetMinMad')} />
          <NumberInput label={t('needs.form.budgetMax')} min={0} max={BUDGET_MAX} allowNegative={false} allowDecimal={false} thousandSeparator=" " rightSection={<Currency />} rightSectionWidth={48} {...form.getInputProps('budgetMaxMad')} />
        </SimpleGrid>
      </Fieldset>
      <DatePickerInput
        label={t('needs.form.deadline')}
        description={t('needs.form.deadlineHint')}
        clearable
        clearButtonProps={{ 'aria-label': t('needs.form.clearDeadline') }}
        minDate={dayjs().format('YYYY-MM-DD')}
        valueFormat="D MMMM YYYY"
        maw={360}
        {...form.getInputProps('deadline')}
      />
    </Stack>
  );
}

/** Who reads it: the need's language (with a hint when the text looks written in another), visibility, anonymity. */
export function AudienceSection({ form }: { form: Form }) {
  const { t } = useI18n();
  const ids = { title: useId(), language: useId() };
  const values = form.values;
  const suggestedLanguage = guessLanguage(`${values.title}\n${values.description}`);
  return (
    <Stack gap="md" component="section" aria-labelledby={ids.title}>
      <Title order={2} size="h3" id={ids.title}>
        {t('needs.form.sectionAudience')}
      </Title>
      <Stack gap={4}>
        <Text id={ids.language} size="sm" fw={600}>
          {t('needs.form.language')}
        </Text>
        <Text size="xs" c="gray.7">
          {t('needs.form.languageHint')}
        </Text>
        <SegmentedControl
          aria-labelledby={ids.language}
          data={NEED_LANGUAGES.map((code) => ({ value: code, label: <span lang={code}>{LANGUAGE_NAMES[code]}</span> }))}
          value={values.language}
          onChange={(value) => form.setFieldValue('language', value as LanguageCode)}
          style={{ alignSelf: 'flex-start' }}
        />
        {suggestedLanguage && suggestedLanguage !== values.language && (
          <Alert color="yellow" variant="light" p="xs" role="status">
            <Group gap="xs" justify="space-between">
              <Text size="sm">{t('needs.form.languageSuggestion', { language: t(`needs.language.${suggestedLanguage}`) })}</Text>
              <Button size="compact-sm" variant="default" onClick={() => form.setFieldValue('language', suggestedLanguage)}>
                {t('needs.form.languageUse', { language: t(`needs.language.${suggestedLanguage}`) })}
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
      <VisibilityFields form={form} />
    </Stack>
  );
}

function Currency() {
  return (
    <Text size="sm" c="gray.7" aria-hidden="true">
      MAD
    </Text>
  );
}

function Legend({ children }: { children: string }) {
  return (
    <Text component="span" size="sm" fw={600}>
      {children}
    </Text>
  );
}
