import type { EnqueuedTaskPromise, Index, Meilisearch } from 'meilisearch/dist/index';
import { IndexSettings, SearchDocument, SearchEngine, SearchRequest, SearchResult } from '../search-engine';
import { validateDocuments, validateIndexSettings, validateSearchRequest } from '../shared/validation';
import { taskError, toSearchError } from './meilisearch-errors';
import { toMeilisearchFilter } from './meilisearch-filter';
import { buildSearchParams, DEFAULT_LIMIT, meilisearchQuery, pageWindow, toSearchResult } from './meilisearch-request';
import { buildMeilisearchSettings } from './meilisearch-settings';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  /** Per HTTP request; default 5 s. */
  timeoutMs?: number;
  /** How long to wait for an indexing task; default 2 min. */
  taskTimeoutMs?: number;
}

type MeilisearchModule = typeof import('meilisearch/dist/index');

/**
 * The client is an ES module: it is required on first use (Node ≥ 20.19 can), so that importing
 * libs/search — for the embedded engine, or in Jest — never loads it.
 */
function loadMeilisearch(): MeilisearchModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('meilisearch') as MeilisearchModule;
}

/** The production engine, through the official client. Every write waits for its task. */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const;
  private client: Meilisearch | null = null;
  /** Settings configured by this process, to check requests before sending them. */
  private readonly settings = new Map<string, IndexSettings>();

  constructor(private readonly options: MeilisearchEngineOptions) {}

  async configureIndex(settings: IndexSettings): Promise<void> {
    validateIndexSettings(settings);
    await this.call(async () => {
      const created = await this.meilisearch().createIndex(settings.name, { primaryKey: 'id' }).waitTask();
      if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') throw taskError(created.error);
      await awaitTask(this.index(settings.name).updateSettings(buildMeilisearchSettings(settings)));
    });
    this.settings.set(settings.name, settings);
  }

  async upsert(name: string, documents: SearchDocument[]): Promise<void> {
    const settings = this.settings.get(name);
    if (settings) validateDocuments(settings, documents);
    if (documents.length === 0) return;
    await this.call(() => awaitTask(this.index(name).addDocuments(documents, { primaryKey: 'id' })));
  }

  async delete(name: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.call(() => awaitTask(this.index(name).deleteDocuments(ids)));
  }

  async clear(name: string): Promise<void> {
    await this.call(() => awaitTask(this.index(name).deleteAllDocuments()));
  }

  async count(name: string): Promise<number> {
    return this.call(async () => (await this.index(name).getStats()).numberOfDocuments);
  }

  async search<T extends SearchDocument = SearchDocument>(name: string, request: SearchRequest): Promise<SearchResult<T>> {
    const settings = this.settings.get(name);
    if (settings) validateSearchRequest(settings, request);
    const filter = request.filter ? toMeilisearchFilter(request.filter) : true;
    if (filter === false) return emptyResult(request);
    const window = pageWindow(request.offset ?? 0, request.limit ?? DEFAULT_LIMIT);
    const params = buildSearchParams(request, filter === true ? undefined : filter, window);
    const response = await this.call(() => this.index(name).search(meilisearchQuery(request.query), params));
    return toSearchResult<T>(response, request, window);
  }

  async health(): Promise<{ up: boolean; detail?: string }> {
    try {
      const { status } = await this.meilisearch().health();
      return { up: status === 'available', detail: status };
    } catch (error) {
      return { up: false, detail: toSearchError(error).message };
    }
  }

  /** The client holds no connection of its own (it uses fetch). */
  async close(): Promise<void> {
    this.client = null;
  }

  private meilisearch(): Meilisearch {
    this.client ??= new (loadMeilisearch().Meilisearch)({
      host: this.options.url,
      apiKey: this.options.apiKey,
      timeout: this.options.timeoutMs ?? 5_000,
      defaultWaitOptions: { timeout: this.options.taskTimeoutMs ?? 120_000, interval: 50 },
    });
    return this.client;
  }

  private index(name: string): Index<Record<string, unknown>> {
    return this.meilisearch().index(name);
  }

  private async call<R>(action: () => Promise<R>): Promise<R> {
    try {
      return await action();
    } catch (error) {
      throw toSearchError(error);
    }
  }
}

async function awaitTask(enqueued: EnqueuedTaskPromise): Promise<void> {
  const task = await enqueued.waitTask();
  if (task.status !== 'succeeded') throw taskError(task.error);
}

function emptyResult<T extends SearchDocument>(request: SearchRequest): SearchResult<T> {
  return { total: 0, hits: [], facets: Object.fromEntries((request.facets ?? []).map((field) => [field, {}])) };
}
