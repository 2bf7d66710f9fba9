import { SnapshotReader, SnapshotSections } from './snapshot-file';

/**
 * The indexed terms of one index, each with an integer id and how many live documents carry it,
 * with look-up structures for typos (length + first/last letter buckets) and prefixes (a sorted
 * array plus a small unsorted tail, merged now and then). Terms are never forgotten: a term no live
 * document carries has a count of 0 and counts as absent.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  private documentCounts = new Int32Array(1024);
  /** (length, first letter) and (length, last letter) → term ids. */
  private readonly byFirst = new Map<number, number[]>();
  private readonly byLast = new Map<number, number[]>();
  /** The same with two letters, for terms of MIN_PAIR_BUCKET_LENGTH letters or more: far smaller buckets. */
  private readonly byFirstPair = new Map<number, number[]>();
  private readonly byLastPair = new Map<number, number[]>();
  private sorted: string[] = [];
  private recent: string[] = [];

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term, creating it (with no documents) if needed. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    if (id >= this.documentCounts.length) {
      const grown = new Int32Array(this.documentCounts.length * 2);
      grown.set(this.documentCounts);
      this.documentCounts = grown;
    }
    this.addToBuckets(term, id);
    this.recent.push(term);
    if (this.recent.length > 2048) this.mergeRecent();
    return id;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  documentCount(id: number): number {
    return this.documentCounts[id];
  }

  adjust(id: number, delta: number): void {
    this.documentCounts[id] += delta;
  }

  has(term: string): boolean {
    const id = this.ids.get(term);
    return id !== undefined && this.documentCounts[id] > 0;
  }

  startingWith(prefix: string): string[] {
    if (this.recent.length > 256) this.mergeRecent();
    const out: string[] = [];
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) if (this.has(sorted[i])) out.push(sorted[i]);
    for (const term of this.recent) if (term.startsWith(prefix) && this.has(term)) out.push(term);
    return out;
  }

  /**
   * Terms within one typo (isWithinOneEdit). An edit on the first letter leaves the last letters aligned
   * and equal, any other edit leaves the first letter: two bucket families cover every candidate.
   * Between terms of MIN_PAIR_BUCKET_LENGTH letters or more, likewise an edit on the first two
   * letters leaves the last two, and any other edit the first two.
   */
  withinOneEdit(term: string): string[] {
    if (term.length === 0) return [];
    const out = new Set<string>();
    const pairs = term.length - 1 >= MIN_PAIR_BUCKET_LENGTH;
    const n = term.length;
    for (let length = Math.max(1, n - 1); length <= n + 1; length++) {
      const buckets = pairs
        ? [this.byFirstPair.get(pairBucketKey(length, term.charCodeAt(0), term.charCodeAt(1))), this.byLastPair.get(pairBucketKey(length, term.charCodeAt(n - 2), term.charCodeAt(n - 1)))]
        : [this.byFirst.get(bucketKey(length, term.charCodeAt(0))), this.byLast.get(bucketKey(length, term.charCodeAt(n - 1)))];
      for (const ids of buckets) {
        if (!ids) continue;
        for (const id of ids) {
          if (this.documentCounts[id] > 0 && isWithinOneEdit(term, this.terms[id])) out.add(this.terms[id]);
        }
      }
    }
    // Swapping a two-letter term changes its first and its last letter: no bucket holds it.
    const swapped = n === 2 ? this.id(term[1] + term[0]) : undefined;
    if (swapped !== undefined && this.documentCounts[swapped] > 0) out.add(this.terms[swapped]);
    return [...out];
  }

  /** Into a snapshot: the terms in id order, their document counts, and the prefix order as ids. */
  writeState(out: SnapshotSections, prefix: string): void {
    this.mergeRecent();
    out.json(`${prefix}terms`, this.terms);
    out.i32(`${prefix}counts`, this.documentCounts.subarray(0, this.terms.length));
    out.i32(`${prefix}sorted`, Int32Array.from(this.sorted, (term) => this.ids.get(term) as number));
  }

  /** The vocabulary writeState saved: same ids, counts and prefix order (the typo buckets are rebuilt, in id order as before). */
  static fromState(input: SnapshotReader, prefix: string): Vocabulary {
    const vocabulary = new Vocabulary();
    const terms = input.json<string[]>(`${prefix}terms`);
    const counts = input.i32(`${prefix}counts`);
    const sorted = input.i32(`${prefix}sorted`);
    if (!Array.isArray(terms) || counts.length !== terms.length || sorted.length !== terms.length) throw new Error('corrupt vocabulary');
    for (let id = 0; id < terms.length; id++) {
      const term = terms[id];
      if (typeof term !== 'string' || term.length === 0) throw new Error('corrupt vocabulary');
      vocabulary.ids.set(term, id);
      vocabulary.terms.push(term);
      vocabulary.addToBuckets(term, id);
    }
    vocabulary.documentCounts = new Int32Array(Math.max(1024, terms.length * 2));
    vocabulary.documentCounts.set(counts);
    vocabulary.sorted = Array.from(sorted, (id) => {
      if (id < 0 || id >= terms.length) throw new Error('corrupt vocabulary');
      return terms[id];
    });
    return vocabulary;
  }

  private addToBuckets(term: string, id: number): void {
    bucket(this.byFirst, bucketKey(term.length, term.charCodeAt(0))).push(id);
    bucket(this.byLast, bucketKey(term.length, term.charCodeAt(term.length - 1))).push(id);
    if (term.length >= MIN_PAIR_BUCKET_LENGTH) {
      bucket(this.byFirstPair, pairBucketKey(term.length, term.charCodeAt(0), term.charCodeAt(1))).push(id);
      bucket(this.byLastPair, pairBucketKey(term.length, term.charCodeAt(term.length - 2), term.charCodeAt(term.length - 1))).push(id);
    }
  }

  private mergeRecent(): void {
    if (this.recent.length === 0) return;
    const recent = this.recent.sort();
    const merged: string[] = new Array(this.sorted.length + recent.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.sorted.length && j < recent.length) merged[k++] = this.sorted[i] <= recent[j] ? this.sorted[i++] : recent[j++];
    while (i < this.sorted.length) merged[k++] = this.sorted[i++];
    while (j < recent.length) merged[k++] = recent[j++];
    this.sorted = merged;
    this.recent = [];
  }
}

/** Shortest terms bucketed by two letters (see withinOneEdit). */
const MIN_PAIR_BUCKET_LENGTH = 4;

function bucketKey(length: number, code: number): number {
  return length * 0x110000 + code;
}

function pairBucketKey(length: number, first: number, second: number): number {
  return (length * 0x110000 + first) * 0x110000 + second;
}

function bucket(map: Map<number, number[]>, key: number): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * Within one typo as Meilisearch counts them — one insertion, deletion, substitution or swap of two
 * neighbouring letters (Damerau) — in linear time, without allocating.
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const shorter = a.length <= b.length ? a : b;
  const longer = a.length <= b.length ? b : a;
  let i = 0;
  while (i < shorter.length && shorter.charCodeAt(i) === longer.charCodeAt(i)) i++;
  if (i === shorter.length) return true;
  // The first difference at i is the edit: the rest must be equal, aligned from the end.
  let j = shorter.length - 1;
  let k = longer.length - 1;
  while (j > i && shorter.charCodeAt(j) === longer.charCodeAt(k)) {
    j--;
    k--;
  }
  if (shorter.length !== longer.length) return j === i && shorter.charCodeAt(i) === longer.charCodeAt(k);
  return j === i || (j === i + 1 && shorter.charCodeAt(i) === longer.charCodeAt(i + 1) && shorter.charCodeAt(i + 1) === longer.charCodeAt(i));
}
