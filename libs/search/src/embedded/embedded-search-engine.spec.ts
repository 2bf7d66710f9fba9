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
