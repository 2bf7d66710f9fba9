import { useQuery } from '@apollo/client/react';
import { Badge, VisuallyHidden } from '@mantine/core';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';

export const PendingSignUpCountDocument = graphql(`
  query PendingSignUpCount {
    users(filter: { status: PENDING }, first: 1) {
      totalCount
    }
  }
`);

/** Sign-ups arrive from visitors, so the count is polled like the notification bell. */
const POLL_MS = 30_000;

/** How many sign-ups wait, beside "Inscriptions" in the staff menu; nothing when none. */
export function PendingSignUpCountBadge() {
  const { t } = useI18n();
  const { data } = useQuery(PendingSignUpCountDocument, { pollInterval: POLL_MS });
  const count = data?.users.totalCount ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" circle={count < 10} color="orange.9" data-testid="pending-sign-up-count">
      <span aria-hidden="true">{count}</span>
      <VisuallyHidden>{t('staff.nav.pendingCount', { count })}</VisuallyHidden>
    </Badge>
  );
}
