import { contentWords, isStopWord, stem as lightStem, tokenize } from '../../../text/src';

export { contentWords };

/** How a text becomes the terms the lexical model counts. */
export interface TermOptions {
  /** Apply the light per-script stemmer of libs/text (stem.ts) to words. */
  stem: boolean;
  /** Also emit adjacent-word bigrams ("cold press" → "cold_press") after stop-word removal. */
  bigrams: boolean;
  /** Drop tokens made only of digits (years, percentages, sample sizes). */
  dropNumbers: boolean;
}

export const DEFAULT_TERM_OPTIONS: TermOptions = { stem: false, bigrams: false, dropNumbers: true };

/** The word terms of a text: content words, plus bigrams of adjacent content words when asked. */
export function terms(text: string, options: TermOptions = DEFAULT_TERM_OPTIONS): string[] {
  const words = contentWords(text, options);
  if (!options.bigrams) return words;
  const result = words.slice();
  for (let i = 1; i < words.length; i++) result.push(`${words[i - 1]}_${words[i]}`);
  return result;
}

/**
 * Character n-grams of each content word, with ^ and $ marking the word's edges
 * ("argan", n = 4 → ^arg, arga, rgan, gan$); a word shorter than n − 1 gives itself, marked.
 * They match word forms a stemmer misses (emulsion/émulsion/emulsions, oxidation/oxydation).
 */
export function charNgrams(text: string, n: number, options: Pick<TermOptions, 'dropNumbers'> = DEFAULT_TERM_OPTIONS): string[] {
  const grams: string[] = [];
  for (const word of contentWords(text, { stem: false, dropNumbers: options.dropNumbers })) for (const gram of wordNgrams(word, n)) grams.push(gram);
  return grams;
}

/** The marked character n-grams of one content word (see charNgrams). */
export function wordNgrams(word: string, n: number): string[] {
  const padded = `^${word}$`;
  if (padded.length <= n) return [padded];
  const grams: string[] = [];
  for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  return grams;
}

/** Adds each term of the list `weight` times to the counts. */
export function addCounts(counts: Map<string, number>, termList: readonly string[], weight = 1): Map<string, number> {
  for (const term of termList) counts.set(term, (counts.get(term) ?? 0) + weight);
  return counts;
}

/**
 * The readable surface word of each word term of a text (first occurrence), so explanations can
 * show "huiles" rather than a stem or a bigram key.
 */
export function surfaceForms(text: string, options: TermOptions = DEFAULT_TERM_OPTIONS): Map<string, string> {
  const forms = new Map<string, string>();
  let previous: { term: string; surface: string } | undefined;
  for (const raw of text.match(/[\p{L}\p{M}\p{N}'’ʼ-]+/gu) ?? []) {
    for (const piece of raw.split(/[-'’ʼ]/)) {
      const tokens = tokenize(piece);
      for (const token of tokens) {
        if (isStopWord(token) || (options.dropNumbers && /^\p{N}+$/u.test(token))) continue;
        const surface = tokens.length === 1 ? piece.toLowerCase() : token;
        const term = options.stem ? lightStem(token) : token;
        if (!forms.has(term)) forms.set(term, surface);
        if (options.bigrams && previous) {
          const key = `${previous.term}_${term}`;
          if (!forms.has(key)) forms.set(key, `${previous.surface} ${surface}`);
        }
        previous = { term, surface };
      }
    }
  }
  return forms;
}
