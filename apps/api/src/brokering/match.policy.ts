import { Brackets } from 'typeorm';
import { isStaff, Viewer } from '../common/viewer';
import { Role } from '../members/member.enums';
import { MatchParties, sideOf } from './match-parties';
import { knownToParties, PARTY_KNOWN_SQL, VISIBLE_TO_PARTIES } from './match-state-machine';

/** Matches no row (a viewer without an organisation). */
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Who may see a match — one statement of the rule, in the two forms the API needs: SQL for
 * lists and single reads (the matches table aliased `m`), and the same test on a locked row for
 * answers and every other change a side makes.
 *
 * - Staff see every match (the pipeline is theirs).
 * - Its two sides — the people of the need's organisation (INDUSTRIAL) and the profile's
 *   researcher — see it once it was proposed to them (or introduced straight from the
 *   shortlist: knownToParties); a suggestion or a shortlist entry stays staff business, even
 *   after staff close it. Anyone else is told NOT_FOUND, as for an unknown id.
 * - What a side reads of it: the other side's answer reason and note stay hidden
 *   (brokering.resolver.ts sideView); contact cards only after the double opt-in
 *   (members/contact.policy.ts seesMatchContacts); its collaboration through collaboration.policy.ts.
 */
export const matchPolicy = {
  /** The rule as SQL on `m`; parameters :partyStatuses, :mp_organisation, :mp_self. */
  visibleTo(viewer: Viewer): Brackets {
    return new Brackets((where) => {
      if (isStaff(viewer)) return;
      where.where(PARTY_KNOWN_SQL, { partyStatuses: VISIBLE_TO_PARTIES });
      if (viewer.role === Role.INDUSTRIAL) {
        where.andWhere('m.need_id IN (SELECT id FROM needs WHERE organisation_id = :mp_organisation)', { mp_organisation: viewer.organisationId ?? NO_ID });
      } else if (viewer.role === Role.RESEARCHER) {
        where.andWhere('m.researcher_profile_id IN (SELECT id FROM researcher_profiles WHERE user_id = :mp_self)', { mp_self: viewer.id });
      } else {
        where.andWhere('false');
      }
    });
  },

  /** The same rule on a loaded match and its parties (tests/match-visibility.e2e-spec.ts reads both forms). */
  maySee(viewer: Viewer, match: Parameters<typeof knownToParties>[0], parties: Pick<MatchParties, 'need' | 'profile'>): boolean {
    return isStaff(viewer) || (sideOf(viewer, parties) !== null && knownToParties(match));
  },
};
