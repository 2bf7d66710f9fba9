import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * For CPU-heavy work on the API's event loop (building search documents, registering profiles with
 * the matcher): other requests run every `every` items, so a 100k reindex delays them by one slice,
 * not by a whole batch.
 */
export async function forEachYielding<T>(items: readonly T[], fn: (item: T) => void, every = 20): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % every === 0) await nextTurn();
    fn(items[i]);
  }
}

/** `items.map(fn)`, yielding as forEachYielding does. */
export async function mapYielding<T, R>(items: readonly T[], fn: (item: T) => R, every = 20): Promise<R[]> {
  const out: R[] = [];
  await forEachYielding(items, (item) => out.push(fn(item)), every);
  return out;
}
