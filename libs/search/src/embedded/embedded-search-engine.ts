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
import { Compaction } from './compaction';
import { highlightValue } from './highlight';
import { analyseCached, copyDocument, InvertedIndex } from './inverted-index';
import { analyseQuery, synonymRules } from './query';
import { readSnapshotFile, readSnapshotHeader, SnapshotFileError, SnapshotSections, writeSnapshotFile } from './snapshot-file';
import { createHash } from 'node:crypto';
import { normalise } from '../../../text/src';

const DEFAULT_LIMIT = 20;
const SNAPSHOT_FORMAT = 'passerelle-embedded-index/2';
/** A compaction starts once tombstones are as many as live documents (a full reindex's worth) and this many. */
const MIN_TOMBSTONES_FOR_COMPACTION = 1024;
/** A compaction copies documents for this long at a time, then lets the calls waiting meanwhile run. */
const COMPACTION_SLICE_MS = 5;

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
  /** The copy being built to replace `index`, or null. */
  compaction: Compaction | null;
}

export interface IndexStats {
  documents: number;
  tombstones: number;
  compacting: boolean;
}

/**
 * The in-process engine: one purpose-built inverted index per index (see InvertedIndex), tokenised
 * with libs/matching's analysis (normalisation, stop words, light stemming) for documents and
 * queries alike. Every operation is synchronous inside its promise, so each engine call is atomic.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly kind = 'embedded' as const;
  private readonly indexes = new Map<string, EmbeddedIndex>();

  /**
   * Applies settings. Synonyms are applied to queries, not to the postings: a change of synonyms
   * alone (a glossary change) keeps the index as it is, where any other change rebuilds it.
   */
  async configureIndex(settings: IndexSettings): Promise<void> {
    validateIndexSettings(settings);
    const existing = this.indexes.get(settings.name);
    if (existing && JSON.stringify(existing.settings) === JSON.stringify(settings)) return;
    if (existing && JSON.stringify(postingsSettings(existing.settings)) === JSON.stringify(postingsSettings(settings))) {
      existing.settings = settings;
      existing.synonyms = synonymRules(settings.synonyms);
      return;
    }
    const index = createIndex(settings);
    for (const document of existing ? existing.index.allDocuments() : []) index.index.add(document);
    this.indexes.set(settings.name, index);
  }

  async upsert(name: string, documents: SearchDocument[]): Promise<void> {
    const index = this.index(name);
    validateDocuments(index.settings, documents);
    for (const document of documents) {
      index.index.add(copyDocument(document));
      index.compaction?.noteWrite(document.id);
    }
    this.compactIfNeeded(name, index);
  }

  async delete(name: string, ids: string[]): Promise<void> {
    const index = this.index(name);
    for (const id of ids) {
      index.index.remove(id);
      index.compaction?.noteWrite(id);
    }
    this.compactIfNeeded(name, index);
  }

  async clear(name: string): Promise<void> {
    this.indexes.set(name, createIndex(this.index(name).settings));
  }

  async count(name: string): Promise<number> {
    return this.index(name).index.count;
  }

  /** Live documents, tombstones (replaced or deleted documents still in the postings) and whether a compaction runs. */
  async indexStats(name: string): Promise<IndexStats> {
    const { index, compaction } = this.index(name);
    return { documents: index.count, tombstones: index.tombstones, compacting: compaction !== null };
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

  /**
   * Writes every index (postings included) to `path`, atomically, with the caller's `meta` (e.g. the
   * outbox position the index reflects). In a worker thread this runs in the worker: the index
   * never crosses the thread boundary.
   */
  async saveSnapshot(path: string, meta: unknown): Promise<{ bytes: number; milliseconds: number; documents: number }> {
    const started = performance.now();
    const sections = new SnapshotSections();
    const indexes: SnapshotIndexEntry[] = [];
    let documents = 0;
    for (const [name, entry] of this.indexes) {
      indexes.push({ name, settings: entry.settings, count: entry.index.count });
      documents += entry.index.count;
      entry.index.writeState(sections, `${name}/`);
    }
    const header: EngineSnapshotMeta = { engine: ENGINE_SNAPSHOT_VERSION, savedAt: new Date().toISOString(), indexes, app: meta };
    const bytes = writeSnapshotFile(path, header, sections);
    return { bytes, milliseconds: Math.round(performance.now() - started), documents };
  }

  /**
   * What a snapshot file says about itself (its header only, a few KB read), or why it cannot be
   * used: missing, unreadable, or written by another engine version (format or text analysis).
   */
  async snapshotInfo(path: string): Promise<SnapshotInfo> {
    try {
      const { meta } = readSnapshotHeader<EngineSnapshotMeta>(path);
      if (meta.engine !== ENGINE_SNAPSHOT_VERSION) return { usable: false, reason: `engine version ${String(meta.engine)}, expected ${ENGINE_SNAPSHOT_VERSION}` };
      return { usable: true, meta: meta.app, savedAt: meta.savedAt, indexes: meta.indexes.map(({ name, count }) => ({ name, count })) };
    } catch (error) {
      return { usable: false, reason: error instanceof SnapshotFileError ? error.message : String(error) };
    }
  }

  /**
   * Replaces every index with the snapshot's, all or nothing: a missing, damaged (checksums),
   * inconsistent or other-version file throws SearchRequestError and leaves the engine as it was.
   * Serves as soon as the index structures are in: the postings, lengths and filter columns are
   * read straight into their arrays, and the stored documents stay on disk until a hit, a removal
   * or a rebuild reads them (see DocumentStore).
   */
  async loadSnapshot(path: string): Promise<{ meta: unknown; bytes: number; milliseconds: number; documents: number }> {
    const started = performance.now();
    try {
      const { header, reader, bytes } = readSnapshotFile<EngineSnapshotMeta>(path);
      const meta = header.meta;
      if (meta.engine !== ENGINE_SNAPSHOT_VERSION) throw new SnapshotFileError(`engine version ${String(meta.engine)}, expected ${ENGINE_SNAPSHOT_VERSION}`);
      if (!Array.isArray(meta.indexes)) throw new SnapshotFileError('malformed header');
      const loaded = new Map<string, EmbeddedIndex>();
      let documents = 0;
      for (const { name, settings } of meta.indexes) {
        validateIndexSettings(settings);
        const index = InvertedIndex.fromState(settings, reader, `${name}/`);
        loaded.set(name, { settings, index, synonyms: synonymRules(settings.synonyms), compaction: null });
        documents += index.count;
      }
      this.indexes.clear();
      for (const [name, entry] of loaded) this.indexes.set(name, entry);
      return { meta: meta.app, bytes, milliseconds: Math.round(performance.now() - started), documents };
    } catch (error) {
      if (error instanceof SearchRequestError) throw error;
      throw new SearchRequestError(`unusable search snapshot: ${error instanceof Error ? error.message : String(error)}`, error);
    }
  }

  /**
   * Once tombstones are as many as live documents, builds a copy without them in slices between
   * calls (searches and writes go on against the index meanwhile) and swaps it in. A copy whose
   * index was cleared, reconfigured or replaced by a load meanwhile is dropped.
   */
  private compactIfNeeded(name: string, entry: EmbeddedIndex): void {
    const { index } = entry;
    if (entry.compaction || index.tombstones < MIN_TOMBSTONES_FOR_COMPACTION || index.tombstones < index.count) return;
    const compaction = (entry.compaction = new Compaction(index));
    const slice = () => {
      if (this.indexes.get(name) !== entry) return;
      if (!compaction.step(COMPACTION_SLICE_MS)) {
        setImmediate(slice);
        return;
      }
      entry.index = compaction.finish();
      entry.compaction = null;
      this.compactIfNeeded(name, entry);
    };
    setImmediate(slice);
  }

  private index(name: string): EmbeddedIndex {
    const index = this.indexes.get(name);
    if (!index) throw new SearchRequestError(`unknown index "${name}"`);
    return index;
  }
}

interface SnapshotIndexEntry {
  name: string;
  settings: IndexSettings;
  count: number;
}

interface EngineSnapshotMeta {
  engine: string;
  savedAt: string;
  indexes: SnapshotIndexEntry[];
  app: unknown;
}

export type SnapshotInfo =
  | { usable: true; meta: unknown; savedAt: string; indexes: { name: string; count: number }[] }
  | { usable: false; reason: string };

/**
 * Text analysis as it behaves in this build, on a probe of French, Arabic and English (accents,
 * stop words, plurals, elisions, digits): a change to tokenising, stop words, stemming or
 * normalisation changes the postings a snapshot holds, and so its version.
 */
const ANALYSIS_PROBE = [
  "L'huile d'argan biologique, extraite à froid des noix d'arganiers (Souss-Massa) : 12 coopératives.",
  'Étude de faisabilité pour la valorisation des déchets de figuier de Barbarie et des cactus.',
  'زيت الأركان البيولوجي المستخلص على البارد من ثمار شجرة الأركان في جهة سوس ماسة',
  'Cold-chain packaging studies extending the shelf life of fresh dates; drip irrigation sensors.',
  'TRL 4–6, ISO 22000, pH 7.2, 3D-printed moulds, e-commerce, co-operatives, œufs, naïve, Ça',
].join('\n');

/** Bumped by hand when the file layout changes; the analysis part follows the code by itself. */
const SNAPSHOT_LAYOUT = 'passerelle-embedded-snapshot/4';

export const ENGINE_SNAPSHOT_VERSION = `${SNAPSHOT_LAYOUT}+${createHash('sha256')
  .update(JSON.stringify([analyseCached(ANALYSIS_PROBE), normalise(ANALYSIS_PROBE)]))
  .digest('hex')
  .slice(0, 16)}`;

/** The settings the postings are built with: all but the synonyms, which queries use. */
function postingsSettings({ synonyms: _synonyms, ...settings }: IndexSettings): Omit<IndexSettings, 'synonyms'> {
  return settings;
}

function createIndex(settings: IndexSettings): EmbeddedIndex {
  return { settings, index: new InvertedIndex(settings), synonyms: synonymRules(settings.synonyms), compaction: null };
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
