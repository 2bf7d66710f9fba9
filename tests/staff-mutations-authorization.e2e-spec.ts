import { Interest } from '../apps/api/src/brokering/interest.entity';
import { MatchEvent } from '../apps/api/src/brokering/match-event.entity';
import { Match } from '../apps/api/src/brokering/match.entity';
import { User } from '../apps/api/src/members/user.entity';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const CREATE_MATCH = `mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }`;
const ASSIGN = `mutation($id: ID!, $ownerId: ID) { assignMatch(id: $id, ownerId: $ownerId) { id owner { id } } }`;
const NOTE = `mutation($id: ID!, $note: String!) { addMatchNote(id: $id, note: $note) { id } }`;
const EXPRESS = `mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }`;
const DISMISS = `mutation($id: ID!) { dismissInterest(id: $id) { id status } }`;
const UPDATE_ME = `mutation($input: UpdateMeInput!) { updateMe(input: $input) { id fullName phone } }`;

const MEMBERS: ViewerName[] = ['industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];
const EVERYONE: ViewerName[] = ['admin', 'staff', ...MEMBERS];

/** Finding 16: the mutations no API test covered, role by role; a refused call changes nothing. */
describe('staff-only mutations and updateMe: who may call them', () => {
  let app: TestApp;
  let world: World;
  let matchId: string;
  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });
  const match = () => app.db.getRepository(Match).findOneByOrFail({ id: matchId });
  const events = () => app.db.getRepository(MatchEvent).countBy({ matchId });

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    const input = { needId: world.needs.public.id, researcherProfileId: world.profiles.researcherMember.id };
    matchId = (await app.ok(CREATE_MATCH, { input }, as('staff'))).createMatch.id;
  });
  afterAll(() => app.close());

  describe('assignMatch', () => {
    it('anonymous: UNAUTHENTICATED, the match keeps its owner', async () => {
      const before = await match();
      expect(errorCode(await app.gql(ASSIGN, { id: matchId, ownerId: world.users.staff.id }))).toBe('UNAUTHENTICATED');
      expect((await match()).ownerId).toBe(before.ownerId);
    });
    it.each(MEMBERS)('%s: FORBIDDEN, the match keeps its owner and its history', async (viewer) => {
      const [before, eventsBefore] = [await match(), await events()];
      expect(errorCode(await app.gql(ASSIGN, { id: matchId, ownerId: world.users[viewer].id }, as(viewer)))).toBe('FORBIDDEN');
      expect((await match()).ownerId).toBe(before.ownerId);
      expect(await events()).toBe(eventsBefore);
    });
    it.each(['staff', 'admin'] as ViewerName[])('%s hands the match to a colleague, and takes it back', async (viewer) => {
      const colleague = viewer === 'staff' ? world.users.admin.id : world.users.staff.id;
      expect((await app.ok(ASSIGN, { id: matchId, ownerId: colleague }, as(viewer))).assignMatch.owner.id).toBe(colleague);
      expect((await app.ok(ASSIGN, { id: matchId, ownerId: null }, as(viewer))).assignMatch.owner).toBeNull();
    });
    it('staff cannot hand a match to a member: BAD_USER_INPUT on ownerId, nothing changes', async () => {
      const result = await app.gql(ASSIGN, { id: matchId, ownerId: world.users.researcherMember.id }, as('staff'));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields?.map((f: { field: string }) => f.field)).toEqual(['ownerId']);
      expect((await match()).ownerId).toBeNull();
    });
  });

  describe('addMatchNote', () => {
    it('anonymous: UNAUTHENTICATED, no note', async () => {
      const before = await events();
      expect(errorCode(await app.gql(NOTE, { id: matchId, note: 'Note anonyme' }))).toBe('UNAUTHENTICATED');
      expect(await events()).toBe(before);
    });
    it.each(MEMBERS)('%s: FORBIDDEN, no note (notes are the staff’s working memory)', async (viewer) => {
      const before = await events();
      expect(errorCode(await app.gql(NOTE, { id: matchId, note: 'Note d’un membre' }, as(viewer)))).toBe('FORBIDDEN');
      expect(await events()).toBe(before);
    });
    it.each(['staff', 'admin'] as ViewerName[])('%s adds a note to the match’s history', async (viewer) => {
      const before = await events();
      await app.ok(NOTE, { id: matchId, note: `Appel avec le laboratoire (${viewer})` }, as(viewer));
      expect(await events()).toBe(before + 1);
    });
  });

  describe('dismissInterest', () => {
    let interestId: string;
    const status = async () => (await app.db.getRepository(Interest).findOneByOrFail({ id: interestId })).status;

    beforeAll(async () => {
      const input = { needId: world.needs.public.id, message: 'Notre laboratoire a déjà stabilisé des huiles comparables.' };
      interestId = (await app.ok(EXPRESS, { input }, as('researcherMember'))).expressInterest.id;
    });

    it('anonymous: UNAUTHENTICATED, the interest stays open', async () => {
      expect(errorCode(await app.gql(DISMISS, { id: interestId }))).toBe('UNAUTHENTICATED');
      expect(await status()).toBe('OPEN');
    });
    it.each(MEMBERS)('%s (even the researcher who expressed it): FORBIDDEN, the interest stays open', async (viewer) => {
      expect(errorCode(await app.gql(DISMISS, { id: interestId }, as(viewer)))).toBe('FORBIDDEN');
      expect(await status()).toBe('OPEN');
    });
    it('staff dismiss it; dismissing it again is BAD_USER_INPUT', async () => {
      expect((await app.ok(DISMISS, { id: interestId }, as('staff'))).dismissInterest.status).toBe('DISMISSED');
      expect(errorCode(await app.gql(DISMISS, { id: interestId }, as('admin')))).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateMe', () => {
    const everyone = async () => new Map((await app.db.getRepository(User).find()).map((u) => [u.id, `${u.fullName}|${u.phone}|${u.role}|${u.email}`]));

    it('anonymous: UNAUTHENTICATED, nobody changes', async () => {
      const before = await everyone();
      expect(errorCode(await app.gql(UPDATE_ME, { input: { fullName: 'Personne' } }))).toBe('UNAUTHENTICATED');
      expect(await everyone()).toEqual(before);
    });
    it.each(EVERYONE)('%s changes their own name and phone, and nobody else’s', async (viewer) => {
      const before = await everyone();
      const me = world.users[viewer].id;
      const updated = (await app.ok(UPDATE_ME, { input: { fullName: `Nouveau nom ${viewer}`, phone: '+212 611 22 33 44' } }, as(viewer))).updateMe;
      expect(updated).toEqual({ id: me, fullName: `Nouveau nom ${viewer}`, phone: '+212 611 22 33 44' });
      const after = await everyone();
      for (const [id, row] of after) if (id !== me) expect(row).toBe(before.get(id));
      expect(after.get(me)).toMatch(new RegExp(`^Nouveau nom ${viewer}\\|\\+212 611 22 33 44\\|`));
    });
    it('updateMe has no way to change a role or an e-mail (the schema refuses the fields)', async () => {
      for (const input of [{ role: 'ADMIN' }, { email: 'other@test.example' }]) {
        expect(errorCode(await app.gql(UPDATE_ME, { input }, as('researcherMember')))).toBe('BAD_USER_INPUT');
      }
      const me = await app.db.getRepository(User).findOneByOrFail({ id: world.users.researcherMember.id });
      expect([me.role, me.email]).toEqual(['RESEARCHER', 'researcher@test.example']);
    });
  });
});
