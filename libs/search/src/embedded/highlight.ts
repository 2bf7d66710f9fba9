import { analyseWord as termsOfWord } from './inverted-index';
import { escapeHtml, MARK_CLOSE, MARK_OPEN } from '../shared/html';
import { WORD } from './proximity';

/** A field value as highlighted fragments: one per string, matched words wrapped in <mark>. */
export function highlightValue(value: unknown, matchedTerms: ReadonlySet<string>): string[] {
  if (value === undefined || value === null) return [];
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.map((element) => (typeof element === 'string' ? highlightText(element, matchedTerms) : escapeHtml(String(element))));
}

/** Each word is analysed as the index analyses it, so "d’Argan" has "Argan" marked for the term "argan". */
export function highlightText(text: string, matchedTerms: ReadonlySet<string>): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index ?? 0;
    result += escapeHtml(text.slice(last, start));
    result += termsOfWord(word).some((term) => matchedTerms.has(term)) ? `${MARK_OPEN}${escapeHtml(word)}${MARK_CLOSE}` : escapeHtml(word);
    last = start + word.length;
  }
  return result + escapeHtml(text.slice(last));
}
