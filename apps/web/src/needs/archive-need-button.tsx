import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { describeError } from '../ui/describe-error';
import { forgetNeedLists } from './need-cache';
import { useConfirmAction } from '../ui/use-confirm-action';
import { notifyDone } from '../ui/notify';

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
  const confirmAction = useConfirmAction();
  const navigate = useNavigate();
  const [archive, { loading }] = useMutation(ArchiveNeedDocument, { update: forgetNeedLists });

  async function archiveNeed() {
    try {
      await archive({ variables: { id: needId } });
      notifyDone(t('needs.archive.done'));
      await navigate({ to: '/needs/$needId', params: { needId } });
    } catch (caught) {
      notifications.show({ color: 'red', title: t('needs.archive.failed'), message: describeError(caught as ErrorLike, t) });
    }
  }

  function confirm() {
    confirmAction({
      title: t('needs.archive.confirmTitle'),
      body: t('needs.archive.confirmBody'),
      confirmLabel: t('needs.archive.confirm'),
      color: 'red',
      onConfirm: () => void archiveNeed(),
    });
  }

  return (
    <Button variant="outline" color="red" onClick={confirm} loading={loading}>
      {t('needs.archive.button')}
    </Button>
  );
}
