import { conceptsOf, needConceptSegments } from './documents/search-documents';
import type { ConceptSource } from '../../text/src';
import type { MatchNeed, MatchResearcher } from './scoring/types';
import type { CandidateSearch, SearchFilter } from './search-port';
import { contentWords } from './text-model/terms';

/** Words of a query sent to the engine: at 100k profiles 10 beat 16 on speed (p95 84 → 70 ms) and on-topic share (0.77 → 0.82). */
const MAX_QUERY_WORDS = 10;
/** Per search (text, concepts): at 100k profiles 50 kept the on-topic share (0.77) and cut proposeMatches p95 from 113 to 84 ms. */
export const DEFAULT_CANDIDATES = 50;
/** Labels are taken in this order of languages: one label per concept is enough (see conceptQuery). */
const PIVOT_LANGUAGES = ['en', 'fr', 'ar'] as const;

/**
 * Candidate generation through the search engine (either adapter), for need → researchers:
 * the union of a text search (the need's own words) and a concept search (researchers tagged
 * with the need's thesaurus concepts or their broader concepts, whatever their language, ranked
 * by how many of the need's concepts they share). The matcher then scores only these candidates,
 * with full records read from the source of truth.
 */
export async function researcherCandidates(
  engine: CandidateSearch,
  index: string,
  need: MatchNeed,
  concepts: ConceptSource | null,
  limit = DEFAULT_CANDIDATES,
): Promise<string[]> {
  const words = queryWords([need.title, ...(need.keywords ?? []), need.description]);
  const codes = concepts ? conceptsOf(concepts, needConceptSegments(need)).codes : [];
  return union(engine, index, words, concepts, codes, undefined, limit);
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
