/**
 * The one port every search engine serves (Meilisearch in production, an in-process engine by
 * default). Framework-free: no NestJS, no TypeORM.
 */

export type FieldType = 'string' | 'string[]' | 'number' | 'boolean';

export interface IndexSettings {
  /** e.g. "needs", "researchers" */
  name: string;
  /** Every field a document may carry, with its type. `id` (string) is the primary key. */
  fields: Record<string, FieldType>;
  /** Full-text fields, most important first (earlier fields rank higher). */
  searchableFields: string[];
  /** Fields usable in filters and facets. */
  filterableFields: string[];
  sortableFields: string[];
  /** Per-index synonyms, both ways: { "argan": ["arganier"] }. */
  synonyms?: Record<string, string[]>;
  /** Languages of the text fields, for engines that tokenise per language. */
  locales?: { fields: string[]; languages: ('fr' | 'ar' | 'en')[] }[];
  /**
   * Facet counts give at most this many values per facet, the most frequent (Meilisearch's
   * faceting.maxValuesPerFacet with values sorted by count). Default: every value.
   */
  maxValuesPerFacet?: number;
}

export type Scalar = string | number | boolean;

export type Filter =
  | { field: string; equals: Scalar }
  | { field: string; in: Scalar[] }
  | { field: string; gte?: number; lte?: number }
  | { and: Filter[] }
  | { or: Filter[] }
  | { not: Filter };

export interface SearchRequest {
  /** Free text; empty matches every document (filters and facets still apply). */
  query: string;
  filter?: Filter;
  /** Fields to count values of, over all matching documents (not only the page). */
  facets?: string[];
  /**
   * Without a sort, hits come by relevance. With one and a query, hits matching more of the
   * query's words still come first, and among those the sort decides (then relevance).
   */
  sort?: { field: string; direction: 'asc' | 'desc' }[];
  offset?: number;
  limit?: number;
  /**
   * Fields to return highlighted snippets of: HTML whose only tags are <mark>…</mark> around the
   * matched words, the text escaped exactly once (& < > as &amp; &lt; &gt;).
   */
  highlight?: string[];
  /** The fields of each hit's document to return (its id always); default every field. */
  retrieve?: string[];
  /**
   * false when the caller does not read `total` (e.g. it wants the best few hits only): `total` may
   * then be just a lower bound (at least the hits returned), which lets an engine skip documents
   * that cannot reach the page. The hits are the same. Default true.
   */
  exactTotal?: boolean;
}

export interface SearchHit<T> {
  id: string;
  document: T;
  /** Relevance, higher is better; comparable only within one result. */
  score: number;
  /** field → highlighted fragments (or the whole field value, highlighted), in the format of SearchRequest.highlight. */
  highlights: Record<string, string[]>;
}

export interface SearchResult<T> {
  /** Documents matching query and filter (all pages). */
  total: number;
  hits: SearchHit<T>[];
  /** facet field → value → count, over every matching document (see IndexSettings.maxValuesPerFacet). */
  facets: Record<string, Record<string, number>>;
}

export interface SearchDocument {
  id: string;
  [field: string]: unknown;
}

export interface SearchEngine {
  readonly kind: 'embedded' | 'meilisearch';
  /** Creates the index if needed and applies its settings (waiting until they are in force). */
  configureIndex(settings: IndexSettings): Promise<void>;
  /** Inserts or replaces whole documents by id. */
  upsert(index: string, documents: SearchDocument[]): Promise<void>;
  delete(index: string, ids: string[]): Promise<void>;
  /** Removes every document (settings stay). */
  clear(index: string): Promise<void>;
  count(index: string): Promise<number>;
  search<T extends SearchDocument = SearchDocument>(index: string, request: SearchRequest): Promise<SearchResult<T>>;
  health(): Promise<{ up: boolean; detail?: string }>;
  close(): Promise<void>;
}

/** The engine cannot be reached or did not answer in time: retry later. */
export class SearchUnavailableError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = 'SearchUnavailableError';
  }
}

/** The request itself is wrong (unknown index, field not filterable or sortable…). */
export class SearchRequestError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = 'SearchRequestError';
  }
}
