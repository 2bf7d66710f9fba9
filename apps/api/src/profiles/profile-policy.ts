import { Brackets } from 'typeorm';
import { isStaff, Viewer } from '../common/viewer';
import { UserStatus } from '../members/member.enums';

/**
 * Who may see a researcher's profile — one statement of the rule, as the SQL predicate every
 * read of profiles goes through (lists, single reads, search hits, and the records that reach a
 * profile from elsewhere: interests, introduction requests).
 *
 * Staff see every profile. Other signed-in people see the profiles of researchers who may use the
 * platform (ACTIVE: not suspended, refused or still waiting for approval) and that are not
 * archived; a researcher always sees their own. Archived profiles leave lists
 * (`includeArchived: false`) for everyone; a single read still finds them for staff and the owner.
 */
export function profileVisibleTo(viewer: Viewer, alias: string, includeArchived: boolean): Brackets {
  return new Brackets((where) => {
    if (!includeArchived) where.andWhere(`${alias}.archived_at IS NULL`);
    if (isStaff(viewer)) return;
    where.andWhere(
      new Brackets((visible) => {
        visible.where(`${alias}.user_id = :pv_self`, { pv_self: viewer.id }).orWhere(
          new Brackets((listed) => {
            listed
              .where(`${alias}.archived_at IS NULL`)
              .andWhere(`EXISTS (SELECT 1 FROM users pv_owner WHERE pv_owner.id = ${alias}.user_id AND pv_owner.status = '${UserStatus.ACTIVE}')`);
          }),
        );
      }),
    );
  });
}

/** The same rule for records that leave the API's control (search documents, the matcher's corpus): listed to members. */
export function isListedProfile(profile: { archivedAt: Date | null }, owner: { status: UserStatus } | undefined): boolean {
  return profile.archivedAt === null && owner?.status === UserStatus.ACTIVE;
}
