import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import { graphql } from '../gql';
import type { LanguageCode } from '../gql/graphql';
import type { Language } from '../i18n/language';
import { translate, useI18n } from '../i18n/use-i18n';
import { describeError, fieldErrors } from '../ui/describe-error';
import { accountRules } from './account-validators';
import { focusFirstError } from './focus-first-error';
import { LANGUAGE_OPTIONS } from './language-options';
import { notifyDone } from '../ui/notify';

const UpdateMyAccountDocument = graphql(`
  mutation UpdateMyAccount($input: UpdateMeInput!) {
    updateMe(input: $input) {
      id
      fullName
      phone
      preferredLanguage
    }
  }
`);

export interface ProfileFields {
  fullName: string;
  phone?: string | null;
  preferredLanguage: LanguageCode;
}

/** Name, phone and language; the page switches to the language saved, as e-mails will. */
export function AccountProfileForm({ me }: { me: ProfileFields }) {
  const { t, language, setLanguage } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const [save, { loading, error }] = useMutation(UpdateMyAccountDocument);
  const rules = accountRules(t);
  const form = useForm({
    mode: 'controlled',
    initialValues: { fullName: me.fullName, phone: me.phone ?? '', preferredLanguage: me.preferredLanguage as string },
    validate: { fullName: rules.required, phone: rules.phone },
  });
  const generalError = error && Object.keys(fieldErrors(error)).length === 0 ? error : undefined;

  async function handleSubmit(values: typeof form.values) {
    try {
      const { data } = await save({
        variables: { input: { fullName: values.fullName.trim(), phone: values.phone.trim() || null, preferredLanguage: values.preferredLanguage as LanguageCode } },
      });
      if (!data) return;
      form.resetDirty({ fullName: data.updateMe.fullName, phone: data.updateMe.phone ?? '', preferredLanguage: data.updateMe.preferredLanguage });
      const saved = data.updateMe.preferredLanguage as Language;
      if (saved !== language) setLanguage(saved);
      notifyDone(translate(saved, 'accounts.account.saved'));
    } catch (caught) {
      form.setErrors(fieldErrors(caught as ErrorLike));
      focusFirstError(formRef.current);
    }
  }

  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit(handleSubmit, () => focusFirstError(formRef.current))}>
      <Stack gap="md">
        {generalError && (
          <Alert color="red" role="alert">
            {describeError(generalError, t)}
          </Alert>
        )}
        <TextInput label={t('accounts.field.fullName')} autoComplete="name" withAsterisk {...form.getInputProps('fullName')} />
        <TextInput
          label={t('accounts.field.phone')}
          description={t('accounts.field.phoneHint')}
          type="tel"
          autoComplete="tel"
          dir="ltr"
          {...form.getInputProps('phone')}
        />
        <Select
          label={t('accounts.field.language')}
          description={t('accounts.field.languageHint')}
          data={LANGUAGE_OPTIONS}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('preferredLanguage')}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {t('accounts.account.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
