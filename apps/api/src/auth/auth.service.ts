import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config';
import { ForbiddenError, InvalidInputError, RateLimitedError, UnauthenticatedError } from '../common/domain-errors';
import { isUuid } from '../common/validation';
import { Viewer } from '../common/viewer';
import { INDUSTRIAL_KINDS, MembershipStatus, RESEARCH_KINDS, Role, UserStatus } from '../members/member.enums';
import { Organisation } from '../members/organisation.entity';
import { OrganisationsService } from '../members/organisations.service';
import { User } from '../members/user.entity';
import { activeStaffIds } from '../members/users.service';
import { NotificationKind } from '../notifications/notification.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { RegisterInput } from './dto/register.input';
import { lockRateLimitKeys, RateLimitLock, takeRateLimitHit } from './rate-limit';
import { RefreshToken, RevokedReason } from './refresh-token.entity';
import { assertEmailNotRecentlyErased } from '../privacy/erased-emails';
import { newSecretToken, sha256 } from './secret-tokens';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

interface AccessTokenClaims {
  sub: string;
  role: Role;
  /** The id of the refresh token issued with it: "this session", which changePassword keeps. */
  sid?: string;
}

/** Verified access tokens kept per process (a few MB at most); the map starts again when full. */
const VERIFIED_TOKENS_MAX = 10_000;

const VIEWER_SQL = `SELECT u.id, u.role, u.status, u.organisation_id AS "organisationId", u.preferred_language AS language,
  coalesce(o.membership_status = 'ACTIVE' AND o.archived_at IS NULL, false) AS "organisationIsMember"
  FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`;

/** Sign-ups per client address and hour: a cluster's office may sign up its team, a script may not flood the approvals queue. */
export const REGISTER_LIMITS = { perAddress: 10, windowSeconds: 3600 };

/** Verifying against this keeps an unknown e-mail as slow as a wrong password. */
const DUMMY_HASH_INPUT = 'passerelle-timing-equaliser';
/** A single address may try this many times more than one account may (a shared office NAT). */
const IP_FACTOR = 4;

@Injectable()
export class AuthService {
  private dummyHash: Promise<string> | null = null;
  private readonly verifiedTokens = new Map<string, AccessTokenClaims & { exp: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly organisations: OrganisationsService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, ip: string): Promise<IssuedTokens> {
    const user = await this.db.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
    const valid = await this.checkPassword(email, user, password, ip);
    if (!user || !valid) throw new UnauthenticatedError('invalidCredentials');
    assertActive(user);
    await this.db.getRepository(User).update(user.id, { lastLoginAt: new Date() });
    return this.issueTokens(user, this.db.manager);
  }

  /**
   * Whether `password` is the user's, under the login rate limit (RATE_LIMITED once an e-mail, or
   * an address, has too many failures in the window). The attempt is recorded as a failure before
   * the password is checked, then turned into a success: parallel attempts each count at once, so
   * no burst of guesses gets past the limit. Used by login and changePassword.
   */
  async checkPassword(email: string, user: User | null, password: string, ip: string): Promise<boolean> {
    const attemptId = await this.reserveAttempt(email.trim().toLowerCase(), ip.slice(0, 64));
    const valid = user ? await verify(user.passwordHash, password) : await this.burnTime(password);
    if (valid) await this.db.query('UPDATE login_attempts SET succeeded = true WHERE id = $1', [attemptId]);
    return valid;
  }

  /** Rotates the refresh token: each is single use; reusing a spent one revokes all of the user's sessions. */
  async refresh(token: string): Promise<IssuedTokens> {
    const outcome = await this.db.transaction(async (db) => {
      const stored = await db
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: sha256(token) })
        .getOne();
      if (!stored || stored.expiresAt < new Date()) return null;
      if (stored.revokedAt) {
        // Committed before refusing: a token presented again after its rotation has leaked. One
        // revoked by a sign-out or a password change is just refused (another device still holding it).
        if (stored.revokedReason === null || stored.revokedReason === RevokedReason.ROTATED) {
          await db
            .getRepository(RefreshToken)
            .update({ userId: stored.userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: RevokedReason.REPLAYED });
        }
        return null;
      }
      await db.getRepository(RefreshToken).update(stored.id, { revokedAt: new Date(), revokedReason: RevokedReason.ROTATED });
      const user = await db.getRepository(User).findOneByOrFail({ id: stored.userId });
      assertActive(user);
      return this.issueTokens(user, db);
    });
    if (!outcome) throw new UnauthenticatedError('invalidRefreshToken');
    return outcome;
  }

  async logout(token: string): Promise<boolean> {
    const result = await this.db
      .getRepository(RefreshToken)
      .update({ tokenHash: sha256(token), revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: RevokedReason.SIGNED_OUT });
    return (result.affected ?? 0) > 0;
  }

  /** A sign-up: the user (and any organisation they propose) wait, PENDING, for the staff, who are told in the app and by e-mail. */
  async register(input: RegisterInput, ip: string): Promise<User> {
    // Counted in its own transaction, before anything else: refused sign-ups (an e-mail already
    // taken…) count too, so the limit also bounds probing which e-mails are registered.
    const allowed = await this.db.transaction((db) =>
      takeRateLimitHit(db, [{ lock: RateLimitLock.REGISTER_IP, key: ip.slice(0, 64), max: REGISTER_LIMITS.perAddress, windowSeconds: REGISTER_LIMITS.windowSeconds }]),
    );
    if (!allowed) throw new RateLimitedError(REGISTER_LIMITS.windowSeconds, 'tooManySignUps');
    if (input.role !== Role.INDUSTRIAL && input.role !== Role.RESEARCHER) {
      throw InvalidInputError.field('role', 'roleNotSelfAssignable');
    }
    if (!input.organisationId === !input.organisation) throw InvalidInputError.field('organisationId', 'organisationRequired');
    const passwordHash = await hash(input.password);
    return this.db.transaction(async (db) => {
      const taken = await db.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: input.email }).getExists();
      if (taken) throw InvalidInputError.field('email', 'emailTaken');
      await assertEmailNotRecentlyErased(db, input.email);
      const organisation = input.organisation
        ? await this.organisations.insert(input.organisation, MembershipStatus.PENDING, db)
        : await db.getRepository(Organisation).findOneBy({ id: input.organisationId! });
      if (!organisation || organisation.archivedAt) throw InvalidInputError.field('organisationId', 'organisationRequired');
      const allowedKinds = input.role === Role.INDUSTRIAL ? INDUSTRIAL_KINDS : RESEARCH_KINDS;
      if (!allowedKinds.includes(organisation.kind)) {
        throw InvalidInputError.field(input.organisation ? 'organisation.kind' : 'organisationId', 'organisationKindMismatch');
      }
      const repository = db.getRepository(User);
      const user = await repository.save(
        repository.create({
          email: input.email.trim(),
          passwordHash,
          passwordSetAt: new Date(),
          fullName: input.fullName.trim(),
          phone: input.phone ?? null,
          role: input.role,
          organisationId: organisation.id,
          preferredLanguage: input.preferredLanguage,
          status: UserStatus.PENDING,
        }),
      );
      const params = { userName: user.fullName, role: user.role, organisationName: organisation.name, ...(input.organisation ? { newOrganisation: 'true' } : {}) };
      const staff = await activeStaffIds(db);
      await this.notifications.notify(db, staff.map((userId) => ({ userId, kind: NotificationKind.SIGN_UP_PENDING, params })));
      return user;
    });
  }

  /** The viewer behind an access token, or an error if the token is bad or the account is no longer active. */
  async viewerFromToken(token: string): Promise<Viewer> {
    const claims = await this.verifiedClaims(token);
    const row = await this.viewerRow(claims.sub);
    if (!row) throw new UnauthenticatedError();
    assertActive(row);
    const { status: _status, ...viewer } = row;
    return { ...viewer, sessionId: claims.sid ?? null };
  }

  /**
   * The claims of a valid access token. A token's signature checked once stays checked: verified
   * claims are kept per process (by the token itself, at most VERIFIED_TOKENS_MAX of them) until
   * the token expires, its expiry compared on every use. Only the signature check is saved: who
   * the subject is and whether they may act is read from the database on every request.
   */
  private async verifiedClaims(token: string): Promise<AccessTokenClaims> {
    const known = this.verifiedTokens.get(token);
    if (known && known.exp * 1000 > Date.now()) return known;
    let claims: AccessTokenClaims & { exp?: number };
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims & { exp?: number }>(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthenticatedError();
    }
    // Signed by us, yet not a subject we issue (a leaked or misused secret, a token of another app).
    if (!isUuid(claims.sub) || (claims.sid != null && !isUuid(claims.sid))) throw new UnauthenticatedError();
    if (typeof claims.exp !== 'number') return claims; // never kept: checked again on every use
    if (this.verifiedTokens.size >= VERIFIED_TOKENS_MAX) this.verifiedTokens.clear();
    this.verifiedTokens.set(token, { ...claims, exp: claims.exp });
    return claims;
  }

  /**
   * The viewer's row, read on every request (a suspension, a role change or an organisation
   * leaving the cluster applies to the very next request, through any instance). Sent straight to
   * the pg pool as a named prepared statement: parsed and planned once per connection, without
   * TypeORM's query builder, whose per-call cost was most of the lookup.
   */
  private async viewerRow(userId: string): Promise<(Viewer & { status: UserStatus }) | undefined> {
    const pool = (this.db.driver as PostgresDriver).master as Pool;
    const result = await pool.query<Viewer & { status: UserStatus }>({ name: 'passerelle_viewer', text: VIEWER_SQL, values: [userId] });
    return result.rows[0];
  }

  hashPassword(password: string): Promise<string> {
    return hash(password);
  }

  /** A new session: an access token, and a refresh token whose id the access token carries (sid). */
  async issueTokens(user: User, db: EntityManager): Promise<IssuedTokens> {
    const ttl = this.config.accessTokenTtlSeconds;
    const sessionId = randomUUID();
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, sid: sessionId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ttl, algorithm: 'HS256' });
    const refreshToken = newSecretToken();
    await db.getRepository(RefreshToken).insert({
      id: sessionId,
      userId: user.id,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return { accessToken, accessTokenExpiresAt: new Date(Date.now() + ttl * 1000), refreshToken, user };
  }

  /**
   * Counts the failures of the window and records this attempt (as a failure until proven right)
   * in one transaction, under advisory locks on the e-mail and the address: however many arrive
   * at once, each sees the ones before it.
   */
  private async reserveAttempt(email: string, ip: string): Promise<string> {
    return this.db.transaction(async (db) => {
      await lockRateLimitKeys(db, [
        { lock: RateLimitLock.LOGIN_EMAIL, key: email },
        { lock: RateLimitLock.LOGIN_IP, key: ip },
      ]);
      const [{ byEmail, byIp }] = await db.query(
        `SELECT count(*) FILTER (WHERE email = $1)::int AS "byEmail", count(*) FILTER (WHERE ip = $2)::int AS "byIp"
         FROM login_attempts
         WHERE NOT succeeded AND created_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
        [email, ip, this.config.loginWindowMinutes],
      );
      if (byEmail >= this.config.loginMaxFailures || byIp >= this.config.loginMaxFailures * IP_FACTOR) {
        throw new RateLimitedError(this.config.loginWindowMinutes * 60);
      }
      const [{ id }] = await db.query('INSERT INTO login_attempts (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id', [email, ip]);
      return String(id);
    });
  }

  private async burnTime(password: string): Promise<false> {
    this.dummyHash ??= hash(DUMMY_HASH_INPUT);
    await verify(await this.dummyHash, password);
    return false;
  }
}

export function assertActive(user: { status: UserStatus }): void {
  if (user.status === UserStatus.PENDING) throw new ForbiddenError('accountPending');
  if (user.status === UserStatus.SUSPENDED) throw new ForbiddenError('accountSuspended');
}
