import type { Hit, SearchParams } from 'meilisearch/dist/index';
import { tokenize } from '../../../text/src';
import { SearchDocument, SearchHit, SearchRequest, SearchResult } from '../search-engine';
import { escapeHtml, MARK_CLOSE, MARK_OPEN } from '../shared/html';

export const DEFAULT_LIMIT = 20;

/** Control characters as highlight tags, turned into <mark> once the text around them is escaped. */
const PRE_TAG = '\u0002';
const POST_TAG = '\u0003';

/** The page of Meilisearch results that holds [offset, offset + limit), and where it starts in it. */
export interface PageWindow {
  page: number;
  hitsPerPage: number;
  skip: number;
}

/**
 * Results are asked with page/hitsPerPage, not offset/limit: only then is totalHits exhaustive
 * (offset/limit gives estimatedTotalHits) and the facet counts too. When the offset is not a
 * multiple of the limit, the first page is made long enough to hold the window.
 */
export function pageWindow(offset: number, limit: number): PageWindow {
  if (limit === 0) return { page: 1, hitsPerPage: 0, skip: 0 };
  if (offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit, skip: 0 };
  return { page: 1, hitsPerPage: offset + limit, skip: offset };
}

/**
 * The query as libs/matching normalises it (case, accents, Arabic diacritics and letter variants,
 * French elision), so that both engines read it alike; words are kept (synonyms may span them).
 */
export function meilisearchQuery(query: string): string {
  return tokenize(query).join(' ');
}

export function buildSearchParams(request: SearchRequest, filter: string | undefined, window: PageWindow): SearchParams {
  return {
    filter,
    facets: request.facets?.length ? request.facets : undefined,
    sort: request.sort?.length ? request.sort.map(({ field, direction }) => `${field}:${direction}`) : undefined,
    page: window.page,
    hitsPerPage: window.hitsPerPage,
    attributesToHighlight: request.highlight?.length ? request.highlight : undefined,
    // Highlighted fields are retrieved too (Meilisearch formats only retrieved ones); toHit keeps the asked fields.
    attributesToRetrieve: request.retrieve ? [...new Set(['id', ...request.retrieve, ...(request.highlight ?? [])])] : undefined,
    highlightPreTag: PRE_TAG,
    highlightPostTag: POST_TAG,
    showRankingScore: true,
  };
}

interface MeilisearchResponse {
  hits: Hit<Record<string, unknown>>[];
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

export function toSearchResult<T extends SearchDocument>(response: MeilisearchResponse, request: SearchRequest, window: PageWindow): SearchResult<T> {
  const limit = request.limit ?? DEFAULT_LIMIT;
  return {
    total: response.totalHits ?? 0,
    hits: response.hits.slice(window.skip, window.skip + limit).map((hit) => toHit<T>(hit, request.highlight ?? [], request.retrieve)),
    facets: Object.fromEntries((request.facets ?? []).map((field) => [field, response.facetDistribution?.[field] ?? {}])),
  };
}

/** What Meilisearch adds to a hit; the rest is the document. */
const RESPONSE_KEYS = new Set(['_formatted', '_rankingScore', '_rankingScoreDetails', '_matchesPosition', '_federation']);

function toHit<T extends SearchDocument>(hit: Hit<Record<string, unknown>>, highlight: string[], retrieve?: string[]): SearchHit<T> {
  const kept = retrieve ? new Set(['id', ...retrieve]) : null;
  const document = Object.fromEntries(Object.entries(hit).filter(([key]) => !RESPONSE_KEYS.has(key) && (!kept || kept.has(key)))) as T;
  return {
    id: String(document.id),
    document,
    score: hit._rankingScore ?? 0,
    highlights: Object.fromEntries(highlight.map((field) => [field, highlightFragments(hit._formatted?.[field])])),
  };
}

/** A `_formatted` value as HTML fragments: escaped, with the tags turned into <mark>. */
export function highlightFragments(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((fragment) =>
    escapeHtml(String(fragment)).split(PRE_TAG).join(MARK_OPEN).split(POST_TAG).join(MARK_CLOSE),
  );
}
