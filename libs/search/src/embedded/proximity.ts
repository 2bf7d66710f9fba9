/**
 * Meilisearch's *proximity* ranking rule (its third, after words and typo): among hits matching as
 * many query words with as few typos, those where consecutive query words stand closer together
 * come first.
 *
 * The distance of two query words in a document is the smallest, over their occurrences, of
 * `b − a` when the second word follows the first (1: adjacent, in the query's order) and
 * `a − b + 1` when it precedes it (so "séché produit" is 2 for the query "produit séché"), capped
 * at MAX_DISTANCE, which is also what two words count when they are never in the same field, nor
 * in the same element of a list field (keywords, concept labels), nor in the same sentence:
 * Meilisearch's 8 (milli's MAX_DISTANCE; its hard separators and array elements put 8 positions
 * between words). A document's proximity is the sum over consecutive pairs of the query words it
 * matched (the words it lacks are skipped, as if the query had only the others); lower is better.
 * Positions count the indexed words: a stop word (not indexed) takes no position, so "miel de
 * lavande" is adjacent, where Meilisearch (no stop words by default) counts 2.
 *
 * Positions are not in the postings (they would multiply the index's size): a hit's proximity is
 * computed from its stored text, analysed as the index analyses it (the same analysis and caches,
 * a text word by word as highlighting does: stemming, Arabic normalisation, synonyms, typos and the
 * last word's prefix completions all count, the query words' `matches` being the terms looked for;
 * an elided "jusqu'" or "lorsqu'" is the one place a text's word-by-word analysis keeps a term the
 * whole text's drops, which can only add a position), and only in the fields where
 * two consecutive matched words both occur (from the postings: `fieldMasks`). InvertedIndex applies
 * it to a bounded window of hits: see PROXIMITY_WINDOW there.
 */
export const MAX_DISTANCE = 8;

/** Letters (with their combining marks: accents, Arabic harakat) and digits; apostrophes separate. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Per UTF-16 code unit: 1 when WORD matches it, 2 when not, 0 not yet known (filled as met). */
const wordUnits = new Uint8Array(0x10000);
const WORD_UNIT = /[\p{L}\p{M}\p{N}]/u;
const HARD = /[.!?;؟؛]/;

function isWordUnit(code: number): boolean {
  let known = wordUnits[code];
  if (known === 0) wordUnits[code] = known = WORD_UNIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * A searchable field's value as pieces (a list's elements, a text's sentences), each as its indexed
 * terms: a list element whole (`analyseElement`, as the index analyses it); a text word by word —
 * the runs WORD matches, as highlighting finds them, each through `analyseWord` (the terms of one
 * word as written: a cached look-up, where normalising whole texts again costs ten times more) —,
 * a new piece after a sentence end followed by a space, or a line break (Meilisearch's hard
 * separators). Scanned code unit by code unit (a word of letters outside the Basic Multilingual
 * Plane is cut there: none in French, Arabic or English).
 */
export function fieldPieces(value: unknown, analyseWord: (word: string) => string[], analyseElement: (text: string) => string[]): string[][] {
  if (Array.isArray(value)) return value.map((element) => analyseElement(String(element)));
  if (typeof value !== 'string') return [];
  const pieces: string[][] = [];
  let piece: string[] = [];
  let sentenceEnd = false;
  const length = value.length;
  for (let i = 0; i < length; ) {
    const code = value.charCodeAt(i);
    if (!isWordUnit(code)) {
      if (code === 10 || (sentenceEnd && (code === 32 || code === 9 || code === 13 || code === 0xa0))) {
        if (piece.length > 0) pieces.push(piece);
        piece = [];
        sentenceEnd = false;
      } else {
        sentenceEnd = HARD.test(value[i]);
      }
      i++;
      continue;
    }
    sentenceEnd = false;
    let end = i + 1;
    while (end < length && isWordUnit(value.charCodeAt(end))) end++;
    for (const term of analyseWord(value.slice(i, end))) piece.push(term);
    i = end;
  }
  pieces.push(piece);
  return pieces;
}

export class ProximityQuery {
  /** term → the query words (indexes) it matches. */
  private readonly wordsOfTerm = new Map<string, number[]>();
  private readonly wordCount: number;
  /** Per query word, its positions in the document being measured (reused). */
  private readonly positions: number[][];

  constructor(words: readonly { matches: ReadonlySet<string> }[]) {
    this.wordCount = words.length;
    this.positions = words.map(() => []);
    words.forEach((word, w) => {
      for (const term of word.matches) {
        const list = this.wordsOfTerm.get(term);
        if (list) list.push(w);
        else this.wordsOfTerm.set(term, [w]);
      }
    });
  }

  /** The worst (largest) proximity of a document matching `matchedWords` query words. */
  static worst(matchedWords: number): number {
    return Math.max(0, matchedWords - 1) * MAX_DISTANCE;
  }

  /**
   * The least proximity a document with these `fieldMasks` (see measure) can have: 1 per pair of
   * consecutive matched words sharing a field, MAX_DISTANCE per other pair (exact when no pair shares one).
   */
  static lowerBound(fieldMasks: ArrayLike<number>): number {
    let bound = 0;
    for (let w = 0, previous = -1; w < fieldMasks.length; w++) {
      if (fieldMasks[w] === 0) continue;
      if (previous >= 0) bound += (fieldMasks[previous] & fieldMasks[w]) === 0 ? MAX_DISTANCE : 1;
      previous = w;
    }
    return bound;
  }

  /**
   * A document's proximity. `fieldMasks[w]` is the set of fields (bit f: searchable field f) where
   * query word w occurs (0: the document lacks it); `pieces(f)` gives field f's pieces (see
   * fieldPieces), read only for the fields two consecutive matched words share.
   */
  measure(fieldMasks: ArrayLike<number>, pieces: (field: number) => string[][]): number {
    let shared = 0;
    let pairs = 0;
    for (let w = 0, previous = -1; w < this.wordCount; w++) {
      if (fieldMasks[w] === 0) continue;
      if (previous >= 0) {
        shared |= fieldMasks[previous] & fieldMasks[w];
        pairs++;
      }
      previous = w;
    }
    if (shared === 0) return pairs * MAX_DISTANCE;
    const positions = this.positions;
    for (const list of positions) list.length = 0;
    // Fields and pieces start MAX_DISTANCE positions after the last word before them.
    let position = 0;
    for (let field = 0; shared >>> field !== 0; field++) {
      if ((shared & (1 << field)) === 0) continue;
      for (const terms of pieces(field)) {
        for (const term of terms) {
          const words = this.wordsOfTerm.get(term);
          if (words) for (const w of words) positions[w].push(position);
          position++;
        }
        position += MAX_DISTANCE;
      }
    }
    let sum = 0;
    for (let w = 0, previous = -1; w < this.wordCount; w++) {
      if (fieldMasks[w] === 0) continue;
      if (previous >= 0) sum += (fieldMasks[previous] & fieldMasks[w]) === 0 ? MAX_DISTANCE : pairDistance(positions[previous], positions[w]);
      previous = w;
    }
    return sum;
  }
}

/**
 * The smallest distance from an occurrence of the first word (`first`, sorted) to one of the second
 * (`second`, sorted), capped at MAX_DISTANCE. One pass over both: for each occurrence, only the
 * other word's last occurrence before it can be the closest from that side. An occurrence shared
 * by both words (one term matching both) is no pair.
 */
export function pairDistance(first: readonly number[], second: readonly number[]): number {
  let best = MAX_DISTANCE;
  let i = 0;
  let j = 0;
  let lastFirst = -Infinity;
  let lastSecond = -Infinity;
  while ((i < first.length || j < second.length) && best > 1) {
    if (j >= second.length || (i < first.length && first[i] < second[j])) {
      const a = first[i++];
      if (a - lastSecond + 1 < best) best = a - lastSecond + 1;
      lastFirst = a;
    } else if (i >= first.length || second[j] < first[i]) {
      const b = second[j++];
      if (b - lastFirst < best) best = b - lastFirst;
      lastSecond = b;
    } else {
      // The same position in both: compare it with each side's previous occurrence, then move on.
      const p = first[i++];
      j++;
      if (p - lastFirst < best) best = p - lastFirst;
      if (p - lastSecond + 1 < best) best = p - lastSecond + 1;
      lastFirst = lastSecond = p;
    }
  }
  return best;
}
