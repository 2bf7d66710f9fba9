import { useMutation } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { Alert, Button, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import { graphql } from '../gql';
import type { LanguageCode, Role } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { useRole } from '../shell/use-role';
import { describeError, fieldErrors } from '../ui/describe-error';
import { accountRules } from './account-validators';
import { isolate } from './display-text';
import { focusFirstError } from './focus-first-error';
import { LANGUAGE_OPTIONS } from './language-options';
import { KINDS_FOR_ROLE, OrganisationSelect } from './organisation-select';
import { notifyDone } from '../ui/notify';

const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      fullName
      email
    }
  }
`);

interface InviteValues {
  fullName: string;
  email: string;
  role: Role | '';
  organisationId: string | null;
  phone: string;
  preferredLanguage: string;
}

const INITIAL: InviteValues = { fullName: '', email: '', role: '', organisationId: null, phone: '', preferredLanguage: 'fr' };

/** Staff invite one person: the e-mail's link lets them choose a password and sign in at once. */
export function InviteUserForm() {
  const { t, language } = useI18n();
  const viewerRole = useRole();
  const formRef = useRef<HTMLFormElement>(null);
  const [invite, { loading, error }] = useMutation(InviteUserDocument);
  const rules = accountRules(t);
  const form = useForm<InviteValues>({
    mode: 'controlled',
    initialValues: INITIAL,
    validate: {
      fullName: rules.required,
      email: rules.email,
      role: rules.required,
      organisationId: (value, values) => (values.role === 'STAFF' ? null : rules.required(value)),
      phone: rules.phone,
    },
  });
  const { role } = form.values;
  const roles: Role[] = viewerRole === 'ADMIN' ? ['INDUSTRIAL', 'RESEARCHER', 'STAFF'] : ['INDUSTRIAL', 'RESEARCHER'];
  const generalError = error && Object.keys(fieldErrors(error)).length === 0 ? error : undefined;

  async function handleSubmit(values: InviteValues) {
    try {
      const { data } = await invite({
        variables: {
          input: {
            fullName: values.fullName.trim(),
            email: values.email.trim(),
            role: values.role as Role,
            organisationId: values.role === 'STAFF' ? null : values.organisationId,
            phone: values.phone.trim() || null,
            preferredLanguage: values.preferredLanguage as LanguageCode,
          },
        },
      });
      if (!data) return;
      notifyDone(t('accounts.invite.sent', { name: isolate(data.inviteUser.fullName, language) }));
      form.reset();
    } catch (caught) {
      form.setErrors(fieldErrors(caught as ErrorLike));
      focusFirstError(formRef.current);
    }
  }

  function chooseRole(value: string) {
    form.setFieldValue('role', value as Role);
    form.setFieldValue('organisationId', null);
  }

  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit(handleSubmit, () => focusFirstError(formRef.current))} data-testid="invite-user-form">
      <Stack gap="md">
        {generalError && (
          <Alert color="red" role="alert">
            {describeError(generalError, t)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('accounts.field.fullName')} withAsterisk {...form.getInputProps('fullName')} />
          <TextInput label={t('auth.email')} type="email" inputMode="email" dir="ltr" withAsterisk {...form.getInputProps('email')} />
        </SimpleGrid>
        <Radio.Group label={t('accounts.field.role')} withAsterisk {...form.getInputProps('role')} onChange={chooseRole}>
          <Group mt="xs" gap="lg">
            {roles.map((value) => (
              <Radio key={value} value={value} label={t(`role.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        {role !== 'STAFF' && (
          <OrganisationSelect
            kinds={role ? KINDS_FOR_ROLE[role] : undefined}
            label={t('accounts.field.organisation')}
            placeholder={t('accounts.organisation.placeholder')}
            description={role ? undefined : t('accounts.organisation.roleFirst')}
            withAsterisk
            {...form.getInputProps('organisationId')}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('accounts.field.phone')} type="tel" dir="ltr" {...form.getInputProps('phone')} />
          <Select
            label={t('accounts.invite.language')}
            description={t('accounts.invite.languageHint')}
            data={LANGUAGE_OPTIONS}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('preferredLanguage')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={loading}>
            {t('accounts.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
