import type { EmbeddedSearchEngine } from '../embedded/embedded-search-engine';

/** The engine's methods a worker thread answers. */
export type WorkerMethod = 'configureIndex' | 'upsert' | 'delete' | 'clear' | 'count' | 'search' | 'exportIndex' | 'importIndex' | 'health' | 'saveSnapshot' | 'snapshotInfo' | 'loadSnapshot';

export interface WorkerRequest {
  id: number;
  method: WorkerMethod & keyof EmbeddedSearchEngine;
  args: unknown[];
}

export type WorkerReply = { id: number; result: unknown; error?: undefined } | { id: number; error: { name: string; message: string } };

export interface WorkerOptions {
  /**
   * How many nice levels below the API's event loop the worker thread runs (Linux): when every
   * core is busy, requests, Postgres and the event loop come before indexing and search scoring.
   */
  niceness?: number;
}
