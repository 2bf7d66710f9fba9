import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config';
import { ForbiddenError, InvalidInputError, RateLimitedError, UnauthenticatedError } from '../common/domain-errors';
import { Viewer } from '../common/viewer';
import { INDUSTRIAL_KINDS, MembershipStatus, RESEARCH_KINDS, Role, UserStatus } from '../members/member.enums';
import { Organisation } from '../members/organisation.entity';
import { OrganisationsService } from '../members/organisations.service';
import { User } from '../members/user.entity';
import { RegisterInput } from './dto/register.input';
import { LoginAttempt } from './login-attempt.entity';
import { RefreshToken } from './refresh-token.entity';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

interface AccessTokenClaims {
  sub: string;
  role: Role;
}

/** Verifying against this keeps an unknown e-mail as slow as a wrong password. */
const DUMMY_HASH_INPUT = 'passerelle-timing-equaliser';
/** A single address may try this many times more than one account may (a shared office NAT). */
const IP_FACTOR = 4;

@Injectable()
export class AuthService {
  private dummyHash: Promise<string> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly organisations: OrganisationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, ip: string): Promise<IssuedTokens> {
    await this.assertNotRateLimited(email, ip);
    const user = await this.db.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
    const valid = user ? await verify(user.passwordHash, password) : await this.burnTime(password);
    await this.db.getRepository(LoginAttempt).insert({ email: email.toLowerCase(), ip, succeeded: valid });
    if (!user || !valid) throw new UnauthenticatedError('invalidCredentials');
    assertActive(user);
    await this.db.getRepository(User).update(user.id, { lastLoginAt: new Date() });
    return this.issueTokens(user, this.db.manager);
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
        // Committed before refusing: a replayed token means it leaked.
        await db.getRepository(RefreshToken).update({ userId: stored.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return null;
      }
      await db.getRepository(RefreshToken).update(stored.id, { revokedAt: new Date() });
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
      .update({ tokenHash: sha256(token), revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  /** A sign-up: the user (and any organisation they propose) wait, PENDING, for the staff. */
  async register(input: RegisterInput): Promise<User> {
    if (input.role !== Role.INDUSTRIAL && input.role !== Role.RESEARCHER) {
      throw InvalidInputError.field('role', 'roleNotSelfAssignable');
    }
    if (!input.organisationId === !input.organisation) throw InvalidInputError.field('organisationId', 'organisationRequired');
    const passwordHash = await hash(input.password);
    return this.db.transaction(async (db) => {
      const taken = await db.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: input.email }).getExists();
      if (taken) throw InvalidInputError.field('email', 'emailTaken');
      const organisation = input.organisation
        ? await this.organisations.insert(input.organisation, MembershipStatus.PENDING, db)
        : await db.getRepository(Organisation).findOneBy({ id: input.organisationId! });
      if (!organisation || organisation.archivedAt) throw InvalidInputError.field('organisationId', 'organisationRequired');
      const allowedKinds = input.role === Role.INDUSTRIAL ? INDUSTRIAL_KINDS : RESEARCH_KINDS;
      if (!allowedKinds.includes(organisation.kind)) {
        throw InvalidInputError.field(input.organisation ? 'organisation.kind' : 'organisationId', 'organisationKindMismatch');
      }
      const repository = db.getRepository(User);
      return repository.save(
        repository.create({
          email: input.email.trim(),
          passwordHash,
          fullName: input.fullName.trim(),
          phone: input.phone ?? null,
          role: input.role,
          organisationId: organisation.id,
          preferredLanguage: input.preferredLanguage,
          status: UserStatus.PENDING,
        }),
      );
    });
  }

  /** The viewer behind an access token, or an error if the token is bad or the account is no longer active. */
  async viewerFromToken(token: string): Promise<Viewer> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthenticatedError();
    }
    const row = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoin(Organisation, 'o', 'o.id = u.organisation_id')
      .select(['u.id AS id', 'u.role AS role', 'u.status AS status', 'u.organisation_id AS "organisationId"'])
      .addSelect('u.preferred_language', 'language')
      .addSelect(`coalesce(o.membership_status = 'ACTIVE' AND o.archived_at IS NULL, false)`, 'organisationIsMember')
      .where('u.id = :id', { id: claims.sub })
      .getRawOne<Viewer & { status: UserStatus }>();
    if (!row) throw new UnauthenticatedError();
    assertActive(row);
    const { status: _status, ...viewer } = row;
    return viewer;
  }

  hashPassword(password: string): Promise<string> {
    return hash(password);
  }

  private async issueTokens(user: User, db: EntityManager): Promise<IssuedTokens> {
    const ttl = this.config.accessTokenTtlSeconds;
    const claims: AccessTokenClaims = { sub: user.id, role: user.role };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ttl, algorithm: 'HS256' });
    const refreshToken = randomBytes(32).toString('base64url');
    await db.getRepository(RefreshToken).insert({
      userId: user.id,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return { accessToken, accessTokenExpiresAt: new Date(Date.now() + ttl * 1000), refreshToken, user };
  }

  private async assertNotRateLimited(email: string, ip: string): Promise<void> {
    const windowStart = new Date(Date.now() - this.config.loginWindowMinutes * 60_000);
    const failures = (where: object) =>
      this.db.getRepository(LoginAttempt).countBy({ ...where, succeeded: false, createdAt: MoreThan(windowStart) });
    const [byEmail, byIp] = await Promise.all([failures({ email: email.toLowerCase() }), failures({ ip })]);
    if (byEmail >= this.config.loginMaxFailures || byIp >= this.config.loginMaxFailures * IP_FACTOR) {
      throw new RateLimitedError(this.config.loginWindowMinutes * 60);
    }
  }

  private async burnTime(password: string): Promise<false> {
    this.dummyHash ??= hash(DUMMY_HASH_INPUT);
    await verify(await this.dummyHash, password);
    return false;
  }
}

function assertActive(user: { status: UserStatus }): void {
  if (user.status === UserStatus.PENDING) throw new ForbiddenError('accountPending');
  if (user.status === UserStatus.SUSPENDED) throw new ForbiddenError('accountSuspended');
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
