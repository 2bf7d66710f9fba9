import { JwtService } from '@nestjs/jwt';
import { User } from '../apps/api/src/members/user.entity';
import { RefreshToken } from '../apps/api/src/auth/refresh-token.entity';
import { buildWorld, PASSWORD, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id role email } }
}`;
const REFRESH = 'mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken user { id } } }';
const ME = '{ me { id email role } }';

describe('accounts and sessions', () => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await TestApp.start({ LOGIN_MAX_FAILURES: '3', ACCESS_TOKEN_TTL_SECONDS: '600' });
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    app.gql(LOGIN, { input: { email, password } }, { headers });

  describe('login', () => {
    it('returns a short-lived access token that signs later requests', async () => {
      const result = await login(world.users.staff.email, PASSWORD);
      const payload = result.data!.login;
      expect(payload.user).toMatchObject({ id: world.users.staff.id, role: 'STAFF', email: world.users.staff.email });
      const lifetime = new Date(payload.accessTokenExpiresAt).getTime() - Date.now();
      expect(lifetime).toBeGreaterThan(590_000);
      expect(lifetime).toBeLessThanOrEqual(600_000);
      const me = await app.ok(ME, {}, { token: payload.accessToken });
      expect(me.me.id).toBe(world.users.staff.id);
    });

    it('ignores the case of the e-mail', async () => {
      const result = await login(world.users.staff.email.toUpperCase(), PASSWORD);
      expect(result.data?.login.user.id).toBe(world.users.staff.id);
    });

    it('stores passwords as argon2id hashes only', async () => {
      const stored = await app.db.getRepository(User).findOneByOrFail({ id: world.users.staff.id });
      expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
      expect(stored.passwordHash).not.toContain(PASSWORD);
    });

    it('answers the same for a wrong password and an unknown e-mail', async () => {
      const wrongPassword = await login(world.users.admin.email, 'not the password', { 'x-forwarded-for': '10.0.0.1' });
      const unknownEmail = await login('nobody@test.example', PASSWORD, { 'x-forwarded-for': '10.0.0.1' });
      expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
      expect(unknownEmail.errors?.[0]).toEqual({ ...wrongPassword.errors?.[0] });
    });

    it('refuses pending and suspended accounts with a reason', async () => {
      const pending = await login(world.users.pending.email, PASSWORD, { 'accept-language': 'en' });
      expect(errorCode(pending)).toBe('FORBIDDEN');
      expect(pending.errors?.[0].message).toMatch(/awaiting approval/);
      const suspended = await login(world.users.suspended.email, PASSWORD, { 'accept-language': 'en' });
      expect(errorCode(suspended)).toBe('FORBIDDEN');
      expect(suspended.errors?.[0].message).toMatch(/suspended/);
    });

    it('locks an e-mail after too many failures, even for the right password', async () => {
      const email = world.users.industrialLapsed.email;
      for (let i = 0; i < 3; i++) expect(errorCode(await login(email, `wrong-${i}`))).toBe('UNAUTHENTICATED');
      const blocked = await login(email, PASSWORD, { 'accept-language': 'fr' });
      expect(errorCode(blocked)).toBe('RATE_LIMITED');
      expect(blocked.errors?.[0].message).toMatch(/Trop de tentatives/);
      expect(blocked.errors?.[0].extensions.retryAfterSeconds).toBe(15 * 60);
      // Other accounts are not affected.
      expect(errorCode(await login(world.users.researcherMember.email, PASSWORD))).toBeUndefined();
    });

    it('rejects a malformed e-mail before touching the database', async () => {
      const result = await login('not-an-email', PASSWORD);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields).toEqual([{ field: 'email', reason: expect.stringContaining('e-mail') }]);
    });
  });

  describe('access tokens', () => {
    it('refuses an expired token', async () => {
      const expired = await new JwtService({ secret: app.config.jwtSecret }).signAsync(
        { sub: world.users.staff.id, role: 'STAFF', exp: Math.floor(Date.now() / 1000) - 10 },
      );
      expect(errorCode(await app.gql(ME, {}, { token: expired }))).toBe('UNAUTHENTICATED');
    });

    it('refuses a token signed with another secret', async () => {
      const forged = await new JwtService({ secret: 'x'.repeat(40) }).signAsync({ sub: world.users.staff.id, role: 'ADMIN' });
      expect(errorCode(await app.gql(ME, {}, { token: forged }))).toBe('UNAUTHENTICATED');
    });

    it('takes the role from the database, not from the token', async () => {
      const token = await new JwtService({ secret: app.config.jwtSecret }).signAsync({ sub: world.users.researcherMember.id, role: 'ADMIN' });
      const result = await app.gql('{ users(first: 5) { totalCount } }', {}, { token });
      expect(errorCode(result)).toBe('FORBIDDEN');
    });
  });

  describe('refresh and logout', () => {
    it('rotates the refresh token; a spent one is refused and ends every session of the user', async () => {
      const first = (await login(world.users.industrialMember.email, PASSWORD)).data!.login;
      const second = (await app.ok(REFRESH, { token: first.refreshToken })).refreshToken;
      expect(second.user.id).toBe(world.users.industrialMember.id);
      expect(second.refreshToken).not.toBe(first.refreshToken);

      const replay = await app.gql(REFRESH, { token: first.refreshToken });
      expect(errorCode(replay)).toBe('UNAUTHENTICATED');
      // The replay revoked the newer token too: whoever stole the first cannot keep a session.
      expect(errorCode(await app.gql(REFRESH, { token: second.refreshToken }))).toBe('UNAUTHENTICATED');
    });

    it('stores refresh tokens hashed', async () => {
      const issued = (await login(world.users.industrialOwner.email, PASSWORD)).data!.login;
      const rows = await app.db.getRepository(RefreshToken).findBy({ userId: world.users.industrialOwner.id });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.tokenHash)).not.toContain(issued.refreshToken);
    });

    it('logout revokes the refresh token', async () => {
      const issued = (await login(world.users.researcherLapsed.email, PASSWORD)).data!.login;
      const logout = await app.ok('mutation($t: String!) { logout(refreshToken: $t) }', { t: issued.refreshToken });
      expect(logout.logout).toBe(true);
      expect(errorCode(await app.gql(REFRESH, { token: issued.refreshToken }))).toBe('UNAUTHENTICATED');
    });

    it('refuses to refresh for a user suspended since', async () => {
      const issued = (await login(world.users.industrialOwner.email, PASSWORD)).data!.login;
      await app.ok('mutation($id: ID!) { suspendUser(id: $id) { status } }', { id: world.users.industrialOwner.id }, { token: world.tokens.staff });
      const refreshed = await app.gql(REFRESH, { token: issued.refreshToken });
      expect(errorCode(refreshed)).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(ME, {}, { token: issued.accessToken }))).toBe('FORBIDDEN');
      await app.ok('mutation($id: ID!) { reactivateUser(id: $id) { status } }', { id: world.users.industrialOwner.id }, { token: world.tokens.staff });
    });
  });

  describe('registration', () => {
    const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { userId status } }';
    const input = (overrides: Record<string, unknown> = {}) => ({
      email: 'nadia.amrani@lab.example',
      password: 'long enough password',
      fullName: 'Nadia Amrani',
      role: 'RESEARCHER',
      preferredLanguage: 'ar',
      organisationId: world.organisations.lab.id,
      ...overrides,
    });

    it('creates a pending account that staff approve before it can sign in', async () => {
      const registered = (await app.ok(REGISTER, { input: input() })).register;
      expect(registered.status).toBe('PENDING');
      expect(errorCode(await login('nadia.amrani@lab.example', 'long enough password'))).toBe('FORBIDDEN');

      await app.ok('mutation($id: ID!) { approveUser(id: $id) { status } }', { id: registered.userId }, { token: world.tokens.staff });
      const signedIn = await login('nadia.amrani@lab.example', 'long enough password');
      expect(signedIn.data?.login.user).toMatchObject({ id: registered.userId, role: 'RESEARCHER' });
      // The person is told, in the language they chose, with the address to sign in.
      const [approval] = await app.db.query('SELECT subject, text, language FROM email_outbox WHERE to_address = $1', ['nadia.amrani@lab.example']);
      expect(approval).toMatchObject({ subject: 'تم فتح حسابكم في منصة Passerelle', language: 'ar' });
      expect(approval.text).toContain('/sign-in');
    });

    it.each([
      ['a malformed e-mail', { email: 'nadia' }, 'email'],
      ['a short password', { password: 'short' }, 'password'],
      ['a staff role', { role: 'STAFF' }, 'role'],
      ['an e-mail already registered', { email: 'ADMIN@test.example' }, 'email'],
      ['an industrial joining a lab', { role: 'INDUSTRIAL' }, 'organisationId'],
      ['no organisation at all', { organisationId: null }, 'organisationId'],
      ['a proposed organisation with a bad website', { organisationId: null, organisation: { name: 'Coop Nouvelle', kind: 'COOPERATIVE', sectors: ['AGRIFOOD'], city: 'Taroudant', region: 'Souss-Massa', website: 'not a url' }, role: 'INDUSTRIAL' }, 'organisation.website'],
    ])('refuses %s, naming the field, and creates nothing', async (_, overrides, field) => {
      const before = await app.db.getRepository(User).count();
      const result = await app.gql(REGISTER, { input: input({ email: 'someone.new@test.example', ...overrides }) });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields?.map((f) => f.field)).toContain(field);
      expect(await app.db.getRepository(User).count()).toBe(before);
    });
  });
});
