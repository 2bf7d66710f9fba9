import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { describeError } from '../ui/describe-error';
import { forgetNeedLists } from './need-cache';

const ArchiveNeedDocument = graphql(`
  mutation ArchiveNeed($id: ID!) {
    archiveNeed(id: $id) {
      id
      archivedAt
      updatedAt
    }
  }
`);

/** Archives a need after a confirmation; the archived need stays readable on its page. */
export function ArchiveNeedButton({ needId }: { needId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [archive, { loading }] = useMutation(ArchiveNeedDocument, { update: forgetNeedLists });

  async function archiveNeed() {
    try {
      await archive({ variables: { id: needId } });
      notifications.show({ color: 'teal', message: t('needs.archive.done') });
      await navigate({ to: '/needs/$needId', params: { needId } });
    } catch (caught) {
      notifications.show({ color: 'red', title: t('needs.archive.failed'), message: describeError(caught as ErrorLike, t) });
    }
  }

  function confirm() {
    modals.openConfirmModal({
      title: t('needs.archive.confirmTitle'),
      children: <Text size="sm">{t('needs.archive.confirmBody')}</Text>,
      labels: { confirm: t('needs.archive.confirm'), cancel: t('form.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void archiveNeed(),
    });
  }

  return (
    <Button variant="outline" color="red" onClick={confirm} loading={loading}>
      {t('needs.archive.button')}
    </Button>
  );
}
