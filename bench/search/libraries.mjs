// The in-process search libraries a user would pick instead of the embedded engine (issue 13,
// item 6): MiniSearch 7, Orama 3, FlexSearch 0.8, each with its documented settings for typo
// tolerance and field boosting, on the same documents and queries as the product. Each adapter:
// build(documents) then search(query) → { ids (top 20), total }, the same shape as the product's.
//
// What each does natively and what is done after the library answers (post-filter, in JS):
// - MiniSearch: fuzzy 0.2 + prefix on the last word, OR, field boosts; no filters nor facets
//   (its `filter` callback runs over the results: the same post-filter), browse = wildcard + sort.
// - Orama: tolerance 1 (typos), property boosts, threshold 1 (any word, like the product), `where`
//   with and/or/not on enum and number fields, facets and sortBy natively.
// - FlexSearch: Document index, forward tokenizer, LatinBalance encoder (phonetic-ish, the fuzziness
//   FlexSearch offers), suggest (partial matches); no OR/NOT filters, no facets, no total: every
//   match is fetched, then post-filtered and counted.
// None of them highlights in its core; highlights are not computed for the libraries.
import MiniSearch from 'minisearch';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';

const TEXT_FIELDS = ['title', 'keywords', 'conceptLabels', 'description', 'organisationName'];
/** The product's field order (title first), as boosts. */
const BOOST = { title: 3, keywords: 2, conceptLabels: 2, description: 1, organisationName: 0.5 };
/** Queries longer than this are pasted texts: no fuzzy/prefix expansion (each library would expand every word). */
const LONG_QUERY_WORDS = 12;
const PAGE = 20;

// ------------------------------------------------------------------------------------------------
// Shared: the port's Filter as a predicate, facets and sort in JS
// ------------------------------------------------------------------------------------------------
export function matchesFilter(doc, filter) {
  if (!filter) return true;
  if ('and' in filter) return filter.and.every((f) => matchesFilter(doc, f));
  if ('or' in filter) return filter.or.some((f) => matchesFilter(doc, f));
  if ('not' in filter) return !matchesFilter(doc, filter.not);
  const value = doc[filter.field];
  const values = Array.isArray(value) ? value : [value];
  if ('equals' in filter) return values.includes(filter.equals);
  if ('in' in filter) return values.some((v) => filter.in.includes(v));
  return values.some((v) => (filter.gte === undefined || v >= filter.gte) && (filter.lte === undefined || v <= filter.lte));
}

export function countFacets(docs, fields) {
  const facets = {};
  for (const field of fields ?? []) {
    const counts = (facets[field] = {});
    for (const doc of docs) {
      const value = doc[field];
      for (const v of Array.isArray(value) ? value : [value]) counts[v] = (counts[v] ?? 0) + 1;
    }
  }
  return facets;
}

const wordCount = (text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const newestFirst = (a, b) => b.createdAt - a.createdAt;

/** Post-filter, facets, browse sort, page: what the adapters without native filters do with their matches (in their order). */
function finish(matches, q) {
  let docs = q.filter ? matches.filter((d) => matchesFilter(d, q.filter)) : matches;
  if (!q.text) docs = [...docs].sort(newestFirst);
  if (q.facets) countFacets(docs, q.facets);
  return { ids: docs.slice(0, PAGE).map((d) => d.id), total: docs.length };
}

// ------------------------------------------------------------------------------------------------
// MiniSearch
// ------------------------------------------------------------------------------------------------
export class MiniSearchAdapter {
  name = 'MiniSearch';
  settings = 'fuzzy 0.2, prefix, OR, boosts title 3 / keywords, conceptLabels 2; filter + facets + browse sort in JS';

  async build(documents) {
    this.byId = new Map(documents.map((d) => [d.id, d]));
    this.index = new MiniSearch({
      fields: TEXT_FIELDS,
      extractField: (doc, field) => (Array.isArray(doc[field]) ? doc[field].join(' ') : doc[field]),
      // Lower case without diacritics (French accents); Unicode word splitting is MiniSearch's default.
      processTerm: (term) => term.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      searchOptions: { boost: BOOST, combineWith: 'OR' },
    });
    await this.index.addAllAsync(documents, { chunkSize: 1000 });
  }

  async search(q) {
    if (!q.text) return finish([...this.byId.values()], q);
    const long = wordCount(q.text) > LONG_QUERY_WORDS;
    const results = this.index.search(q.text, long ? {} : { fuzzy: 0.2, prefix: (term, i, terms) => i === terms.length - 1 });
    return finish(results.map((r) => this.byId.get(r.id)), q);
  }
}

// ------------------------------------------------------------------------------------------------
// Orama
// ------------------------------------------------------------------------------------------------
const ORAMA_SCHEMA = {
  id: 'string',
  title: 'string',
  description: 'string',
  keywords: 'string[]',
  conceptLabels: 'string[]',
  organisationName: 'string',
  concepts: 'enum[]',
  organisationId: 'enum',
  organisationKind: 'enum',
  city: 'enum',
  region: 'enum',
  sector: 'enum',
  language: 'enum',
  visibility: 'enum',
  status: 'enum',
  anonymous: 'boolean',
  trlCurrent: 'number',
  trlTarget: 'number',
  createdAt: 'number',
};

/** Orama's own splitters are per language and drop Arabic or accented letters: split on Unicode letters and digits, lower case, no diacritics. */
function unicodeTokenizer() {
  return {
    language: 'english',
    normalizationCache: new Map(),
    tokenize(raw) {
      if (typeof raw !== 'string') return [raw];
      const words = raw.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
      return [...new Set(words)];
    },
  };
}

/** The port's Filter as Orama's `where` (and/or/not, enum eq/in, number ranges). */
export function oramaWhere(filter) {
  if ('and' in filter) return { and: filter.and.map(oramaWhere) };
  if ('or' in filter) return { or: filter.or.map(oramaWhere) };
  if ('not' in filter) return { not: oramaWhere(filter.not) };
  const array = ORAMA_SCHEMA[filter.field] === 'enum[]';
  if ('equals' in filter) return { [filter.field]: array ? { containsAny: [filter.equals] } : { eq: filter.equals } };
  if ('in' in filter) return { [filter.field]: array ? { containsAny: filter.in } : { in: filter.in } };
  // One operation per condition in Orama: both bounds as `between`.
  if (filter.gte !== undefined && filter.lte !== undefined) return { [filter.field]: { between: [filter.gte, filter.lte] } };
  return { [filter.field]: filter.gte !== undefined ? { gte: filter.gte } : { lte: filter.lte } };
}

function oramaFacets(fields) {
  const facets = {};
  for (const field of fields) {
    facets[field] = ORAMA_SCHEMA[field] === 'number' ? { ranges: Array.from({ length: 9 }, (_, i) => ({ from: i + 1, to: i + 1 })) } : { limit: 200 };
  }
  return facets;
}

export class OramaAdapter {
  name = 'Orama';
  settings = 'tolerance 1, boosts title 3 / keywords, conceptLabels 2, threshold 1 (any word), Unicode tokenizer; where, facets, sortBy native';

  async build(documents) {
    this.db = create({ schema: ORAMA_SCHEMA, components: { tokenizer: unicodeTokenizer() } });
    const rows = documents.map((d) => ({ ...d, city: d.city || '-', organisationName: d.organisationName || '' }));
    await insertMultiple(this.db, rows, 1000);
  }

  async search(q) {
    const long = q.text && wordCount(q.text) > LONG_QUERY_WORDS;
    const params = { term: q.text ?? '', limit: PAGE };
    if (q.text) Object.assign(params, { properties: TEXT_FIELDS, boost: BOOST, threshold: 1, tolerance: long ? 0 : 1 });
    else params.sortBy = { property: 'createdAt', order: 'DESC' };
    if (q.filter) params.where = oramaWhere(q.filter);
    if (q.facets) params.facets = oramaFacets(q.facets);
    const result = await oramaSearch(this.db, params);
    return { ids: result.hits.map((h) => h.id), total: result.count };
  }
}

// ------------------------------------------------------------------------------------------------
// FlexSearch
// ------------------------------------------------------------------------------------------------
export class FlexSearchAdapter {
  name = 'FlexSearch';
  settings = 'Document index, tokenize forward, encoder LatinBalance, suggest; every match fetched, then filter + facets + browse sort in JS';

  async build(documents) {
    const { Document, Charset } = FlexSearch;
    this.byId = new Map(documents.map((d) => [d.id, d]));
    this.all = documents;
    this.index = new Document({
      document: { id: 'id', index: TEXT_FIELDS.map((field) => ({ field, tokenize: 'forward' })) },
      encoder: Charset.LatinBalance,
      resolution: 9,
    });
    for (const d of documents) {
      this.index.add({ ...d, keywords: d.keywords.join(' '), conceptLabels: d.conceptLabels.join(' '), organisationName: d.organisationName || '' });
    }
  }

  async search(q) {
    if (!q.text) return finish(this.all, q);
    const merged = this.index.search(q.text, { suggest: true, merge: true, limit: this.all.length });
    return finish(merged.map((r) => this.byId.get(r.id)), q);
  }
}

export const LIBRARIES = [MiniSearchAdapter, OramaAdapter, FlexSearchAdapter];
