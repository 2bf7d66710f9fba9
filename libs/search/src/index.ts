import { EmbeddedSearchEngine } from './embedded/embedded-search-engine';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import { SearchEngine } from './search-engine';

export * from './search-engine';
export { EmbeddedSearchEngine, type EmbeddedIndexSnapshot } from './embedded/embedded-search-engine';
export { MeilisearchSearchEngine, type MeilisearchEngineOptions } from './meilisearch/meilisearch-search-engine';
export { toMeilisearchFilter } from './meilisearch/meilisearch-filter';

export interface SearchEngineOptions {
  meiliUrl?: string;
  meiliApiKey?: string;
  /** Meilisearch request time-out. */
  timeoutMs?: number;
}

/** Meilisearch when a URL is given, else the in-process engine. */
export function createSearchEngine(options: SearchEngineOptions): SearchEngine {
  return options.meiliUrl
    ? new MeilisearchSearchEngine({ url: options.meiliUrl, apiKey: options.meiliApiKey, timeoutMs: options.timeoutMs })
    : new EmbeddedSearchEngine();
}
