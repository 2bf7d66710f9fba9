import type { EmbeddedSearchEngine } from '../embedded/embedded-search-engine';

/** The engine's methods a worker thread answers. */
export type WorkerMethod = 'configureIndex' | 'upsert' | 'delete' | 'clear' | 'count' | 'indexStats' | 'search' | 'exportIndex' | 'importIndex' | 'health' | 'saveSnapshot' | 'snapshotInfo' | 'loadSnapshot';

export interface WorkerRequest {
  id: number;
  method: WorkerMethod & keyof EmbeddedSearchEngine;
  args: unknown[];
}

export type WorkerReply = { id: number; result: unknown; error?: undefined } | { id: number; error: { name: string; message: string } };
