import { SelectQueryBuilder } from 'typeorm';
import { ForbiddenError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { Role } from '../members/member.enums';
import { NO_ORGANISATION, needVisibleTo } from '../needs/need-policy';
import { Need } from '../needs/need.entity';
import { InterestKind } from './brokering.enums';
import { Interest } from './interest.entity';

/**
 * Who may read an expression of interest or an introduction request — one statement of the rule,
 * as conditions added to a query of the interests table aliased `alias` (parameters prefixed `iv_`).
 *
 * Staff read the whole queue. A researcher reads their own expressions of interest; an industrial
 * their organisation's introduction requests (nobody else reads a request about them). Members
 * read them only while the need itself is visible to them (need-policy.ts): a need turned
 * STAFF_ONLY, or archived, takes its interests out of their lists.
 */
export function onlyInterestsVisibleTo(query: SelectQueryBuilder<Interest>, viewer: Viewer, alias: string): SelectQueryBuilder<Interest> {
  if (isStaff(viewer)) return query;
  if (viewer.role === Role.RESEARCHER) {
    query.andWhere(`${alias}.kind = '${InterestKind.EXPRESSION_OF_INTEREST}'`);
    query.andWhere(`${alias}.researcher_profile_id IN (SELECT id FROM researcher_profiles WHERE user_id = :iv_self)`, { iv_self: viewer.id });
  } else if (viewer.role === Role.INDUSTRIAL) {
    query.andWhere(`${alias}.kind = '${InterestKind.INTRODUCTION_REQUEST}'`);
    query.andWhere(`${alias}.need_id IN (SELECT id FROM needs WHERE organisation_id = :iv_organisation)`, { iv_organisation: viewer.organisationId ?? NO_ORGANISATION });
  } else {
    throw new ForbiddenError('forbiddenRole', { roles: 'INDUSTRIAL, RESEARCHER, STAFF, ADMIN' });
  }
  const visibleNeeds = query.subQuery().select('iv_need.id').from(Need, 'iv_need').where(needVisibleTo(viewer, 'iv_need', true));
  return query.andWhere(`${alias}.need_id IN ${visibleNeeds.getQuery()}`).setParameters(visibleNeeds.getParameters());
}
