import { SearchEngine, SearchUnavailableError } from '../libs/search/src';
import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { SEARCH_ENGINE } from '../apps/api/src/search/search-engine.provider';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { ReindexService } from '../apps/api/src/search/reindex.service';
import { SearchIndexes } from '../apps/api/src/search/search-indexes';
import { buildWorld, need, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const SEARCH_NEEDS = `query($query: String!, $filters: NeedSearchFilters, $first: Int, $after: String) {
  searchNeeds(query: $query, filters: $filters, first: $first, after: $after) {
    total
    hits { score need { id title visibility anonymous organisation { name } author { fullName } } highlights { field snippets } }
    facets { name values { value count label } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SEARCH_RESEARCHERS = `query($query: String!, $filters: ResearcherSearchFilters) {
  searchResearchers(query: $query, filters: $filters) {
    total
    hits { researcher { id headline } highlights { field snippets } }
    facets { name values { value count } }
  }
}`;

describe('search (embedded engine)', () => {
  let app: TestApp;
  let world: World;
  let indexer: SearchIndexer;
  let engine: SearchEngine;

  const searchNeeds = (token: string, query: string, filters?: object, extra: object = {}) =>
    app.gql(SEARCH_NEEDS, { query, filters, ...extra }, { token });
  const needIds = (result: any): string[] => result.data.searchNeeds.hits.map((h: any) => h.need.id);

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    indexer = app.app.get(SearchIndexer);
    engine = app.app.get<SearchEngine>(SEARCH_ENGINE);
    await need(app.db, world.organisations.member, world.users.industrialMember, 'Culture et séchage du safran de Taliouine', NeedVisibility.PUBLIC, {
      description: 'Améliorer le séchage des stigmates de safran pour respecter la norme ISO 3632.',
      sector: 'AGRIFOOD' as never,
    });
    await app.db.query(`UPDATE researcher_profiles SET expertise = $1 WHERE id = $2`, [
      "Extraction et stabilité oxydative de l'huile d'argan pressée à froid.",
      world.profiles.researcherMember.id,
    ]);
    await app.db.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('researcher', $1)`, [world.profiles.researcherMember.id]);
    await indexer.drain();
  });
  afterAll(() => app.close());

  describe('finding', () => {
    it('tolerates typos: "argn" finds argan, "saffran" finds safran', async () => {
      const argan = await searchNeeds(world.tokens.staff, 'argn');
      expect(needIds(argan)).toContain(world.needs.public.id);
      const saffron = await searchNeeds(world.tokens.staff, 'saffran');
      expect(saffron.data!.searchNeeds.hits.map((h: any) => h.need.title)).toContain('Culture et séchage du safran de Taliouine');
    });

    it('finds a French profile from an Arabic or an English query, through thesaurus concepts', async () => {
      for (const query of ['زيت الأركان', 'argan oil']) {
        const result = await app.ok(SEARCH_RESEARCHERS, { query }, { token: world.tokens.industrialOwner });
        expect(result.searchResearchers.hits.map((h: any) => h.researcher.id)).toContain(world.profiles.researcherMember.id);
      }
    });

    it('highlights the matched words, escaping member text', async () => {
      const result = await searchNeeds(world.tokens.staff, 'safran');
      const hit = result.data!.searchNeeds.hits.find((h: any) => h.need.title.includes('safran'));
      const snippets = hit.highlights.flatMap((h: any) => h.snippets).join(' ');
      expect(snippets).toMatch(/<mark>safran<\/mark>/i);
    });

    it('filters and counts facets over every match', async () => {
      const all = (await searchNeeds(world.tokens.staff, 'argan')).data!.searchNeeds;
      const sector = all.facets.find((f: any) => f.name === 'sector');
      expect(sector.values.reduce((sum: number, v: any) => sum + v.count, 0)).toBe(all.total);
      const agrifood = (await searchNeeds(world.tokens.staff, 'safran', { sector: ['AGRIFOOD'] })).data!.searchNeeds;
      expect(agrifood.total).toBe(1);
      const cosmetics = (await searchNeeds(world.tokens.staff, 'safran', { sector: ['COSMETICS'] })).data!.searchNeeds;
      expect(cosmetics.total).toBe(0);
    });

    it('pages with a cursor without repeating hits', async () => {
      const first = (await searchNeeds(world.tokens.staff, 'argan', undefined, { first: 2 })).data!.searchNeeds;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await searchNeeds(world.tokens.staff, 'argan', undefined, { first: 2, after: first.pageInfo.endCursor })).data!.searchNeeds;
      const firstIds = first.hits.map((h: any) => h.need.id);
      expect(second.hits.map((h: any) => h.need.id).some((id: string) => firstIds.includes(id))).toBe(false);
      expect(second.total).toBe(first.total);
    });
  });

  describe('visibility', () => {
    it('never shows a STAFF_ONLY or draft need to other members, in hits or counts', async () => {
      for (const viewer of ['researcherMember', 'industrialMember', 'researcherLapsed'] as const) {
        const result = (await searchNeeds(world.tokens[viewer], 'audit confidentiel pressage')).data!.searchNeeds;
        expect(needIds({ data: { searchNeeds: result } })).not.toContain(world.needs.staffOnly.id);
        const draft = (await searchNeeds(world.tokens[viewer], 'brouillon')).data!.searchNeeds;
        expect(draft.total).toBe(0);
      }
      expect(needIds(await searchNeeds(world.tokens.staff, 'brouillon'))).toContain(world.needs.draft.id);
      const staff = await searchNeeds(world.tokens.staff, 'audit confidentiel pressage');
      expect(needIds(staff)).toContain(world.needs.staffOnly.id);
      const owner = await searchNeeds(world.tokens.industrialOwner, 'audit confidentiel pressage');
      expect(needIds(owner)).toContain(world.needs.staffOnly.id);
    });

    it('keeps MEMBERS needs from lapsed members, counts included', async () => {
      const member = (await searchNeeds(world.tokens.researcherMember, 'tourteau')).data!.searchNeeds;
      expect(member.total).toBe(1);
      const lapsed = (await searchNeeds(world.tokens.researcherLapsed, 'tourteau')).data!.searchNeeds;
      expect(lapsed.total).toBe(0);
      expect(lapsed.facets.flatMap((f: any) => f.values)).toEqual([]);
    });

    it('never ties an anonymous need to its organisation', async () => {
      const result = (await searchNeeds(world.tokens.researcherMember, 'الأركان')).data!.searchNeeds;
      const anonymous = result.hits.find((h: any) => h.need.id === world.needs.anonymousPublic.id);
      expect(anonymous.need).toMatchObject({ anonymous: true, organisation: null, author: null });
      // Searching by the organisation's name or city does not surface its anonymous needs.
      const byName = await searchNeeds(world.tokens.researcherMember, 'Tifawt');
      expect(needIds(byName)).not.toContain(world.needs.anonymousPublic.id);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a query over 1,000 characters', 'a'.repeat(1001), undefined, 'query'],
      ['a malformed concept code', 'argan', { concepts: ['DROP TABLE'] }, 'concepts'],
      ['a TRL out of range', 'argan', { trlMin: 12 }, 'trlMin'],
    ])('refuses %s with BAD_USER_INPUT', async (_, query, filters, field) => {
      const result = await searchNeeds(world.tokens.staff, query, filters);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields!.map((f) => f.field)).toContain(field);
    });

    it('browses on an empty or blank query (see tests/need-pages.e2e-spec.ts)', async () => {
      const total = (await searchNeeds(world.tokens.staff, '')).data!.searchNeeds.total;
      expect(total).toBeGreaterThan(0);
      expect((await searchNeeds(world.tokens.staff, '   ')).data!.searchNeeds.total).toBe(total);
    });

    it('refuses a forged cursor', async () => {
      const result = await searchNeeds(world.tokens.staff, 'argan', undefined, { after: 'Zm9yZ2Vk' });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });

    it('treats engine syntax in a query as text', async () => {
      const result = await searchNeeds(world.tokens.staff, 'argan" OR visibility = "STAFF_ONLY');
      expect(result.errors).toBeUndefined();
    });
  });

  describe('outbox', () => {
    it('keeps a write made while the engine fails, and indexes it once when the engine is back', async () => {
      const upsert = engine.upsert.bind(engine);
      engine.upsert = async () => {
        throw new SearchUnavailableError('engine down (test)');
      };
      let created: any;
      try {
        created = (await app.ok(
          `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
          { input: { title: 'Miel de thym du Haut Atlas : authenticité', description: 'Nous voulons prouver l’origine botanique de notre miel de thym par analyse pollinique.', language: 'fr', sector: 'AGRIFOOD', trlCurrent: 3, trlTarget: 6 } },
          { token: world.tokens.industrialOwner },
        )).createNeed;
        await indexer.drain();
        const health = (await (await fetch(`${app.url}/health/details`)).json()) as any;
        expect(health.search.backlog.pending).toBeGreaterThanOrEqual(1);
        expect(health.search.backlog.failing).toBeGreaterThanOrEqual(1);
        expect((await searchNeeds(world.tokens.staff, 'miel thym')).data!.searchNeeds.total).toBe(0);
      } finally {
        engine.upsert = upsert;
      }
      await app.db.query('UPDATE search_outbox SET next_attempt_at = now() WHERE processed_at IS NULL'); // skip the backoff wait
      await indexer.drain();
      const found = (await searchNeeds(world.tokens.staff, 'miel thym')).data!.searchNeeds;
      expect(found.hits.map((h: any) => h.need.id)).toEqual([created.id]);
      expect(((await (await fetch(`${app.url}/health/details`)).json()) as any).search.backlog.pending).toBe(0);
    });

    it('removes archived needs from the index', async () => {
      await app.ok('mutation($id: ID!) { archiveNeed(id: $id) { id } }', { id: world.needs.members.id }, { token: world.tokens.industrialOwner });
      await indexer.drain();
      expect((await searchNeeds(world.tokens.staff, 'tourteau')).data!.searchNeeds.total).toBe(0);
    });

    it('reflects an organisation renamed since', async () => {
      await app.ok('mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }',
        { id: world.organisations.member.id, input: { name: 'Safran Souss Excellence' } }, { token: world.tokens.staff });
      await indexer.drain();
      const result = (await searchNeeds(world.tokens.staff, 'Excellence')).data!.searchNeeds;
      expect(result.hits.map((h: any) => h.need.title)).toContain('Culture et séchage du safran de Taliouine');
    });

    it('answers SERVICE_UNAVAILABLE, not an internal error, when the engine is down', async () => {
      const search = engine.search.bind(engine);
      engine.search = async () => {
        throw new SearchUnavailableError('down');
      };
      try {
        const result = await searchNeeds(world.tokens.staff, 'argan');
        expect(errorCode(result)).toBe('SERVICE_UNAVAILABLE');
      } finally {
        engine.search = search;
      }
    });

    it('rebuilds from Postgres to exactly what incremental indexing produced', async () => {
      const indexes = app.app.get(SearchIndexes);
      const snapshot = async () => {
        const needs = await engine.search(indexes.needs, { query: '', limit: 1000 });
        const researchers = await engine.search(indexes.researchers, { query: '', limit: 1000 });
        const sort = (docs: object[]) => docs.map((d) => JSON.stringify(d)).sort();
        return { needs: sort(needs.hits.map((h) => h.document)), researchers: sort(researchers.hits.map((h) => h.document)) };
      };
      const incremental = await snapshot();
      expect(incremental.needs.length).toBeGreaterThan(5);
      await app.app.get(ReindexService).rebuild('all');
      expect(await snapshot()).toEqual(incremental);
    });
  });
});
