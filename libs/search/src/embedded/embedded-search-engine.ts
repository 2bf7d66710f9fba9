import { AnyOrama, AnySchema, count, create, getByID, insert, load, RawData, remove, save, search, SearchableType, Tokenizer } from '@orama/orama';
import { analyse } from '../../../matching/src';
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
import { countFacets, Match, orderMatches, relevance } from './ordering';
import { filterProperty, OramaWhere, oramaFilterType, toOramaWhere } from './orama-where';
import { analyseQuery, AnalysedQuery, synonymRules } from './query';
import { Vocabulary } from './vocabulary';

const DEFAULT_LIMIT = 20;
const SNAPSHOT_FORMAT = 'passerelle-embedded-index/1';

/**
 * Appended to every indexed term. Orama always matches query terms as prefixes; the engine
 * resolves typos and prefixes itself and sends exact terms, which the marker keeps exact
 * ("oil" + marker is a prefix of nothing but itself).
 */
const TERM_END = '\u0001';

/** What `exportIndex` returns: plain JSON-serialisable data. */
export interface EmbeddedIndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  settings: IndexSettings;
  data: RawData;
}

type OramaSearchParams = { term: string; properties?: string[]; boost?: Record<string, number>; where?: OramaWhere };
type OramaHit = { id: string; score: number; document: unknown };

interface EmbeddedIndex {
  settings: IndexSettings;
  db: AnyOrama;
  vocabulary: Vocabulary;
  synonyms: ReturnType<typeof synonymRules>;
}

/** What Orama stores per document: the source document plus the shadow properties it indexes. */
interface StoredDocument {
  id: string;
  source: SearchDocument;
  [property: string]: unknown;
}

/**
 * The in-process engine, on Orama: one database per index, tokenised with libs/matching's
 * analysis (normalisation, stop words, light stemming) for documents and queries alike.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly kind = 'embedded' as const;
  private readonly indexes = new Map<string, EmbeddedIndex>();

  async configureIndex(settings: IndexSettings): Promise<void> {
    validateIndexSettings(settings);
    const existing = this.indexes.get(settings.name);
    if (existing && JSON.stringify(existing.settings) === JSON.stringify(settings)) return;
    const index = createIndex(settings);
    for (const document of existing ? allDocuments(existing) : []) insertDocument(index, document);
    this.indexes.set(settings.name, index);
  }

  async upsert(name: string, documents: SearchDocument[]): Promise<void> {
    const index = this.index(name);
    validateDocuments(index.settings, documents);
    for (const document of documents) {
      removeDocument(index, document.id);
      insertDocument(index, document);
    }
  }

  async delete(name: string, ids: string[]): Promise<void> {
    const index = this.index(name);
    for (const id of ids) removeDocument(index, id);
  }

  async clear(name: string): Promise<void> {
    this.indexes.set(name, createIndex(this.index(name).settings));
  }

  async count(name: string): Promise<number> {
    return count(this.index(name).db);
  }

  async search<T extends SearchDocument = SearchDocument>(name: string, request: SearchRequest): Promise<SearchResult<T>> {
    const index = this.index(name);
    validateSearchRequest(index.settings, request);
    const filter = request.filter ? simplifyFilter(request.filter) : true;
    const query = analyseQuery(request.query, index.vocabulary, index.synonyms);
    const matches = filter === false ? [] : findMatches(index, query, filter === true ? undefined : toOramaWhere(filter, index.settings.fields));
    const ordered = orderMatches(matches, request.sort);
    const offset = request.offset ?? 0;
    const page = ordered.slice(offset, offset + (request.limit ?? DEFAULT_LIMIT));
    return {
      total: ordered.length,
      hits: page.map((match) => toHit<T>(match, request.highlight ?? [], query)),
      facets: countFacets(
        ordered.map((match) => match.document),
        request.facets ?? [],
      ),
    };
  }

  async health(): Promise<{ up: boolean; detail?: string }> {
    return { up: true };
  }

  async close(): Promise<void> {
    this.indexes.clear();
  }

  /** The index as plain data (settings and Orama's snapshot), for the caller to persist. */
  exportIndex(name: string): EmbeddedIndexSnapshot {
    const index = this.index(name);
    return { format: SNAPSHOT_FORMAT, settings: index.settings, data: save(index.db) };
  }

  /** Replaces (or creates) the index `name` with a snapshot made by `exportIndex`. */
  async importIndex(name: string, snapshot: unknown): Promise<void> {
    if (!isSnapshot(snapshot)) throw new SearchRequestError('not an embedded index snapshot');
    const settings = { ...snapshot.settings, name };
    validateIndexSettings(settings);
    const index = createIndex(settings);
    try {
      load(index.db, snapshot.data);
    } catch (error) {
      throw new SearchRequestError('corrupt embedded index snapshot', error);
    }
    for (const document of allDocuments(index)) index.vocabulary.add(indexedTerms(index.settings, document));
    this.indexes.set(name, index);
  }

  private index(name: string): EmbeddedIndex {
    const index = this.indexes.get(name);
    if (!index) throw new SearchRequestError(`unknown index "${name}"`);
    return index;
  }
}

function createIndex(settings: IndexSettings): EmbeddedIndex {
  return {
    settings,
    db: create({ schema: oramaSchema(settings), components: { tokenizer: analysisTokenizer() } }),
    vocabulary: new Vocabulary(),
    synonyms: synonymRules(settings.synonyms),
  };
}

function textProperty(field: string): string {
  return `text__${field}`;
}

function oramaSchema(settings: IndexSettings): AnySchema {
  const schema: Record<string, SearchableType> = {};
  for (const field of settings.searchableFields) schema[textProperty(field)] = 'string';
  for (const field of settings.filterableFields) schema[filterProperty(field)] = oramaFilterType(settings.fields[field]);
  return schema;
}

/**
 * Documents are analysed by libs/matching. Orama calls the tokenizer with a property name when
 * indexing and without one for a search term, which the engine has already resolved to exact terms.
 */
function analysisTokenizer(): Tokenizer {
  return {
    language: 'multilingual',
    normalizationCache: new Map(),
    tokenize: (raw: string, _language?: string, property?: string) =>
      property === undefined ? raw.split(' ').filter(Boolean) : analyse(raw).map((term) => term + TERM_END),
  };
}

/** Searchable fields as one string each; a list's values are joined into one text. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join('\n');
  return undefined;
}

function indexedTerms(settings: IndexSettings, document: SearchDocument): Set<string> {
  return new Set(settings.searchableFields.flatMap((field) => analyse(textOf(document[field]) ?? '')));
}

function storedDocument(settings: IndexSettings, document: SearchDocument): StoredDocument {
  const stored: StoredDocument = { id: document.id, source: structuredClone(document) };
  for (const field of settings.searchableFields) {
    const text = textOf(document[field]);
    if (text !== undefined) stored[textProperty(field)] = text;
  }
  for (const field of settings.filterableFields) {
    const value = document[field];
    if (value !== undefined && value !== null) stored[filterProperty(field)] = value;
  }
  return stored;
}

function insertDocument(index: EmbeddedIndex, document: SearchDocument): void {
  synchronously(insert(index.db, storedDocument(index.settings, document)));
  index.vocabulary.add(indexedTerms(index.settings, document));
}

function removeDocument(index: EmbeddedIndex, id: string): void {
  const stored = getByID(index.db, id) as StoredDocument | undefined;
  if (!stored) return;
  synchronously(remove(index.db, id));
  index.vocabulary.remove(indexedTerms(index.settings, stored.source));
}

function allDocuments(index: EmbeddedIndex): SearchDocument[] {
  return liveHits(searchAll(index.db, { term: '' })).map((hit) => hit.document);
}

/**
 * Every result of an Orama search. Orama pages even when asked for everything; its `count` can
 * exceed the number of documents (see liveHits), in which case a second call takes them all.
 */
function searchAll(db: AnyOrama, params: OramaSearchParams): OramaHit[] {
  const first = synchronously(search(db, { ...params, limit: count(db) }));
  if (first.count <= first.hits.length) return first.hits;
  return synchronously(search(db, { ...params, limit: first.count })).hits;
}

/**
 * Orama answers synchronously when no plugin or hook is installed, as here. Keeping every
 * operation synchronous makes each engine call atomic: a search never sees an upsert half done.
 */
function synchronously<T>(result: T | Promise<T>): T {
  if (result instanceof Promise) throw new Error('Orama answered asynchronously');
  return result;
}

/**
 * One Orama search per query word (its exact, typo, prefix and synonym terms), so that the
 * engine knows how many words each document matches; filters go to Orama as `where`.
 */
function findMatches(index: EmbeddedIndex, query: AnalysedQuery, where: OramaWhere | undefined): Match[] {
  if (!query.hasWords) {
    return liveHits(searchAll(index.db, { term: '', where })).map(({ id, document }) => ({ id, document, words: 0, bm25: 0 }));
  }
  const matches = new Map<string, Match>();
  const properties = index.settings.searchableFields.map(textProperty);
  const boost = fieldBoosts(index.settings.searchableFields);
  for (const word of query.words) {
    const term = [...word.matches].map((match) => match + TERM_END).join(' ');
    for (const { id, document, score } of liveHits(searchAll(index.db, { term, properties, boost, where }))) {
      const match = matches.get(id) ?? { id, document, words: 0, bm25: 0 };
      match.words += 1;
      match.bm25 += score;
      matches.set(id, match);
    }
  }
  return [...matches.values()];
}

/** Earlier searchable fields weigh more: each one counts twice as much as the next. */
function fieldBoosts(fields: string[]): Record<string, number> {
  return Object.fromEntries(fields.map((field, position) => [textProperty(field), 2 ** (fields.length - 1 - position)]));
}

/** Orama's `not` answers with deleted documents too (as empty documents): they are dropped here. */
function liveHits(hits: OramaHit[]): { id: string; score: number; document: SearchDocument }[] {
  return hits
    .filter((hit) => (hit.document as Partial<StoredDocument> | undefined)?.source !== undefined)
    .map((hit) => ({ id: hit.id, score: hit.score, document: (hit.document as StoredDocument).source }));
}

function toHit<T extends SearchDocument>(match: Match, highlight: string[], query: AnalysedQuery): SearchHit<T> {
  return {
    id: match.id,
    document: structuredClone(match.document) as T,
    score: relevance(match),
    highlights: Object.fromEntries(highlight.map((field) => [field, highlightValue(match.document[field], query.matchedTerms)])),
  };
}

function isSnapshot(value: unknown): value is EmbeddedIndexSnapshot {
  const snapshot = value as Partial<EmbeddedIndexSnapshot> | null;
  return typeof snapshot === 'object' && snapshot !== null && snapshot.format === SNAPSHOT_FORMAT && !!snapshot.settings && !!snapshot.data;
}
