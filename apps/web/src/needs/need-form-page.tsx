import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { AnchorLink } from '../ui/router-links';
import { useRole } from '../shell/use-role';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { useCanEditNeed } from './can-edit-need';
import { NeedForm } from './need-form';
import { isNotFound, NeedNotFound } from './need-not-found';

const NeedToEditDocument = graphql(`
  query NeedToEdit($id: ID!) {
    need(id: $id) {
      ...EditableNeedFields
      archivedAt
      organisation {
        id
        name
      }
    }
  }
`);

/** /needs/new: industrials post for their organisation, staff for the organisation they pick. */
export function NewNeedPage() {
  const { t } = useI18n();
  const role = useRole();
  useDocumentTitle(t('needs.form.newTitle'));
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('needs.form.newTitle')}</Title>
        <Text c="gray.7">{t('needs.form.newIntro')}</Text>
      </div>
      <NeedForm mode="create" chooseOrganisation={role === 'STAFF' || role === 'ADMIN'} />
    </Stack>
  );
}

/** /needs/$needId/edit: the same form over the stored need. */
export function EditNeedPage() {
  const { t } = useI18n();
  const { needId } = useParams({ from: '/app/needs/$needId/edit' });
  const { data, error, refetch } = useQuery(NeedToEditDocument, { variables: { id: needId } });
  const need = data?.need;
  const canEdit = useCanEditNeed(need);
  useDocumentTitle(need ? t('needs.form.editTitleOf', { title: need.title }) : t('needs.form.editTitle'));

  if (!need) {
    if (isNotFound(error)) return <NeedNotFound />;
    if (error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <LoadingState label={t('needs.detail.loading')} />;
  }
  if (canEdit === undefined) return <LoadingState label={t('needs.detail.loading')} />;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('needs.form.editTitle')}</Title>
        <AnchorLink to="/needs/$needId" params={{ needId }} dir="auto" lang={need.language}>
          {need.title}
        </AnchorLink>
      </div>
      {canEdit ? (
        <NeedForm key={need.id} mode="edit" needId={need.id} need={need} />
      ) : (
        <Text role="alert">{t('needs.form.notYours')}</Text>
      )}
    </Stack>
  );
}
