import { useMutation } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { Alert, Anchor, Button, Fieldset, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { describeError, fieldErrorsByPath } from '../ui/describe-error';
import { useDocumentTitle } from '../ui/use-document-title';
import { focusFirstError } from './focus-first-error';
import { LANGUAGE_OPTIONS } from './language-options';
import { NewPasswordInput } from './password-inputs';
import { initialSignUpValues, signUpRules, toRegisterInput, type SignUpValues } from './sign-up-form-values';
import { SignUpOrganisationFields } from './sign-up-organisation-fields';

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      userId
      status
    }
  }
`);

/** A visitor asks to join: who they are, their role, their organisation; staff approve afterwards. */
export function SignUpPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('accounts.signUp.title'));
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [register, { loading, error }] = useMutation(RegisterDocument);
  const form = useForm<SignUpValues>({ mode: 'controlled', initialValues: initialSignUpValues(language), validate: signUpRules(t) });
  const languageChosen = useRef(false);
  const generalError = error && Object.keys(fieldErrorsByPath(error)).length === 0 ? error : undefined;

  // Until the person picks a language for their account, it is the one they read the page in.
  const { setFieldValue } = form;
  useEffect(() => {
    if (!languageChosen.current) setFieldValue('preferredLanguage', language);
  }, [language, setFieldValue]);

  async function handleSubmit(values: SignUpValues) {
    try {
      await register({ variables: { input: toRegisterInput(values) } });
      await navigate({ to: '/sign-up/pending' });
    } catch (caught) {
      form.setErrors(fieldErrorsByPath(caught as ErrorLike));
      focusFirstError(formRef.current);
    }
  }

  function chooseRole(role: string) {
    form.setFieldValue('role', role as SignUpValues['role']);
    // Industrials and researchers belong to different kinds of organisation.
    form.setFieldValue('organisationId', null);
    form.setFieldValue('organisation.kind', null);
  }

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('accounts.signUp.title')}</Title>
        <Text c="dimmed">{t('accounts.signUp.intro')}</Text>
      </Stack>

      <form ref={formRef} noValidate onSubmit={form.onSubmit(handleSubmit, () => focusFirstError(formRef.current))}>
        <Stack gap="lg">
          <Fieldset legend={t('accounts.signUp.you')}>
            <Stack gap="md">
              <TextInput label={t('accounts.field.fullName')} autoComplete="name" withAsterisk {...form.getInputProps('fullName')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput label={t('auth.email')} type="email" autoComplete="email" inputMode="email" dir="ltr" withAsterisk {...form.getInputProps('email')} />
                <TextInput
                  label={t('accounts.field.phone')}
                  description={t('accounts.field.phoneHint')}
                  type="tel"
                  autoComplete="tel"
                  dir="ltr"
                  {...form.getInputProps('phone')}
                />
              </SimpleGrid>
              <NewPasswordInput label={t('auth.password')} withAsterisk {...form.getInputProps('password')} />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('accounts.signUp.roleLegend')}>
            <Radio.Group label={t('accounts.signUp.roleAsk')} withAsterisk {...form.getInputProps('role')} onChange={chooseRole}>
              <Stack mt="xs" gap="sm">
                <Radio value="INDUSTRIAL" label={t('role.INDUSTRIAL')} description={t('accounts.signUp.industrialHint')} />
                <Radio value="RESEARCHER" label={t('role.RESEARCHER')} description={t('accounts.signUp.researcherHint')} />
              </Stack>
            </Radio.Group>
          </Fieldset>

          <Fieldset legend={t('accounts.signUp.organisationLegend')}>
            <SignUpOrganisationFields form={form} />
          </Fieldset>

          <Select
            label={t('accounts.field.language')}
            description={t('accounts.field.languageHint')}
            data={LANGUAGE_OPTIONS}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('preferredLanguage')}
            onChange={(value) => {
              languageChosen.current = true;
              form.setFieldValue('preferredLanguage', value ?? language);
            }}
          />

          {generalError && (
            <Alert color="red" role="alert">
              {describeError(generalError, t)}
            </Alert>
          )}
          <Stack gap="xs" align="flex-start">
            <Button type="submit" loading={loading}>
              {t('accounts.signUp.submit')}
            </Button>
            <Text size="sm">
              {t('accounts.signUp.haveAccount')}{' '}
              <Anchor component={Link} to="/sign-in" underline="always">
                {t('auth.submit')}
              </Anchor>
            </Text>
            <Text size="sm">
              <Anchor component={Link} to="/privacy" underline="always">
                {t('privacy.signUpLink')}
              </Anchor>
            </Text>
          </Stack>
        </Stack>
      </form>
    </Stack>
  );
}
