import { hash } from '@node-rs/argon2';
import { LanguageCode } from '../apps/api/src/common/language.enum';
import { Role, UserStatus } from '../apps/api/src/members/member.enums';
import { User } from '../apps/api/src/members/user.entity';
import { ResearcherProfile } from '../apps/api/src/profiles/researcher-profile.entity';
import { buildWorld, PASSWORD, ViewerName, World } from './support/fixtures';
import { errorCode, GraphQLResponse, TestApp } from './support/test-app';

const VIEWERS: ViewerName[] = ['admin', 'staff', 'industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];
const INDUSTRIALS: ViewerName[] = ['industrialOwner', 'industrialMember', 'industrialLapsed'];

const PROFILE_FIELDS = 'id headline keywords trlMin trlMax archivedAt researcher { id }';
const LIST = `query($filter: ProfileFilter) { researcherProfiles(first: 100, filter: $filter) { totalCount edges { node { id } } } }`;
const ONE = `query($id: ID!) { researcherProfile(id: $id) { ${PROFILE_FIELDS} } }`;
const MINE = `{ myProfile { ${PROFILE_FIELDS} } }`;
const SAVE_MINE = `mutation($input: ProfileInput!) { saveMyProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const SAVE_FOR = `mutation($userId: ID!, $input: ProfileInput!) { saveResearcherProfile(userId: $userId, input: $input) { ${PROFILE_FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveResearcherProfile(id: $id) { id archivedAt } }`;

function profileInput(extra: Record<string, unknown> = {}) {
  return {
    headline: 'Emballages biosourcés',
    expertise: 'Films comestibles et emballages biodégradables pour produits du terroir.',
    keywords: ['emballage', 'biodégradable'],
    techniques: ['DSC'],
    equipment: [],
    publications: [{ title: 'Edible films from cactus mucilage', abstract: '', year: 2022, doi: '10.1016/j.foodhyd.2022.107001' }],
    languages: ['fr', 'ar'],
    availability: 'AVAILABLE',
    trlMin: 2,
    trlMax: 5,
    ...extra,
  };
}

function fieldsOf(result: GraphQLResponse): string[] {
  return (result.errors?.[0]?.extensions.fields ?? []).map((f) => f.field);
}

let serial = 0;

describe('researcher profiles: who reads and who writes', () => {
  let app: TestApp;
  let world: World;
  let passwordHash: string;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    passwordHash = await hash(PASSWORD);
  });
  afterAll(() => app.close());

  const profiles = () => app.db.getRepository(ResearcherProfile);

  /** A researcher of the member lab with no profile yet, signed in. */
  async function freshResearcher(): Promise<{ user: User; token: string }> {
    const n = ++serial;
    const user = await app.db.getRepository(User).save({
      email: `researcher-${n}@test.example`,
      passwordHash,
      fullName: `Test researcher ${n}`,
      phone: null,
      role: Role.RESEARCHER,
      organisationId: world.organisations.lab.id,
      preferredLanguage: LanguageCode.fr,
      status: UserStatus.ACTIVE,
    });
    return { user, token: await app.login(user.email, PASSWORD) };
  }

  async function listedIds(token: string, filter: Record<string, unknown> = {}): Promise<string[]> {
    const data = await app.ok(LIST, { filter }, { token });
    return data.researcherProfiles.edges.map((e: { node: { id: string } }) => e.node.id);
  }

  describe('reading', () => {
    it.each(VIEWERS)('%s lists and reads the profiles of researchers', async (viewer) => {
      const token = world.tokens[viewer];
      const ids = await listedIds(token);
      expect(ids).toEqual(expect.arrayContaining([world.profiles.researcherMember.id, world.profiles.researcherLapsed.id]));
      for (const name of ['researcherMember', 'researcherLapsed'] as const) {
        const data = await app.ok(ONE, { id: world.profiles[name].id }, { token });
        expect(data.researcherProfile).toMatchObject({ id: world.profiles[name].id, headline: world.profiles[name].headline, researcher: { id: world.users[name].id } });
      }
    });

    it.each(VIEWERS)("%s gets a researcher's e-mail and phone only if staff or that researcher", async (viewer) => {
      const data = await app.ok(
        `query($id: ID!) { researcherProfile(id: $id) { researcher { id email phone } } }`,
        { id: world.profiles.researcherMember.id },
        { token: world.tokens[viewer] },
      );
      const researcher = world.users.researcherMember;
      const sees = viewer === 'admin' || viewer === 'staff' || viewer === 'researcherMember';
      expect(data.researcherProfile.researcher).toEqual({ id: researcher.id, email: sees ? researcher.email : null, phone: sees ? researcher.phone : null });
    });

    it('nobody reads profiles without signing in', async () => {
      expect(errorCode(await app.gql(LIST))).toBe('UNAUTHENTICATED');
      expect(errorCode(await app.gql(ONE, { id: world.profiles.researcherMember.id }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('saveMyProfile', () => {
    it.each([...INDUSTRIALS, 'staff', 'admin'] as ViewerName[])('%s has no researcher profile to save (FORBIDDEN, nothing created)', async (viewer) => {
      const count = await profiles().count();
      const result = await app.gql(SAVE_MINE, { input: profileInput() }, { token: world.tokens[viewer] });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await profiles().count()).toBe(count);
      expect(await profiles().findOneBy({ userId: world.users[viewer].id })).toBeNull();
    });

    it("a researcher's first save creates their profile and the next one replaces it", async () => {
      const { user, token } = await freshResearcher();
      expect((await app.ok(MINE, {}, { token })).myProfile).toBeNull();

      const first = (await app.ok(SAVE_MINE, { input: profileInput() }, { token })).saveMyProfile;
      expect(first).toMatchObject({ headline: 'Emballages biosourcés', keywords: ['emballage', 'biodégradable'], researcher: { id: user.id } });

      const input = profileInput({ headline: 'Chimie verte des coproduits', keywords: ['extraction'], trlMin: 3, trlMax: 7 });
      const second = (await app.ok(SAVE_MINE, { input }, { token })).saveMyProfile;
      expect(second).toMatchObject({ id: first.id, headline: 'Chimie verte des coproduits', keywords: ['extraction'], trlMin: 3, trlMax: 7 });

      const rows = await profiles().findBy({ userId: user.id });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: first.id, headline: 'Chimie verte des coproduits', keywords: ['extraction'] });
      expect((await app.ok(MINE, {}, { token })).myProfile.id).toBe(first.id);
    });

    it("a researcher's save never touches another researcher's profile", async () => {
      const other = await profiles().findOneByOrFail({ id: world.profiles.researcherLapsed.id });
      const { token } = await freshResearcher();
      await app.ok(SAVE_MINE, { input: profileInput() }, { token });
      expect(await profiles().findOneByOrFail({ id: other.id })).toEqual(other);
    });
  });

  describe('saveResearcherProfile', () => {
    it.each(['industrialOwner', 'researcherMember', 'researcherLapsed'] as ViewerName[])(
      "%s may not save another researcher's profile (FORBIDDEN, unchanged)",
      async (viewer) => {
        const before = await profiles().findOneByOrFail({ id: world.profiles.researcherLapsed.id });
        const result = await app.gql(SAVE_FOR, { userId: world.users.researcherLapsed.id, input: profileInput({ headline: 'Réécrit par un autre' }) }, { token: world.tokens[viewer] });
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(await profiles().findOneByOrFail({ id: before.id })).toEqual(before);
      },
    );

    it.each(['staff', 'admin'] as ViewerName[])("%s creates then replaces a researcher's profile", async (viewer) => {
      const { user } = await freshResearcher();
      const first = (await app.ok(SAVE_FOR, { userId: user.id, input: profileInput() }, { token: world.tokens[viewer] })).saveResearcherProfile;
      expect(first.researcher.id).toBe(user.id);
      const second = (await app.ok(SAVE_FOR, { userId: user.id, input: profileInput({ headline: `Corrigé par ${viewer}` }) }, { token: world.tokens[viewer] }))
        .saveResearcherProfile;
      expect(second).toMatchObject({ id: first.id, headline: `Corrigé par ${viewer}` });
      expect(await profiles().findBy({ userId: user.id })).toHaveLength(1);
    });
  });

  describe('archiveResearcherProfile', () => {
    async function researcherWithProfile() {
      const researcher = await freshResearcher();
      const saved = (await app.ok(SAVE_MINE, { input: profileInput() }, { token: researcher.token })).saveMyProfile;
      return { ...researcher, profileId: saved.id as string };
    }

    it.each(['researcherMember', 'researcherLapsed', 'industrialOwner', 'industrialMember'] as ViewerName[])(
      "%s may not archive someone else's profile (FORBIDDEN, unchanged)",
      async (viewer) => {
        const { profileId } = await researcherWithProfile();
        const before = await profiles().findOneByOrFail({ id: profileId });
        const result = await app.gql(ARCHIVE, { id: profileId }, { token: world.tokens[viewer] });
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(await profiles().findOneByOrFail({ id: profileId })).toEqual(before);
      },
    );

    it('a researcher archives their own profile; it leaves the list and other members can no longer read it', async () => {
      const { token, profileId } = await researcherWithProfile();
      expect(await listedIds(world.tokens.industrialMember)).toContain(profileId);

      const data = await app.ok(ARCHIVE, { id: profileId }, { token });
      expect(data.archiveResearcherProfile.archivedAt).not.toBeNull();
      expect((await profiles().findOneByOrFail({ id: profileId })).archivedAt).toBeInstanceOf(Date);

      for (const viewer of ['industrialMember', 'researcherMember', 'staff'] as ViewerName[]) {
        expect(await listedIds(world.tokens[viewer])).not.toContain(profileId);
      }
      for (const viewer of ['industrialMember', 'researcherMember'] as ViewerName[]) {
        expect(errorCode(await app.gql(ONE, { id: profileId }, { token: world.tokens[viewer] }))).toBe('NOT_FOUND');
        expect(await listedIds(world.tokens[viewer], { includeArchived: true })).not.toContain(profileId);
      }
      // its owner and staff still reach it
      expect((await app.ok(ONE, { id: profileId }, { token })).researcherProfile.id).toBe(profileId);
      expect(await listedIds(world.tokens.staff, { includeArchived: true })).toContain(profileId);
    });

    it.each(['staff', 'admin'] as ViewerName[])("%s archives a researcher's profile", async (viewer) => {
      const { profileId } = await researcherWithProfile();
      const data = await app.ok(ARCHIVE, { id: profileId }, { token: world.tokens[viewer] });
      expect(data.archiveResearcherProfile.archivedAt).not.toBeNull();
      expect(await listedIds(world.tokens.researcherMember)).not.toContain(profileId);
    });
  });

  describe('validation', () => {
    it('trlMax below trlMin is BAD_USER_INPUT on trlMax, and nothing is saved', async () => {
      const before = await profiles().findOneByOrFail({ id: world.profiles.researcherMember.id });
      const result = await app.gql(SAVE_MINE, { input: profileInput({ trlMin: 6, trlMax: 3 }) }, { token: world.tokens.researcherMember });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['trlMax']);
      expect(await profiles().findOneByOrFail({ id: before.id })).toEqual(before);
    });

    it('a malformed DOI is BAD_USER_INPUT naming the publication field, and nothing is saved', async () => {
      const before = await profiles().findOneByOrFail({ id: world.profiles.researcherMember.id });
      const publications = [
        { title: 'A good one', abstract: '', year: 2020, doi: '10.1000/xyz123' },
        { title: 'A bad one', abstract: '', year: 2021, doi: 'doi:not-a-doi' },
      ];
      const result = await app.gql(SAVE_MINE, { input: profileInput({ publications }) }, { token: world.tokens.researcherMember, language: 'en' });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['publications.1.doi']);
      expect(result.errors![0].extensions.fields![0].reason).toMatch(/DOI/);
      expect(await profiles().findOneByOrFail({ id: before.id })).toEqual(before);
    });
  });
});
