import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { requestsInFlight } from './request-activity';

/**
 * How long background work (building search documents, registering profiles with the matcher) may
 * hold the API's event loop at a time: about a signed-in request's own cost.
 */
export const SLICE_MS = 2;
/**
 * While requests are being served, background work waits this many times as long as it has just
 * worked: it then takes at most a fifth of the CPU from them (a reindex under load takes longer
 * instead), and all of it when no request is waiting.
 */
export const GIVE_WAY_FACTOR = 4;
/** However long the work just done, background work never waits longer than this at a time. */
const MAX_PAUSE_MS = 1_000;

/**
 * After `workedMs` of background work: a turn for whatever is waiting, and while requests are being
 * served, a pause GIVE_WAY_FACTOR times as long (the CPU it frees includes the search worker's and
 * Postgres's share of that work, which the next piece of work would ask for again).
 */
export function giveWay(workedMs: number): Promise<unknown> {
  return requestsInFlight() > 0 ? sleep(Math.min(MAX_PAUSE_MS, GIVE_WAY_FACTOR * workedMs)) : nextTurn();
}

/**
 * forEach for CPU-heavy background work on the API's event loop: once a slice of `sliceMs` is used
 * up, it gives way (giveWay), so a 100k reindex delays a request by a slice, not by a whole batch.
 * Items are never split.
 */
export async function forEachYielding<T>(items: readonly T[], fn: (item: T) => void, sliceMs = SLICE_MS): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    const worked = performance.now() - sliceStart;
    if (i > 0 && worked >= sliceMs) {
      await giveWay(worked);
      sliceStart = performance.now();
    }
    fn(items[i]);
  }
}

/** `items.map(fn)`, yielding as forEachYielding does. */
export async function mapYielding<T, R>(items: readonly T[], fn: (item: T) => R, sliceMs = SLICE_MS): Promise<R[]> {
  const out: R[] = [];
  await forEachYielding(items, (item) => out.push(fn(item)), sliceMs);
  return out;
}
