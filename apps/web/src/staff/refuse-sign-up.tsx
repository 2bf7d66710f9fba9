import { useMutation } from '@apollo/client/react';
import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { notifyDone, notifyFailure } from '../ui/notify';
import { FormActions } from '../ui/form-actions';

const RefuseUserDocument = graphql(`
  mutation RefuseUser($id: ID!, $reason: String!) {
    refuseUser(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

interface RefuseSignUpProps {
  person: { id: string; fullName: string };
  /** The organisation proposed at this sign-up, if any: it goes with a refusal. */
  proposedOrganisation: string | null;
  onRefused: () => void;
}

/** "Refuser": a dialog asking for the reason the person will read by e-mail. */
export function RefuseSignUp({ person, proposedOrganisation, onRefused }: RefuseSignUpProps) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [refuse, { loading }] = useMutation(RefuseUserDocument, { refetchQueries: ['PendingSignUpCount'] });
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('staff.approvals.reasonRequired')) },
  });

  function close() {
    setOpened(false);
    form.reset();
  }

  async function submit({ reason }: { reason: string }) {
    try {
      await refuse({ variables: { id: person.id, reason: reason.trim() } });
      notifyDone(t('staff.approvals.refused', { name: person.fullName }));
      close();
      onRefused();
    } catch (caught) {
      const fields = fieldErrors(caught as Error);
      if (fields.reason) form.setErrors({ reason: fields.reason });
      else notifyFailure(t, caught);
    }
  }

  return (
    <>
      <Button variant="outline" color="red.9" onClick={() => setOpened(true)} aria-label={t('staff.approvals.refuseWho', { name: person.fullName })}>
        {t('staff.approvals.refuse')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('staff.approvals.refuseTitle', { name: person.fullName })} closeButtonProps={{ 'aria-label': t('accounts.modal.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="md">
            <Text size="sm">
              {proposedOrganisation
                ? t('staff.approvals.refuseBodyWithOrganisation', { organisation: proposedOrganisation })
                : t('staff.approvals.refuseBody')}
            </Text>
            <Textarea
              label={t('staff.approvals.reason')}
              description={t('staff.approvals.reasonHint')}
              withAsterisk
              autosize
              minRows={3}
              maxLength={2000}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <FormActions cancelLabel={t('staff.approvals.cancel')} onCancel={close} submitLabel={t('staff.approvals.confirmRefuse')} color="red.9" loading={loading} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
