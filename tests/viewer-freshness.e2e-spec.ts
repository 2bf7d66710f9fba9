import { randomBytes } from 'node:crypto';
import { buildWorld, PASSWORD, World } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';
import { errorCode, TestApp } from './support/test-app';

const ME = '{ me { id role } }';
const STAFF_ONLY = '{ users(first: 1) { totalCount } }';
const SUSPEND = 'mutation($id: ID!) { suspendUser(id: $id) { status } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateUser(id: $id) { status } }';
const SET_ROLE = 'mutation($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { role } }';

/**
 * The viewer behind an access token is whoever the database says on this request: a suspension or
 * a role change made by staff applies to the very next request of a session that was just in use
 * (whatever a request path keeps warm: prepared statements, per-document limit results, the
 * token key), through the instance that made the change and through another instance alike.
 */
describe('viewer freshness: suspensions and role changes apply on the next request', () => {
  let sink: SmtpSink;
  let first: TestApp;
  let second: TestApp;
  let world: World;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    const shared = { SMTP_URL: sink.url, MAIL_FROM: 'Passerelle <noreply@test.example>', JWT_SECRET: randomBytes(32).toString('hex') };
    first = await TestApp.start(shared);
    world = await buildWorld(first);
    second = await TestApp.start(shared, { databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await sink?.stop();
  });

  const warm = async (token: string) => {
    for (const app of [first, second]) for (let i = 0; i < 5; i += 1) await app.ok(ME, {}, { token });
  };

  it.each([
    ['the instance that suspends', () => first],
    ['another instance', () => second],
  ])('a suspension refuses the next request through %s, a reactivation lets the next one in', async (_, app) => {
    const user = world.users.researcherMember;
    const token = await first.login(user.email, PASSWORD);
    await warm(token);
    await first.ok(SUSPEND, { id: user.id }, { token: world.tokens.staff });
    const refused = await app().gql(ME, {}, { token });
    expect(errorCode(refused)).toBe('FORBIDDEN'); // accountSuspended, as at sign-in
    expect(refused.data?.me ?? null).toBeNull();
    await first.ok(REACTIVATE, { id: user.id }, { token: world.tokens.staff });
    expect((await app().ok(ME, {}, { token })).me).toEqual({ id: user.id, role: 'RESEARCHER' });
  });

  it.each([
    ['the instance that changes it', () => first],
    ['another instance', () => second],
  ])('a role change applies to the next request through %s', async (_, app) => {
    const user = world.users.industrialMember;
    const token = await first.login(user.email, PASSWORD);
    await warm(token);
    for (const target of [first, second]) expect(errorCode(await target.gql(STAFF_ONLY, {}, { token }))).toBe('FORBIDDEN');

    await first.ok(SET_ROLE, { id: user.id, role: 'STAFF' }, { token: world.tokens.admin });
    expect((await app().ok(ME, {}, { token })).me.role).toBe('STAFF');
    expect((await app().ok<{ users: { totalCount: number } }>(STAFF_ONLY, {}, { token })).users.totalCount).toBeGreaterThan(0);

    await first.ok(SET_ROLE, { id: user.id, role: 'INDUSTRIAL' }, { token: world.tokens.admin });
    expect(errorCode(await app().gql(STAFF_ONLY, {}, { token }))).toBe('FORBIDDEN');
  });
});
