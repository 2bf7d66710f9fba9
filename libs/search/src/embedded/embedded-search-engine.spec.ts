import { CONTRACT_NEEDS, CONTRACT_NEEDS_SETTINGS, describeSearchEngineContract } from '../search-engine.contract';
import { SearchRequest, SearchRequestError } from '../search-engine';
import { EmbeddedSearchEngine } from './embedded-search-engine';

describeSearchEngineContract('embedded', async () => new EmbeddedSearchEngine());

describe('EmbeddedSearchEngine', () => {
  const settings = CONTRACT_NEEDS_SETTINGS;
  let engine: EmbeddedSearchEngine;

  beforeEach(async () => {
    engine = new EmbeddedSearchEngine();
    await engine.configureIndex(settings);
    await engine.upsert(settings.name, CONTRACT_NEEDS);
  });

  const ids = async (target: EmbeddedSearchEngine, request: Partial<SearchRequest>) =>
    (await target.search(settings.name, { query: '', limit: 100, ...request })).hits.map((hit) => hit.id);

  describe('export and import', () => {
    const requests: Partial<SearchRequest>[] = [
      { query: 'argan', highlight: ['title'] },
      { query: 'argn' },
      { query: 'opuntia' },
      { query: 'زَيْتُ الأَرْكَانِ' },
      { filter: { not: { field: 'status', equals: 'DRAFT' } }, facets: ['sector', 'trlCurrent'] },
      { sort: [{ field: 'trlCurrent', direction: 'desc' }], offset: 2, limit: 3 },
    ];

    it('gives the same results after a JSON round trip into another engine', async () => {
      await engine.delete(settings.name, ['fr-honey']);
      const snapshot = JSON.parse(JSON.stringify(engine.exportIndex(settings.name)));
      const restored = new EmbeddedSearchEngine();
      await restored.importIndex(settings.name, snapshot);

      expect(await restored.count(settings.name)).toBe(CONTRACT_NEEDS.length - 1);
      for (const request of requests) {
        const search = (target: EmbeddedSearchEngine) => target.search(settings.name, { query: '', ...request });
        expect(await search(restored)).toEqual(await search(engine));
      }
    });

    it('keeps the imported index writable, with its vocabulary', async () => {
      const restored = new EmbeddedSearchEngine();
      await restored.importIndex('needs_copy', JSON.parse(JSON.stringify(engine.exportIndex(settings.name))));
      await restored.delete('needs_copy', ['fr-argan']);
      await restored.upsert('needs_copy', [{ ...CONTRACT_NEEDS[0], id: 'fr-argan-2', title: 'Arganier et reboisement' }]);
      const search = (query: string) => restored.search('needs_copy', { query, limit: 100 });
      expect((await search('arganier')).hits.map((hit) => hit.id)).toEqual(['fr-argan-2']);
      expect((await search('reboisment')).hits.map((hit) => hit.id)).toEqual(['fr-argan-2']);
    });

    it('rejects data that is not a snapshot', async () => {
      await expect(new EmbeddedSearchEngine().importIndex('needs', { hello: 'world' })).rejects.toBeInstanceOf(SearchRequestError);
      const corrupt = { ...engine.exportIndex(settings.name), data: { index: 42 } };
      await expect(new EmbeddedSearchEngine().importIndex('needs', corrupt)).rejects.toBeInstanceOf(SearchRequestError);
    });
  });

  describe('text analysis', () => {
    it('stems documents and queries alike (plurals)', async () => {
      expect(await ids(engine, { query: 'huiles' })).toContain('fr-argan');
      expect(await ids(engine, { query: 'cosmetique' })).toEqual(expect.arrayContaining(['fr-argan', 'fr-cactus']));
    });

    it('strips the Arabic article and conjunction', async () => {
      expect(await ids(engine, { query: 'والتمور' })).toEqual(expect.arrayContaining(['ar-dates']));
    });

    it('gives no typo to words under four letters, and prefix matching to the last word only', async () => {
      expect(await ids(engine, { query: 'mie zzzz' })).toEqual([]);
      expect(await ids(engine, { query: 'zzzz mie' })).toEqual(['fr-honey']);
      expect(await ids(engine, { query: 'thim' })).toEqual(['fr-honey']);
      expect(await ids(engine, { query: 'thi' })).toEqual([]);
    });

    it('matches everything on a query of stop words only', async () => {
      expect((await engine.search(settings.name, { query: 'de la pour the', limit: 0 })).total).toBe(CONTRACT_NEEDS.length);
    });
  });

  describe('without an exact total', () => {
    const WORDS = ['argan', 'huile', 'miel', 'safran', 'datte', 'figue', 'cactus', 'sechage', 'emulsion', 'pressage', 'olive', 'amande', 'lait', 'fromage'];
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
    /** Word i is drawn with probability ∝ 1/(i+1): rare and frequent words, as in real text. */
    const pick = () => WORDS[Math.min(WORDS.length - 1, Math.floor(WORDS.length ** random()) - 1)];
    const text = (n: number) => Array.from({ length: n }, pick).join(' ');
    const documents = Array.from({ length: 600 }, (_, i) => ({
      ...CONTRACT_NEEDS[i % CONTRACT_NEEDS.length],
      id: `doc-${i}`,
      title: text(2),
      keywords: [pick()],
      description: text(8),
      trlCurrent: 1 + (i % 9),
    }));

    it('returns the same hits and scores as an exhaustive search, for any query, page, filter and sort', async () => {
      const big = new EmbeddedSearchEngine();
      await big.configureIndex(settings);
      await big.upsert(settings.name, documents);
      let skipped = 0;
      for (let q = 0; q < 150; q++) {
        const request: SearchRequest = {
          query: text(1 + (q % 7)),
          offset: q % 3 === 0 ? 5 : 0,
          limit: [1, 10, 50][q % 3],
          filter: q % 4 === 0 ? { field: 'trlCurrent', gte: 3 } : undefined,
          sort: q % 5 === 0 ? [{ field: 'trlCurrent', direction: 'desc' }] : undefined,
        };
        const exact = await big.search(settings.name, request);
        const pruned = await big.search(settings.name, { ...request, exactTotal: false });
        expect(pruned.hits.map((hit) => [hit.id, hit.score])).toEqual(exact.hits.map((hit) => [hit.id, hit.score]));
        expect(pruned.total).toBeLessThanOrEqual(exact.total);
        expect(pruned.total).toBeGreaterThanOrEqual((request.offset ?? 0) + pruned.hits.length);
        if (pruned.total < exact.total) skipped++;
      }
      // Documents were actually skipped, on most queries.
      expect(skipped).toBeGreaterThan(75);
    });

    it('still counts facets and totals exactly when facets are asked for', async () => {
      const big = new EmbeddedSearchEngine();
      await big.configureIndex(settings);
      await big.upsert(settings.name, documents);
      const request: SearchRequest = { query: 'argan huile miel safran', limit: 5, facets: ['trlCurrent'] };
      expect(await big.search(settings.name, { ...request, exactTotal: false })).toEqual(await big.search(settings.name, request));
    });
  });

  it('keeps the documents when the settings change', async () => {
    await engine.configureIndex({ ...settings, filterableFields: [...settings.filterableFields, 'organisationId'], searchableFields: ['title'] });
    expect(await engine.count(settings.name)).toBe(CONTRACT_NEEDS.length);
    expect(await ids(engine, { query: 'safran' })).toEqual(['fr-safran']);
    expect(await ids(engine, { query: 'spectroscopie' })).toEqual([]);
  });

  it('rejects writes to an index that was never configured', async () => {
    await expect(engine.upsert('nowhere', [CONTRACT_NEEDS[0]])).rejects.toBeInstanceOf(SearchRequestError);
    await expect(engine.count('nowhere')).rejects.toBeInstanceOf(SearchRequestError);
  });
});
