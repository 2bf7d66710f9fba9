import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  INDUSTRIAL = 'INDUSTRIAL',
  RESEARCHER = 'RESEARCHER',
  STAFF = 'STAFF',
  ADMIN = 'ADMIN',
}

export enum UserStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

export enum OrganisationKind {
  COMPANY = 'COMPANY',
  STARTUP = 'STARTUP',
  COOPERATIVE = 'COOPERATIVE',
  RESEARCH_LAB = 'RESEARCH_LAB',
  UNIVERSITY = 'UNIVERSITY',
  SUPPORT_BODY = 'SUPPORT_BODY',
}

export enum Sector {
  AGRIFOOD = 'AGRIFOOD',
  COSMETICS = 'COSMETICS',
}

export enum OrganisationSize {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

/** Whether the organisation is a paying member of the cluster: MEMBERS needs are for these. */
export enum MembershipStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  LAPSED = 'LAPSED',
}

/** Where a person stands with their password: staff see it to know whom to invite. */
export enum InvitationStatus {
  /** No password, and no live invitation (never invited, or the invitation expired). */
  NONE = 'NONE',
  /** No password yet, and an invitation that can still be accepted. */
  INVITED = 'INVITED',
  /** Has a password (chose it at sign-up, from an invitation or a reset). */
  ACCEPTED = 'ACCEPTED',
}

export const INDUSTRIAL_KINDS = [OrganisationKind.COMPANY, OrganisationKind.STARTUP, OrganisationKind.COOPERATIVE];
export const RESEARCH_KINDS = [OrganisationKind.RESEARCH_LAB, OrganisationKind.UNIVERSITY];
export const STAFF_ROLES = [Role.STAFF, Role.ADMIN];

registerEnumType(Role, { name: 'Role' });
registerEnumType(UserStatus, { name: 'UserStatus' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(Sector, { name: 'Sector' });
registerEnumType(OrganisationSize, { name: 'OrganisationSize' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  valuesMap: {
    NONE: { description: 'No password and no live invitation' },
    INVITED: { description: 'Invited, has not chosen a password yet' },
    ACCEPTED: { description: 'Has a password' },
  },
});
