import { Match } from '../apps/api/src/brokering/match.entity';
import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { ResearcherProfile } from '../apps/api/src/profiles/researcher-profile.entity';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { buildWorld, need, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const PROPOSE = `query($needId: ID!, $first: Int) {
  proposeMatches(needId: $needId, first: $first) {
    score features { name contribution detail } reasons
    researcher { id headline researcher { fullName email phone } }
  }
}`;
const RECOMMENDED = `query($first: Int) {
  recommendedNeeds(first: $first) { score reasons features { name contribution } need { id title visibility anonymous organisation { name } } }
}`;

describe('matching', () => {
  let app: TestApp;
  let world: World;
  let saffronNeeds: { public: string; members: string };
  let arganNeedId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    // A clear expert for argan oil, one for saffron, and an Arabic need about argan oil.
    await app.db.getRepository(ResearcherProfile).update(world.profiles.researcherMember.id, {
      headline: "Chimie et stabilité oxydative de l'huile d'argan",
      expertise: "Extraction, pressage à froid et stabilité oxydative de l'huile d'argan ; analyse des polyphénols et des tocophérols par HPLC.",
      techniques: ['HPLC', 'pressage à froid'],
    });
    await app.db.getRepository(ResearcherProfile).update(world.profiles.researcherLapsed.id, {
      headline: 'Saffron quality and crocin analysis',
      expertise: 'Quality control of saffron stigmas according to ISO 3632: crocin, picrocrocin and safranal by UV-Vis spectrophotometry; drying of saffron.',
    });
    const saffronNeed = (visibility: NeedVisibility) =>
      need(app.db, world.organisations.member, world.users.industrialMember, `Saffron drying and crocin content (${visibility})`, visibility, {
        description: 'We dry saffron stigmas in the sun and lose crocin; we need an expert in saffron quality (ISO 3632).',
        language: 'en' as never,
      });
    saffronNeeds = { public: (await saffronNeed(NeedVisibility.PUBLIC)).id, members: (await saffronNeed(NeedVisibility.MEMBERS)).id };
    arganNeedId = (await need(app.db, world.organisations.owner, world.users.industrialOwner, 'تحسين الاستقرار التأكسدي لزيت الأركان', NeedVisibility.PUBLIC, {
      description: 'تعاونية نسوية تنتج زيت الأركان وتبحث عن خبير لتحسين مدة صلاحية الزيت والحد من التأكسد أثناء التخزين.',
      language: 'ar' as never,
    })).id;
    await app.db.query(`INSERT INTO search_outbox (entity_type, entity_id) SELECT 'researcher', id FROM researcher_profiles`);
    await app.app.get(SearchIndexer).drain();
  });
  afterAll(() => app.close());

  describe('proposeMatches', () => {
    it('ranks the argan oil chemist first for an Arabic need, with the score explained in the reader’s language', async () => {
      const matches = (await app.ok(PROPOSE, { needId: arganNeedId }, { token: world.tokens.staff })).proposeMatches;
      expect(matches[0].researcher.id).toBe(world.profiles.researcherMember.id);
      const best = matches[0];
      const sum = best.features.reduce((total: number, f: { contribution: number }) => total + f.contribution, 0);
      expect(sum).toBeCloseTo(best.score, 6);
      expect(best.features.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['lexical', 'concepts', 'trl', 'languages', 'place']));
      // Staff read French: shared concepts are named in French whatever the need's language.
      expect(best.reasons.join(' ')).toMatch(/huile d.argan/i);
      if (matches.length > 1) expect(matches[0].score).toBeGreaterThanOrEqual(matches[1].score);
    });

    it("is open to the need's own organisation, which sees no researcher's contact details", async () => {
      const matches = (await app.ok(PROPOSE, { needId: arganNeedId }, { token: world.tokens.industrialOwner })).proposeMatches;
      expect(matches.length).toBeGreaterThan(0);
      for (const match of matches) expect(match.researcher.researcher).toMatchObject({ email: null, phone: null });
      const staffView = (await app.ok(PROPOSE, { needId: arganNeedId }, { token: world.tokens.staff })).proposeMatches;
      expect(staffView[0].researcher.researcher.email).not.toBeNull();
    });

    it.each(['industrialMember', 'researcherMember'] as const)('refuses %s (not their need)', async (viewer) => {
      expect(errorCode(await app.gql(PROPOSE, { needId: arganNeedId }, { token: world.tokens[viewer] }))).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for a need the viewer cannot see', async () => {
      expect(errorCode(await app.gql(PROPOSE, { needId: world.needs.staffOnly.id }, { token: world.tokens.industrialMember }))).toBe('NOT_FOUND');
    });

    it.each([
      [{ needId: 'nope', first: 5 }, 'needId'],
      [{ needId: '6f1c1d7e-0000-4000-8000-000000000000', first: 0 }, 'first'],
      [{ needId: '6f1c1d7e-0000-4000-8000-000000000000', first: 51 }, 'first'],
    ])('refuses %j with BAD_USER_INPUT', async (variables, field) => {
      const result = await app.gql(PROPOSE, variables, { token: world.tokens.staff });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields!.map((f) => f.field)).toContain(field);
    });
  });

  describe('recommendedNeeds', () => {
    it('recommends the argan needs to the argan chemist, never a STAFF_ONLY or draft need', async () => {
      const recommended = (await app.ok(RECOMMENDED, { first: 20 }, { token: world.tokens.researcherMember })).recommendedNeeds;
      const ids = recommended.map((r: { need: { id: string } }) => r.need.id);
      expect(ids).toContain(arganNeedId);
      expect(ids).not.toContain(world.needs.staffOnly.id);
      expect(ids).not.toContain(world.needs.anonymousStaffOnly.id);
      expect(ids).not.toContain(world.needs.draft.id);
      expect(recommended[0].reasons.length).toBeGreaterThan(0);
    });

    it('never reveals an anonymous need’s organisation, not even through a reason', async () => {
      const recommended = (await app.ok(RECOMMENDED, { first: 50 }, { token: world.tokens.researcherMember })).recommendedNeeds;
      const anonymous = recommended.filter((r: { need: { anonymous: boolean } }) => r.need.anonymous);
      expect(anonymous.length).toBeGreaterThan(0);
      for (const r of anonymous) {
        expect(r.need.organisation).toBeNull();
        expect(r.reasons.join(' ')).not.toContain(world.organisations.owner.city);
        expect(r.reasons.join(' ')).not.toContain(world.organisations.owner.name);
      }
    });

    it('keeps MEMBERS needs from a lapsed member', async () => {
      const recommended = (await app.ok(RECOMMENDED, { first: 50 }, { token: world.tokens.researcherLapsed })).recommendedNeeds;
      const ids = recommended.map((r: { need: { id: string } }) => r.need.id);
      expect(ids[0]).toBe(saffronNeeds.public);
      expect(ids).not.toContain(saffronNeeds.members);
      expect(recommended.every((r: { need: { visibility: string } }) => r.need.visibility === 'PUBLIC')).toBe(true);
      const member = (await app.ok(RECOMMENDED, { first: 50 }, { token: world.tokens.researcherMember })).recommendedNeeds;
      expect(member.map((r: { need: { id: string } }) => r.need.id)).toContain(saffronNeeds.members);
    });

    it('is for researchers only', async () => {
      expect(errorCode(await app.gql(RECOMMENDED, {}, { token: world.tokens.industrialOwner }))).toBe('FORBIDDEN');
    });
  });

  describe('saveSuggestedMatches', () => {
    const SAVE = 'mutation($needId: ID!) { saveSuggestedMatches(needId: $needId, first: 5) { score researcher { id } } }';

    it('lets staff keep proposals as SUGGESTED matches, once per pair', async () => {
      const saved = (await app.ok(SAVE, { needId: arganNeedId }, { token: world.tokens.staff })).saveSuggestedMatches;
      await app.ok(SAVE, { needId: arganNeedId }, { token: world.tokens.staff });
      const rows = await app.db.getRepository(Match).findBy({ needId: arganNeedId });
      expect(rows).toHaveLength(saved.length);
      expect(rows.every((row) => row.status === 'SUGGESTED')).toBe(true);
    });

    it('is refused to the need’s own organisation and changes nothing', async () => {
      const before = await app.db.getRepository(Match).count();
      expect(errorCode(await app.gql(SAVE, { needId: arganNeedId }, { token: world.tokens.industrialOwner }))).toBe('FORBIDDEN');
      expect(await app.db.getRepository(Match).count()).toBe(before);
    });
  });
});
