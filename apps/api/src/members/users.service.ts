import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ConnectionShape, PageArgs, paginate } from '../common/connection';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Viewer } from '../common/viewer';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { renderApprovalEmail, renderRefusalEmail } from '../notifications/account-emails';
import { NotificationsService } from '../notifications/notifications.service';
import { UpdateMeInput } from './dto/update-me.input';
import { UserFilter } from './dto/user-filter.input';
import { INDUSTRIAL_KINDS, MembershipStatus, RESEARCH_KINDS, Role, STAFF_ROLES, UserStatus } from './member.enums';
import { Organisation } from './organisation.entity';
import { AuditSubject, MemberAuditAction } from './member-audit';
import { foldedSql, foldName } from './name-folding';
import { definedOnly, escapeLike } from './organisations.service';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async me(viewer: Viewer): Promise<User> {
    return this.db.getRepository(User).findOneByOrFail({ id: viewer.id });
  }

  /** Staff only: declared on the resolver (@StaffOnly). */
  list(viewer: Viewer, filter: UserFilter = {}, page: PageArgs): Promise<ConnectionShape<User>> {
    const query = this.db.getRepository(User).createQueryBuilder('u');
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.status) query.andWhere('u.status = :status', { status: filter.status });
    if (filter.organisationId) query.andWhere('u.organisation_id = :org', { org: filter.organisationId });
    const text = filter.query?.trim() ?? '';
    if (text) {
      query.andWhere(`(${foldedSql('u.full_name')} LIKE :name OR lower(u.email) LIKE :email)`, {
        name: `%${escapeLike(foldName(text))}%`,
        email: `%${escapeLike(text.toLowerCase())}%`,
      });
    }
    return paginate(query, page);
  }

  async updateMe(viewer: Viewer, input: UpdateMeInput): Promise<User> {
    const user = await this.me(viewer);
    return this.db.getRepository(User).save({ ...user, ...definedOnly(input) });
  }

  /** Approving a member also approves the organisation they proposed at sign-up; the person is told by e-mail. */
  async approve(viewer: Viewer, id: string): Promise<User> {
    return this.db.transaction(async (db) => {
      const user = await this.find(id, db.getRepository(User));
      if (user.status !== UserStatus.PENDING) {
        throw InvalidInputError.field('id', 'statusTransition', { from: user.status, to: UserStatus.ACTIVE });
      }
      user.status = UserStatus.ACTIVE;
      if (user.organisationId) {
        const approved = await db
          .getRepository(Organisation)
          .update({ id: user.organisationId, membershipStatus: MembershipStatus.PENDING }, { membershipStatus: MembershipStatus.ACTIVE });
        if (approved.affected) {
          await this.audit.record(db, {
            actorId: viewer.id,
            action: MemberAuditAction.MEMBERSHIP_CHANGED,
            subjectType: AuditSubject.ORGANISATION,
            subjectId: user.organisationId,
            details: { from: MembershipStatus.PENDING, to: MembershipStatus.ACTIVE },
          });
        }
      }
      const email = renderApprovalEmail(user.preferredLanguage, user.fullName, `${this.config.publicUrl}/sign-in`);
      await this.notifications.queueEmails(db, [{ to: user.email, language: user.preferredLanguage, containsSecret: false, ...email }]);
      await this.record(db, viewer, MemberAuditAction.USER_APPROVED, user.id, { from: UserStatus.PENDING, to: UserStatus.ACTIVE });
      return db.getRepository(User).save(user);
    });
  }

  /**
   * Refusing a sign-up keeps the account, SUSPENDED so it never signs in, with who refused it, when
   * and why; an organisation proposed at that sign-up, with nobody else in it, is archived with it.
   * The person is told by e-mail, in their language, with the reason.
   */
  async refuse(viewer: Viewer, id: string, reason: string): Promise<User> {
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
      await this.record(db, viewer, MemberAuditAction.USER_REFUSED, user.id, { from: UserStatus.PENDING, to: UserStatus.SUSPENDED, reason: trimmed });
      return db.getRepository(User).findOneByOrFail({ id: user.id });
    });
  }

  /**
   * Suspending blocks the person from their next request on (the viewer is read from the database
   * on every request, and refreshing a session checks the status too). Nobody suspends themself,
   * staff do not suspend admins, and the last active admin stays active.
   */
  async setStatus(viewer: Viewer, id: string, status: UserStatus.ACTIVE | UserStatus.SUSPENDED): Promise<User> {
    if (id === viewer.id) throw new ForbiddenError('forbiddenSelf');
    return this.db.transaction(async (db) => {
      const user = await this.lockForAdministration(db, viewer, id);
      if (user.role === Role.ADMIN && viewer.role !== Role.ADMIN) throw new ForbiddenError('forbiddenRole', { roles: 'ADMIN' });
      const from = user.status;
      const allowed = status === UserStatus.SUSPENDED ? from !== UserStatus.SUSPENDED : from === UserStatus.SUSPENDED;
      if (!allowed) throw InvalidInputError.field('id', 'statusTransition', { from, to: status });
      if (status === UserStatus.SUSPENDED && user.role === Role.ADMIN) await assertAnotherActiveAdmin(db, user.id);
      user.status = status;
      const saved = await db.getRepository(User).save(user);
      const action = status === UserStatus.SUSPENDED ? MemberAuditAction.USER_SUSPENDED : MemberAuditAction.USER_REACTIVATED;
      await this.record(db, viewer, action, user.id, { from, to: status });
      return saved;
    });
  }

  /** Admins only, never their own role; the last active admin keeps theirs. Takes effect on the person's next request. */
  async setRole(viewer: Viewer, id: string, role: Role): Promise<User> {
    if (id === viewer.id) throw new ForbiddenError('forbiddenSelf');
    return this.db.transaction(async (db) => {
      const user = await this.lockForAdministration(db, viewer, id);
      const from = user.role;
      if (from === role) throw InvalidInputError.field('role', 'roleUnchanged');
      if (role === Role.INDUSTRIAL || role === Role.RESEARCHER) {
        const organisation = user.organisationId ? await db.getRepository(Organisation).findOneBy({ id: user.organisationId }) : null;
        if (!organisation) throw InvalidInputError.field('role', 'organisationRequired');
        const kinds = role === Role.INDUSTRIAL ? INDUSTRIAL_KINDS : RESEARCH_KINDS;
        if (!kinds.includes(organisation.kind)) throw InvalidInputError.field('role', 'organisationKindMismatch');
      }
      if (from === Role.ADMIN) await assertAnotherActiveAdmin(db, user.id);
      user.role = role;
      const saved = await db.getRepository(User).save(user);
      await this.record(db, viewer, MemberAuditAction.ROLE_CHANGED, user.id, { from, to: role });
      return saved;
    });
  }

  /**
   * Serialises role and status changes (so two admins cannot demote or suspend each other at once
   * and leave none), then checks the actor still holds their role and locks the target.
   */
  private async lockForAdministration(db: EntityManager, viewer: Viewer, id: string): Promise<User> {
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [ADMINISTRATION_LOCK]);
    const actor = await db.getRepository(User).findOneBy({ id: viewer.id });
    if (!actor || actor.status !== UserStatus.ACTIVE || actor.role !== viewer.role) throw new ForbiddenError('forbiddenRole', { roles: viewer.role });
    const user = await db.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  private record(db: EntityManager, viewer: Viewer, action: string, userId: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(db, { actorId: viewer.id, action, subjectType: AuditSubject.USER, subjectId: userId, details });
  }

  private async find(id: string, repository = this.db.getRepository(User)): Promise<User> {
    const user = await repository.findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }
}

export const MAX_REFUSAL_REASON = 2000;
const ADMINISTRATION_LOCK = 'passerelle.members-administration';

/** BAD_USER_INPUT unless an active admin other than `userId` remains. */
async function assertAnotherActiveAdmin(db: EntityManager, userId: string): Promise<void> {
  const [{ count }]: { count: number }[] = await db.query(`SELECT count(*)::int AS count FROM users WHERE role = 'ADMIN' AND status = 'ACTIVE' AND id <> $1`, [userId]);
  if (count === 0) throw InvalidInputError.field('id', 'lastActiveAdmin');
}

/** Every active staff member and admin: who is told of news that belongs to no one yet (a sign-up). */
export async function activeStaffIds(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM users WHERE role = ANY($1) AND status = 'ACTIVE' ORDER BY created_at, id`, [STAFF_ROLES]);
  return rows.map((row) => row.id);
}
