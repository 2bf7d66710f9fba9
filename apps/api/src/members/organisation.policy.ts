import { Brackets } from 'typeorm';
import { ForbiddenError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { MembershipStatus } from './member.enums';
import { Organisation } from './organisation.entity';

/**
 * Who may see an organisation, and what of it — one statement of the rule, used by the
 * organisations list and single read (the SQL predicate), by every nested `organisation` field
 * (Need, User, ResearcherProfile — through MembersLoader.organisation, the same test on a loaded
 * row) and by the names other records show (hall bookings).
 *
 * - Staff see every organisation, in every state, with every field. Archived ones leave their
 *   lists unless they ask for them.
 * - People of an organisation always see it, whatever its state, with its membership status.
 * - Visitors signing up choose among the listed ones (signUpOrganisations: id, name, kind, city).
 * - Other signed-in people see organisations that are neither archived nor waiting for approval
 *   (PENDING: proposed at sign-up), lapsed members included, with their public fields only
 *   (name, kind, sectors, place, size, description, website).
 * - Staff-only: `people` (null for everyone else). `membershipStatus` is for staff and the
 *   organisation's own people: anyone else asking for it is refused (FORBIDDEN; the field cannot
 *   be null), and a `membershipStatus` filter only ever matches their own organisation.
 * - Staff create, archive and unarchive organisations: declared on the resolver (@StaffOnly).
 * - Who posted an anonymous need is need-policy.ts's `canSeePoster`: a need's `organisation` and
 *   `author` fields ask it before they reach this policy.
 */
export const organisationPolicy = {
  /** The rule as SQL on the organisations table aliased `alias`; parameters are prefixed `ov_`. */
  visibleTo(viewer: Viewer, alias: string, includeArchived: boolean): Brackets {
    return new Brackets((where) => {
      if (isStaff(viewer)) {
        if (!includeArchived) where.andWhere(`${alias}.archived_at IS NULL`);
        return;
      }
      where.andWhere(`(${alias}.id = :ov_own OR ${organisationPolicy.listedSql(alias)})`, {
        ov_own: viewer.organisationId ?? NO_ORGANISATION,
      });
    });
  },

  /** isListed as SQL: what every member (and a visitor choosing an organisation at sign-up) may meet. */
  listedSql(alias: string): string {
    return `(${alias}.archived_at IS NULL AND ${alias}.membership_status <> '${MembershipStatus.PENDING}')`;
  },

  /** The same rule on a loaded organisation (keep it in step with visibleTo: tests/organisation-visibility.e2e-spec.ts reads both). */
  maySee(viewer: Viewer | undefined, organisation: Pick<Organisation, 'id' | 'archivedAt' | 'membershipStatus'>): boolean {
    if (!viewer) return false;
    return isStaff(viewer) || isOwn(viewer, organisation) || organisationPolicy.isListed(organisation);
  },

  /**
   * The rule for records that leave the API's control (search documents, the matcher's corpus),
   * read by every member alike: an organisation is listed while it is neither archived nor
   * waiting for approval. A need's document should carry its organisation's name, kind and place
   * only while it is listed (need-policy.ts `withoutPoster` otherwise).
   */
  isListed(organisation: Pick<Organisation, 'archivedAt' | 'membershipStatus'>): boolean {
    return !organisation.archivedAt && organisation.membershipStatus !== MembershipStatus.PENDING;
  },

  /** Staff only: the people of an organisation (their accounts, every status). */
  seesPeople(viewer: Viewer | undefined): boolean {
    return !!viewer && isStaff(viewer);
  },

  /** Staff and the organisation's own people read its membership status. */
  seesMembership(viewer: Viewer | undefined, organisation: Pick<Organisation, 'id'>): boolean {
    return !!viewer && (isStaff(viewer) || isOwn(viewer, organisation));
  },

  /** The membership status, or FORBIDDEN for a reader who may not know it. */
  membershipStatus(viewer: Viewer | undefined, organisation: Pick<Organisation, 'id' | 'membershipStatus'>): MembershipStatus {
    if (!organisationPolicy.seesMembership(viewer, organisation)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    return organisation.membershipStatus;
  },

  /**
   * A `membershipStatus` filter as SQL: staff filter every organisation; anyone else only their
   * own (the statuses of the others are not theirs to know, so they match nothing).
   */
  membershipFilter(viewer: Viewer, alias: string, status: MembershipStatus): Brackets {
    return new Brackets((where) => {
      where.where(`${alias}.membership_status = :ov_membership`, { ov_membership: status });
      if (!isStaff(viewer)) where.andWhere(`${alias}.id = :ov_ownForFilter`, { ov_ownForFilter: viewer.organisationId ?? NO_ORGANISATION });
    });
  },

  /** Archived organisations, on request: staff only (for anyone else the filter is ignored, like includeArchived). */
  filtersArchived(viewer: Viewer): boolean {
    return isStaff(viewer);
  },

  /** Staff change any organisation; its own people change its public fields only (not kind or membership). */
  assertMayUpdate(viewer: Viewer, organisation: Pick<Organisation, 'id'>, changedFields: string[]): void {
    if (isStaff(viewer)) return;
    if (!isOwn(viewer, organisation)) throw new ForbiddenError('forbiddenOtherOrganisation');
    if (changedFields.some((field) => !MEMBER_EDITABLE.includes(field))) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
  },
};

/** Fields a member may change on their own organisation; the rest is the staff's. */
const MEMBER_EDITABLE = ['name', 'sectors', 'city', 'region', 'size', 'description', 'website'];

/** Matches no organisation (a viewer without one). */
const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

function isOwn(viewer: Viewer, organisation: Pick<Organisation, 'id'>): boolean {
  return viewer.organisationId !== null && viewer.organisationId === organisation.id;
}
