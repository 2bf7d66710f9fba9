import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConnectionShape, PageArgs, paginate } from '../common/connection';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { Role } from '../members/member.enums';
import { User } from '../members/user.entity';
import { NeedStatus } from '../needs/need.enums';
import { NeedsService } from '../needs/needs.service';
import { NotificationKind } from '../notifications/notification.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { ProfilesService } from '../profiles/profiles.service';
import { InterestStatus } from './brokering.enums';
import { BrokeringService } from './brokering.service';
import { ExpressInterestInput } from './dto/express-interest.input';
import { Interest } from './interest.entity';
import { staffRecipients } from './match-parties';
import { Match } from './match.entity';

/** A researcher raises a hand on a need; staff turn it into a match (the researcher's side already INTERESTED). */
@Injectable()
export class InterestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly needs: NeedsService,
    private readonly profiles: ProfilesService,
    private readonly brokering: BrokeringService,
    private readonly notifications: NotificationsService,
  ) {}

  async express(viewer: Viewer, input: ExpressInterestInput): Promise<Interest> {
    if (viewer.role !== Role.RESEARCHER) throw new ForbiddenError('forbiddenRole', { roles: 'RESEARCHER' });
    const profile = await this.profiles.mine(viewer);
    if (!profile || profile.archivedAt) throw InvalidInputError.field('needId', 'profileRequired');
    const need = await this.needs.get(viewer, input.needId); // NOT_FOUND when the researcher may not see it
    if (need.status !== NeedStatus.OPEN || need.archivedAt) throw InvalidInputError.field('needId', 'needNotOpen');
    return this.db.transaction(async (manager) => {
      const existing = await manager.getRepository(Interest).findOneBy({ needId: need.id, researcherProfileId: profile.id });
      if (existing) throw new ConflictError('interestExists');
      const interest = await manager.getRepository(Interest).save({
        needId: need.id,
        researcherProfileId: profile.id,
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
    });
  }

  list(viewer: Viewer, status: InterestStatus | null | undefined, needId: string | null | undefined, page: PageArgs): Promise<ConnectionShape<Interest>> {
    const query = this.db.getRepository(Interest).createQueryBuilder('i');
    if (!isStaff(viewer)) {
      if (viewer.role !== Role.RESEARCHER) throw new ForbiddenError('forbiddenRole', { roles: 'RESEARCHER, STAFF, ADMIN' });
      query.andWhere('i.researcher_profile_id IN (SELECT id FROM researcher_profiles WHERE user_id = :me)', { me: viewer.id });
    }
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
