import { IndexSettings, SearchRequestError } from '../search-engine';
import { EmbeddedSearchEngine } from './embedded-search-engine';

const settings: IndexSettings = {
  name: 'capped',
  fields: { id: 'string', title: 'string', city: 'string', tags: 'string[]', trl: 'number' },
  searchableFields: ['title'],
  filterableFields: ['city', 'tags', 'trl'],
  sortableFields: [],
  maxValuesPerFacet: 2,
};

describe('embedded engine: facet values beyond maxValuesPerFacet', () => {
  const engine = new EmbeddedSearchEngine();

  beforeAll(async () => {
    await engine.configureIndex(settings);
    await engine.upsert('capped', [
      { id: '1', title: 'huile', city: 'Rabat', tags: ['b', 'c'], trl: 3 },
      { id: '2', title: 'huile', city: 'Rabat', tags: ['b', 'a'], trl: 3 },
      { id: '3', title: 'huile', city: 'Agadir', tags: ['d'], trl: 5 },
      { id: '4', title: 'miel', city: 'Fès', tags: ['e'], trl: 7 },
    ]);
  });

  it('keeps the most frequent values and breaks a tie at the limit by name, the same on every instance', async () => {
    const result = await engine.search('capped', { query: '', facets: ['city', 'tags', 'trl'] });
    expect(result.facets).toEqual({ city: { Rabat: 2, Agadir: 1 }, tags: { b: 2, a: 1 }, trl: { '3': 2, '5': 1 } });
  });

  it('counts over the matches of the query only', async () => {
    const result = await engine.search('capped', { query: 'miel', facets: ['city'] });
    expect(result.facets).toEqual({ city: { Fès: 1 } });
  });

  it('refuses a limit that is not a whole number of values', async () => {
    for (const maxValuesPerFacet of [-1, 2.5]) {
      await expect(engine.configureIndex({ ...settings, name: 'refused', maxValuesPerFacet })).rejects.toBeInstanceOf(SearchRequestError);
    }
  });
});
