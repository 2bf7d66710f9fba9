import { Brackets } from 'typeorm';
import { isStaff, Viewer } from '../common/viewer';
import { Need } from './need.entity';
import { NeedStatus, NeedVisibility } from './need.enums';

/**
 * Who may see a need, and what of it — the one statement of DESIGN.md's rule, in the three forms
 * the API needs: a SQL predicate (lists, single reads, and any query reaching needs from another
 * record, e.g. interests), the same test on a loaded row, and the redaction of what an anonymous
 * need must not tell (its organisation's name, kind and place) for records that leave the API's
 * control: search documents and matching's explanations.
 *
 * Staff see everything; an organisation sees all its own needs; other members see published
 * (not draft, not archived) needs that are PUBLIC, or MEMBERS when their organisation is an
 * active member of the cluster. Archived needs leave lists (`includeArchived: false`) for
 * everyone; a single read still finds them for staff and their organisation.
 */
export const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

/** The rule as SQL on the needs table aliased `alias`. Parameters are prefixed with `nv_`. */
export function needVisibleTo(viewer: Viewer, alias: string, includeArchived: boolean): Brackets {
  return new Brackets((where) => {
    if (!includeArchived) where.andWhere(`${alias}.archived_at IS NULL`);
    if (isStaff(viewer)) return;
    where.andWhere(
      new Brackets((visible) => {
        visible.where(`${alias}.organisation_id = :nv_ownOrganisation`, { nv_ownOrganisation: viewer.organisationId ?? NO_ORGANISATION }).orWhere(
          new Brackets((published) => {
            published
              .where(`${alias}.archived_at IS NULL`)
              .andWhere(`${alias}.status <> '${NeedStatus.DRAFT}'`)
              .andWhere(
                viewer.organisationIsMember
                  ? `${alias}.visibility IN ('${NeedVisibility.PUBLIC}', '${NeedVisibility.MEMBERS}')`
                  : `${alias}.visibility = '${NeedVisibility.PUBLIC}'`,
              );
          }),
        );
      }),
    );
  });
}

/** The same rule on a loaded need (keep it in step with needVisibleTo: tests/need-leaks.e2e-spec.ts reads both). */
export function canSeeNeed(viewer: Viewer, need: Pick<Need, 'organisationId' | 'archivedAt' | 'status' | 'visibility'>, includeArchived: boolean): boolean {
  if (!includeArchived && need.archivedAt) return false;
  if (isStaff(viewer)) return true;
  if (viewer.organisationId !== null && viewer.organisationId === need.organisationId) return true;
  if (need.archivedAt || need.status === NeedStatus.DRAFT) return false;
  return need.visibility === NeedVisibility.PUBLIC || (need.visibility === NeedVisibility.MEMBERS && viewer.organisationIsMember);
}

/** Staff, and the need's own organisation, may see who posted an anonymous need. */
export function canSeePoster(viewer: Viewer | undefined, need: Pick<Need, 'anonymous' | 'organisationId'>): boolean {
  if (!viewer) return false;
  return !need.anonymous || isStaff(viewer) || viewer.organisationId === need.organisationId;
}

/** What of its organisation a need's record carries when the reader may not know who posted it. */
export interface PosterFields {
  organisationName: string;
  organisationKind: string;
  city?: string | null;
  region?: string | null;
}

/**
 * The record without its poster: no name, kind, city or region, so that no query, filter, facet
 * count or explanation can single out the organisation (the one start-up of a region). Search
 * documents of anonymous needs are always built this way, whoever reads them later; matching
 * does the same for readers who may not see the poster.
 */
export function withoutPoster<T extends PosterFields>(record: T): T {
  return { ...record, organisationName: '', organisationKind: '', city: null, region: null };
}
