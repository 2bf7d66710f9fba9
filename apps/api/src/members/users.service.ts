import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectionShape, PageArgs, paginate } from '../common/connection';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { renderApprovalEmail, renderRefusalEmail } from '../notifications/account-emails';
import { NotificationsService } from '../notifications/notifications.service';
import { UpdateMeInput } from './dto/update-me.input';
import { UserFilter } from './dto/user-filter.input';
import { MembershipStatus, Role, STAFF_ROLES, UserStatus } from './member.enums';
import { Organisation } from './organisation.entity';
import { definedOnly } from './organisations.service';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async me(viewer: Viewer): Promise<User> {
    return this.db.getRepository(User).findOneByOrFail({ id: viewer.id });
  }

  list(viewer: Viewer, filter: UserFilter = {}, page: PageArgs): Promise<ConnectionShape<User>> {
    assertStaff(viewer);
    const query = this.db.getRepository(User).createQueryBuilder('u');
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.status) query.andWhere('u.status = :status', { status: filter.status });
    if (filter.organisationId) query.andWhere('u.organisation_id = :org', { org: filter.organisationId });
    return paginate(query, page);
  }

  async updateMe(viewer: Viewer, input: UpdateMeInput): Promise<User> {
    const user = await this.me(viewer);
    return this.db.getRepository(User).save({ ...user, ...definedOnly(input) });
  }

  /** Approving a member also approves the organisation they proposed at sign-up; the person is told by e-mail. */
  async approve(viewer: Viewer, id: string): Promise<User> {
    assertStaff(viewer);
    return this.db.transaction(async (db) => {
      const user = await this.find(id, db.getRepository(User));
      if (user.status !== UserStatus.PENDING) {
        throw InvalidInputError.field('id', 'statusTransition', { from: user.status, to: UserStatus.ACTIVE });
      }
      user.status = UserStatus.ACTIVE;
      if (user.organisationId) {
        await db
          .getRepository(Organisation)
          .update({ id: user.organisationId, membershipStatus: MembershipStatus.PENDING }, { membershipStatus: MembershipStatus.ACTIVE });
      }
      const email = renderApprovalEmail(user.preferredLanguage, user.fullName, `${this.config.publicUrl}/sign-in`);
      await this.notifications.queueEmails(db, [{ to: user.email, language: user.preferredLanguage, containsSecret: false, ...email }]);
      return db.getRepository(User).save(user);
    });
  }

  /**
   * Refusing a sign-up keeps the account, SUSPENDED so it never signs in, with who refused it, when
   * and why; an organisation proposed at that sign-up, with nobody else in it, is archived with it.
   * The person is told by e-mail, in their language, with the reason.
   */
  async refuse(viewer: Viewer, id: string, reason: string): Promise<User> {
    assertStaff(viewer);
    const trimmed = reason.trim();
    if (!trimmed) throw InvalidInputError.field('reason', 'isNotEmpty');
    if (trimmed.length > MAX_REFUSAL_REASON) throw InvalidInputError.field('reason', 'maxLength', { 0: MAX_REFUSAL_REASON });
    return this.db.transaction(async (db) => {
      const user = await db.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('User', id);
      if (user.status !== UserStatus.PENDING) {
        throw InvalidInputError.field('id', 'statusTransition', { from: user.status, to: UserStatus.SUSPENDED });
      }
      await db.query(`UPDATE users SET status = $2, refused_at = now(), refused_by = $3, refusal_reason = $4, updated_at = now() WHERE id = $1`, [
        user.id,
        UserStatus.SUSPENDED,
        viewer.id,
        trimmed,
      ]);
      if (user.organisationId) {
        await db.query(
          `UPDATE organisations o SET archived_at = now(), updated_at = now()
           WHERE o.id = $1 AND o.membership_status = $2 AND o.archived_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM users u WHERE u.organisation_id = o.id AND u.id <> $3)`,
          [user.organisationId, MembershipStatus.PENDING, user.id],
        );
      }
      const email = renderRefusalEmail(user.preferredLanguage, user.fullName, trimmed);
      await this.notifications.queueEmails(db, [{ to: user.email, language: user.preferredLanguage, containsSecret: false, ...email }]);
      return db.getRepository(User).findOneByOrFail({ id: user.id });
    });
  }

  async setStatus(viewer: Viewer, id: string, status: UserStatus.ACTIVE | UserStatus.SUSPENDED): Promise<User> {
    assertStaff(viewer);
    const user = await this.find(id);
    if (user.id === viewer.id) throw new ForbiddenError();
    if (user.role === Role.ADMIN && viewer.role !== Role.ADMIN) throw new ForbiddenError('forbiddenRole', { roles: 'ADMIN' });
    user.status = status;
    return this.db.getRepository(User).save(user);
  }

  async setRole(viewer: Viewer, id: string, role: Role): Promise<User> {
    if (viewer.role !== Role.ADMIN) throw new ForbiddenError('forbiddenRole', { roles: 'ADMIN' });
    const user = await this.find(id);
    if (user.id === viewer.id) throw new ForbiddenError();
    if ((role === Role.INDUSTRIAL || role === Role.RESEARCHER) && !user.organisationId) {
      throw InvalidInputError.field('role', 'organisationRequired');
    }
    user.role = role;
    return this.db.getRepository(User).save(user);
  }

  private async find(id: string, repository = this.db.getRepository(User)): Promise<User> {
    const user = await repository.findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }
}

export const MAX_REFUSAL_REASON = 2000;

function assertStaff(viewer: Viewer): void {
  if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
}

/** Every active staff member and admin: who is told of news that belongs to no one yet (a sign-up). */
export async function activeStaffIds(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM users WHERE role = ANY($1) AND status = 'ACTIVE' ORDER BY created_at, id`, [STAFF_ROLES]);
  return rows.map((row) => row.id);
}
