import { ConceptIndex, glossarySynonyms } from '../../text/src';
import { Filter, IndexSettings, SearchDocument, SearchEngine, SearchRequest, SearchRequestError } from './search-engine';

/**
 * The behaviour every SearchEngine must have, on a small set of needs in French, Arabic and
 * English. Each run uses its own index names, so several runs can share one Meilisearch server.
 */
export function describeSearchEngineContract(label: string, createEngine: () => Promise<SearchEngine>): void {
  describe(`SearchEngine contract: ${label}`, () => {
    const runId = Math.random().toString(36).slice(2, 10);
    const settings: IndexSettings = { ...NEEDS_SETTINGS, name: `contract_needs_${runId}` };
    let engine: SearchEngine;

    const search = (request: Partial<SearchRequest>) => engine.search<Need>(settings.name, { query: '', ...request });
    const ids = async (request: Partial<SearchRequest>) => (await search({ limit: 100, ...request })).hits.map((hit) => hit.id);
    const idSet = async (request: Partial<SearchRequest>) => new Set(await ids(request));

    beforeAll(async () => {
      engine = await createEngine();
      await engine.configureIndex(settings);
      await engine.clear(settings.name);
      await engine.upsert(settings.name, NEEDS);
    });

    afterAll(async () => {
      await engine.clear(settings.name);
      await engine.close();
    });

    describe('full text', () => {
      it('matches every document on an empty query', async () => {
        const result = await search({ limit: 100 });
        expect(result.total).toBe(NEEDS.length);
        expect(new Set(result.hits.map((hit) => hit.id))).toEqual(new Set(NEEDS.map((need) => need.id)));
      });

      it('returns only the id and the fields asked for, when asked', async () => {
        const { hits } = await search({ query: 'argan', retrieve: ['title', 'keywords'] });
        expect(hits.length).toBeGreaterThan(0);
        for (const hit of hits) expect(Object.keys(hit.document).sort()).toEqual(['id', 'keywords', 'title']);
        await expect(search({ query: 'argan', retrieve: ['nowhere'] })).rejects.toBeInstanceOf(SearchRequestError);
      });

      it('returns the whole stored document with its id', async () => {
        const [hit] = (await search({ query: 'safran', limit: 1 })).hits;
        expect(hit.id).toBe('fr-safran');
        expect(hit.document).toEqual(need('fr-safran'));
      });

      it('ranks a match in the title above a match in the description only', async () => {
        const found = await ids({ query: 'argan' });
        expect(new Set(found)).toEqual(new Set(['fr-argan', 'ar-argan', 'en-packaging']));
        expect(found[0]).toBe('fr-argan');
        expect(found[found.length - 1]).toBe('en-packaging');
        const scores = (await search({ query: 'argan' })).hits.map((hit) => hit.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      });

      it('tolerates one typo in words of four letters or more', async () => {
        expect(await idSet({ query: 'argn' })).toContain('fr-argan');
        expect(await idSet({ query: 'argn' })).not.toContain('fr-safran');
        expect(await idSet({ query: 'saffran' })).toContain('fr-safran');
      });

      it('matches the last word as a prefix', async () => {
        const found = await idSet({ query: 'arg' });
        expect(found).toContain('fr-argan');
        expect(found).not.toContain('fr-safran');
      });

      it('ignores case, accents and French elision', async () => {
        expect(await idSet({ query: 'STABILITE OXYDATIVE' })).toContain('fr-argan');
        expect(await idSet({ query: 'L’HUILE D’ARGAN' })).toContain('fr-argan');
        expect(await idSet({ query: 'tracabilite' })).toContain('fr-safran');
      });

      it('ignores Arabic diacritics and letter variants', async () => {
        expect(await idSet({ query: 'زَيْتُ الأَرْكَانِ' })).toContain('ar-argan');
        expect(await idSet({ query: 'مخلّفات التّمور' })).toContain('ar-dates');
      });

      it('finds a French document from Arabic and English queries through its concept labels', async () => {
        expect(await idSet({ query: 'saffron' })).toContain('fr-safran');
        expect(await idSet({ query: 'زعفران' })).toContain('fr-safran');
        expect(await idSet({ query: 'prickly pear' })).toContain('fr-cactus');
        expect(await idSet({ query: 'التين الشوكي' })).toContain('fr-cactus');
      });

      it('expands synonyms', async () => {
        expect(await ids({ query: 'opuntia' })).toEqual(['fr-cactus']);
      });

      it('finds nothing for a word no document has', async () => {
        const result = await search({ query: 'zzyzx' });
        expect(result).toEqual({ total: 0, hits: [], facets: {} });
      });
    });

    describe('filters', () => {
      it.each<[string, Filter, string[]]>([
        ['equals', { field: 'sector', equals: 'agrifood' }, ['fr-safran', 'en-dates', 'fr-honey', 'ar-dates']],
        ['in', { field: 'city', in: ['Agadir', 'Zagora'] }, ['fr-argan', 'fr-honey', 'ar-dates']],
        ['a range', { field: 'trlCurrent', gte: 3, lte: 5 }, ['fr-safran', 'fr-argan', 'ar-argan']],
        ['a lower bound', { field: 'trlCurrent', gte: 7 }, ['en-packaging', 'ar-dates']],
        ['an upper bound', { field: 'trlCurrent', lte: 2 }, ['fr-honey', 'fr-cactus']],
        ['a boolean', { field: 'anonymous', equals: true }, ['ar-argan']],
        ['a value of a list field', { field: 'keywords', equals: 'packaging' }, ['en-dates', 'en-packaging']],
        ['not', { not: { field: 'status', equals: 'DRAFT' } }, ['fr-argan', 'ar-argan', 'fr-safran', 'en-dates', 'fr-cactus', 'ar-dates']],
        ['the visibility rule', VISIBLE_TO_SOUSS, ['fr-argan', 'ar-argan', 'fr-safran', 'en-dates', 'fr-honey']],
        ['an empty and (everything)', { and: [] }, NEEDS.map((need) => need.id)],
        ['an empty or (nothing)', { or: [] }, []],
      ])('filters on %s', async (_name, filter, expected) => {
        const result = await search({ filter, limit: 100 });
        expect(new Set(result.hits.map((hit) => hit.id))).toEqual(new Set(expected));
        expect(result.total).toBe(expected.length);
      });

      it('combines a filter with a query', async () => {
        expect(await idSet({ query: 'argan', filter: { field: 'visibility', equals: 'PUBLIC' } })).toEqual(new Set(['fr-argan', 'en-packaging']));
      });
    });

    describe('facets', () => {
      it('counts values over every match of query and filter, never a filtered-out document', async () => {
        const result = await search({ filter: VISIBLE_TO_SOUSS, facets: ['sector', 'language'], limit: 1 });
        expect(result.hits).toHaveLength(1);
        expect(result.facets).toEqual({
          sector: { cosmetics: 2, agrifood: 3 },
          language: { fr: 3, ar: 1, en: 1 },
        });
      });

      it('counts booleans, numbers and each value of a list', async () => {
        const result = await search({ query: 'argan', facets: ['anonymous', 'trlCurrent'] });
        expect(result.facets).toEqual({ anonymous: { false: 2, true: 1 }, trlCurrent: { '4': 1, '5': 1, '7': 1 } });
        const keywords = await search({ filter: { field: 'sector', equals: 'agrifood' }, facets: ['keywords'] });
        expect(keywords.facets.keywords).toMatchObject({ dates: 1, packaging: 1, safran: 1, miel: 1, تمور: 1 });
      });

      it('gives at most maxValuesPerFacet values per facet, the most frequent, with their full counts', async () => {
        const capped: IndexSettings = { ...settings, name: `contract_capped_${runId}`, maxValuesPerFacet: 1 };
        await engine.configureIndex(capped);
        await engine.upsert(capped.name, NEEDS);
        try {
          const request: SearchRequest = { query: '', facets: ['language', 'trlCurrent'], limit: 3 };
          const all = await search(request);
          const result = await engine.search(capped.name, request);
          expect(all.facets.language).toEqual({ fr: 4, ar: 2, en: 2 });
          expect(result.facets.language).toEqual({ fr: 4 });
          expect(Object.keys(result.facets.trlCurrent)).toHaveLength(1);
          expect(result.total).toBe(all.total);
          expect(result.hits.map((hit) => hit.id)).toEqual(all.hits.map((hit) => hit.id));
        } finally {
          await engine.clear(capped.name);
        }
      });
    });

    describe('sort and pagination', () => {
      const BY_TRL = ['fr-honey', 'fr-cactus', 'fr-safran', 'fr-argan', 'ar-argan', 'en-dates', 'en-packaging', 'ar-dates'];

      it('sorts by a sortable field, both ways', async () => {
        expect(await ids({ sort: [{ field: 'trlCurrent', direction: 'asc' }] })).toEqual(BY_TRL);
        expect(await ids({ sort: [{ field: 'trlCurrent', direction: 'desc' }] })).toEqual([...BY_TRL].reverse());
      });

      it('with a query, orders the hits matching as many of its words by the sort', async () => {
        // "argan" is in the title of fr-argan and ar-argan, in the description only of en-packaging.
        expect(await ids({ query: 'argan', sort: [{ field: 'trlCurrent', direction: 'desc' }] })).toEqual(
          BY_TRL.filter((id) => ['fr-argan', 'ar-argan', 'en-packaging'].includes(id)).reverse(),
        );
        expect(await ids({ query: 'argan', sort: [{ field: 'trlCurrent', direction: 'asc' }] })).toEqual(
          BY_TRL.filter((id) => ['fr-argan', 'ar-argan', 'en-packaging'].includes(id)),
        );
      });

      it.each([
        [0, 3],
        [2, 3],
        [3, 3],
        [6, 3],
        [10, 3],
        [4, 0],
      ])('pages with offset %i and limit %i, the total staying the full count', async (offset, limit) => {
        const result = await search({ sort: [{ field: 'trlCurrent', direction: 'asc' }], offset, limit });
        expect(result.hits.map((hit) => hit.id)).toEqual(BY_TRL.slice(offset, offset + limit));
        expect(result.total).toBe(NEEDS.length);
      });

      it.each([
        ['argan huile oil', 0, 2],
        ['argan huile oil', 1, 2],
        ['dattes miel safran', 0, 1],
      ])('gives the same hits for %j (offset %i, limit %i) without an exact total, and a total of at least their number', async (query, offset, limit) => {
        const exact = await search({ query, offset, limit });
        const estimated = await search({ query, offset, limit, exactTotal: false });
        expect(estimated.hits.map((hit) => hit.id)).toEqual(exact.hits.map((hit) => hit.id));
        expect(estimated.total).toBeGreaterThanOrEqual(offset + estimated.hits.length);
        expect(estimated.total).toBeLessThanOrEqual(exact.total);
      });
    });

    describe('highlights', () => {
      it('wraps the matched words in <mark> and keeps the rest of the text', async () => {
        const [hit] = (await search({ query: 'argan', highlight: ['title', 'keywords'], limit: 1 })).hits;
        const [title] = hit.highlights.title;
        expect(unmark(title)).toBe(need('fr-argan').title);
        expect(markedWords(title).length).toBeGreaterThan(0);
        expect(markedWords(title).every((word) => /argan/i.test(word))).toBe(true);
        expect(hit.highlights.keywords.map(unmark)).toEqual(need('fr-argan').keywords);
        expect(hit.highlights.keywords.some((keyword) => keyword.includes('<mark>'))).toBe(true);
      });

      it('marks Arabic words and escapes HTML around the marks', async () => {
        const [arabic] = (await search({ query: 'زيت', highlight: ['title'], filter: { field: 'language', equals: 'ar' } })).hits;
        expect(arabic.highlights.title[0]).toContain('<mark>زيت</mark>');
        const [english] = (await search({ query: 'compostable', highlight: ['description'] })).hits;
        const [description] = english.highlights.description;
        expect(description).toContain('<mark>compostable</mark>');
        expect(description).toContain('R&amp;D');
        expect(description).not.toContain('&amp;amp;');
        expect(description).toContain('&lt;250 ml&gt;');
        expect(description.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
        expect(unescapeHtml(unmark(description))).toBe(need('en-packaging').description);
      });

      it('returns the fields unmarked on an empty query', async () => {
        const [hit] = (await search({ highlight: ['title'], filter: { field: 'city', equals: 'Taliouine' } })).hits;
        expect(hit.highlights.title).toEqual([need('fr-safran').title]);
      });
    });

    describe('errors', () => {
      it.each<[string, Partial<SearchRequest>]>([
        ['a filter on a field that is not filterable', { filter: { field: 'description', equals: 'x' } }],
        ['a sort on a field that is not sortable', { sort: [{ field: 'city', direction: 'asc' }] }],
        ['a facet on a field that is not filterable', { facets: ['title'] }],
      ])('rejects %s', async (_name, request) => {
        await expect(search(request)).rejects.toBeInstanceOf(SearchRequestError);
      });

      it('rejects a search in an unknown index', async () => {
        await expect(engine.search(`contract_missing_${runId}`, { query: 'argan' })).rejects.toBeInstanceOf(SearchRequestError);
      });
    });

    describe('writes', () => {
      const writes: IndexSettings = { ...NEEDS_SETTINGS, name: `contract_writes_${runId}` };
      const writeIds = async (request: Partial<SearchRequest>) =>
        (await engine.search(writes.name, { query: '', limit: 100, ...request })).hits.map((hit) => hit.id).sort();

      beforeAll(() => engine.configureIndex(writes));
      beforeEach(async () => {
        await engine.clear(writes.name);
        await engine.upsert(writes.name, [need('fr-argan'), need('fr-safran'), need('en-dates')]);
      });
      afterAll(() => engine.clear(writes.name));

      it('counts the documents and finds them right after upsert', async () => {
        expect(await engine.count(writes.name)).toBe(3);
        expect(await writeIds({ query: 'safran' })).toEqual(['fr-safran']);
      });

      it('replaces a document with the same id', async () => {
        await engine.upsert(writes.name, [{ ...need('fr-safran'), title: 'Séchage solaire des figues', keywords: ['figues'], conceptLabels: [] }]);
        expect(await engine.count(writes.name)).toBe(3);
        expect(await writeIds({ query: 'sechage solaire' })).toEqual(['fr-safran']);
        expect(await writeIds({ filter: { field: 'keywords', equals: 'figues' } })).toEqual(['fr-safran']);
        expect(await writeIds({ filter: { field: 'keywords', equals: 'safran' } })).toEqual([]);
        expect(await writeIds({ query: 'traçabilité' })).toEqual([]);
      });

      it('deletes by id, from searches, filters and facets alike', async () => {
        await engine.delete(writes.name, ['fr-safran', 'no-such-id']);
        expect(await engine.count(writes.name)).toBe(2);
        expect(await writeIds({ query: 'safran' })).toEqual([]);
        expect(await writeIds({})).toEqual(['en-dates', 'fr-argan']);
        expect(await writeIds({ filter: { not: { field: 'status', equals: 'DRAFT' } } })).toEqual(['en-dates', 'fr-argan']);
        const result = await engine.search(writes.name, { query: '', filter: { not: { field: 'city', equals: 'Agadir' } }, facets: ['city'] });
        expect(result.total).toBe(1);
        expect(result.facets).toEqual({ city: { Errachidia: 1 } });
      });

      it('clears every document but keeps the settings', async () => {
        await engine.clear(writes.name);
        expect(await engine.count(writes.name)).toBe(0);
        expect(await writeIds({})).toEqual([]);
        await engine.upsert(writes.name, [need('ar-argan')]);
        expect(await writeIds({ query: 'argan oil', filter: { field: 'anonymous', equals: true } })).toEqual(['ar-argan']);
      });

      it('ranks documents matching more query words first, whatever the field', async () => {
        await engine.upsert(writes.name, [
          { ...need('fr-honey'), id: 'one-word', title: 'Huile vierge, huile extra', keywords: ['huile'], description: 'Pressage.' },
          { ...need('fr-honey'), id: 'two-words', title: 'Séchage solaire', keywords: [], description: 'Nous étudions les figues séchées et leur huile.' },
        ]);
        const hits = (await engine.search(writes.name, { query: 'huile figue' })).hits.map((hit) => hit.id);
        expect(hits[0]).toBe('two-words');
        expect(hits).toContain('one-word');
      });

      it('ranks a word matched as written above a one-typo neighbour, whatever the field', async () => {
        // شعير (barley) is one letter from شعر (hair): a need about barley must not come after hair care.
        await engine.upsert(writes.name, [
          { ...need('ar-argan'), id: 'hair', title: 'زيت للشعر', keywords: ['الشعر'], description: 'تركيبة زيت طبيعي للعناية بالشعر.' },
          { ...need('ar-argan'), id: 'barley', title: 'خبز تقليدي', keywords: [], description: 'نريد تحسين خبز الشعير في مخبزتنا.' },
        ]);
        const hits = (await engine.search(writes.name, { query: 'شعير' })).hits.map((hit) => hit.id);
        expect(hits[0]).toBe('barley');
        expect(hits).toContain('hair');
      });

      it('with a sort, orders the hits matching as many query words by the sort before typos and proximity', async () => {
        await engine.upsert(writes.name, [
          { ...need('ar-argan'), id: 'hair-new', title: 'زيت للشعر', keywords: [], description: 'تركيبة زيت طبيعي للعناية بالشعر.', trlCurrent: 9 },
          { ...need('ar-argan'), id: 'barley-old', title: 'خبز تقليدي', keywords: [], description: 'نريد تحسين خبز الشعير في مخبزتنا.', trlCurrent: 1 },
        ]);
        const byTrl = async (direction: 'asc' | 'desc') =>
          (await engine.search(writes.name, { query: 'شعير', sort: [{ field: 'trlCurrent', direction }] })).hits.map((hit) => hit.id).filter((id) => ['hair-new', 'barley-old'].includes(id));
        expect(await byTrl('desc')).toEqual(['hair-new', 'barley-old']);
        expect(await byTrl('asc')).toEqual(['barley-old', 'hair-new']);
      });

      it('ranks documents holding the query words side by side above those holding them apart, whatever the field', async () => {
        // Both hold both words as written; "apart" has "miel" in its title (the heaviest field) and
        // "lavande" in its description, "together" the two words next to each other in its description.
        await engine.upsert(writes.name, [
          { ...need('fr-honey'), id: 'apart', title: 'Miel de montagne', keywords: [], conceptLabels: [], description: 'La lavande pousse autour de nos ruches.' },
          { ...need('fr-honey'), id: 'together', title: 'Apiculture en Provence', keywords: [], conceptLabels: [], description: 'Nous récoltons un miel de lavande très parfumé.' },
        ]);
        const hits = (await engine.search(writes.name, { query: 'miel lavande', limit: 100 })).hits.map((hit) => hit.id);
        expect(hits.indexOf('together')).toBeGreaterThanOrEqual(0);
        expect(hits.indexOf('together')).toBeLessThan(hits.indexOf('apart'));
        // Page by page, the same order.
        const pages: string[] = [];
        for (let offset = 0; offset < hits.length; offset++) pages.push(...(await engine.search(writes.name, { query: 'miel lavande', offset, limit: 1 })).hits.map((hit) => hit.id));
        expect(pages).toEqual(hits);
      });

      it('sorts documents that lack the sort field last, both ways', async () => {
        const { trlCurrent: _omitted, ...withoutTrl } = need('fr-cactus');
        await engine.upsert(writes.name, [withoutTrl]);
        for (const direction of ['asc', 'desc'] as const) {
          const hits = (await engine.search(writes.name, { query: '', sort: [{ field: 'trlCurrent', direction }] })).hits.map((hit) => hit.id);
          expect(hits).toEqual([...(direction === 'asc' ? ['fr-safran', 'fr-argan', 'en-dates'] : ['en-dates', 'fr-argan', 'fr-safran']), 'fr-cactus']);
        }
      });

      it('rejects a batch holding an invalid document without writing any of it', async () => {
        const invalid = { ...need('fr-honey'), trlCurrent: 'three' };
        await expect(engine.upsert(writes.name, [need('fr-cactus'), invalid])).rejects.toBeInstanceOf(SearchRequestError);
        expect(await engine.count(writes.name)).toBe(3);
      });
    });

    describe('glossary concepts', () => {
      // A cluster glossary entry (libs/text): a local word no thesaurus label links across languages.
      const glossary = ConceptIndex.load({ concepts: [] }).withGlossary([
        { code: 'g_amlou', fr: ['amlou', "pâte d'amandes à l'argan"], ar: ['أملو'], en: ['almond argan spread'], variants: ['amlu'] },
      ]);
      const glossaryIndex: IndexSettings = {
        ...NEEDS_SETTINGS,
        name: `contract_glossary_${runId}`,
        synonyms: { ...NEEDS_SETTINGS.synonyms, ...glossarySynonyms(glossary, glossary.glossaryConceptCodes()) },
      };
      /** A document as the API builds it: the labels of its concepts, in every language, in conceptLabels. */
      const tagged = (document: Need): Need => ({
        ...document,
        conceptLabels: [...new Set([document.title, document.description].flatMap((text) => glossary.codes(text)).flatMap((code) => glossary.labels(code)))],
      });
      const found = async (query: string) => (await engine.search(glossaryIndex.name, { query, limit: 10 })).hits.map((hit) => hit.id).sort();

      beforeAll(async () => {
        await engine.configureIndex(glossaryIndex);
        await engine.clear(glossaryIndex.name);
        await engine.upsert(glossaryIndex.name, [
          tagged({ ...need('fr-honey'), id: 'fr-amlou', title: "Conservation de l'amlou artisanal", description: 'Notre amlou rancit en six mois : nous cherchons un laboratoire.', keywords: [] }),
          { ...need('en-dates'), id: 'en-spread', title: 'Shelf life of an almond argan spread', description: 'Export of a traditional spread; no concept labels indexed.', keywords: [], conceptLabels: [] },
          tagged(need('fr-safran')),
        ]);
      });
      afterAll(() => engine.clear(glossaryIndex.name));

      it('finds a French document by the Arabic label of its glossary concept (concept labels)', async () => {
        expect(await found('أملو')).toContain('fr-amlou');
        expect(await found('almond argan spread')).toContain('fr-amlou');
        expect(await found('أملو')).not.toContain('fr-safran');
      });

      it('finds a document by another label of a glossary concept (synonyms from the glossary)', async () => {
        expect(await found('أملو')).toContain('en-spread');
        expect(await found('amlu')).toEqual(expect.arrayContaining(['en-spread', 'fr-amlou']));
      });

      it('forgets the glossary once its synonyms are removed from the settings', async () => {
        await engine.configureIndex({ ...glossaryIndex, synonyms: NEEDS_SETTINGS.synonyms });
        expect(await found('أملو')).not.toContain('en-spread');
        expect(await found('أملو')).toContain('fr-amlou'); // its stored concept labels remain until it is re-indexed
        await engine.configureIndex(glossaryIndex);
      });
    });

    it('reports itself up', async () => {
      expect((await engine.health()).up).toBe(true);
    });
  });
}

interface Need extends SearchDocument {
  title: string;
  description: string;
  keywords: string[];
  sector: string;
  city: string;
  language: 'fr' | 'ar' | 'en';
  visibility: 'PUBLIC' | 'MEMBERS' | 'PRIVATE';
  status: 'DRAFT' | 'PUBLISHED';
  organisationId: string;
  trlCurrent: number;
  anonymous: boolean;
  conceptLabels: string[];
}

const NEEDS_SETTINGS: IndexSettings = {
  name: 'needs',
  fields: {
    id: 'string',
    title: 'string',
    description: 'string',
    keywords: 'string[]',
    sector: 'string',
    city: 'string',
    language: 'string',
    visibility: 'string',
    status: 'string',
    organisationId: 'string',
    trlCurrent: 'number',
    anonymous: 'boolean',
    conceptLabels: 'string[]',
  },
  searchableFields: ['title', 'keywords', 'conceptLabels', 'description'],
  filterableFields: ['sector', 'city', 'language', 'visibility', 'status', 'organisationId', 'trlCurrent', 'anonymous', 'keywords'],
  sortableFields: ['trlCurrent'],
  synonyms: { opuntia: ['figue de barbarie'] },
  locales: [{ fields: ['title', 'description', 'keywords', 'conceptLabels'], languages: ['fr', 'ar', 'en'] }],
};

/** What a member of org-souss may see: published PUBLIC or MEMBERS needs, and all of its own. */
const VISIBLE_TO_SOUSS: Filter = {
  or: [
    { and: [{ field: 'visibility', in: ['PUBLIC', 'MEMBERS'] }, { not: { field: 'status', equals: 'DRAFT' } }] },
    { field: 'organisationId', equals: 'org-souss' },
  ],
};

const ARGAN_LABELS = ["huile d'argan", 'زيت الأركان', 'argan oil'];
const DATE_LABELS = ['dattes', 'تمور', 'dates'];

const NEEDS: Need[] = [
  {
    id: 'fr-argan',
    title: "Stabilité oxydative de l'huile d'argan cosmétique",
    description: "Nous cherchons un laboratoire pour mesurer et prolonger la conservation de notre huile d'argan pressée à froid, destinée aux cosmétiques.",
    keywords: ["huile d'argan", 'oxydation', 'cosmétique'],
    sector: 'cosmetics',
    city: 'Agadir',
    language: 'fr',
    visibility: 'PUBLIC',
    status: 'PUBLISHED',
    organisationId: 'org-souss',
    trlCurrent: 4,
    anonymous: false,
    conceptLabels: [...ARGAN_LABELS, 'oxydation', 'أكسدة', 'oxidation'],
  },
  {
    id: 'ar-argan',
    title: 'تحسين جودة زيت الاركان للتصدير',
    description: 'نبحث عن خبرة في تحليل جودة زيت الاركان ومعايير التصدير نحو الأسواق الأوروبية',
    keywords: ['زيت الاركان', 'الجودة'],
    sector: 'cosmetics',
    city: 'Essaouira',
    language: 'ar',
    visibility: 'MEMBERS',
    status: 'PUBLISHED',
    organisationId: 'org-tamount',
    trlCurrent: 5,
    anonymous: true,
    conceptLabels: ARGAN_LABELS,
  },
  {
    id: 'fr-safran',
    title: 'Traçabilité du safran de Taliouine',
    description: "Authentifier l'origine du safran par analyse chimique et spectroscopie proche infrarouge.",
    keywords: ['safran', 'traçabilité', 'AOP'],
    sector: 'agrifood',
    city: 'Taliouine',
    language: 'fr',
    visibility: 'PUBLIC',
    status: 'PUBLISHED',
    organisationId: 'org-taliouine',
    trlCurrent: 3,
    anonymous: false,
    conceptLabels: ['safran', 'زعفران', 'saffron'],
  },
  {
    id: 'en-dates',
    title: 'Extending the shelf life of Medjool dates',
    description: 'We need a cold-chain and packaging study to extend the shelf life of fresh dates for export.',
    keywords: ['dates', 'packaging', 'cold chain'],
    sector: 'agrifood',
    city: 'Errachidia',
    language: 'en',
    visibility: 'PUBLIC',
    status: 'PUBLISHED',
    organisationId: 'org-tafilalet',
    trlCurrent: 6,
    anonymous: false,
    conceptLabels: DATE_LABELS,
  },
  {
    id: 'fr-cactus',
    title: 'Valorisation des graines de figue de barbarie',
    description: "Extraction à froid de l'huile de pépins de figue de barbarie pour la cosmétique.",
    keywords: ['figue de barbarie', 'pépins'],
    sector: 'cosmetics',
    city: 'Guelmim',
    language: 'fr',
    visibility: 'PRIVATE',
    status: 'PUBLISHED',
    organisationId: 'org-guelmim',
    trlCurrent: 2,
    anonymous: false,
    conceptLabels: ['figue de barbarie', 'التين الشوكي', 'prickly pear'],
  },
  {
    id: 'en-packaging',
    title: 'Biodegradable jars for natural cosmetics',
    description: 'Looking for R&D partners on compostable jars <250 ml>; argan and rose products are our first market.',
    keywords: ['packaging', 'biodegradable'],
    sector: 'cosmetics',
    city: 'Casablanca',
    language: 'en',
    visibility: 'PUBLIC',
    status: 'DRAFT',
    organisationId: 'org-pack',
    trlCurrent: 7,
    anonymous: false,
    conceptLabels: ['emballage', 'تغليف', 'packaging'],
  },
  {
    id: 'fr-honey',
    title: 'Authentification du miel de thym',
    description: "Analyse pollinique pour prouver l'origine botanique de notre miel.",
    keywords: ['miel', 'thym'],
    sector: 'agrifood',
    city: 'Agadir',
    language: 'fr',
    visibility: 'MEMBERS',
    status: 'DRAFT',
    organisationId: 'org-souss',
    trlCurrent: 1,
    anonymous: false,
    conceptLabels: ['miel', 'عسل', 'honey'],
  },
  {
    id: 'ar-dates',
    title: 'تثمين مخلفات التمور',
    description: 'تحويل نوى التمور إلى مسحوق غذائي غني بالألياف',
    keywords: ['تمور'],
    sector: 'agrifood',
    city: 'Zagora',
    language: 'ar',
    visibility: 'PRIVATE',
    status: 'PUBLISHED',
    organisationId: 'org-zagora',
    trlCurrent: 8,
    anonymous: false,
    conceptLabels: DATE_LABELS,
  },
];

function need(id: string): Need {
  const found = NEEDS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return structuredClone(found);
}

function unmark(text: string): string {
  return text.replace(/<\/?mark>/g, '');
}

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function markedWords(text: string): string[] {
  return [...text.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]);
}

export { NEEDS as CONTRACT_NEEDS, NEEDS_SETTINGS as CONTRACT_NEEDS_SETTINGS };
