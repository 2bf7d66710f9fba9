import { hash } from '@node-rs/argon2';
import { SearchEngine } from '../libs/search/src';
import { LanguageCode } from '../apps/api/src/common/language.enum';
import { Role, UserStatus } from '../apps/api/src/members/member.enums';
import { User } from '../apps/api/src/members/user.entity';
import { Need } from '../apps/api/src/needs/need.entity';
import { NeedStatus, NeedVisibility } from '../apps/api/src/needs/need.enums';
import { Availability } from '../apps/api/src/profiles/profile.enums';
import { ResearcherProfile } from '../apps/api/src/profiles/researcher-profile.entity';
import { SEARCH_ENGINE } from '../apps/api/src/search/search-engine.provider';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { SearchIndexes } from '../apps/api/src/search/search-indexes';
import { buildWorld, need, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

/** The API the needs, search and profile pages of "Web client I" are built on. */
describe('need pages', () => {
  let app: TestApp;
  let world: World;
  let indexer: SearchIndexer;

  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });
  const setLanguage = (viewer: ViewerName, language: LanguageCode) =>
    app.db.getRepository(User).update(world.users[viewer].id, { preferredLanguage: language });

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    indexer = app.app.get(SearchIndexer);
    await indexer.drain();
  });
  afterAll(() => app.close());

  describe('concept preview: detectConcepts and the concepts of needs and profiles', () => {
    const DETECT = 'query($text: String!) { detectConcepts(text: $text) { code label matched } }';
    const ARGAN_OIL = 'c_37950';
    afterEach(() => setLanguage('researcherMember', LanguageCode.fr));

    it('finds argan oil in Arabic text, labelled in the reader’s language', async () => {
      const text = 'نبحث عن مختبر لتحليل جودة زيت الأركان ومعايير التصدير';
      const fr = (await app.ok(DETECT, { text }, as('researcherMember'))).detectConcepts;
      expect(fr).toContainEqual({ code: ARGAN_OIL, label: "huile d'argan", matched: 'زيت الأركان' });
      await setLanguage('researcherMember', LanguageCode.en);
      const en = (await app.ok(DETECT, { text }, as('researcherMember'))).detectConcepts;
      expect(en).toContainEqual({ code: ARGAN_OIL, label: 'argan oil', matched: 'زيت الأركان' });
    });

    it('finds argan oil in French text, labelled in Arabic for an Arabic reader', async () => {
      await setLanguage('researcherMember', LanguageCode.ar);
      const text = "Nous cherchons un laboratoire pour la stabilité oxydative de l'huile d'argan pressée à froid.";
      const ar = (await app.ok(DETECT, { text }, as('researcherMember'))).detectConcepts;
      expect(ar).toContainEqual({ code: ARGAN_OIL, label: 'زيت الأركان', matched: "huile d'argan" });
      // Distinct codes, in order of first mention.
      const codes = ar.map((c: { code: string }) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('is for signed-in users, and refuses a text over 20,000 characters naming the field', async () => {
      expect(errorCode(await app.gql(DETECT, { text: 'huile d’argan' }))).toBe('UNAUTHENTICATED');
      const tooLong = await app.gql(DETECT, { text: 'argan '.repeat(4000) }, as('industrialOwner'));
      expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
      expect(tooLong.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['text']);
      expect((await app.ok(DETECT, { text: '' }, as('industrialOwner'))).detectConcepts).toEqual([]);
    });

    it('gives needs and profiles exactly the concepts their search documents carry', async () => {
      const engine = app.app.get<SearchEngine>(SEARCH_ENGINE);
      const indexes = app.app.get(SearchIndexes);
      const documentConcepts = async (index: string, id: string) => {
        const { hits } = await engine.search(index, { query: '', retrieve: ['concepts'], limit: 100 });
        return hits.find((hit) => hit.id === id)!.document.concepts;
      };
      const needResult = await app.ok('query($id: ID!) { need(id: $id) { concepts { code label matched } } }', { id: world.needs.public.id }, as('researcherMember'));
      expect(needResult.need.concepts.map((c: { code: string }) => c.code)).toEqual(await documentConcepts(indexes.needs, world.needs.public.id));
      expect(needResult.need.concepts.length).toBeGreaterThan(0);

      const profileId = world.profiles.researcherMember.id;
      const profileResult = await app.ok('query($id: ID!) { researcherProfile(id: $id) { concepts { code label } } }', { id: profileId }, as('industrialOwner'));
      expect(profileResult.researcherProfile.concepts.map((c: { code: string }) => c.code)).toEqual(await documentConcepts(indexes.researchers, profileId));
      expect(profileResult.researcherProfile.concepts.map((c: { code: string }) => c.code)).toContain(ARGAN_OIL);
    });

    it('is computed only for records the viewer sees', async () => {
      const hidden = await app.gql('query($id: ID!) { need(id: $id) { concepts { code } } }', { id: world.needs.staffOnly.id }, as('researcherMember'));
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden.data).toBeNull();
    });
  });

  describe('search for pages', () => {
    const SEARCH = `query($query: String, $sort: SearchSort, $filters: NeedSearchFilters, $first: Int) {
      searchNeeds(query: $query, sort: $sort, filters: $filters, first: $first) {
        total hits { need { id title visibility status sector createdAt } highlights { field snippets } } facets { name values { value count } }
      }
    }`;
    const RESEARCHERS = `query($query: String, $sort: SearchSort) {
      searchResearchers(query: $query, sort: $sort, first: 50) {
        total hits { researcher { id updatedAt researcher { fullName email phone } } highlights { field snippets } }
      }
    }`;
    let markup: Need;

    beforeAll(async () => {
      markup = await need(app.db, world.organisations.member, world.users.industrialMember, 'Savon noir & huile d’argan <b>bio</b>', NeedVisibility.PUBLIC, {
        description: 'Notre R&D cherche un savon noir <i>sans</i> huile de palme, au savon d’argan.',
      });
      await app.db.query('UPDATE researcher_profiles SET expertise = $1, updated_at = now() WHERE id = $2', [
        'Formulation de savon noir & cosmétiques au beurre de karité <script>.',
        world.profiles.researcherMember.id,
      ]);
      await app.db.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('researcher', $1)`, [world.profiles.researcherMember.id]);
      await indexer.drain();
    });

    it('highlights with <mark> and escapes a literal & exactly once, in needs and researchers', async () => {
      const result = (await app.ok(SEARCH, { query: 'savon' }, as('researcherMember'))).searchNeeds;
      const hit = result.hits.find((h: { need: { id: string } }) => h.need.id === markup.id);
      const [title] = hit.highlights.find((h: { field: string }) => h.field === 'title').snippets;
      expect(title).toBe('<mark>Savon</mark> noir &amp; huile d’argan &lt;b&gt;bio&lt;/b&gt;');
      const snippets: string = hit.highlights.flatMap((h: { snippets: string[] }) => h.snippets).join('\n');
      expect(snippets).toContain('R&amp;D');
      expect(snippets).not.toContain('&amp;amp;');
      expect(snippets.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);

      const researchers = (await app.ok(RESEARCHERS, { query: 'savon' }, as('industrialOwner'))).searchResearchers;
      const expertise = researchers.hits
        .find((h: { researcher: { id: string } }) => h.researcher.id === world.profiles.researcherMember.id)
        .highlights.find((h: { field: string }) => h.field === 'expertise').snippets[0];
      expect(expertise).toBe('Formulation de <mark>savon</mark> noir &amp; cosmétiques au beurre de karité &lt;script&gt;.');
    });

    it('browses with an empty query: every visible need, newest first, as the needs list', async () => {
      for (const viewer of ['researcherMember', 'researcherLapsed', 'industrialMember', 'staff'] as const) {
        const list = (await app.ok('{ needs(first: 100) { totalCount edges { node { id } } } }', {}, as(viewer))).needs;
        const browsed = (await app.ok(SEARCH, { query: '', first: 50 }, as(viewer))).searchNeeds;
        expect(browsed.total).toBe(list.totalCount);
        expect(new Set(browsed.hits.map((h: { need: { id: string } }) => h.need.id))).toEqual(new Set(list.edges.map((e: { node: { id: string } }) => e.node.id)));
        const dates = browsed.hits.map((h: { need: { createdAt: string } }) => Date.parse(h.need.createdAt));
        expect(dates).toEqual([...dates].sort((a, b) => b - a));
        expect(browsed.hits.flatMap((h: { highlights: unknown[] }) => h.highlights)).toEqual([]);
        const sector = browsed.facets.find((f: { name: string }) => f.name === 'sector');
        expect(sector.values.reduce((sum: number, v: { count: number }) => sum + v.count, 0)).toBe(browsed.total);
      }
      // Omitting the query altogether browses too.
      const omitted = await app.ok('{ searchNeeds(first: 5) { total } }', {}, as('researcherMember'));
      expect(omitted.searchNeeds.total).toBeGreaterThan(0);
    });

    it('keeps hidden needs out of a browse, hits and facet counts alike', async () => {
      const lapsed = (await app.ok(SEARCH, { query: '', first: 50 }, as('researcherLapsed'))).searchNeeds;
      expect(lapsed.hits.every((h: { need: { visibility: string; status: string } }) => h.need.visibility === 'PUBLIC' && h.need.status !== 'DRAFT')).toBe(true);
      const visibility = lapsed.facets.find((f: { name: string }) => f.name === 'sector');
      expect(visibility.values.reduce((sum: number, v: { count: number }) => sum + v.count, 0)).toBe(lapsed.total);
      const hidden = [world.needs.staffOnly, world.needs.members, world.needs.draft, world.needs.archived].map((n) => n.id);
      expect(lapsed.hits.map((h: { need: { id: string } }) => h.need.id).filter((id: string) => hidden.includes(id))).toEqual([]);
    });

    it('sorts by NEWEST with a query and with filters', async () => {
      const newest = (await app.ok(SEARCH, { query: 'argan', sort: 'NEWEST' }, as('staff'))).searchNeeds;
      expect(newest.total).toBeGreaterThan(2);
      const dates = newest.hits.map((h: { need: { createdAt: string } }) => Date.parse(h.need.createdAt));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      const filtered = (await app.ok(SEARCH, { query: '', sort: 'NEWEST', filters: { sector: ['COSMETICS'] } }, as('staff'))).searchNeeds;
      expect(filtered.hits.every((h: { need: { sector: string } }) => h.need.sector === 'COSMETICS')).toBe(true);
      expect(filtered.hits[0].need.id).toBe(markup.id);
    });

    it('lets every signed-in member search researchers, never showing their contacts; staff see them', async () => {
      for (const viewer of ['industrialOwner', 'researcherLapsed'] as const) {
        const result = (await app.ok(RESEARCHERS, { query: '' }, as(viewer))).searchResearchers;
        const hit = result.hits.find((h: { researcher: { id: string } }) => h.researcher.id === world.profiles.researcherMember.id);
        expect(hit.researcher.researcher).toEqual({ fullName: 'Test researcher', email: null, phone: null });
      }
      const staff = (await app.ok(RESEARCHERS, { query: '', sort: 'NEWEST' }, as('staff'))).searchResearchers;
      expect(staff.hits.find((h: { researcher: { id: string } }) => h.researcher.id === world.profiles.researcherMember.id).researcher.researcher.email).toBe('researcher@test.example');
      expect(staff.hits[0].researcher.id).toBe(world.profiles.researcherMember.id); // updated last
      expect(errorCode(await app.gql(RESEARCHERS, { query: '' }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('match counts', () => {
    const COUNTS = 'query($id: ID!) { need(id: $id) { matchCounts { total proposed introduced collaborating } } }';
    let counted: Need;

    beforeAll(async () => {
      counted = await need(app.db, world.organisations.owner, world.users.industrialOwner, 'Besoin aux mises en relation comptées', NeedVisibility.PUBLIC);
      const passwordHash = await hash('not used in this test');
      const profiles: string[] = [world.profiles.researcherMember.id, world.profiles.researcherLapsed.id];
      for (let i = 0; i < 5; i++) {
        const user = await app.db.getRepository(User).save({
          email: `expert-${i}@test.example`, passwordHash, fullName: `Expert ${i}`, phone: null, role: Role.RESEARCHER,
          organisationId: world.organisations.lab.id, preferredLanguage: LanguageCode.fr, status: UserStatus.ACTIVE,
        });
        const profile = await app.db.getRepository(ResearcherProfile).save({
          userId: user.id, headline: `Expert ${i}`, expertise: 'Analyse des huiles.', keywords: [], techniques: [], equipment: [], publications: [],
          languages: [LanguageCode.fr], availability: Availability.AVAILABLE, trlMin: 1, trlMax: 9,
        });
        profiles.push(profile.id);
      }
      const at = '2026-01-10T12:00:00Z';
      const match = (profileId: string, status: string, reached: { proposed?: boolean; introduced?: boolean; collaborating?: boolean }) =>
        app.db.query(
          `INSERT INTO matches (need_id, researcher_profile_id, status, origin, features, created_by, proposed_at, introduced_at, collaboration_started_at, outcome)
           VALUES ($1, $2, $3, 'STAFF', '[]', $4, $5, $6, $7, $8)`,
          [
            counted.id, profileId, status, world.users.staff.id, reached.proposed ? at : null, reached.introduced ? at : null, reached.collaborating ? at : null,
            status !== 'CLOSED' ? null : reached.collaborating ? 'SUCCESS' : 'NOT_PURSUED',
          ],
        );
      await match(profiles[0], 'SUGGESTED', {});
      await match(profiles[1], 'DECLINED', { proposed: true });
      await match(profiles[2], 'INTRODUCED', { proposed: true, introduced: true });
      await match(profiles[3], 'CLOSED', { proposed: true, introduced: true, collaborating: true }); // a collaboration that ended
      await match(profiles[4], 'CLOSED', {}); // not pursued before any proposal
      await match(profiles[5], 'INTRODUCED', { introduced: true }); // proposed to two sides that had both said yes
      await match(profiles[6], 'COLLABORATING', { proposed: true, introduced: true, collaborating: true });
    });

    it('counts each match by the furthest stage it reached, for staff and the need’s organisation', async () => {
      const expected = { total: 7, proposed: 5, introduced: 4, collaborating: 2 };
      expect((await app.ok(COUNTS, { id: counted.id }, as('industrialOwner'))).need.matchCounts).toEqual(expected);
      expect((await app.ok(COUNTS, { id: counted.id }, as('staff'))).need.matchCounts).toEqual(expected);
      expect((await app.ok(COUNTS, { id: world.needs.members.id }, as('industrialOwner'))).need.matchCounts).toEqual({ total: 0, proposed: 0, introduced: 0, collaborating: 0 });
    });

    it('is null for everyone else, even on a need they see', async () => {
      const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id).sort();
      for (const viewer of ['industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'] as const) {
        expect((await app.ok(COUNTS, { id: counted.id }, as(viewer))).need.matchCounts).toBeNull();
        const list = (await app.ok('{ needs(first: 100) { edges { node { id matchCounts { total } } } } }', {}, as(viewer))).needs;
        const own = (await app.ok('{ needs(first: 100, filter: { mine: true }) { edges { node { id } } } }', {}, as(viewer))).needs;
        const withCounts = list.edges.filter((e: { node: { matchCounts: unknown } }) => e.node.matchCounts !== null);
        expect(ids({ edges: withCounts })).toEqual(ids(own)); // only their own organisation's needs (industrialMember has one)
      }
    });

    it('loads the counts of 50 needs in as many statements as those of 5', async () => {
      for (let i = 0; i < 45; i++) {
        await need(app.db, world.organisations.owner, world.users.industrialOwner, `Besoin numéro ${i} pour la pagination`, NeedVisibility.PUBLIC);
      }
      const query = 'query($first: Int) { needs(first: $first) { edges { node { id matchCounts { total proposed } concepts { code } } } } }';
      const forFive = await app.countStatements(() => app.ok(query, { first: 5 }, as('staff')));
      const forFifty = await app.countStatements(() => app.ok(query, { first: 50 }, as('staff')));
      expect(forFifty).toBe(forFive);
      const without = await app.countStatements(() => app.ok('query($first: Int) { needs(first: $first) { edges { node { id } } } }', { first: 50 }, as('staff')));
      expect(forFifty).toBe(without + 1);
      const owner = await app.ok('query { needs(first: 50, filter: { mine: true }) { edges { node { matchCounts { total } } } } }', {}, as('industrialOwner'));
      expect(owner.needs.edges).toHaveLength(50);
      expect(owner.needs.edges.every((e: { node: { matchCounts: unknown } }) => e.node.matchCounts !== null)).toBe(true);
    });
  });

  describe('the need form: draft, publish, edit, archive', () => {
    const CREATE = 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id status deadline } }';
    const UPDATE = 'mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id title status budgetMinMad budgetMaxMad } }';
    const input = (overrides: Record<string, unknown> = {}) => ({
      title: 'Extraction du mucilage de cactus',
      description: 'Nous voulons extraire le mucilage des raquettes de cactus pour des gels cosmétiques.',
      language: 'fr',
      sector: 'COSMETICS',
      trlCurrent: 2,
      trlTarget: 4,
      deadline: '2099-01-31',
      ...overrides,
    });

    it('saves a draft only its organisation and staff see, publishes it, edits it and archives it', async () => {
      const draft = (await app.ok(CREATE, { input: input({ status: 'DRAFT' }) }, as('industrialOwner'))).createNeed;
      expect(draft.status).toBe('DRAFT');
      const READ = 'query($id: ID!) { need(id: $id) { status title } }';
      expect(errorCode(await app.gql(READ, { id: draft.id }, as('researcherMember')))).toBe('NOT_FOUND');
      expect((await app.ok(READ, { id: draft.id }, as('staff'))).need.status).toBe('DRAFT');

      const edited = (await app.ok(UPDATE, { id: draft.id, input: { title: 'Extraction du mucilage de figuier de Barbarie' } }, as('industrialOwner'))).updateNeed;
      expect(edited).toMatchObject({ status: 'DRAFT', title: 'Extraction du mucilage de figuier de Barbarie' });
      const published = (await app.ok(UPDATE, { id: draft.id, input: { status: 'OPEN' } }, as('industrialOwner'))).updateNeed;
      expect(published.status).toBe('OPEN');
      expect((await app.ok(READ, { id: draft.id }, as('researcherMember'))).need.status).toBe('OPEN');

      const budget = (await app.ok(UPDATE, { id: draft.id, input: { budgetMinMad: 10000, budgetMaxMad: 20000 } }, as('industrialOwner'))).updateNeed;
      expect(budget).toMatchObject({ budgetMinMad: 10000, budgetMaxMad: 20000 });
      const archived = await app.ok('mutation($id: ID!) { archiveNeed(id: $id) { archivedAt } }', { id: draft.id }, as('industrialOwner'));
      expect(archived.archiveNeed.archivedAt).not.toBeNull();
      expect(errorCode(await app.gql(READ, { id: draft.id }, as('researcherMember')))).toBe('NOT_FOUND');
    });

    it('does not publish a draft whose deadline has passed', async () => {
      const draft = (await app.ok(CREATE, { input: input({ status: 'DRAFT' }) }, as('industrialOwner'))).createNeed;
      await app.db.getRepository(Need).update(draft.id, { deadline: '2020-01-31' });
      const result = await app.gql(UPDATE, { id: draft.id, input: { status: 'OPEN' } }, as('industrialOwner'));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields).toEqual([{ field: 'deadline', reason: 'la date limite est déjà passée' }]);
      expect((await app.db.getRepository(Need).findOneByOrFail({ id: draft.id })).status).toBe(NeedStatus.DRAFT);
      const fixed = await app.ok(UPDATE, { id: draft.id, input: { status: 'OPEN', deadline: '2099-12-31' } }, as('industrialOwner'));
      expect(fixed.updateNeed.status).toBe('OPEN');
    });

    it('names every field with its reason in the reader’s language, on create and on update', async () => {
      await setLanguage('industrialOwner', LanguageCode.ar);
      try {
        const bad = { trlCurrent: 6, trlTarget: 3, budgetMinMad: 90000, budgetMaxMad: 100, deadline: '2001-01-01' };
        const created = await app.gql(CREATE, { input: input(bad) }, as('industrialOwner'));
        expect(errorCode(created)).toBe('BAD_USER_INPUT');
        expect(created.errors![0].extensions.fields).toEqual([
          { field: 'trlTarget', reason: 'يجب أن يكون مستوى الجاهزية المستهدف أكبر من المستوى الحالي أو مساويا له' },
          { field: 'budgetMaxMad', reason: 'يجب أن تكون الميزانية القصوى أكبر من الدنيا أو مساوية لها' },
          { field: 'deadline', reason: 'الموعد النهائي قد مضى' },
        ]);
        const updated = await app.gql(UPDATE, { id: world.needs.public.id, input: { budgetMinMad: 5000, budgetMaxMad: 10 } }, as('industrialOwner'));
        expect(updated.errors![0].extensions.fields).toEqual([{ field: 'budgetMaxMad', reason: 'يجب أن تكون الميزانية القصوى أكبر من الدنيا أو مساوية لها' }]);
        const short = await app.gql(UPDATE, { id: world.needs.public.id, input: { title: 'Court' } }, as('industrialOwner'));
        expect(short.errors![0].extensions.fields).toEqual([{ field: 'title', reason: 'يجب أن يحتوي بين 8 و160 حرفا' }]);
      } finally {
        await setLanguage('industrialOwner', LanguageCode.fr);
      }
    });
  });
});
