import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { Link, useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useRole } from '../shell/use-role';
import { FormError } from '../ui/form-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { UnreadNotificationCountDocument } from './notification-bell';

const NotificationsDocument = graphql(`
  query Notifications {
    notifications(first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          title
          body
          createdAt
          readAt
          matchId
          link
        }
      }
    }
  }
`);

const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead {
    markNotificationsRead
  }
`);

/** Where a notification about a match leads: staff to its detail on the board, members to their match's page. */
function matchPath(role: Role): '/pipeline/$matchId' | '/matches/$matchId' {
  return role === 'STAFF' || role === 'ADMIN' ? '/pipeline/$matchId' : '/matches/$matchId';
}

/** A link the API gives (an address inside the app, such as /approvals), followed without reloading. */
function useFollowInApp() {
  const navigate = useNavigate();
  return (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate({ href });
  };
}

/** The signed-in user's notifications, newest first, unread ones marked; those about a match link to it. */
export function NotificationsPage() {
  const role = useRole();
  const { t, formatDateTime } = useI18n();
  const followInApp = useFollowInApp();
  useDocumentTitle(t('notifications.title'));
  const { data, error, refetch } = useQuery(NotificationsDocument);
  const [markAllRead, marking] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: ['Notifications'],
    // The mutation answers how many remain unread: the bell needs no extra request.
    update(cache, { data: result }) {
      if (result) cache.writeQuery({ query: UnreadNotificationCountDocument, data: { unreadNotificationCount: result.markNotificationsRead } });
    },
  });
  const edges = data?.notifications.edges;
  const unread = edges?.filter(({ node }) => !node.readAt).length ?? 0;

  let body;
  if (!edges) {
    body = error ? (
      <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
    ) : (
      <LoadingState label={t('notifications.loading')} />
    );
  } else if (edges.length === 0) {
    body = <EmptyState>{t('notifications.empty')}</EmptyState>;
  } else {
    body = (
      <ol className="notifications" data-testid="notifications">
        {edges.map(({ node }) => (
          <li key={node.id} className={node.readAt ? 'notification' : 'notification notification--unread'} data-testid="notification">
            <p className="notification__title">
              {!node.readAt && <span className="badge badge--unread">{t('notifications.unread')}</span>}
              <strong dir="auto" id={`notification-${node.id}`}>
                {node.title}
              </strong>
            </p>
            <p className="notification__body" dir="auto">
              {node.body}
            </p>
            <p className="notification__date">
              <time dateTime={node.createdAt}>{formatDateTime(node.createdAt)}</time>
              {node.matchId && (
                <>
                  {' · '}
                  <Link to={matchPath(role)} params={{ matchId: node.matchId }} aria-describedby={`notification-${node.id}`} data-testid="notification-match-link">
                    {t('notifications.openMatch')}
                  </Link>
                </>
              )}
              {!node.matchId && node.link?.startsWith('/') && (
                <>
                  {' · '}
                  <a href={node.link} onClick={followInApp(node.link)} aria-describedby={`notification-${node.id}`} data-testid="notification-link">
                    {t('collab.notification.open')}
                  </a>
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section aria-labelledby="notifications-title">
      <div className="page-heading">
        <h1 id="notifications-title">{t('notifications.title')}</h1>
        {edges && edges.length > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void markAllRead().catch(() => undefined)}
            disabled={unread === 0 || marking.loading}
            aria-busy={marking.loading}
          >
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {marking.error && <FormError error={marking.error} />}
      {body}
    </section>
  );
}
