import type { ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useConfirmAction } from '../ui/use-confirm-action';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { describeError } from '../ui/describe-error';
import { AnchorLink } from '../ui/router-links';
import { downloadText } from './download-file';
import { notifyDone, notifyFailure } from '../ui/notify';
import { FormActions } from '../ui/form-actions';

const MyPersonalDataDocument = graphql(`
  query MyPersonalData {
    myPersonalData {
      fileName
      json
    }
  }
`);

const MyDeletionRequestDocument = graphql(`
  query MyAccountDeletionRequest {
    myAccountDeletionRequest {
      id
      status
      requestedAt
    }
  }
`);

const RequestDeletionDocument = graphql(`
  mutation RequestAccountDeletion($input: RequestAccountDeletionInput) {
    requestAccountDeletion(input: $input) {
      id
      status
      requestedAt
    }
  }
`);

const CancelDeletionDocument = graphql(`
  mutation CancelAccountDeletion {
    cancelAccountDeletion {
      id
      status
    }
  }
`);

/** The account page's "your data": download everything as JSON, ask for (or withdraw) the account's deletion. */
export function YourDataSection() {
  const { t, formatDate } = useI18n();
  const client = useApolloClient();
  const confirm = useConfirmAction();
  const [downloading, setDownloading] = useState(false);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);
  const [asking, setAsking] = useState(false);
  const request = useQuery(MyDeletionRequestDocument);
  const [requestDeletion, requesting] = useMutation(RequestDeletionDocument, { refetchQueries: [MyDeletionRequestDocument], awaitRefetchQueries: true });
  const [cancelDeletion, cancelling] = useMutation(CancelDeletionDocument, { refetchQueries: [MyDeletionRequestDocument], awaitRefetchQueries: true });
  const form = useForm({ mode: 'controlled', initialValues: { note: '' } });
  const pending = request.data?.myAccountDeletionRequest;

  async function download() {
    setDownloading(true);
    setError(null);
    setDownloaded(null);
    try {
      const { data } = await client.query({ query: MyPersonalDataDocument, fetchPolicy: 'no-cache' });
      if (data) {
        downloadText(data.myPersonalData.fileName, data.myPersonalData.json);
        setDownloaded(data.myPersonalData.fileName);
      }
    } catch (caught) {
      setError(caught as ErrorLike);
    } finally {
      setDownloading(false);
    }
  }

  async function send({ note }: typeof form.values) {
    try {
      await requestDeletion({ variables: { input: { note: note.trim() || null } } });
      setAsking(false);
      form.reset();
      notifyDone(t('privacy.deletion.sent'));
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  function withdraw() {
    confirm({
      title: t('privacy.deletion.cancelTitle'),
      body: t('privacy.deletion.cancelBody'),
      confirmLabel: t('privacy.deletion.cancel'),
      onConfirm: () =>
        void cancelDeletion()
          .then(() => notifyDone(t('privacy.deletion.cancelled')))
          .catch((caught: unknown) => notifyFailure(t, caught)),
    });
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{t('privacy.yourData.intro')}</Text>
      <Group gap="sm">
        <Button variant="default" onClick={() => void download()} loading={downloading}>
          {t('privacy.yourData.download')}
        </Button>
        <AnchorLink to="/privacy" size="sm">
          {t('privacy.yourData.readPolicy')}
        </AnchorLink>
      </Group>
      <Text size="sm" role="status" data-testid="personal-data-status">
        {downloaded ? t('privacy.yourData.downloaded', { fileName: downloaded }) : ''}
      </Text>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {describeError(error, t)}
        </Alert>
      )}
      {pending ? (
        <Alert color="orange" variant="light" data-testid="deletion-pending">
          <Stack gap="xs">
            <Text size="sm">{t('privacy.deletion.pending', { date: formatDate(pending.requestedAt) })}</Text>
            <Group>
              <Button variant="outline" size="xs" onClick={withdraw} loading={cancelling.loading}>
                {t('privacy.deletion.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Group>
          <Button variant="outline" color="red" onClick={() => setAsking(true)} disabled={request.loading}>
            {t('privacy.deletion.request')}
          </Button>
        </Group>
      )}
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('privacy.deletion.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('accounts.modal.close') }}
      >
        <form onSubmit={form.onSubmit((values) => void send(values))}>
          <Stack gap="sm">
            <Text size="sm">{t('privacy.deletion.confirmBody')}</Text>
            <Textarea label={t('privacy.deletion.noteLabel')} autosize minRows={2} maxLength={1000} dir="auto" data-autofocus {...form.getInputProps('note')} />
            <FormActions cancelLabel={t('form.cancel')} onCancel={() => setAsking(false)} submitLabel={t('privacy.deletion.confirm')} color="red" loading={requesting.loading} />
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
