import type { Role } from '../gql/graphql';
import type { MessageKey } from '../i18n/catalogues';

export const STAFF: readonly Role[] = ['STAFF', 'ADMIN'];
export const MEMBERS: readonly Role[] = ['INDUSTRIAL', 'RESEARCHER'];
export const EVERYONE: readonly Role[] = [...STAFF, ...MEMBERS];

export interface NavItem {
  to: string;
  label: MessageKey;
  roles: readonly Role[];
  /** A live count shown beside the label. */
  count?: 'pendingSignUps';
}

/** The menu, in order; each page's route repeats who may open it (the API enforces the same). */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/needs', label: 'nav.needs', roles: EVERYONE },
  { to: '/my-needs', label: 'nav.myNeeds', roles: ['INDUSTRIAL'] },
  { to: '/recommended', label: 'nav.recommended', roles: ['RESEARCHER'] },
  { to: '/search', label: 'nav.search', roles: EVERYONE },
  { to: '/profile', label: 'nav.profile', roles: ['RESEARCHER'] },
  { to: '/matches', label: 'nav.matches', roles: MEMBERS },
  { to: '/pipeline', label: 'nav.pipeline', roles: STAFF },
  { to: '/interests', label: 'nav.interests', roles: STAFF },
  { to: '/approvals', label: 'nav.approvals', roles: STAFF, count: 'pendingSignUps' },
  { to: '/imports', label: 'staff.nav.imports', roles: STAFF },
  { to: '/events', label: 'events.nav', roles: EVERYONE },
  { to: '/hall', label: 'hall.nav', roles: EVERYONE },
  { to: '/hall-bookings', label: 'hall.nav.bookings', roles: EVERYONE },
  { to: '/organisations', label: 'members.nav.organisations', roles: STAFF },
  { to: '/people', label: 'members.nav.people', roles: STAFF },
  { to: '/glossary', label: 'glossary.nav', roles: STAFF },
  { to: '/kpis', label: 'nav.kpis', roles: STAFF },
  { to: '/data-safety', label: 'privacy.nav.dataSafety', roles: STAFF },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
