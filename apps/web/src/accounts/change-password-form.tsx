import { useMutation } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { describeError, fieldErrors } from '../ui/describe-error';
import { accountRules } from './account-validators';
import { focusFirstError } from './focus-first-error';
import { AccountPasswordInput, NewPasswordInput } from './password-inputs';
import { notifyDone } from '../ui/notify';

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

/** Current password, then the new one twice; the API ends the person's other sessions. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const [change, { loading, error }] = useMutation(ChangePasswordDocument);
  const rules = accountRules(t);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: {
      currentPassword: rules.required,
      newPassword: rules.newPassword,
      confirmation: (value, values) => rules.sameAs(values.newPassword, value),
    },
  });
  const generalError = error && Object.keys(fieldErrors(error)).length === 0 ? error : undefined;

  async function handleSubmit({ currentPassword, newPassword }: typeof form.values) {
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      form.reset();
      notifyDone(t('accounts.password.changed'));
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
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <AccountPasswordInput label={t('accounts.password.current')} autoComplete="current-password" withAsterisk {...form.getInputProps('currentPassword')} />
        <NewPasswordInput label={t('accounts.password.new')} withAsterisk {...form.getInputProps('newPassword')} />
        <AccountPasswordInput label={t('accounts.password.confirm')} autoComplete="new-password" withAsterisk {...form.getInputProps('confirmation')} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('accounts.password.change')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
