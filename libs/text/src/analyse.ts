import { tokenize } from './normalise';
import { stem } from './stem';
import { isStopWord } from './stop-words';

/** The terms a text is indexed and scored by: normalised, stop words dropped, lightly stemmed. */
export function analyse(text: string): string[] {
  return tokenize(text)
    .filter((token) => !isStopWord(token))
    .map(stem);
}

export interface ContentWordOptions {
  /** Apply the light per-script stemmer (stem.ts) to words. */
  stem: boolean;
  /** Drop tokens made only of digits (years, percentages, sample sizes). */
  dropNumbers: boolean;
}

/** Normalised content words of a text, in order: stop words (and, by default, bare numbers) dropped. */
export function contentWords(text: string, options: ContentWordOptions = { stem: false, dropNumbers: true }): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) {
    if (isStopWord(token)) continue;
    if (options.dropNumbers && /^\p{N}+$/u.test(token)) continue;
    words.push(options.stem ? stem(token) : token);
  }
  return words;
}
