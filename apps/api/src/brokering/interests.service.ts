import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { ConnectionShape, PageArgs, paginate } from '../common/connection';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { isUniqueViolation } from '../database/unique-violation';
import { Role } from '../members/member.enums';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { NeedStatus } from '../needs/need.enums';
import { NeedsService } from '../needs/needs.service';
import { NotificationKind } from '../notifications/notification.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { ProfilesService } from '../profiles/profiles.service';
import { InterestKind, InterestStatus } from './brokering.enums';
import { BrokeringService } from './brokering.service';
import { ExpressInterestInput } from './dto/express-interest.input';
import { RequestIntroductionInput } from './dto/request-introduction.input';
import { Interest } from './interest.entity';
import { staffRecipients } from './match-parties';
import { knownToParties } from './match-state-machine';
import { Match } from './match.entity';
import { onlyInterestsVisibleTo } from './interest-policy';

/** An introduction request is live while staff have not dismissed it: one live request per need and expert. */
const LIVE_REQUEST = [InterestStatus.OPEN, InterestStatus.CONVERTED];

/**
 * The staff's queue of requests about a need and an expert: a researcher raises a hand on a need
 * (expression of interest), or an industrial asks for an introduction to an expert (introduction
 * request). Staff turn either into a match whose asking side is already INTERESTED, or dismiss it.
 */
@Injectable()
export class InterestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly needs: NeedsService,
    private readonly profiles: ProfilesService,
    private readonly brokering: BrokeringService,
    private readonly notifications: NotificationsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** A request its own author retried: what the first attempt stored. */
  private stored(id: string): Promise<Interest> {
    return this.db.getRepository(Interest).findOneByOrFail({ id });
  }

  async express(viewer: Viewer, input: ExpressInterestInput, idempotencyKey?: string | null): Promise<Interest> {
    if (viewer.role !== Role.RESEARCHER) throw new ForbiddenError('forbiddenRole', { roles: 'RESEARCHER' });
    const profile = await this.profiles.mine(viewer);
    if (!profile || profile.archivedAt) throw InvalidInputError.field('needId', 'profileRequired');
    const need = await this.needs.get(viewer, input.needId); // NOT_FOUND when the researcher may not see it
    if (need.status !== NeedStatus.OPEN || need.archivedAt) throw InvalidInputError.field('needId', 'needNotOpen');
    const create = async (manager: EntityManager): Promise<Interest> => {
      const existing = await manager
        .getRepository(Interest)
        .findOneBy({ needId: need.id, researcherProfileId: profile.id, kind: InterestKind.EXPRESSION_OF_INTEREST });
      if (existing) throw new ConflictError('interestExists');
      const interest = await manager.getRepository(Interest).save({
        needId: need.id,
        researcherProfileId: profile.id,
        kind: InterestKind.EXPRESSION_OF_INTEREST,
        requestedById: viewer.id,
        message: input.message.trim(),
        status: InterestStatus.OPEN,
      });
      const researcher = await manager.getRepository(User).findOneByOrFail({ id: viewer.id });
      const staff = await staffRecipients(manager);
      await this.notifications.notify(
        manager,
        staff.map((userId) => ({
          userId,
          kind: NotificationKind.INTEREST_EXPRESSED,
          needId: need.id,
          params: { needTitle: need.title, researcherName: researcher.fullName, message: interest.message },
        })),
      );
      return interest;
    };
    return this.idempotency.once({ viewer, key: idempotencyKey, operation: 'expressInterest', input, create, reload: (id) => this.stored(id) });
  }

  /**
   * An industrial (or staff for them) asks the cluster to introduce an expert to one of the
   * organisation's open needs. Only staff and the organisation ever read it; the researcher hears
   * of it only if staff propose the match (its industrial side then already INTERESTED).
   */
  async requestIntroduction(viewer: Viewer, input: RequestIntroductionInput, idempotencyKey?: string | null): Promise<Interest> {
    if (!isStaff(viewer) && viewer.role !== Role.INDUSTRIAL) throw new ForbiddenError('forbiddenRole', { roles: 'INDUSTRIAL, STAFF, ADMIN' });
    const need = await this.needs.get(viewer, input.needId); // NOT_FOUND when the viewer may not see it
    if (!isStaff(viewer) && viewer.organisationId !== need.organisationId) throw new ForbiddenError('forbiddenOtherOrganisation');
    if (need.status !== NeedStatus.OPEN || need.archivedAt) throw InvalidInputError.field('needId', 'needNotOpen');
    const [profile] = await this.profiles.findVisible(viewer, [input.researcherProfileId]);
    if (!profile) throw new NotFoundError('ResearcherProfile', input.researcherProfileId);
    const message = input.message.trim();
    if (!message) throw InvalidInputError.field('message', 'notBlank');
    const pair = { needId: need.id, researcherProfileId: profile.id };
    const alreadyRequested = () => InvalidInputError.field('researcherProfileId', 'introductionRequested');
    const create = async (manager: EntityManager): Promise<Interest> => {
      const match = await manager.getRepository(Match).findOneBy(pair);
      // Already proposed to both sides: the organisation sees it in myMatches and answers it there.
      // (A match closed before it was proposed is staff business: its existence is not told.)
      if (match && knownToParties(match)) throw InvalidInputError.field('researcherProfileId', 'introductionAlreadyProposed');
      if (await manager.getRepository(Interest).existsBy({ ...pair, kind: InterestKind.INTRODUCTION_REQUEST, status: In(LIVE_REQUEST) })) {
        throw alreadyRequested();
      }
      const interest = await manager.getRepository(Interest).save({
        ...pair,
        kind: InterestKind.INTRODUCTION_REQUEST,
        requestedById: viewer.id,
        message,
        status: InterestStatus.OPEN,
      });
      const requester = await manager.getRepository(User).findOneByOrFail({ id: viewer.id });
      const researcher = await manager.getRepository(User).findOneByOrFail({ id: profile.userId });
      const organisation = await manager.getRepository(Organisation).findOneByOrFail({ id: need.organisationId });
      const staff = (await staffRecipients(manager)).filter((userId) => userId !== viewer.id);
      await this.notifications.notify(
        manager,
        staff.map((userId) => ({
          userId,
          kind: NotificationKind.INTRODUCTION_REQUESTED,
          needId: need.id,
          params: {
            needTitle: need.title,
            requesterName: requester.fullName,
            organisationName: organisation.name,
            researcherName: researcher.fullName,
            message,
          },
        })),
      );
      return interest;
    };
    return this.idempotency
      .once({ viewer, key: idempotencyKey, operation: 'requestIntroduction', input, create, reload: (id) => this.stored(id) })
      .catch((error: unknown) => {
        // The same request sent twice at once: the unique index keeps one.
        throw isUniqueViolation(error) ? alreadyRequested() : error;
      });
  }

  /** Who reads which interests is interest-policy.ts's rule. */
  list(
    viewer: Viewer,
    filter: { status?: InterestStatus | null; needId?: string | null; kind?: InterestKind | null },
    page: PageArgs,
  ): Promise<ConnectionShape<Interest>> {
    const { status, needId, kind } = filter;
    const query = onlyInterestsVisibleTo(this.db.getRepository(Interest).createQueryBuilder('i'), viewer, 'i');
    if (kind) query.andWhere('i.kind = :kind', { kind });
    if (status) query.andWhere('i.status = :status', { status });
    if (needId) query.andWhere('i.need_id = :needId', { needId });
    return paginate(query, page);
  }

  /** Staff turn an open interest into a match (see BrokeringService.adoptInterest). */
  async convert(viewer: Viewer, id: string, note: string | null): Promise<Match> {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    return this.db.transaction(async (manager) => {
      const interest = await manager.getRepository(Interest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!interest) throw new NotFoundError('Interest', id);
      if (interest.status !== InterestStatus.OPEN) throw InvalidInputError.field('id', 'interestHandled', { status: interest.status });
      const existing = await manager.getRepository(Match).findOne({
        where: { needId: interest.needId, researcherProfileId: interest.researcherProfileId },
        lock: { mode: 'pessimistic_write' },
      });
      const match = await this.brokering.adoptInterest(manager, viewer, existing, interest, note);
      await manager.getRepository(Interest).update(interest.id, { status: InterestStatus.CONVERTED, matchId: match.id, handledBy: viewer.id });
      return match;
    });
  }

  async dismiss(viewer: Viewer, id: string): Promise<Interest> {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    const interest = await this.db.getRepository(Interest).findOneBy({ id });
    if (!interest) throw new NotFoundError('Interest', id);
    if (interest.status !== InterestStatus.OPEN) throw InvalidInputError.field('id', 'interestHandled', { status: interest.status });
    return this.db.getRepository(Interest).save({ ...interest, status: InterestStatus.DISMISSED, handledBy: viewer.id });
  }
}
