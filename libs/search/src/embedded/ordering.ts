import { normalise } from '../../../matching/src';
import { SearchDocument, SearchRequest } from '../search-engine';

export interface Match {
  id: string;
  document: SearchDocument;
  /** How many query words the document matches (Meilisearch's first ranking rule). */
  words: number;
  /** Orama's BM25 score, summed over the query words and weighted per field. */
  bm25: number;
}

/** Relevance in [words, words + 1): more matched words always win, BM25 breaks ties. */
export function relevance(match: Match): number {
  return match.words + match.bm25 / (1 + match.bm25);
}

/**
 * Like the Meilisearch adapter's ranking rules (words, typo, proximity, attribute, sort,
 * exactness): matched words first, then the requested sort, then relevance. With an empty query
 * every document matches zero words, so the sort decides alone.
 */
export function orderMatches(matches: Match[], sort: SearchRequest['sort'] = []): Match[] {
  return [...matches].sort(
    (a, b) => b.words - a.words || compareBySort(a.document, b.document, sort) || b.bm25 - a.bm25 || compareIds(a.id, b.id),
  );
}

function compareBySort(a: SearchDocument, b: SearchDocument, sort: NonNullable<SearchRequest['sort']>): number {
  for (const { field, direction } of sort) {
    const order = compareValues(a[field], b[field], direction === 'desc' ? -1 : 1);
    if (order !== 0) return order;
  }
  return 0;
}

/** Documents without a value come last whatever the direction, as in Meilisearch. */
function compareValues(a: unknown, b: unknown, direction: 1 | -1): number {
  const aMissing = a === undefined || a === null;
  const bMissing = b === undefined || b === null;
  if (aMissing || bMissing) return Number(aMissing) - Number(bMissing);
  const [x, y] = typeof a === 'string' && typeof b === 'string' ? [normalise(a), normalise(b)] : [Number(a), Number(b)];
  return x < y ? -direction : x > y ? direction : 0;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** field → value → number of documents having it; a list counts each distinct value once per document. */
export function countFacets(documents: SearchDocument[], fields: string[]): Record<string, Record<string, number>> {
  const facets: Record<string, Record<string, number>> = {};
  for (const field of fields) {
    const counts: Record<string, number> = {};
    for (const document of documents) {
      for (const value of facetValues(document[field])) counts[value] = (counts[value] ?? 0) + 1;
    }
    facets[field] = counts;
  }
  return facets;
}

function facetValues(value: unknown): Set<string> {
  if (value === undefined || value === null) return new Set();
  return new Set((Array.isArray(value) ? value : [value]).map(String));
}
