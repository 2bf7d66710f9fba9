import { analyseCached as analyse } from './inverted-index';
import { escapeHtml, MARK_CLOSE, MARK_OPEN } from '../shared/html';

/** Letters (with their combining marks: accents, Arabic harakat) and digits; apostrophes separate. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Per word as written: its analysed terms (highlighting re-analyses the same words again and again). */
const wordTerms = new Map<string, string[]>();

function termsOfWord(word: string): string[] {
  let terms = wordTerms.get(word);
  if (terms === undefined) {
    if (wordTerms.size > 200_000) wordTerms.clear();
    terms = analyse(word);
    wordTerms.set(word, terms);
  }
  return terms;
}

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
