import { conceptsOf, needConceptSegments } from './documents/search-documents';
import { detectLanguage, type ConceptSource } from '../../text/src';
import type { MatchNeed, MatchResearcher } from './scoring/types';
import type { CandidateSearch, SearchFilter } from './search-port';
import { BilingualLexicon } from './text-model/lexicon';
import { contentWords } from './text-model/terms';

/** Words of a query sent to the engine: at 100k profiles 10 beat 16 on speed (p95 84 → 70 ms) and on-topic share (0.77 → 0.82). */
const MAX_QUERY_WORDS = 10;
/** Per search (text, concepts): at 100k profiles 50 kept the on-topic share (0.77) and cut proposeMatches p95 from 113 to 84 ms. */
export const DEFAULT_CANDIDATES = 50;
/**
 * The translated-words search returns this share of `limit`: translations are fewer and noisier
 * than the need's words, and each candidate costs ranking time (at 20k profiles, the full limit
 * made proposeMatches p50 6.9 → 10.2 ms for +47 candidates).
 */
const TRANSLATED_SHARE = 0.5;
/** Translated words searched (title and keywords first): each more word costs search time at 100k profiles. */
const MAX_TRANSLATED_WORDS = 5;
/** Labels are taken in this order of languages: one label per concept is enough (see conceptQuery). */
const PIVOT_LANGUAGES = ['en', 'fr', 'ar'] as const;

/**
 * Candidate generation through the search engine (either adapter), for need → researchers:
 * the union of a text search (the need's own words) and a concept search (researchers tagged
 * with the need's thesaurus concepts or their broader concepts, whatever their language, ranked
 * by how many of the need's concepts they share) and, for a need, a search with its words translated
 * into the other languages through the thesaurus's lexicon (text-model/lexicon.ts), which reaches
 * profiles in another language when the need's words are no concept label. The matcher then scores only these candidates,
 * with full records read from the source of truth.
 */
export async function researcherCandidates(
  engine: CandidateSearch,
  index: string,
  need: MatchNeed,
  concepts: ConceptSource | null,
  limit = DEFAULT_CANDIDATES,
  /** The translation route (MatcherOptions.translation): also search the need's words translated through the thesaurus's lexicon (with a thesaurus only). */
  translation: BilingualLexicon | boolean = true,
): Promise<string[]> {
  const fields = [need.title, ...(need.keywords ?? []), need.description];
  const words = queryWords(fields);
  const codes = concepts ? conceptsOf(concepts, needConceptSegments(need)).codes : [];
  const lexicon = !concepts || translation === false ? null : translation === true ? BilingualLexicon.shipped() : translation;
  const text = fields.filter(Boolean).join('\n');
  const translated = lexicon ? queryWords([lexicon.translateText(text, need.language ?? detectLanguage(text)).join(' ')]).slice(0, MAX_TRANSLATED_WORDS) : [];
  const [found, more] = await Promise.all([
    union(engine, index, words, concepts, codes, undefined, limit),
    // A third search, not more words in the first: the need's own words keep their whole page.
    translated.length ? engine.search(index, { query: translated.join(' '), limit: Math.ceil(limit * TRANSLATED_SHARE), exactTotal: false, retrieve: [] }) : null,
  ]);
  if (!more?.hits.length) return found;
  const ids = new Set(found);
  for (const hit of more.hits) ids.add(hit.id);
  return [...ids];
}

/** Researcher → needs: the same union, restricted by `filter` (the viewer's visibility rules). */
export async function needCandidates(
  engine: CandidateSearch,
  index: string,
  researcher: MatchResearcher,
  concepts: ConceptSource | null,
  filter: SearchFilter | undefined,
  limit = DEFAULT_CANDIDATES,
): Promise<string[]> {
  const fields = [researcher.headline, ...(researcher.keywords ?? []), ...(researcher.techniques ?? []), researcher.expertise];
  const codes = concepts ? conceptsOf(concepts, fields).codes : [];
  return union(engine, index, queryWords(fields), concepts, codes, filter, limit);
}

async function union(
  engine: CandidateSearch,
  index: string,
  words: string[],
  concepts: ConceptSource | null,
  codes: string[],
  filter: SearchFilter | undefined,
  limit: number,
) {
  // The matcher credits a need concept whose broader concept the document has: those documents are candidates too.
  const broader = concepts ? [...new Set(codes.flatMap((code) => concepts.broader(code, 1)))].filter((code) => !codes.includes(code)) : [];
  const tagged = [...codes, ...broader];
  const byConcepts: SearchFilter | undefined = tagged.length ? { field: 'concepts', in: tagged } : undefined;
  // Only the ids of the best `limit` hits are read, not the total: the engine may skip what cannot reach them.
  const [text, concept] = await Promise.all([
    words.length ? engine.search(index, { query: words.join(' '), filter, limit, exactTotal: false, retrieve: [] }) : null,
    byConcepts && concepts
      ? engine.search(index, {
          query: conceptQuery(concepts, [...codes, ...broader]).join(' '),
          filter: filter ? { and: [filter, byConcepts] } : byConcepts,
          limit,
          exactTotal: false,
          retrieve: [],
        })
      : null,
  ]);
  const ids = new Set<string>();
  for (const hit of [...(text?.hits ?? []), ...(concept?.hits ?? [])]) ids.add(hit.id);
  return [...ids];
}

/**
 * Words of one label per concept (English, else French, else Arabic), the text's own concepts
 * before their broader ones. Documents carry every label of their concepts in all three languages
 * (conceptLabels), so a document tagged with a concept matches its words whatever the document's
 * language, and documents sharing more of the concepts match more words and come first — rather
 * than an arbitrary slice of every tagged document, which is what an empty query returns.
 */
function conceptQuery(concepts: ConceptSource, codes: readonly string[]): string[] {
  const labels = codes.map((code) => {
    const labels = concepts.concept(code)?.labels;
    const language = PIVOT_LANGUAGES.find((l) => labels?.[l]?.length);
    return language ? labels![language]![0].replace(/\s*\([^()]*\)\s*$/, '') : '';
  });
  return queryWords(labels);
}

/** Distinct content words, in order of appearance (title and keywords come first). */
function queryWords(fields: Array<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const field of fields) {
    for (const word of contentWords(field ?? '')) {
      if (word.length > 2) words.add(word);
      if (words.size >= MAX_QUERY_WORDS) return [...words];
    }
  }
  return [...words];
}
