import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EmbeddedIndexSnapshot, IndexStats, SnapshotInfo } from '../embedded/embedded-search-engine';
import { IndexSettings, SearchDocument, SearchEngine, SearchRequest, SearchRequestError, SearchResult, SearchUnavailableError } from '../search-engine';
import { WorkerMethod, WorkerReply } from './worker-protocol';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The embedded engine in a worker thread, behind the same port: indexing a batch or answering a
 * heavy query costs the worker's time, not the API's event loop, so other requests go on.
 * Documents and results cross the thread boundary by structured clone. Calls are answered in
 * the order they are made (the worker handles one message at a time), as in-process.
 */
export class WorkerSearchEngine implements SearchEngine {
  readonly kind = 'embedded' as const;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor() {
    this.worker = startWorker();
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`search worker exited (code ${code})`)));
  }

  configureIndex(settings: IndexSettings): Promise<void> {
    return this.call('configureIndex', [settings]);
  }

  upsert(index: string, documents: SearchDocument[]): Promise<void> {
    return this.call('upsert', [index, documents]);
  }

  delete(index: string, ids: string[]): Promise<void> {
    return this.call('delete', [index, ids]);
  }

  clear(index: string): Promise<void> {
    return this.call('clear', [index]);
  }

  count(index: string): Promise<number> {
    return this.call('count', [index]);
  }

  indexStats(index: string): Promise<IndexStats> {
    return this.call('indexStats', [index]);
  }

  search<T extends SearchDocument = SearchDocument>(index: string, request: SearchRequest): Promise<SearchResult<T>> {
    return this.call('search', [index, request]);
  }

  exportIndex(index: string): Promise<EmbeddedIndexSnapshot> {
    return this.call('exportIndex', [index]);
  }

  importIndex(index: string, snapshot: unknown): Promise<void> {
    return this.call('importIndex', [index, snapshot]);
  }

  /** Written by the worker itself, from its own memory: only the path and the small meta cross the thread boundary. */
  saveSnapshot(path: string, meta: unknown): Promise<{ bytes: number; milliseconds: number; documents: number }> {
    return this.call('saveSnapshot', [path, meta]);
  }

  snapshotInfo(path: string): Promise<SnapshotInfo> {
    return this.call('snapshotInfo', [path]);
  }

  /** Read and built inside the worker. */
  loadSnapshot(path: string): Promise<{ meta: unknown; bytes: number; milliseconds: number; documents: number }> {
    return this.call('loadSnapshot', [path]);
  }

  async health(): Promise<{ up: boolean; detail?: string }> {
    if (this.failure) return { up: false, detail: this.failure.message };
    return this.call('health', []);
  }

  async close(): Promise<void> {
    this.failure ??= new Error('search worker closed');
    await this.worker.terminate();
  }

  private call<T>(method: WorkerMethod, args: unknown[]): Promise<T> {
    if (this.failure) return Promise.reject(new SearchUnavailableError(this.failure.message, this.failure));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, method, args });
    });
  }

  private settle(reply: WorkerReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.error) waiting.reject(rebuildError(reply.error));
    else waiting.resolve(reply.result);
  }

  /** The worker died: every waiting and later call fails as "unavailable", as a down server would. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(new SearchUnavailableError(error.message, error));
    this.pending.clear();
  }
}

/** The engine's own error classes survive the trip: a bad request stays a bad request. */
function rebuildError({ name, message }: { name: string; message: string }): Error {
  if (name === 'SearchRequestError') return new SearchRequestError(message);
  if (name === 'SearchUnavailableError') return new SearchUnavailableError(message);
  const error = new Error(message);
  error.name = name;
  return error;
}

/**
 * Built: the compiled search-worker.js beside this file. From the TypeScript sources (tests, a
 * development run): the same file through the repository's on-the-fly compiler.
 */
function startWorker(): Worker {
  const compiled = join(__dirname, 'search-worker.js');
  if (existsSync(compiled)) return new Worker(compiled);
  const loader = join(__dirname, '../../../../scripts/register-ts.cjs');
  const source = join(__dirname, 'search-worker.ts');
  return new Worker(`require(${JSON.stringify(loader)}); require(${JSON.stringify(source)});`, { eval: true });
}
