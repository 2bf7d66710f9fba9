import { describeSearchEngineContract } from '../search-engine.contract';
import { IndexSettings, SearchRequestError, SearchUnavailableError } from '../search-engine';
import { taskError, toSearchError } from './meilisearch-errors';
import { toMeilisearchFilter } from './meilisearch-filter';
import { buildSearchParams, highlightFragments, meilisearchQuery, pageWindow, toSearchResult } from './meilisearch-request';
import { buildMeilisearchSettings, MAX_TOTAL_HITS, MAX_VALUES_PER_FACET } from './meilisearch-settings';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';

describe('Meilisearch filter translation', () => {
  it.each([
    [{ field: 'sector', equals: 'agrifood' }, 'sector = "agrifood"'],
    [{ field: 'trlCurrent', equals: 4 }, 'trlCurrent = 4'],
    [{ field: 'anonymous', equals: false }, 'anonymous = false'],
    [{ field: 'city', in: ['Agadir', 'Fès'] }, 'city IN ["Agadir", "Fès"]'],
    [{ field: 'trlCurrent', gte: 3, lte: 6 }, 'trlCurrent 3 TO 6'],
    [{ field: 'trlCurrent', gte: 3 }, 'trlCurrent >= 3'],
    [{ field: 'trlCurrent', lte: 6.5 }, 'trlCurrent <= 6.5'],
  ])('translates %j', (filter, expected) => {
    expect(toMeilisearchFilter(filter)).toBe(expected);
  });

  it('escapes quotes and backslashes inside values', () => {
    expect(toMeilisearchFilter({ field: 'title', equals: 'l\'huile "extra" C:\\argan\\' })).toBe('title = "l\'huile \\"extra\\" C:\\\\argan\\\\"');
    expect(toMeilisearchFilter({ field: 'title', in: ['"', '\\'] })).toBe('title IN ["\\"", "\\\\"]');
    expect(toMeilisearchFilter({ field: 'title', equals: 'x" OR organisationId = "y' })).toBe('title = "x\\" OR organisationId = \\"y"');
  });

  it('parenthesises nested and/or/not', () => {
    const visibility = {
      or: [
        { and: [{ field: 'visibility', in: ['PUBLIC', 'MEMBERS'] }, { not: { field: 'status', equals: 'DRAFT' } }] },
        { field: 'organisationId', equals: 'org-1' },
      ],
    };
    expect(toMeilisearchFilter(visibility)).toBe('(visibility IN ["PUBLIC", "MEMBERS"] AND (NOT status = "DRAFT")) OR organisationId = "org-1"');
    expect(toMeilisearchFilter({ not: { or: [{ field: 'a', equals: 1 }, { and: [{ field: 'b', equals: 2 }, { field: 'c', equals: 3 }] }] } })).toBe(
      'NOT (a = 1 OR (b = 2 AND c = 3))',
    );
  });

  it('folds empty lists into constants, which the engine never sends', () => {
    expect(toMeilisearchFilter({ and: [] })).toBe(true);
    expect(toMeilisearchFilter({ or: [] })).toBe(false);
    expect(toMeilisearchFilter({ field: 'city', in: [] })).toBe(false);
    expect(toMeilisearchFilter({ not: { or: [] } })).toBe(true);
    expect(toMeilisearchFilter({ and: [{ field: 'a', equals: 1 }, { or: [] }] })).toBe(false);
    expect(toMeilisearchFilter({ or: [{ field: 'a', equals: 1 }, { field: 'b', in: [] }] })).toBe('a = 1');
    expect(toMeilisearchFilter({ and: [{ field: 'a', equals: 1 }, { and: [] }, { field: 'b', equals: 2 }] })).toBe('a = 1 AND b = 2');
  });
});

describe('Meilisearch settings', () => {
  const settings: IndexSettings = {
    name: 'needs',
    fields: { id: 'string', title: 'string', description: 'string', keywords: 'string[]', sector: 'string', trlCurrent: 'number' },
    searchableFields: ['title', 'keywords', 'description'],
    filterableFields: ['sector', 'trlCurrent'],
    sortableFields: ['trlCurrent'],
    synonyms: { argan: ['arganier', "huile d'argan"] },
    locales: [
      { fields: ['title', 'description'], languages: ['fr', 'ar', 'en'] },
      { fields: ['keywords'], languages: ['ar'] },
    ],
  };

  it('maps IndexSettings to Meilisearch settings', () => {
    expect(buildMeilisearchSettings(settings)).toEqual({
      searchableAttributes: ['title', 'keywords', 'description'],
      filterableAttributes: ['sector', 'trlCurrent'],
      sortableAttributes: ['trlCurrent'],
      rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'],
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
      synonyms: { argan: ['arganier', "huile d'argan"], arganier: ['argan', "huile d'argan"], "huile d'argan": ['argan', 'arganier'] },
      localizedAttributes: [
        { attributePatterns: ['title', 'description'], locales: ['fra', 'ara', 'eng'] },
        { attributePatterns: ['keywords'], locales: ['ara'] },
      ],
      pagination: { maxTotalHits: MAX_TOTAL_HITS },
      faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    });
  });

  it('keeps the most frequent facet values, as many as the settings say', () => {
    expect(buildMeilisearchSettings({ ...settings, maxValuesPerFacet: 100 }).faceting).toEqual({ maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } });
  });

  it('resets synonyms and localized attributes when there are none', () => {
    const plain = buildMeilisearchSettings({ ...settings, synonyms: undefined, locales: undefined });
    expect(plain.synonyms).toEqual({});
    expect(plain.localizedAttributes).toBeNull();
  });
});

describe('Meilisearch requests', () => {
  it.each([
    [0, 20, { page: 1, hitsPerPage: 20, skip: 0 }],
    [40, 20, { page: 3, hitsPerPage: 20, skip: 0 }],
    [2, 3, { page: 1, hitsPerPage: 5, skip: 2 }],
    [5, 0, { page: 1, hitsPerPage: 0, skip: 0 }],
  ])('reads offset %i, limit %i as a page: %j', (offset, limit, window) => {
    expect(pageWindow(offset, limit)).toEqual(window);
  });

  it('asks for exact totals, facets, sort and highlights', () => {
    const request = {
      query: 'argan',
      facets: ['sector'],
      sort: [{ field: 'trlCurrent', direction: 'desc' as const }, { field: 'createdAt', direction: 'asc' as const }],
      highlight: ['title'],
      offset: 20,
      limit: 10,
    };
    const params = buildSearchParams(request, 'sector = "x"', pageWindow(20, 10));
    expect(params).toMatchObject({
      filter: 'sector = "x"',
      facets: ['sector'],
      sort: ['trlCurrent:desc', 'createdAt:asc'],
      page: 3,
      hitsPerPage: 10,
      attributesToHighlight: ['title'],
      showRankingScore: true,
    });
    expect(params).not.toHaveProperty('offset');
    expect(params).not.toHaveProperty('limit');
    expect(params.highlightPreTag).not.toBe(params.highlightPostTag);
    expect(params.attributesToRetrieve).toBeUndefined();
  });

  it('retrieves the asked fields, the id and the highlighted ones, and returns only the asked ones', () => {
    const request = { query: 'argan', highlight: ['title'], retrieve: ['city'] };
    const window = pageWindow(0, 20);
    expect(buildSearchParams(request, undefined, window).attributesToRetrieve).toEqual(['id', 'city', 'title']);
    const response = { totalHits: 1, hits: [{ id: 'a', city: 'Agadir', title: 'argan', _formatted: { title: 'argan' } }] };
    expect(toSearchResult(response, request, window).hits[0].document).toEqual({ id: 'a', city: 'Agadir' });
  });

  it('normalises the query as the embedded engine does', () => {
    expect(meilisearchQuery('L’HUILE d’Argan, pressée')).toBe('huile argan pressee');
    expect(meilisearchQuery('زَيْتُ الأَرْكَانِ')).toBe('زيت الاركان');
  });

  it('maps a response to a result: window, document, score, highlights, facets', () => {
    const window = pageWindow(1, 2);
    const params = buildSearchParams({ query: 'argan', highlight: ['title', 'keywords'] }, undefined, window);
    const [pre, post] = [params.highlightPreTag, params.highlightPostTag];
    const response = {
      totalHits: 7,
      facetDistribution: { sector: { cosmetics: 2 } },
      hits: [
        { id: 'a', title: 'x', _rankingScore: 0.9 },
        {
          id: 'b',
          title: 'R&D on argan',
          keywords: ['argan oil', 'jars'],
          _rankingScore: 0.8,
          _formatted: { title: `R&D on ${pre}argan${post}`, keywords: [`${pre}argan${post} oil`, 'jars'] },
        },
      ],
    };
    const request = { query: 'argan', facets: ['sector', 'city'], highlight: ['title', 'keywords', 'description'], offset: 1, limit: 2 };
    expect(toSearchResult(response, request, window)).toEqual({
      total: 7,
      hits: [
        {
          id: 'b',
          document: { id: 'b', title: 'R&D on argan', keywords: ['argan oil', 'jars'] },
          score: 0.8,
          highlights: { title: ['R&amp;D on <mark>argan</mark>'], keywords: ['<mark>argan</mark> oil', 'jars'], description: [] },
        },
      ],
      facets: { sector: { cosmetics: 2 }, city: {} },
    });
  });

  it('escapes HTML in highlights, including a literal <mark> in the text', () => {
    expect(highlightFragments('<mark>fake</mark> & real')).toEqual(['&lt;mark&gt;fake&lt;/mark&gt; &amp; real']);
    expect(highlightFragments(4)).toEqual(['4']);
    expect(highlightFragments(undefined)).toEqual([]);
  });
});

describe('Meilisearch errors', () => {
  const named = (name: string, extra: object = {}) => Object.assign(new Error(`${name} happened`), { name, ...extra });

  it.each([
    ['a network failure', named('MeilisearchRequestError')],
    ['a request time-out', named('MeilisearchRequestTimeOutError')],
    ['a task time-out', named('MeilisearchTaskTimeOutError')],
    ['a server fault', named('MeilisearchApiError', { response: { status: 500 }, cause: { code: 'internal', type: 'internal' } })],
    ['refused credentials', named('MeilisearchApiError', { response: { status: 403 }, cause: { code: 'invalid_api_key', type: 'auth' } })],
    ['an unexpected error', new TypeError('fetch failed')],
  ])('reads %s as unavailable', (_name, error) => {
    expect(toSearchError(error)).toBeInstanceOf(SearchUnavailableError);
  });

  it.each([
    ['an unknown index', named('MeilisearchApiError', { response: { status: 404 }, cause: { code: 'index_not_found', type: 'invalid_request' } })],
    ['an invalid filter', named('MeilisearchApiError', { response: { status: 400 }, cause: { code: 'invalid_search_filter', type: 'invalid_request' } })],
    ['an invalid sort', named('MeilisearchApiError', { response: { status: 400 }, cause: { code: 'invalid_search_sort', type: 'invalid_request' } })],
  ])('reads %s as a request error', (_name, error) => {
    const mapped = toSearchError(error);
    expect(mapped).toBeInstanceOf(SearchRequestError);
    expect((mapped as SearchRequestError).cause).toBe(error);
  });

  it('keeps the port errors as they are', () => {
    const error = new SearchRequestError('bad');
    expect(toSearchError(error)).toBe(error);
  });

  it('reads failed tasks by error type', () => {
    expect(taskError({ code: 'invalid_document_id', type: 'invalid_request', message: 'bad id' })).toBeInstanceOf(SearchRequestError);
    expect(taskError({ code: 'internal', type: 'internal', message: 'disk full' })).toBeInstanceOf(SearchUnavailableError);
  });
});

describe('MeilisearchSearchEngine without a server', () => {
  it('rejects an invalid request before sending it', async () => {
    const engine = new MeilisearchSearchEngine({ url: 'http://127.0.0.1:9' });
    await expect(engine.configureIndex({ name: 'bad name!', fields: { id: 'string' }, searchableFields: [], filterableFields: [], sortableFields: [] })).rejects.toBeInstanceOf(
      SearchRequestError,
    );
  });
});

// A real server only when MEILI_URL is set (e.g. docker/): registered conditionally, never skipped.
const meiliUrl = process.env.MEILI_URL;
if (meiliUrl) {
  describeSearchEngineContract(`meilisearch (${meiliUrl})`, async () => new MeilisearchSearchEngine({ url: meiliUrl, apiKey: process.env.MEILI_MASTER_KEY }));
}
