import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { hrefOf } from '../layout/routes';

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** New notifications arrive with others' actions, so the count is polled. */
const POLL_MS = 30_000;

/** A link to the notifications, with the unread count both shown and spoken. */
export function NotificationBell({ current }: { current: boolean }) {
  const { t } = useI18n();
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS });
  const unread = data?.unreadNotificationCount ?? 0;

  return (
    <a
      className="bell"
      href={hrefOf('notifications')}
      aria-current={current ? 'page' : undefined}
      data-testid="notification-bell"
    >
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      <span className="bell__label">{t('nav.notifications')}</span>
      {unread > 0 && (
        <span className="bell__count" data-testid="unread-count">
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden">{t('notifications.unreadCount', { count: unread })}</span>
        </span>
      )}
    </a>
  );
}
