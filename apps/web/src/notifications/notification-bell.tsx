import { useQuery } from '@apollo/client/react';
import { ActionIcon, Box, Indicator } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** New notifications arrive with others' actions, so the count is polled. */
const POLL_MS = 30_000;

/** A link to the notifications, with the unread count both shown and spoken. */
export function NotificationBell() {
  const { t } = useI18n();
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS });
  const unread = data?.unreadNotificationCount ?? 0;
  const label = unread > 0 ? `${t('nav.notifications')} (${t('notifications.unreadCount', { count: unread })})` : t('nav.notifications');

  return (
    <Box data-testid="notification-bell">
      <Indicator label={<span data-testid="unread-count">{unread}</span>} disabled={unread === 0} size={16} offset={4} color="red.9">
        <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={label} activeProps={{ 'aria-current': 'page' }}>
          <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">
            <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
          </svg>
        </ActionIcon>
      </Indicator>
    </Box>
  );
}
