import { NavLink, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { Role } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { PendingSignUpCountBadge } from '../staff/pending-count-badge';
import { navItemsFor } from './nav-items';

/** The pages of the person's role; the current one is marked for screen readers too. */
export function AppNavbar({ role, onNavigate }: { role: Role; onNavigate: () => void }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={2}>
        {navItemsFor(role).map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.label)}
            rightSection={item.count === 'pendingSignUps' ? <PendingSignUpCountBadge /> : undefined}
            onClick={onNavigate}
            data-testid={`nav-${item.to.slice(1)}`}
            activeOptions={{ exact: false }}
            activeProps={{ 'data-active': true, 'aria-current': 'page' }}
          />
        ))}
      </Stack>
    </nav>
  );
}
