import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { LanguageCode } from '../common/language.enum';
import { Viewer } from '../common/viewer';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { isUniqueViolation } from '../database/unique-violation';
import { INDUSTRIAL_KINDS, RESEARCH_KINDS, Role, STAFF_ROLES, UserStatus } from '../members/member.enums';
import { AuditSubject, MemberAuditAction } from '../members/member-audit';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { renderInvitationEmail, renderPasswordResetEmail } from '../notifications/account-emails';
import { AccountEmail, NotificationsService } from '../notifications/notifications.service';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';
import { AuthService, IssuedTokens } from './auth.service';
import { InvitationInfo, InvitationReport } from './dto/accounts.models';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { ChangePasswordInput } from './dto/change-password.input';
import { InviteUserInput } from './dto/invite-user.input';
import { ResetPasswordInput } from './dto/reset-password.input';
import { RateLimitLock, takeRateLimitHit } from './rate-limit';
import { assertEmailNotRecentlyErased } from '../privacy/erased-emails';
import { newSecretToken, SECRET_TOKEN_PATTERN, sha256 } from './secret-tokens';

export const RESET_TOKEN_HOURS = 1;
export const INVITATION_DAYS = 7;
/** requestPasswordReset: e-mails per address per hour, and requests per client address per hour. */
export const RESET_LIMITS = { perEmail: 3, perAddress: 20, windowSeconds: 3600 };
/** Serialises bulk invitations, so two at once cannot invite the same people twice. */
const INVITE_MEMBERS_LOCK = 'passerelle.invite-members';

interface Invitee {
  id: string;
  email: string;
  fullName: string;
  preferredLanguage: LanguageCode;
  organisationName: string | null;
}

/**
 * Everything about getting into an account other than signing in: forgotten passwords,
 * invitations, changing one's password and ending one's sessions. Tokens are single use, stored
 * as SHA-256 hashes; their e-mails are queued in the same transaction as the token.
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /**
   * Sends a reset link to the account with this e-mail, if there is one that is not suspended.
   * The caller always answers true: whether the e-mail exists, and whether a limit was reached,
   * is never told.
   */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    const normalised = email.trim().toLowerCase();
    await this.db.transaction(async (db) => {
      const allowed = await takeRateLimitHit(db, [
        { lock: RateLimitLock.PASSWORD_RESET_EMAIL, key: normalised, max: RESET_LIMITS.perEmail, windowSeconds: RESET_LIMITS.windowSeconds },
        { lock: RateLimitLock.PASSWORD_RESET_IP, key: ip.slice(0, 64), max: RESET_LIMITS.perAddress, windowSeconds: RESET_LIMITS.windowSeconds },
      ]);
      if (!allowed) return;
      const user = await db.getRepository(User).createQueryBuilder('u').where('lower(u.email) = :email', { email: normalised }).getOne();
      if (!user || user.status === UserStatus.SUSPENDED) return;
      const token = await this.insertToken(db, user.id, AccountTokenPurpose.PASSWORD_RESET, RESET_TOKEN_HOURS * 3_600_000, null);
      // The page opens in the language of the e-mail.
      const url = `${this.config.publicUrl}/reset-password?token=${token}&lang=${user.preferredLanguage}`;
      await this.notifications.queueEmails(db, [
        { to: user.email, language: user.preferredLanguage, containsSecret: true, ...renderPasswordResetEmail(user.preferredLanguage, user.fullName, url, RESET_TOKEN_HOURS) },
      ]);
    });
  }

  /** Sets the password from a reset link; every token and session of the user ends. */
  async resetPassword(input: ResetPasswordInput): Promise<void> {
    const passwordHash = await this.auth.hashPassword(input.password);
    await this.db.transaction(async (db) => {
      const user = await this.spendToken(db, input.token, AccountTokenPurpose.PASSWORD_RESET);
      await setPassword(db, user.id, passwordHash, null);
    });
  }

  /** Who a live invitation is for. */
  async invitation(token: string): Promise<InvitationInfo> {
    const user = await this.userOfLiveToken(this.db.manager, token, AccountTokenPurpose.INVITATION, false);
    const organisation = user.organisationId ? await this.db.getRepository(Organisation).findOneBy({ id: user.organisationId }) : null;
    return { email: user.email, fullName: user.fullName, organisationName: organisation?.name ?? null };
  }

  /** Sets the password from an invitation and opens a session. */
  async acceptInvitation(input: AcceptInvitationInput): Promise<IssuedTokens> {
    const passwordHash = await this.auth.hashPassword(input.password);
    return this.db.transaction(async (db) => {
      const user = await this.spendToken(db, input.token, AccountTokenPurpose.INVITATION);
      await setPassword(db, user.id, passwordHash, null);
      await db.query('UPDATE users SET last_login_at = now() WHERE id = $1', [user.id]);
      return this.auth.issueTokens(user, db);
    });
  }

  /**
   * Staff invite a person: a new ACTIVE account without a usable password, or an existing one
   * that never set a password (the invitation is sent again; its other fields stay as they are).
   */
  async inviteUser(viewer: Viewer, input: InviteUserInput): Promise<User> {
    if (!([Role.INDUSTRIAL, Role.RESEARCHER, Role.STAFF] as Role[]).includes(input.role)) throw InvalidInputError.field('role', 'roleNotInvitable');
    if (input.role === Role.STAFF) assertAdmin(viewer);
    const unusableHash = await this.auth.hashPassword(newSecretToken());
    try {
      return await this.db.transaction(async (db) => {
        const existing = await db
          .getRepository(User)
          .createQueryBuilder('u')
          .setLock('pessimistic_write')
          .where('lower(u.email) = lower(:email)', { email: input.email.trim() })
          .getOne();
        if (!existing) await assertEmailNotRecentlyErased(db, input.email);
        const user = existing ? assertReinvitable(viewer, existing) : await this.createInvitee(db, input, unusableHash);
        const [invitee] = await invitees(db, [user.id]);
        await this.sendInvitations(db, viewer, [invitee]);
        return user;
      });
    } catch (error) {
      // The same e-mail registered or invited meanwhile.
      if (isUniqueViolation(error)) throw InvalidInputError.field('email', 'emailTaken');
      throw error;
    }
  }

  /**
   * Invites, in one go, the given people or (no ids) everyone ACTIVE who never set a password and
   * has no live invitation. Staff accounts are left to admins.
   */
  async inviteMembers(viewer: Viewer, userIds: string[] | null): Promise<InvitationReport> {
    const ids = userIds ? [...new Set(userIds)] : null;
    return this.db.transaction(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [INVITE_MEMBERS_LOCK]);
      const candidates: (Invitee & { role: Role; invited: boolean })[] = await db.query(
        `SELECT u.id, u.email, u.full_name AS "fullName", u.preferred_language AS "preferredLanguage", o.name AS "organisationName", u.role,
                EXISTS (SELECT 1 FROM account_tokens t
                        WHERE t.user_id = u.id AND t.purpose = 'INVITATION' AND t.used_at IS NULL AND t.expires_at > now()) AS invited
         FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
         WHERE u.status = 'ACTIVE' AND u.password_set_at IS NULL AND ($1::uuid[] IS NULL OR u.id = ANY($1::uuid[]))
         ORDER BY u.created_at, u.id
         FOR UPDATE OF u`,
        [ids],
      );
      const toInvite = candidates.filter((c) => !c.invited && (viewer.role === Role.ADMIN || !STAFF_ROLES.includes(c.role)));
      await this.sendInvitations(db, viewer, toInvite);
      const considered = ids ? ids.length : candidates.length;
      return { invited: toInvite.length, skipped: considered - toInvite.length };
    });
  }

  /**
   * Staff send a person who never chose a password a new invitation (the previous link stops
   * working), whether or not the last one is still live; staff accounts are left to admins.
   * BAD_USER_INPUT on `id` when the account has a password or is not ACTIVE. Audited.
   */
  async resendInvitation(viewer: Viewer, userId: string): Promise<User> {
    return this.db.transaction(async (db) => {
      const user = await db.getRepository(User).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('User', userId);
      if (STAFF_ROLES.includes(user.role)) assertAdmin(viewer);
      if (user.passwordSetAt) throw InvalidInputError.field('id', 'accountHasPassword');
      if (user.status !== UserStatus.ACTIVE) throw InvalidInputError.field('id', 'accountNotActive', { status: user.status });
      const [invitee] = await invitees(db, [user.id]);
      await this.sendInvitations(db, viewer, [invitee]);
      // No e-mail in the details: the audit log outlives a person's erasure, the subject id is enough.
      await this.audit.record(db, { actorId: viewer.id, action: MemberAuditAction.INVITATION_RESENT, subjectType: AuditSubject.USER, subjectId: user.id });
      return user;
    });
  }

  /** Needs the current password (wrong ones count toward the login limit); ends every other session. */
  async changePassword(viewer: Viewer, input: ChangePasswordInput, ip: string): Promise<void> {
    const user = await this.db.getRepository(User).findOneByOrFail({ id: viewer.id });
    if (!(await this.auth.checkPassword(user.email, user, input.currentPassword, ip))) {
      throw InvalidInputError.field('currentPassword', 'wrongPassword');
    }
    const passwordHash = await this.auth.hashPassword(input.newPassword);
    await this.db.transaction((db) => setPassword(db, user.id, passwordHash, viewer.sessionId ?? null));
  }

  /** Revokes every refresh token of the viewer; access tokens already issued live out their few minutes. */
  async signOutEverywhere(viewer: Viewer): Promise<void> {
    await this.db.query(`UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'SIGNED_OUT' WHERE user_id = $1 AND revoked_at IS NULL`, [viewer.id]);
  }

  private async createInvitee(db: EntityManager, input: InviteUserInput, unusableHash: string): Promise<User> {
    const organisation = input.organisationId ? await db.getRepository(Organisation).findOneBy({ id: input.organisationId }) : null;
    if (input.role !== Role.STAFF || input.organisationId) {
      if (!organisation || organisation.archivedAt) throw InvalidInputError.field('organisationId', 'organisationRequired');
    }
    const kinds = input.role === Role.INDUSTRIAL ? INDUSTRIAL_KINDS : input.role === Role.RESEARCHER ? RESEARCH_KINDS : null;
    if (organisation && kinds && !kinds.includes(organisation.kind)) throw InvalidInputError.field('organisationId', 'organisationKindMismatch');
    const repository = db.getRepository(User);
    return repository.save(
      repository.create({
        email: input.email.trim(),
        passwordHash: unusableHash,
        passwordSetAt: null,
        fullName: input.fullName.trim(),
        phone: input.phone ?? null,
        role: input.role,
        organisationId: organisation?.id ?? null,
        preferredLanguage: input.preferredLanguage,
        status: UserStatus.ACTIVE,
      }),
    );
  }

  /** One live invitation per person: earlier ones are spent, a new token is made and its e-mail queued. */
  private async sendInvitations(db: EntityManager, viewer: Viewer, people: Invitee[]): Promise<void> {
    if (!people.length) return;
    await db.query(
      `UPDATE account_tokens SET used_at = now() WHERE user_id = ANY($1::uuid[]) AND purpose = 'INVITATION' AND used_at IS NULL`,
      [people.map((p) => p.id)],
    );
    const emails: AccountEmail[] = [];
    for (const person of people) {
      const token = await this.insertToken(db, person.id, AccountTokenPurpose.INVITATION, INVITATION_DAYS * 86_400_000, viewer.id);
      const url = `${this.config.publicUrl}/invitation?token=${token}&lang=${person.preferredLanguage}`;
      const email = renderInvitationEmail(person.preferredLanguage, { recipientName: person.fullName, organisationName: person.organisationName, url, days: INVITATION_DAYS });
      emails.push({ to: person.email, language: person.preferredLanguage, containsSecret: true, ...email });
    }
    await this.notifications.queueEmails(db, emails);
  }

  private async insertToken(db: EntityManager, userId: string, purpose: AccountTokenPurpose, ttlMs: number, createdBy: string | null): Promise<string> {
    const token = newSecretToken();
    await db.getRepository(AccountToken).insert({ userId, purpose, tokenHash: sha256(token), expiresAt: new Date(Date.now() + ttlMs), createdBy });
    return token;
  }

  /** Marks a live token used (locking it, so it is used once) and answers its user. */
  private async spendToken(db: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<User> {
    const user = await this.userOfLiveToken(db, token, purpose, true);
    await db.query('UPDATE account_tokens SET used_at = now() WHERE token_hash = $1', [sha256(token)]);
    return user;
  }

  /**
   * The user of a token that is neither used nor expired, whose account may still use it (not
   * suspended; an invitation: ACTIVE); otherwise BAD_USER_INPUT on `token`, the same for every case.
   */
  private async userOfLiveToken(db: EntityManager, token: string, purpose: AccountTokenPurpose, lock: boolean): Promise<User> {
    if (!SECRET_TOKEN_PATTERN.test(token)) throw InvalidInputError.field('token', 'invalidToken');
    const query = db
      .getRepository(AccountToken)
      .createQueryBuilder('t')
      .where('t.token_hash = :hash AND t.purpose = :purpose AND t.used_at IS NULL AND t.expires_at > now()', { hash: sha256(token), purpose });
    if (lock) query.setLock('pessimistic_write');
    const stored = await query.getOne();
    const user = stored ? await db.getRepository(User).findOneBy({ id: stored.userId }) : null;
    const usable = purpose === AccountTokenPurpose.INVITATION ? user?.status === UserStatus.ACTIVE : user && user.status !== UserStatus.SUSPENDED;
    if (!user || !usable) throw InvalidInputError.field('token', 'invalidToken');
    return user;
  }
}

/**
 * Stores a new password hash, spends every live token of the user (resets and invitations alike)
 * and revokes their sessions, but `keepSessionId` (the viewer's own, when they change it).
 */
async function setPassword(db: EntityManager, userId: string, passwordHash: string, keepSessionId: string | null): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2, password_set_at = now(), updated_at = now() WHERE id = $1', [userId, passwordHash]);
  await db.query('UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [userId]);
  await db.query(
    `UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'PASSWORD'
     WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [userId, keepSessionId],
  );
}

async function invitees(db: EntityManager, ids: string[]): Promise<Invitee[]> {
  return db.query(
    `SELECT u.id, u.email, u.full_name AS "fullName", u.preferred_language AS "preferredLanguage", o.name AS "organisationName"
     FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ANY($1::uuid[])`,
    [ids],
  );
}

/** An existing account may be invited again only while it never set a password, and is active. */
function assertReinvitable(viewer: Viewer, user: User): User {
  if (user.passwordSetAt) throw InvalidInputError.field('email', 'accountHasPassword');
  if (user.status !== UserStatus.ACTIVE) throw InvalidInputError.field('email', 'accountNotActive', { status: user.status });
  if (STAFF_ROLES.includes(user.role)) assertAdmin(viewer);
  return user;
}

function assertAdmin(viewer: Viewer): void {
  if (viewer.role !== Role.ADMIN) throw new ForbiddenError('forbiddenRole', { roles: 'ADMIN' });
}
