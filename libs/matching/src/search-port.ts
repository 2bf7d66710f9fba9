/**
 * What libs/matching needs of a search engine, declared here so that libs/matching never imports
 * libs/search (libs/import-graph.spec.ts guards it). libs/search's SearchEngine, IndexSettings,
 * Filter and SearchDocument have these shapes, so the engine satisfies this port as it is; the
 * code that knows both — apps/api (MatchingService, the search module) and the evaluation command
 * (apps/api/src/matching/eval.cli.ts) — passes the engine in, and the compiler checks the fit there.
 */

export type DocumentFieldType = 'string' | 'string[]' | 'number' | 'boolean';

/** The settings of an index of needs or researchers (libs/search IndexSettings). */
export interface DocumentIndexSettings {
  name: string;
  fields: Record<string, DocumentFieldType>;
  searchableFields: string[];
  filterableFields: string[];
  sortableFields: string[];
  synonyms?: Record<string, string[]>;
  locales?: { fields: string[]; languages: ('fr' | 'ar' | 'en')[] }[];
}

/** A search document (libs/search SearchDocument). */
export interface IndexedDocument {
  id: string;
  [field: string]: unknown;
}

type Scalar = string | number | boolean;

/** A search filter (libs/search Filter). */
export type SearchFilter =
  | { field: string; equals: Scalar }
  | { field: string; in: Scalar[] }
  | { field: string; gte?: number; lte?: number }
  | { and: SearchFilter[] }
  | { or: SearchFilter[] }
  | { not: SearchFilter };

/** The one call candidate generation makes: the best `limit` ids for a query and a filter. */
export interface CandidateSearch {
  search(
    index: string,
    request: { query: string; filter?: SearchFilter; limit?: number; exactTotal?: boolean; retrieve?: string[] },
  ): Promise<{ hits: ReadonlyArray<{ id: string }> }>;
}

/** What the collection evaluation needs: a fresh index to fill, candidate search over it, and closing. */
export interface EvaluationSearchEngine extends CandidateSearch {
  configureIndex(settings: DocumentIndexSettings): Promise<void>;
  upsert(index: string, documents: IndexedDocument[]): Promise<void>;
  close(): Promise<void>;
}
