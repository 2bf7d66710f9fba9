import type { InvitationStatus, MembershipStatus, OrganisationKind, Role, Sector, UserStatus } from '../gql/graphql';
import type { MessageKey } from '../i18n/catalogues';

export const KINDS: readonly OrganisationKind[] = ['COMPANY', 'STARTUP', 'COOPERATIVE', 'RESEARCH_LAB', 'UNIVERSITY', 'SUPPORT_BODY'];
export const SECTORS: readonly Sector[] = ['AGRIFOOD', 'COSMETICS'];
export const MEMBERSHIPS: readonly MembershipStatus[] = ['PENDING', 'ACTIVE', 'LAPSED'];
export const ROLES: readonly Role[] = ['INDUSTRIAL', 'RESEARCHER', 'STAFF', 'ADMIN'];
export const USER_STATUSES: readonly UserStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED'];

export const kindLabel = (kind: OrganisationKind): MessageKey => `members.kind.${kind}`;
export const membershipLabel = (status: MembershipStatus): MessageKey => `members.membership.${status}`;
export const userStatusLabel = (status: UserStatus): MessageKey => `members.userStatus.${status}`;
export const invitationLabel = (status: InvitationStatus): MessageKey => `members.invitation.${status}`;
export const roleLabel = (role: Role): MessageKey => `role.${role}`;
export const sectorLabel = (sector: Sector): MessageKey => `sector.${sector}`;

export const MEMBERSHIP_COLOURS: Record<MembershipStatus, string> = { PENDING: 'orange', ACTIVE: 'teal', LAPSED: 'gray' };
export const USER_STATUS_COLOURS: Record<UserStatus, string> = { PENDING: 'orange', ACTIVE: 'teal', SUSPENDED: 'red' };
