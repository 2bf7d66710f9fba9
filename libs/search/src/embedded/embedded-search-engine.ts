import {
  IndexSettings,
  SearchDocument,
  SearchEngine,
  SearchHit,
  SearchRequest,
  SearchRequestError,
  SearchResult,
} from '../search-engine';
import { simplifyFilter } from '../shared/filter';
import { validateDocuments, validateIndexSettings, validateSearchRequest } from '../shared/validation';
import { highlightValue } from './highlight';
import { copyDocument, InvertedIndex } from './inverted-index';
import { analyseQuery, synonymRules } from './query';

const DEFAULT_LIMIT = 20;
const SNAPSHOT_FORMAT = 'passerelle-embedded-index/2';
/** A compaction rebuilds the index once tombstones outnumber live documents (and are this many). */
const MIN_TOMBSTONES_FOR_COMPACTION = 1024;

/** What `exportIndex` returns: plain JSON-serialisable data (the postings are rebuilt on import). */
export interface EmbeddedIndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  settings: IndexSettings;
  data: { documents: SearchDocument[] };
}

interface EmbeddedIndex {
  settings: IndexSettings;
  index: InvertedIndex;
  synonyms: ReturnType<typeof synonymRules>;
}

/**
 * The in-process engine: one purpose-built inverted index per index (see InvertedIndex), tokenised
 * with libs/matching's analysis (normalisation, stop words, light stemming) for documents and
 * queries alike. Every operation is synchronous inside its promise, so each engine call is atomic.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly kind = 'embedded' as const;
  private readonly indexes = new Map<string, EmbeddedIndex>();

  async configureIndex(settings: IndexSettings): Promise<void> {
    validateIndexSettings(settings);
    const existing = this.indexes.get(settings.name);
    if (existing && JSON.stringify(existing.settings) === JSON.stringify(settings)) return;
    const index = createIndex(settings);
    for (const document of existing ? existing.index.allDocuments() : []) index.index.add(document);
    this.indexes.set(settings.name, index);
  }

  async upsert(name: string, documents: SearchDocument[]): Promise<void> {
    const index = this.index(name);
    validateDocuments(index.settings, documents);
    for (const document of documents) index.index.add(copyDocument(document));
    compactIfNeeded(index);
  }

  async delete(name: string, ids: string[]): Promise<void> {
    const index = this.index(name);
    for (const id of ids) index.index.remove(id);
    compactIfNeeded(index);
  }

  async clear(name: string): Promise<void> {
    this.indexes.set(name, createIndex(this.index(name).settings));
  }

  async count(name: string): Promise<number> {
    return this.index(name).index.count;
  }

  async search<T extends SearchDocument = SearchDocument>(name: string, request: SearchRequest): Promise<SearchResult<T>> {
    const { index, settings, synonyms } = this.index(name);
    validateSearchRequest(settings, request);
    const filter = request.filter ? simplifyFilter(request.filter) : true;
    const query = analyseQuery(request.query, index.vocabulary, synonyms);
    const page = index.search(query, filter, request, request.offset ?? 0, request.limit ?? DEFAULT_LIMIT);
    const highlight = request.highlight ?? [];
    return {
      total: page.total,
      hits: page.hits.map(({ slot, score }): SearchHit<T> => {
        const document = index.document(slot);
        return {
          id: document.id,
          document: (request.retrieve ? copyDocument(document, request.retrieve) : copyDocument(document)) as T,
          score,
          highlights: Object.fromEntries(highlight.map((field) => [field, highlightValue(document[field], query.matchedTerms)])),
        };
      }),
      facets: page.facets,
    };
  }

  async health(): Promise<{ up: boolean; detail?: string }> {
    return { up: true };
  }

  async close(): Promise<void> {
    this.indexes.clear();
  }

  /** The index as plain data (settings and documents), for the caller to persist. */
  exportIndex(name: string): EmbeddedIndexSnapshot {
    const index = this.index(name);
    return { format: SNAPSHOT_FORMAT, settings: index.settings, data: { documents: index.index.allDocuments().map((d) => copyDocument(d)) } };
  }

  /** Replaces (or creates) the index `name` with a snapshot made by `exportIndex`. */
  async importIndex(name: string, snapshot: unknown): Promise<void> {
    if (!isSnapshot(snapshot)) throw new SearchRequestError('not an embedded index snapshot');
    const settings = { ...snapshot.settings, name };
    validateIndexSettings(settings);
    const documents = snapshot.data.documents;
    if (!Array.isArray(documents) || !documents.every((d) => typeof d === 'object' && d !== null && !Array.isArray(d))) {
      throw new SearchRequestError('corrupt embedded index snapshot');
    }
    try {
      validateDocuments(settings, documents);
    } catch (error) {
      throw new SearchRequestError('corrupt embedded index snapshot', error);
    }
    const index = createIndex(settings);
    for (const document of documents) index.index.add(copyDocument(document));
    this.indexes.set(name, index);
  }

  private index(name: string): EmbeddedIndex {
    const index = this.indexes.get(name);
    if (!index) throw new SearchRequestError(`unknown index "${name}"`);
    return index;
  }
}

function createIndex(settings: IndexSettings): EmbeddedIndex {
  return { settings, index: new InvertedIndex(settings), synonyms: synonymRules(settings.synonyms) };
}

/** Rebuilds the postings without tombstones once they outnumber the live documents. */
function compactIfNeeded(entry: EmbeddedIndex): void {
  const { index } = entry;
  if (index.tombstones < MIN_TOMBSTONES_FOR_COMPACTION || index.tombstones <= index.count) return;
  const rebuilt = new InvertedIndex(entry.settings);
  for (const document of index.allDocuments()) rebuilt.add(document);
  entry.index = rebuilt;
}

function isSnapshot(value: unknown): value is EmbeddedIndexSnapshot {
  const snapshot = value as Partial<EmbeddedIndexSnapshot> | null;
  return (
    typeof snapshot === 'object' &&
    snapshot !== null &&
    snapshot.format === SNAPSHOT_FORMAT &&
    !!snapshot.settings &&
    typeof snapshot.data === 'object' &&
    snapshot.data !== null
  );
}
