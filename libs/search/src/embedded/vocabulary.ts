/** The indexed terms of one index, with how many documents carry each, for typo and prefix look-ups. */
export class Vocabulary {
  private readonly documentCounts = new Map<string, number>();

  add(terms: Iterable<string>): void {
    for (const term of terms) this.documentCounts.set(term, (this.documentCounts.get(term) ?? 0) + 1);
  }

  remove(terms: Iterable<string>): void {
    for (const term of terms) {
      const remaining = (this.documentCounts.get(term) ?? 0) - 1;
      if (remaining > 0) this.documentCounts.set(term, remaining);
      else this.documentCounts.delete(term);
    }
  }

  has(term: string): boolean {
    return this.documentCounts.has(term);
  }

  startingWith(prefix: string): string[] {
    return [...this.documentCounts.keys()].filter((term) => term.startsWith(prefix));
  }

  withinOneEdit(term: string): string[] {
    return [...this.documentCounts.keys()].filter((candidate) => isWithinOneEdit(term, candidate));
  }
}

/** Levenshtein distance ≤ 1 (one insertion, deletion or substitution), in linear time. */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  if (i === shorter.length) return true;
  const restOfShorter = shorter.slice(shorter.length === longer.length ? i + 1 : i);
  return restOfShorter === longer.slice(i + 1);
}
