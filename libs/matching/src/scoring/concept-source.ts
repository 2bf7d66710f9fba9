import { detectLanguage } from '../analysis/language';
import { normalise, tokenize } from '../analysis/normalise';
import { contentWords } from '../text-model/terms';
import type { MatchLanguage } from './types';

/**
 * What the matcher needs from a thesaurus. ConceptIndex (concepts/concept-index.ts) satisfies it;
 * tests can pass a small fake, and the matcher works (with the concepts feature at 0) without one.
 */
export interface ConceptSource {
  /** Concepts mentioned in a text, any language. */
  extract(text: string): ReadonlyArray<{ code: string; language?: MatchLanguage; label?: string; text?: string }>;
  /** A concept's labels per language (preferred label first) and its broader concepts. */
  concept(code: string): { code: string; labels: Partial<Record<MatchLanguage, readonly string[]>>; broader?: readonly string[] } | undefined;
  /** Ancestors up to `depth` levels, nearest first. */
  broader(code: string, depth?: number): string[];
}

/** A concept's label for a reader: their language, else French, English, Arabic; without "(qualifier)". */
export function conceptLabel(source: ConceptSource | null | undefined, code: string, language: MatchLanguage): string {
  const labels = source?.concept(code)?.labels;
  const order: MatchLanguage[] = [language, 'fr', 'en', 'ar'];
  for (const lang of order) {
    const label = labels?.[lang]?.[0];
    if (label) return label.replace(/\s*\([^()]*\)\s*$/, '').trim() || label;
  }
  return code;
}

/** Segments shorter than this (in words) are too short to detect their language: all their matches are kept. */
const MIN_WORDS_FOR_LANGUAGE = 12;

/**
 * Concepts of one text segment (a field, a publication). In a segment long enough to know its
 * language, a match through a label of another language is dropped unless the concept has the
 * same label in the segment's language: English "four" or "tests" are not the French "four"
 * (oven) or "testes", while "machine" is a label in both.
 */
export function segmentConcepts(source: ConceptSource, text: string): string[] {
  return segmentMatches(source, text).map((match) => match.code);
}

/** The matches kept by segmentConcepts, with the words they matched (stemmed, space-joined). */
export function segmentMatches(source: ConceptSource, text: string): Array<{ code: string; surface: string }> {
  return keptMatches(source, text).map((match) => ({
    code: match.code,
    surface: contentWords(match.text ?? match.label ?? '', { stem: true, dropNumbers: false }).join(' '),
  }));
}

/** The matches kept by segmentConcepts, with the span of `text` each one matched (as written). */
export function segmentMentions(source: ConceptSource, text: string): Array<{ code: string; text: string }> {
  return keptMatches(source, text).map((match) => ({ code: match.code, text: match.text ?? match.label ?? '' }));
}

function keptMatches(source: ConceptSource, text: string): ReturnType<ConceptSource['extract']>[number][] {
  const matches = source.extract(text);
  if (!matches.length) return [];
  const words = tokenize(text);
  const language = words.length >= MIN_WORDS_FOR_LANGUAGE ? detectLanguage(text) : undefined;
  return matches.filter((match) => {
    if (!language || !match.language || match.language === language) return true;
    const own = source.concept(match.code)?.labels[language] ?? [];
    const matched = normalise(match.label ?? '');
    return own.some((label) => normalise(label) === matched);
  });
}

export interface DocumentConcepts {
  /** Distinct concept codes, in order of first mention. */
  codes: string[];
  /** Mentions per code. */
  counts: Map<string, number>;
  /** Per code, the words that mentioned it (stemmed content words, space-joined). */
  surfaces: Map<string, Set<string>>;
}

/**
 * Concept codes per document, cached by document id and recomputed only when the document's
 * text changes. A document is a list of segments, each extracted on its own (shorter texts, and
 * one language per segment).
 */
export class ConceptCache {
  private readonly entries = new Map<string, DocumentConcepts & { key: string }>();

  constructor(private readonly source: ConceptSource, private readonly maxEntries = 100_000) {}

  get(id: string, segments: ReadonlyArray<string | null | undefined>): DocumentConcepts {
    const texts = segmentTexts(segments);
    const key = texts.join('\u0001');
    const cached = this.entries.get(id);
    if (cached && cached.key === key) return cached;
    const entry = { key, ...documentConcepts(this.source, texts) };
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(id, entry);
    return entry;
  }

  delete(id: string): void {
    this.entries.delete(id);
  }
}

/** The non-empty segments of a document. */
export function segmentTexts(segments: ReadonlyArray<string | null | undefined>): string[] {
  return segments.filter((segment): segment is string => !!segment && segment.trim().length > 0);
}

/** Concepts of a document (its non-empty segments, each extracted on its own), uncached. */
export function documentConcepts(source: ConceptSource, texts: readonly string[]): DocumentConcepts {
  const counts = new Map<string, number>();
  const surfaces = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const { code, surface } of segmentMatches(source, text)) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
      if (!surfaces.has(code)) surfaces.set(code, new Set());
      surfaces.get(code)!.add(surface);
    }
  }
  return { codes: [...counts.keys()], counts, surfaces };
}

