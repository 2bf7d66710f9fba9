import { hash } from '@node-rs/argon2';
import { LanguageCode } from '../apps/api/src/common/language.enum';
import { Role, UserStatus } from '../apps/api/src/members/member.enums';
import { User } from '../apps/api/src/members/user.entity';
import { buildWorld, NeedName, PASSWORD, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

/**
 * Who sees which need, and whether they see who posted it. Every need of the fixtures belongs to
 * the owner organisation and was written by `industrialOwner`.
 *   SEEN: visible, with its organisation and author
 *   ANON: visible, organisation and author null (the need is anonymous to this viewer)
 *   NONE: invisible (absent from lists; NOT_FOUND by id)
 */
const SEEN = 'seen';
const ANON = 'anon';
const NONE = 'none';
type Sight = typeof SEEN | typeof ANON | typeof NONE;

const NEEDS: NeedName[] = ['public', 'members', 'staffOnly', 'anonymousPublic', 'anonymousMembers', 'anonymousStaffOnly', 'draft', 'archived'];
const VIEWERS: ViewerName[] = ['admin', 'staff', 'industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];

/** `needs(first: 100)` with no filter: archived needs are left out for everyone. */
// prettier-ignore
const LISTED: Record<ViewerName, Sight[]> = {
  //                 public members staffOnly anonPublic anonMembers anonStaffOnly draft archived
  admin:            [SEEN,  SEEN,   SEEN,     SEEN,      SEEN,       SEEN,         SEEN, NONE],
  staff:            [SEEN,  SEEN,   SEEN,     SEEN,      SEEN,       SEEN,         SEEN, NONE],
  industrialOwner:  [SEEN,  SEEN,   SEEN,     SEEN,      SEEN,       SEEN,         SEEN, NONE],
  industrialMember: [SEEN,  SEEN,   NONE,     ANON,      ANON,       NONE,         NONE, NONE],
  industrialLapsed: [SEEN,  NONE,   NONE,     ANON,      NONE,       NONE,         NONE, NONE],
  researcherMember: [SEEN,  SEEN,   NONE,     ANON,      ANON,       NONE,         NONE, NONE],
  researcherLapsed: [SEEN,  NONE,   NONE,     ANON,      NONE,       NONE,         NONE, NONE],
};

/**
 * `needs(first: 100, filter: {includeArchived: true})` and `need(id)`: the archived need is there
 * for staff and its own organisation only; nothing else changes.
 */
// prettier-ignore
const WITH_ARCHIVED: Record<ViewerName, Sight[]> = {
  //                 public members staffOnly anonPublic anonMembers anonStaffOnly draft archived
  admin:            [SEEN,  SEEN,   SEEN,     SEEN,      SEEN,       SEEN,         SEEN, SEEN],
  staff:            [SEEN,  SEEN,   SEEN,     SEEN,      SEEN,       SEEN,         SEEN, SEEN],
  industrialOwner:  [SEEN,  SEEN,   SEEN,     SEEN,      SEEN,       SEEN,         SEEN, SEEN],
  industrialMember: [SEEN,  SEEN,   NONE,     ANON,      ANON,       NONE,         NONE, NONE],
  industrialLapsed: [SEEN,  NONE,   NONE,     ANON,      NONE,       NONE,         NONE, NONE],
  researcherMember: [SEEN,  SEEN,   NONE,     ANON,      ANON,       NONE,         NONE, NONE],
  researcherLapsed: [SEEN,  NONE,   NONE,     ANON,      NONE,       NONE,         NONE, NONE],
};

/** Whether the viewer may read the author's e-mail and phone: themself (the owner wrote every need) or staff. */
const SEES_AUTHOR_CONTACT: Record<ViewerName, boolean> = {
  admin: true,
  staff: true,
  industrialOwner: true,
  industrialMember: false,
  industrialLapsed: false,
  researcherMember: false,
  researcherLapsed: false,
};

const NEED_FIELDS = 'id organisation { id name } author { id fullName email phone }';
const LIST = `query($filter: NeedFilter) { needs(first: 100, filter: $filter) { totalCount edges { node { ${NEED_FIELDS} } } } }`;
const ONE = `query($id: ID!) { need(id: $id) { ${NEED_FIELDS} } }`;

interface NeedView {
  id: string;
  organisation: { id: string; name: string } | null;
  author: { id: string; fullName: string; email: string | null; phone: string | null } | null;
}
interface NeedList {
  needs: { totalCount: number; edges: { node: NeedView }[] };
}

function expectedIds(world: World, table: Record<ViewerName, Sight[]>, viewer: ViewerName, keep: (sight: Sight) => boolean): string[] {
  return NEEDS.filter((_, i) => keep(table[viewer][i])).map((name) => world.needs[name].id).sort();
}

describe('needs: who sees what', () => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  /** Checks that a visible need shows (or hides) its poster as the table says. */
  function expectPoster(view: NeedView, viewer: ViewerName, sight: Sight) {
    if (sight === ANON) {
      expect(view.organisation).toBeNull();
      expect(view.author).toBeNull();
      return;
    }
    const owner = world.users.industrialOwner;
    const contact = SEES_AUTHOR_CONTACT[viewer];
    expect(view.organisation).toEqual({ id: world.organisations.owner.id, name: world.organisations.owner.name });
    expect(view.author).toEqual({
      id: owner.id,
      fullName: owner.fullName,
      email: contact ? owner.email : null,
      phone: contact ? owner.phone : null,
    });
  }

  function expectListMatches(data: NeedList, viewer: ViewerName, table: Record<ViewerName, Sight[]>) {
    const expected = expectedIds(world, table, viewer, (s) => s !== NONE);
    const listed = data.needs.edges.map((e) => e.node);
    expect(listed.map((n) => n.id).sort()).toEqual(expected);
    expect(data.needs.totalCount).toBe(expected.length);
    for (const view of listed) {
      const name = NEEDS.find((n) => world.needs[n].id === view.id)!;
      expectPoster(view, viewer, table[viewer][NEEDS.indexOf(name)]);
    }
  }

  describe('in the needs list', () => {
    it.each(VIEWERS)('%s sees exactly the needs of the table, with or without their poster', async (viewer) => {
      const data = await app.ok<NeedList>(LIST, {}, { token: world.tokens[viewer] });
      expectListMatches(data, viewer, LISTED);
    });

    it.each(VIEWERS)('%s, asking for archived needs too, gets them only if staff or owner', async (viewer) => {
      const data = await app.ok<NeedList>(LIST, { filter: { includeArchived: true } }, { token: world.tokens[viewer] });
      expectListMatches(data, viewer, WITH_ARCHIVED);
    });

    it.each(VIEWERS)('%s, listing by the owner organisation, sees only needs whose poster they may see', async (viewer) => {
      const data = await app.ok<NeedList>(LIST, { filter: { organisationId: world.organisations.owner.id } }, { token: world.tokens[viewer] });
      const expected = expectedIds(world, LISTED, viewer, (s) => s === SEEN);
      expect(data.needs.edges.map((e) => e.node.id).sort()).toEqual(expected);
      expect(data.needs.totalCount).toBe(expected.length);
    });

    it('listing by organisation never unmasks an anonymous need to a member (explicit check)', async () => {
      const data = await app.ok<NeedList>(LIST, { filter: { organisationId: world.organisations.owner.id } }, { token: world.tokens.industrialMember });
      const ids = data.needs.edges.map((e) => e.node.id);
      expect(ids).toContain(world.needs.public.id);
      expect(ids).not.toContain(world.needs.anonymousPublic.id);
      expect(ids).not.toContain(world.needs.anonymousMembers.id);
    });
  });

  describe('by need(id)', () => {
    const cases = VIEWERS.flatMap((viewer) => NEEDS.map((need, i) => [viewer, need, WITH_ARCHIVED[viewer][i]] as const));

    it.each(cases)('%s reading the %s need: %s', async (viewer, need, sight) => {
      const result = await app.gql<{ need: NeedView }>(ONE, { id: world.needs[need].id }, { token: world.tokens[viewer] });
      if (sight === NONE) {
        expect(errorCode(result)).toBe('NOT_FOUND');
        expect(result.data?.need ?? null).toBeNull();
        return;
      }
      expect(result.errors).toBeUndefined();
      expect(result.data!.need.id).toBe(world.needs[need].id);
      expectPoster(result.data!.need, viewer, sight);
    });

    it('an invisible need answers exactly like a need that does not exist', async () => {
      const missing = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
      const hidden = await app.gql(ONE, { id: world.needs.staffOnly.id }, { token: world.tokens.researcherMember, language: 'en' });
      const absent = await app.gql(ONE, { id: missing }, { token: world.tokens.researcherMember, language: 'en' });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(errorCode(absent)).toBe('NOT_FOUND');
      expect(hidden.errors![0].message.replace(world.needs.staffOnly.id, 'ID')).toBe(absent.errors![0].message.replace(missing, 'ID'));
      expect(hidden.errors![0].extensions).toEqual(absent.errors![0].extensions);
    });
  });

  describe('contact details', () => {
    it.each(VIEWERS)('%s reads their own e-mail and phone through me', async (viewer) => {
      const data = await app.ok<{ me: { id: string; email: string | null; phone: string | null } }>('{ me { id email phone } }', {}, { token: world.tokens[viewer] });
      expect(data.me).toEqual({ id: world.users[viewer].id, email: world.users[viewer].email, phone: world.users[viewer].phone });
    });

    it('a member who may see the poster of a need still does not get their e-mail or phone', async () => {
      const data = await app.ok<{ need: NeedView }>(ONE, { id: world.needs.public.id }, { token: world.tokens.researcherMember });
      expect(data.need.author).toMatchObject({ id: world.users.industrialOwner.id, email: null, phone: null });
    });
  });

  describe('authentication', () => {
    const QUERY = '{ needs(first: 100) { totalCount edges { node { id } } } }';

    it('refuses a request without a token', async () => {
      const result = await app.gql(QUERY);
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    });

    it('refuses a garbage token', async () => {
      const result = await app.gql(QUERY, {}, { token: 'not.a.jwt' });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    });

    it('refuses a token whose claims were altered to impersonate the admin', async () => {
      const [header, payload, signature] = world.tokens.researcherMember.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: world.users.admin.id, role: Role.ADMIN })).toString('base64url');
      const result = await app.gql(QUERY, {}, { token: `${header}.${forged}.${signature}` });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    });

    it("refuses a suspended user's still-valid token at once, and accepts it again after reactivation", async () => {
      const user = await app.db.getRepository(User).save({
        email: 'soon-suspended@test.example',
        passwordHash: await hash(PASSWORD),
        fullName: 'Test soon suspended',
        phone: null,
        role: Role.RESEARCHER,
        organisationId: world.organisations.lab.id,
        preferredLanguage: LanguageCode.en,
        status: UserStatus.ACTIVE,
      });
      const token = await app.login(user.email, PASSWORD);
      const before = await app.ok<NeedList>(QUERY, {}, { token });
      expect(before.needs.totalCount).toBeGreaterThan(0);

      await app.ok('mutation($id: ID!) { suspendUser(id: $id) { id status } }', { id: user.id }, { token: world.tokens.staff });
      const refused = await app.gql(QUERY, {}, { token, language: 'en' });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0].message).toMatch(/suspended/i);
      expect(refused.data ?? null).toBeNull();

      await app.ok('mutation($id: ID!) { reactivateUser(id: $id) { id status } }', { id: user.id }, { token: world.tokens.staff });
      const after = await app.ok<NeedList>(QUERY, {}, { token });
      expect(after.needs.totalCount).toBe(before.needs.totalCount);
    });
  });
});
