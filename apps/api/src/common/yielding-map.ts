import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long CPU-heavy work may hold the API's event loop before other requests get a turn: about a signed-in request's own cost. */
export const SLICE_MS = 2;

/**
 * For CPU-heavy work on the API's event loop (building search documents, registering profiles with
 * the matcher): whenever a slice of `sliceMs` is used up, other requests run before the next item,
 * so a 100k reindex delays them by one slice, not by a whole batch. Items are never split.
 */
export async function forEachYielding<T>(items: readonly T[], fn: (item: T) => void, sliceMs = SLICE_MS): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
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
