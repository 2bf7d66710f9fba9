import { isStopWord, stem, tokenize } from '../../../text/src';
import { analyseCached as analyse } from './inverted-index';
import { mutualSynonyms } from '../shared/synonyms';
import { Vocabulary } from './vocabulary';

/** Words shorter than this get no typo tolerance (Meilisearch's minWordSizeForTypos.oneTypo). */
const MIN_WORD_SIZE_FOR_TYPO = 4;

/** One query word and every indexed term that counts as a match for it. */
export interface QueryWord {
  term: string;
  matches: Set<string>;
  /** The matches that are the word itself or a synonym (not a typo or prefix completion). */
  exact: Set<string>;
  /** The matches without a typo: exact ones and prefix completions of the last word. */
  typoFree: Set<string>;
}

export interface AnalysedQuery {
  /** False when the query has no meaningful word (empty, punctuation, stop words only): match everything. */
  hasWords: boolean;
  words: QueryWord[];
  /** Every indexed term the query matches, for highlighting. */
  matchedTerms: Set<string>;
}

interface SynonymRule {
  phrase: string[];
  alternatives: string[];
}

/** Synonym phrases and their alternatives, analysed like documents (so "figues" finds "figue"'s synonyms). */
export function synonymRules(synonyms: Record<string, string[]> | undefined): SynonymRule[] {
  return Object.entries(mutualSynonyms(synonyms))
    .map(([phrase, alternatives]) => ({ phrase: analyse(phrase), alternatives: alternatives.flatMap(analyse) }))
    .filter((rule) => rule.phrase.length > 0);
}

/**
 * Resolves each query word against the vocabulary, with Meilisearch's rules: exact term, one typo
 * for words of 4+ characters, prefix for the last word, synonyms; the index then looks up exactly
 * these terms.
 */
export function analyseQuery(query: string, vocabulary: Vocabulary, synonyms: SynonymRule[]): AnalysedQuery {
  const normalisedWords = tokenize(query).filter((word) => !isStopWord(word));
  const terms = normalisedWords.map(stem);
  const words = normalisedWords.map((word, position) => {
    const term = terms[position];
    const candidates = [term, ...synonymsAt(position, terms, synonyms)];
    const exact = new Set(candidates.filter((candidate) => vocabulary.has(candidate)));
    const typoFree = new Set(exact);
    if (position === terms.length - 1) for (const completion of vocabulary.startingWith(term)) typoFree.add(completion);
    if (word.length >= MIN_WORD_SIZE_FOR_TYPO) candidates.push(...vocabulary.withinOneEdit(term));
    candidates.push(...typoFree);
    return { term, exact, typoFree, matches: new Set(candidates.filter((candidate) => vocabulary.has(candidate))) };
  });
  return {
    hasWords: words.length > 0,
    words: words.filter((word) => word.matches.size > 0),
    matchedTerms: new Set(words.flatMap((word) => [...word.matches])),
  };
}

function synonymsAt(position: number, terms: string[], rules: SynonymRule[]): string[] {
  return rules
    .filter((rule) => phraseCovers(rule.phrase, terms, position))
    .flatMap((rule) => rule.alternatives);
}

/** Whether the phrase occurs in the query terms on a span that includes `position`. */
function phraseCovers(phrase: string[], terms: string[], position: number): boolean {
  for (let start = Math.max(0, position - phrase.length + 1); start <= position; start++) {
    if (phrase.every((term, offset) => terms[start + offset] === term)) return true;
  }
  return false;
}
