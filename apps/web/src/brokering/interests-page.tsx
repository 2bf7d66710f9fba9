import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import type { InterestsQuery } from '../gql/graphql';
import { Badge, Group } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';
import { AnchorLink } from '../ui/router-links';
import { FormError } from '../ui/form-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';

const InterestsDocument = graphql(`
  query Interests {
    interests(status: OPEN, first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          status
          message
          createdAt
          requestedBy {
            id
            fullName
          }
          need {
            id
            title
            language
          }
          researcher {
            id
            researcher {
              id
              fullName
            }
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const ConvertInterestDocument = graphql(`
  mutation ConvertInterest($id: ID!) {
    convertInterest(id: $id) {
      id
      status
      version
    }
  }
`);

const DismissInterestDocument = graphql(`
  mutation DismissInterest($id: ID!) {
    dismissInterest(id: $id) {
      id
      status
    }
  }
`);

type Interest = InterestsQuery['interests']['edges'][number]['node'];

/**
 * Staff: researchers who raised a hand on a need, and industrials who asked to meet a suggested
 * expert, to turn into a shortlisted match or dismiss.
 */
export function InterestsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('interests.title'));
  const { data, error, refetch } = useQuery(InterestsDocument);
  const edges = data?.interests.edges;

  let body;
  if (!edges) {
    body = error ? (
      <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
    ) : (
      <LoadingState label={t('interests.loading')} />
    );
  } else if (edges.length === 0) {
    body = <EmptyState>{t('interests.empty')}</EmptyState>;
  } else {
    body = (
      <ol className="interests">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <InterestCard interest={node} />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section aria-labelledby="interests-title">
      <div className="page-heading">
        <h1 id="interests-title">{t('interests.title')}</h1>
      </div>
      {body}
    </section>
  );
}

function InterestCard({ interest }: { interest: Interest }) {
  const { t, formatDate } = useI18n();
  const options = { refetchQueries: ['Interests', 'PipelineCounts', 'PipelineColumn'] };
  const [convert, converting] = useMutation(ConvertInterestDocument, options);
  const [dismiss, dismissing] = useMutation(DismissInterestDocument, options);
  const [error, setError] = useState<ErrorLike | null>(null);
  const busy = converting.loading || dismissing.loading;

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught as ErrorLike);
    }
  }

  return (
    <article className="interest" data-testid="interest" aria-labelledby={`interest-${interest.id}`}>
      <Group gap="xs">
        <Badge variant="light" color={interest.kind === 'INTRODUCTION_REQUEST' ? 'grape' : 'teal'}>
          {t(`collab.interest.kind.${interest.kind}`)}
        </Badge>
        {interest.kind === 'INTRODUCTION_REQUEST' && interest.requestedBy && (
          <span className="muted">{t('collab.interest.requestedBy', { name: interest.requestedBy.fullName })}</span>
        )}
      </Group>
      <h2 id={`interest-${interest.id}`} className="interest__title" dir="auto" lang={interest.need.language}>
        <AnchorLink to="/needs/$needId" params={{ needId: interest.need.id }} inherit>
          {interest.need.title}
        </AnchorLink>
      </h2>
      <p>
        <strong>
          <AnchorLink to="/researchers/$profileId" params={{ profileId: interest.researcher.id }} inherit>
            <bdi>{interest.researcher.researcher.fullName}</bdi>
          </AnchorLink>
        </strong>
        {interest.researcher.organisation && (
          <>
            {' · '}
            <bdi>{interest.researcher.organisation.name}</bdi>
          </>
        )}
        <span className="muted"> · {formatDate(interest.createdAt)}</span>
      </p>
      <blockquote className="interest__message" dir="auto">
        {interest.message}
      </blockquote>
      <div className="match-actions__buttons">
        <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => run(() => convert({ variables: { id: interest.id } }))}>
          {t('interests.convert')}
        </button>
        <button type="button" className="button button--small button--secondary" disabled={busy} onClick={() => run(() => dismiss({ variables: { id: interest.id } }))}>
          {t('interests.dismiss')}
        </button>
      </div>
      {error && <FormError error={error} />}
    </article>
  );
}
