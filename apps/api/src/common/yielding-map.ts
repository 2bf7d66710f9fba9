import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { requestsInFlight } from './request-activity';

/** How long CPU-heavy work may hold the API's event loop before other requests get a turn: about a signed-in request's own cost. */
export const SLICE_MS = 2;
/**
 * In bulk work, while requests are being served, background work waits this many times as long as
 * it has just worked: it then takes at most a fifth of the CPU from them, and all of it when no
 * request is waiting.
 */
export const GIVE_WAY_FACTOR = 4;
/** However long the work just done, background work never waits longer than this at a time. */
const MAX_PAUSE_MS = 1_000;

/**
 * How background work paces itself. Bulk work (a reindex, a glossary change touching many records)
 * gives way to the requests being served (giveWay); other work — a few writes replayed by a restarted
 * or second instance while it is asked for them — must become visible at once and only yields a turn.
 * Passed down explicitly: an AsyncLocalStorage would make every promise of the process slower
 * for good once it had run (2.8× the time of an awaited call on Node 20: bench/request-cost/async-local-storage.mjs).
 */
export interface Pace {
  bulk?: boolean;
  /** How long CPU-heavy work may hold the event loop at a time. */
  sliceMs?: number;
}

/**
 * After `workedMs` of background work: a turn for whatever is waiting; in bulk work while requests
 * are being served, a pause GIVE_WAY_FACTOR times as long (what it frees includes the search
 * worker's and Postgres's share of that work, which the next piece would ask for again).
 */
export function giveWay(workedMs: number, bulk = false): Promise<unknown> {
  if (bulk && requestsInFlight() > 0) return sleep(Math.min(MAX_PAUSE_MS, GIVE_WAY_FACTOR * workedMs));
  return nextTurn();
}

/**
 * For CPU-heavy work on the API's event loop (building search documents, registering profiles with
 * the matcher): whenever a slice of `sliceMs` is used up, it gives way (giveWay), so a 100k reindex
 * delays a request by a slice, not by a whole batch. Items are never split.
 */
export async function forEachYielding<T>(items: readonly T[], fn: (item: T) => void, { bulk = false, sliceMs = SLICE_MS }: Pace = {}): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    const worked = performance.now() - sliceStart;
    if (i > 0 && worked >= sliceMs) {
      await giveWay(worked, bulk);
      sliceStart = performance.now();
    }
    fn(items[i]);
  }
}

/** `items.map(fn)`, yielding as forEachYielding does. */
export async function mapYielding<T, R>(items: readonly T[], fn: (item: T) => R, pace: Pace = {}): Promise<R[]> {
  const out: R[] = [];
  await forEachYielding(items, (item) => out.push(fn(item)), pace);
  return out;
}
