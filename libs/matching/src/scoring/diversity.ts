import type { DiversityOptions } from './weights';

/**
 * Reorders a best-first list so that no organisation has more than maxPerOrganisation items in
 * its first `window` places: the surplus moves to just after the window, in score order with the
 * rest. Items without an organisation are never held back. The output is a permutation.
 */
export function diversify<T>(sorted: readonly T[], organisationOf: (item: T) => string | null | undefined, score: (item: T) => number, options: DiversityOptions): T[] {
  const { maxPerOrganisation, window } = options;
  if (maxPerOrganisation <= 0 || window <= 0) return [...sorted];
  const head: T[] = [];
  const tail: T[] = [];
  const counts = new Map<string, number>();
  for (const item of sorted) {
    if (head.length >= window) {
      tail.push(item);
      continue;
    }
    const organisation = organisationOf(item);
    const count = organisation ? counts.get(organisation) ?? 0 : 0;
    if (organisation && count >= maxPerOrganisation) {
      tail.push(item);
      continue;
    }
    if (organisation) counts.set(organisation, count + 1);
    head.push(item);
  }
  // Stable sort: the tail keeps the input order among equal scores.
  return [...head, ...tail.map((item, i) => ({ item, i })).sort((a, b) => score(b.item) - score(a.item) || a.i - b.i).map(({ item }) => item)];
}
