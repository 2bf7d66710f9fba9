import { parentPort } from 'node:worker_threads';
import { EmbeddedSearchEngine } from '../embedded/embedded-search-engine';
import { WorkerReply, WorkerRequest } from './worker-protocol';

/** The worker thread's side: one embedded engine, one call at a time in arrival order. */
const engine = new EmbeddedSearchEngine();
const port = parentPort!;

port.on('message', async ({ id, method, args }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const target = engine[method] as (...values: unknown[]) => unknown;
    reply = { id, result: await target.apply(engine, args) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { name, message } };
  }
  port.postMessage(reply);
});
