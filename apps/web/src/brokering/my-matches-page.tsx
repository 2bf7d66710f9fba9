import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useRole } from '../shell/use-role';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { MyMatchCard } from './my-match-card';

export const MyMatchesDocument = graphql(`
  query MyMatches {
    myMatches(first: 50) {
      totalCount
      edges {
        node {
          ...MyMatchFields
        }
      }
    }
  }
`);

/** Industrials and researchers: the introductions the cluster proposed to them, and their answers. */
export function MyMatchesPage() {
  const role = useRole();
  const { t } = useI18n();
  useDocumentTitle(t('myMatches.title'));
  const { data, error, refetch } = useQuery(MyMatchesDocument);
  const edges = data?.myMatches.edges;

  let body;
  if (!edges) {
    body = error ? (
      <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
    ) : (
      <LoadingState label={t('myMatches.loading')} />
    );
  } else if (edges.length === 0) {
    body = <EmptyState>{t('myMatches.empty')}</EmptyState>;
  } else {
    body = (
      <ol className="my-matches">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <MyMatchCard match={node} side={role === 'INDUSTRIAL' ? 'INDUSTRIAL' : 'RESEARCHER'} />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section aria-labelledby="my-matches-title">
      <div className="page-heading">
        <h1 id="my-matches-title">{t('myMatches.title')}</h1>
        <p className="page-heading__meta">{t(role === 'INDUSTRIAL' ? 'myMatches.introIndustrial' : 'myMatches.introResearcher')}</p>
      </div>
      {body}
    </section>
  );
}
