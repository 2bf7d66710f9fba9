import type { ErrorLike } from '@apollo/client';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Select, SegmentedControl, SimpleGrid, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { GlossaryCategory } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { describeError, fieldErrors } from '../ui/describe-error';
import { notifyDone } from '../ui/notify';
import { FormActions } from '../ui/form-actions';

export const GlossaryEntryFieldsFragment = graphql(`
  fragment GlossaryEntryFields on GlossaryEntryModel {
    id
    code
    conceptCode
    category
    labelsFr
    labelsAr
    labelsEn
    variants
    definition
    status
    source
    mergedIntoId
    extends {
      code
      label
    }
    broader {
      code
      label
      glossary
    }
    createdBy {
      fullName
    }
    createdAt
    updatedBy {
      fullName
    }
    updatedAt
  }
`);

const ThesaurusConceptsDocument = graphql(`
  query ThesaurusConcepts($search: String!) {
    thesaurusConcepts(search: $search, first: 20) {
      code
      label
      glossary
    }
  }
`);

const CreateGlossaryEntryDocument = graphql(`
  mutation CreateGlossaryEntry($input: GlossaryEntryInput!) {
    createGlossaryEntry(input: $input) {
      needsReindexed
      profilesReindexed
      entry {
        ...GlossaryEntryFields
      }
    }
  }
`);

const UpdateGlossaryEntryDocument = graphql(`
  mutation UpdateGlossaryEntry($id: ID!, $input: GlossaryEntryInput!) {
    updateGlossaryEntry(id: $id, input: $input) {
      needsReindexed
      profilesReindexed
      entry {
        ...GlossaryEntryFields
      }
    }
  }
`);

export interface GlossaryFormValues {
  labelsFr: string[];
  labelsAr: string[];
  labelsEn: string[];
  variants: string[];
  category: string | null;
  kind: 'new' | 'extends';
  concept: { code: string; label: string } | null;
  definition: string;
  /** Broader concepts beyond the first (the form edits one; the others are kept). */
  otherBroader: string[];
}

export const EMPTY_GLOSSARY_VALUES: GlossaryFormValues = { labelsFr: [], labelsAr: [], labelsEn: [], variants: [], category: null, kind: 'new', concept: null, definition: '', otherBroader: [] };

const CATEGORIES: GlossaryCategory[] = ['PRODUCT', 'BY_PRODUCT', 'PROCESS', 'COSMETIC', 'QUALITY'];
const LABEL_MAX = 120;

/** An entry's fields: labels per language, variants, the AGROVOC concept it extends or its broader concept, a definition. */
export function GlossaryEntryForm({
  entryId,
  initial,
  onDone,
  onCancel,
}: {
  entryId?: string;
  initial: GlossaryFormValues;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = useForm<GlossaryFormValues>({
    initialValues: initial,
    validate: {
      labelsFr: (_value, values) => (values.labelsFr.length + values.labelsAr.length + values.labelsEn.length === 0 ? t('glossary.form.labelRequired') : null),
      concept: (value, values) => (values.kind === 'extends' && !value ? t('glossary.form.extendsRequired') : null),
    },
  });
  const [create, creating] = useMutation(CreateGlossaryEntryDocument, { refetchQueries: ['GlossaryEntries', 'GlossaryOverview', 'GlossarySuggestions', 'ZeroHitQueries', 'IndexingStatus'] });
  const [update, updating] = useMutation(UpdateGlossaryEntryDocument, { refetchQueries: ['GlossaryEntries', 'GlossarySuggestions', 'IndexingStatus'] });
  const [search, concepts] = useLazyQuery(ThesaurusConceptsDocument);
  const [conceptSearch, setConceptSearch] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const words = conceptSearch.trim();
    if (words.length < 2) return;
    const timer = setTimeout(() => void search({ variables: { search: words } }), 250);
    return () => clearTimeout(timer);
  }, [conceptSearch, search]);

  const chosen = form.values.concept;
  const options = [
    ...(chosen ? [{ value: chosen.code, label: chosen.label }] : []),
    ...(concepts.data?.thesaurusConcepts ?? [])
      .filter((c) => c.code !== chosen?.code)
      .map((c) => ({ value: c.code, label: c.glossary ? `${c.label} · ${t('glossary.form.glossaryConcept')}` : c.label })),
  ];

  async function submit(values: GlossaryFormValues) {
    setFailure(null);
    const input = {
      labelsFr: values.labelsFr,
      labelsAr: values.labelsAr,
      labelsEn: values.labelsEn,
      variants: values.variants,
      category: (values.category as GlossaryCategory | null) ?? null,
      extendsCode: values.kind === 'extends' ? (values.concept?.code ?? null) : null,
      broaderCodes: values.kind === 'new' ? [...(values.concept ? [values.concept.code] : []), ...values.otherBroader.filter((code) => code !== values.concept?.code)] : [],
      definition: values.definition.trim() || null,
    };
    try {
      const change = entryId
        ? (await update({ variables: { id: entryId, input } })).data?.updateGlossaryEntry
        : (await create({ variables: { input } })).data?.createGlossaryEntry;
      if (!change) return;
      notifyDone(t(entryId ? 'glossary.form.updated' : 'glossary.form.created', { needs: change.needsReindexed, profiles: change.profilesReindexed }));
      onDone();
    } catch (caught) {
      const fields = fieldErrors(caught as ErrorLike);
      const mapped: Record<string, string> = {};
      for (const [field, reason] of Object.entries(fields)) mapped[field === 'extendsCode' || field === 'broaderCodes' ? 'concept' : field] = reason;
      if (Object.keys(mapped).length) form.setErrors(mapped);
      else setFailure(describeError(caught as ErrorLike, t));
    }
  }

  const tagProps = (field: 'labelsFr' | 'labelsAr' | 'labelsEn' | 'variants') => ({
    ...form.getInputProps(field),
    maxTags: 20,
    splitChars: [',', ';', '|'],
    acceptValueOnBlur: true,
    clearable: true,
    clearButtonProps: { 'aria-label': t('glossary.form.clear') },
    onChange: (values: string[]) => form.setFieldValue(field, values.map((v) => v.slice(0, LABEL_MAX))),
  });

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label={t(entryId ? 'glossary.form.editTitle' : 'glossary.form.addTitle')}>
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('glossary.form.hint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TagsInput label={t('glossary.form.labelsFr')} description={t('glossary.form.labelsHint')} withAsterisk lang="fr" dir="ltr" {...tagProps('labelsFr')} />
          <TagsInput label={t('glossary.form.labelsAr')} description={t('glossary.form.labelsHint')} lang="ar" dir="rtl" {...tagProps('labelsAr')} />
          <TagsInput label={t('glossary.form.labelsEn')} description={t('glossary.form.labelsHint')} lang="en" dir="ltr" {...tagProps('labelsEn')} />
        </SimpleGrid>
        <TagsInput label={t('glossary.form.variants')} description={t('glossary.form.variantsHint')} dir="auto" {...tagProps('variants')} />
        <Select
          label={t('glossary.form.category')}
          data={CATEGORIES.map((value) => ({ value, label: t(`glossary.category.${value}`) }))}
          clearable
          clearButtonProps={{ 'aria-label': t('glossary.form.clear') }}
          {...form.getInputProps('category')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="glossary-kind-label">
            {t('glossary.form.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="glossary-kind-label"
            data={[
              { value: 'new', label: t('glossary.form.kindNew') },
              { value: 'extends', label: t('glossary.form.kindExtends') },
            ]}
            value={form.values.kind}
            onChange={(value) => form.setValues({ kind: value as GlossaryFormValues['kind'], concept: null })}
          />
        </Stack>
        <Select
          label={form.values.kind === 'extends' ? t('glossary.form.extends') : t('glossary.form.broader')}
          description={form.values.kind === 'extends' ? t('glossary.form.extendsHint') : t('glossary.form.broaderHint')}
          withAsterisk={form.values.kind === 'extends'}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('glossary.form.clear') }}
          placeholder={t('glossary.form.conceptPlaceholder')}
          nothingFoundMessage={conceptSearch.trim().length >= 2 && !concepts.loading ? t('glossary.form.noConcept') : undefined}
          filter={({ options: all }) => all}
          data={options}
          value={chosen?.code ?? null}
          searchValue={conceptSearch}
          onSearchChange={setConceptSearch}
          onChange={(code) => form.setFieldValue('concept', code ? (options.find((o) => o.value === code) ? { code, label: options.find((o) => o.value === code)!.label } : null) : null)}
          error={form.errors.concept}
        />
        <Textarea label={t('glossary.form.definition')} autosize minRows={2} maxLength={2000} dir="auto" {...form.getInputProps('definition')} />
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <FormActions cancelLabel={t('form.cancel')} onCancel={onCancel} submitLabel={t(entryId ? 'glossary.form.save' : 'glossary.form.add')} loading={creating.loading || updating.loading} />
      </Stack>
    </form>
  );
}

/** The form's values for an existing entry. */
export function valuesOf(entry: {
  labelsFr: string[];
  labelsAr: string[];
  labelsEn: string[];
  variants: string[];
  category?: string | null;
  definition?: string | null;
  extends?: { code: string; label: string } | null;
  broader: Array<{ code: string; label: string }>;
}): GlossaryFormValues {
  return {
    labelsFr: entry.labelsFr,
    labelsAr: entry.labelsAr,
    labelsEn: entry.labelsEn,
    variants: entry.variants,
    category: entry.category ?? null,
    kind: entry.extends ? 'extends' : 'new',
    concept: entry.extends ?? entry.broader[0] ?? null,
    definition: entry.definition ?? '',
    otherBroader: entry.extends ? [] : entry.broader.slice(1).map((b) => b.code),
  };
}

/** Values prefilled from a word of a given language (a suggestion or a query that found nothing). */
export function valuesForWord(word: string, language: string): GlossaryFormValues {
  const arabic = /[\u0600-\u06FF]/.test(word) || language === 'ar';
  return {
    ...EMPTY_GLOSSARY_VALUES,
    labelsFr: !arabic && language !== 'en' ? [word] : [],
    labelsAr: arabic ? [word] : [],
    labelsEn: !arabic && language === 'en' ? [word] : [],
  };
}
