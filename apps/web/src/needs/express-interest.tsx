import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { FormError } from '../ui/form-error';
import { useIdempotencyKey } from '../ui/use-idempotency-key';
import { textDirection } from './need-language';

const ExpressInterestDocument = graphql(`
  mutation ExpressInterest($input: ExpressInterestInput!, $idempotencyKey: String) {
    expressInterest(input: $input, idempotencyKey: $idempotencyKey) {
      id
      status
      kind
      need {
        id
      }
    }
  }
`);

const MIN_MESSAGE_LENGTH = 10;
const MAX_MESSAGE_LENGTH = 2000;

interface ExpressInterestProps {
  needId: string;
  /** The researcher already raised a hand on this need. */
  alreadySent?: boolean;
  /** Called once the interest is recorded. */
  onSent?: () => void;
}

/** Researchers: raise a hand on an open need, with a few words for the cluster staff. */
export function ExpressInterest({ needId, alreadySent = false, onSent }: ExpressInterestProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [express, { loading, error }] = useMutation(ExpressInterestDocument);
  const idempotencyKey = useIdempotencyKey();
  const form = useForm({
    initialValues: { message: '' },
    validate: {
      message: (value) => (value.trim().length < MIN_MESSAGE_LENGTH ? t('needs.interest.tooShort', { min: MIN_MESSAGE_LENGTH }) : null),
    },
  });

  async function send({ message }: { message: string }) {
    try {
      const input = { needId, message: message.trim() };
      await express({ variables: { input, idempotencyKey: idempotencyKey(input) } });
      setSent(true);
      setOpen(false);
      onSent?.();
    } catch (caught) {
      form.setErrors(fieldErrors(caught as Error));
    }
  }

  if (sent || alreadySent) {
    return (
      <Alert role="status" color="teal" variant="light" data-testid="interest-sent">
        {t(sent ? 'interest.sent' : 'needs.interest.alreadySent')}
      </Alert>
    );
  }
  if (!open) {
    return (
      <Group>
        <Button variant="light" onClick={() => setOpen(true)}>
          {t('interest.open')}
        </Button>
      </Group>
    );
  }
  const apiFields = fieldErrors(error);
  return (
    <form onSubmit={form.onSubmit(send)} data-testid="interest-form" noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('interest.message')}
          description={t('needs.interest.hint')}
          autosize
          minRows={3}
          maxLength={MAX_MESSAGE_LENGTH}
          withAsterisk
          dir={textDirection(form.values.message)}
          data-autofocus
          autoFocus
          {...form.getInputProps('message')}
        />
        {error && !apiFields.message && <FormError error={error} />}
        <Group gap="xs">
          <Button type="submit" loading={loading}>
            {t('interest.submit')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
