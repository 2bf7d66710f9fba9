import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { useRole } from '../shell/use-role';
import { errorCode } from '../ui/describe-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { CollaborationSection } from './collaboration-section';
import { MyMatchCard } from './my-match-card';

const MyMatchDocument = graphql(`
  query MyMatch($id: ID!) {
    match(id: $id) {
      ...MyMatchFields
      collaboration {
        ...CollaborationFields
      }
    }
  }
`);

/** One introduction for an industrial or a researcher: the answers, the contacts, then the collaboration it became. */
export function MyMatchPage() {
  const { matchId } = useParams({ from: '/app/matches/$matchId' });
  const role = useRole();
  const { t } = useI18n();
  useDocumentTitle(t('collab.page.title'));
  const { data, error, refetch } = useQuery(MyMatchDocument, { variables: { id: matchId } });

  let body;
  if (data) {
    const match = data.match;
    body = (
      <>
        <MyMatchCard match={match} side={role === 'INDUSTRIAL' ? 'INDUSTRIAL' : 'RESEARCHER'} />
        {match.collaboration ? (
          <CollaborationSection collaboration={match.collaboration} />
        ) : (
          <EmptyState>{t(match.status === 'INTRODUCED' ? 'collab.page.notStartedIntroduced' : 'collab.page.notStarted')}</EmptyState>
        )}
      </>
    );
  } else if (errorCode(error) === 'NOT_FOUND') body = <EmptyState>{t('collab.page.notFound')}</EmptyState>;
  else if (error) body = <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  else body = <LoadingState label={t('myMatches.loading')} />;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/matches" size="sm">
        {t('collab.page.back')}
      </Anchor>
      <Title order={1}>{t('collab.page.title')}</Title>
      {body}
    </Stack>
  );
}
