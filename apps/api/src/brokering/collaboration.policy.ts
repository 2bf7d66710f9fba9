import { Brackets } from 'typeorm';
import { isStaff, Viewer } from '../common/viewer';
import { Role } from '../members/member.enums';
import { MatchParties, sideOf } from './match-parties';

/** Matches no row (a viewer without an organisation). */
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Who may see and do what of a collaboration (the R&D project an introduced match became) — one
 * statement of the rule, used by its single read, its milestones, the technology-hall bookings
 * made for it and the COLLABORATION_STARTED notice:
 *
 * - Staff read every collaboration, start them and book the technology hall for them (those two
 *   declared on the resolver: @StaffOnly).
 * - Its parties read it and keep its milestones up to date: the people of the need's
 *   organisation (INDUSTRIAL) and the researcher of the match. Nobody else learns it exists
 *   (NOT_FOUND, as for an unknown id). A collaboration only follows an introduction, so its
 *   parties always know the match (brokering's match rule agrees).
 * - The COLLABORATION_STARTED notice goes to the two sides only (brokering-notices.ts).
 */
export const collaborationPolicy = {
  /** The rule as SQL on the collaborations table aliased `alias`; parameters are prefixed `cv_`. */
  visibleTo(viewer: Viewer, alias: string): Brackets {
    return new Brackets((where) => {
      if (isStaff(viewer)) return;
      if (viewer.role === Role.INDUSTRIAL) {
        where.where(`${alias}.match_id IN (SELECT cv_m.id FROM matches cv_m JOIN needs cv_n ON cv_n.id = cv_m.need_id WHERE cv_n.organisation_id = :cv_organisation)`, {
          cv_organisation: viewer.organisationId ?? NO_ID,
        });
      } else if (viewer.role === Role.RESEARCHER) {
        where.where(
          `${alias}.match_id IN (SELECT cv_m.id FROM matches cv_m JOIN researcher_profiles cv_p ON cv_p.id = cv_m.researcher_profile_id WHERE cv_p.user_id = :cv_self)`,
          { cv_self: viewer.id },
        );
      } else {
        where.where('false');
      }
    });
  },

  /** The same rule on the match's loaded parties (keep it in step with visibleTo: tests/collaboration-visibility.e2e-spec.ts reads both). */
  maySee(viewer: Viewer, parties: Pick<MatchParties, 'need' | 'profile'>): boolean {
    return isStaff(viewer) || sideOf(viewer, parties) !== null;
  },

  /** Staff and both parties add and update milestones. */
  mayEditMilestones(viewer: Viewer, parties: Pick<MatchParties, 'need' | 'profile'>): boolean {
    return collaborationPolicy.maySee(viewer, parties);
  },
};
