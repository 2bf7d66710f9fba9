import { EmbeddedSearchEngine } from './embedded/embedded-search-engine';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import { SearchEngine } from './search-engine';
import { WorkerSearchEngine } from './worker/worker-search-engine';

export * from './search-engine';
export { EmbeddedSearchEngine, ENGINE_SNAPSHOT_VERSION, type EmbeddedIndexSnapshot, type IndexStats, type SnapshotInfo } from './embedded/embedded-search-engine';
export { readSnapshotFile, readSnapshotHeader, writeSnapshotFile, writeSnapshotFileAsync, SnapshotFileError, SnapshotReader, SnapshotSections } from './embedded/snapshot-file';
export { MeilisearchSearchEngine, type MeilisearchEngineOptions } from './meilisearch/meilisearch-search-engine';
export { toMeilisearchFilter } from './meilisearch/meilisearch-filter';
export { WorkerSearchEngine } from './worker/worker-search-engine';

export interface SearchEngineOptions {
  meiliUrl?: string;
  meiliApiKey?: string;
  /** Meilisearch request time-out. */
  timeoutMs?: number;
  /** The embedded engine in a worker thread (default) rather than on the caller's event loop. */
  inWorker?: boolean;
}

/** Meilisearch when a URL is given, else the embedded engine, in a worker thread unless told otherwise. */
/** The engines that can write and load a snapshot of their index (the embedded one, in process or in a worker). */
export type SnapshotCapableEngine = SearchEngine & Pick<EmbeddedSearchEngine, 'saveSnapshot' | 'snapshotInfo' | 'loadSnapshot'>;

export function isSnapshotCapable(engine: SearchEngine): engine is SnapshotCapableEngine {
  const candidate = engine as Partial<SnapshotCapableEngine>;
  return typeof candidate.saveSnapshot === 'function' && typeof candidate.loadSnapshot === 'function' && typeof candidate.snapshotInfo === 'function';
}

export function createSearchEngine(options: SearchEngineOptions): SearchEngine {
  if (options.meiliUrl) return new MeilisearchSearchEngine({ url: options.meiliUrl, apiKey: options.meiliApiKey, timeoutMs: options.timeoutMs });
  return options.inWorker === false ? new EmbeddedSearchEngine() : new WorkerSearchEngine();
}
