import { clearLanguage, detectLanguage, type Language } from '../language';
import { normalise, tokenize } from '../normalise';
import { contentWords } from '../analyse';

/**
 * What the matcher needs from a thesaurus. ConceptIndex (concepts/concept-index.ts) satisfies it;
 * tests can pass a small fake, and the matcher works (with the concepts feature at 0) without one.
 */
export interface ConceptSource {
  /** Concepts mentioned in a text, any language. */
  extract(text: string): ReadonlyArray<{ code: string; language?: Language; label?: string; text?: string }>;
  /** A concept's labels per language (preferred label first) and its broader concepts. */
  concept(code: string): { code: string; labels: Partial<Record<Language, readonly string[]>>; broader?: readonly string[] } | undefined;
  /** Ancestors up to `depth` levels, nearest first. */
  broader(code: string, depth?: number): string[];
}

/** A concept's label for a reader: their language, else French, English, Arabic; without "(qualifier)". */
export function conceptLabel(source: ConceptSource | null | undefined, code: string, language: Language): string {
  const labels = source?.concept(code)?.labels;
  const order: Language[] = [language, 'fr', 'en', 'ar'];
  for (const lang of order) {
    const label = labels?.[lang]?.[0];
    if (label) return label.replace(/\s*\([^()]*\)\s*$/, '').trim() || label;
  }
  return code;
}

/** From this length (in words) a segment's language is detected; a shorter one has a language only when its words say so (clearLanguage). */
const MIN_WORDS_FOR_LANGUAGE = 12;

/**
 * Concepts of one text segment (a field, a publication). In a segment whose language is known
 * (long enough to detect it, or short with clear marks of it), a match through a label of another
 * language is dropped unless the concept has the same label in the segment's language or the label
 * is a scientific name, symbol or acronym: English "four", "rate" or "tests" are not the
 * French "four" (oven), "rate" (spleen) or "testes", while "machine" is a label in both.
 */
export function segmentConcepts(source: ConceptSource, text: string): string[] {
  return segmentMatches(source, text).map((match) => match.code);
}

/** The matches kept by segmentConcepts, with the words they matched (stemmed, space-joined). */
export function segmentMatches(source: ConceptSource, text: string): Array<{ code: string; surface: string }> {
  return keptMatches(source, text).map((match) => ({ code: match.code, surface: surfaceOf(match.text ?? match.label ?? '') }));
}

/** The stemmed content words of a matched span, space-joined; spans repeat (a label as written), so they are remembered. */
function surfaceOf(span: string): string {
  let surface = surfaces.get(span);
  if (surface === undefined) {
    surface = contentWords(span, { stem: true, dropNumbers: false }).join(' ');
    if (surfaces.size >= SURFACES_KEPT) surfaces.clear();
    surfaces.set(span, surface);
  }
  return surface;
}
const surfaces = new Map<string, string>();
const SURFACES_KEPT = 50_000;

/** The matches kept by segmentConcepts, with the span of `text` each one matched (as written). */
export function segmentMentions(source: ConceptSource, text: string): Array<{ code: string; text: string }> {
  return keptMatches(source, text).map((match) => ({ code: match.code, text: match.text ?? match.label ?? '' }));
}

function keptMatches(source: ConceptSource, text: string): ReturnType<ConceptSource['extract']>[number][] {
  const matches = source.extract(text);
  if (!matches.length) return [];
  const words = tokenize(text);
  const language = words.length >= MIN_WORDS_FOR_LANGUAGE ? detectLanguage(text, words) : clearLanguage(text, words);
  return matches.filter((match) => {
    if (!language || !match.language || match.language === language) return true;
    // Scientific names, symbols and acronyms are no language's words: "Opuntia ficus-indica", "CO2", "GC-MS".
    if (/^\p{Lu}|\p{N}|\p{Lu}{2}/u.test(match.label ?? '')) return true;
    const own = source.concept(match.code)?.labels[language] ?? [];
    const matched = normalise(match.label ?? '');
    // Not even for a concept without a label in the segment's language ("mucilage", "press" in
    // English): keeping those cost 0.02 of gold-standard loss (false friends in English abstracts).
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

