import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { FormError } from '../ui/form-error';
import { useIdempotencyKey } from '../ui/use-idempotency-key';
import { textDirection } from './need-language';
import { notifyDone } from '../ui/notify';

const RequestIntroductionDocument = graphql(`
  mutation RequestIntroduction($input: RequestIntroductionInput!, $idempotencyKey: String) {
    requestIntroduction(input: $input, idempotencyKey: $idempotencyKey) {
      id
      kind
      status
    }
  }
`);

const MESSAGE_MAX = 2000;

interface RequestIntroductionProps {
  needId: string;
  researcher: { id: string; name: string };
  requested: boolean;
  /** The request is recorded (the list marks the expert). */
  onRequested: () => void;
}

/** Industrials: ask the cluster staff to introduce an expert, with a message only staff read. */
export function RequestIntroduction({ needId, researcher, requested, onRequested }: RequestIntroductionProps) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<ErrorLike | null>(null);
  const [request, { loading }] = useMutation(RequestIntroductionDocument);
  const idempotencyKey = useIdempotencyKey();
  const form = useForm({
    initialValues: { message: '' },
    validate: { message: (value) => (value.trim() === '' ? t('needs.form.error.required') : null) },
  });

  if (requested) {
    return (
      <Badge color="teal.9" variant="light" size="lg" tt="none" role="status" data-testid="introduction-requested">
        {t('needs.introduction.sent')}
      </Badge>
    );
  }

  async function send({ message }: { message: string }) {
    setError(null);
    try {
      const input = { needId, researcherProfileId: researcher.id, message: message.trim() };
      await request({ variables: { input, idempotencyKey: idempotencyKey(input) } });
      setOpened(false);
      notifyDone(t('needs.introduction.sentToast', { name: researcher.name }));
      onRequested();
    } catch (caught) {
      const fields = fieldErrors(caught as ErrorLike);
      if (fields.message) form.setFieldError('message', fields.message);
      else setError(caught as ErrorLike);
    }
  }

  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t('needs.introduction.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('needs.introduction.title', { name: researcher.name })}>
        <form onSubmit={form.onSubmit(send)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('needs.introduction.explain')}</Text>
            <Textarea
              label={t('needs.introduction.message')}
              description={t('needs.introduction.messageHint')}
              withAsterisk
              autosize
              minRows={4}
              maxLength={MESSAGE_MAX}
              data-autofocus
              dir={textDirection(form.values.message)}
              {...form.getInputProps('message')}
            />
            {error && <FormError error={error} />}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('needs.introduction.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
