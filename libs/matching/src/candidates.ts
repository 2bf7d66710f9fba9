import type { Filter, SearchEngine } from '../../search/src';
import { conceptsOf } from './documents/search-documents';
import type { ConceptSource } from './scoring/concept-source';
import type { MatchNeed, MatchResearcher } from './scoring/types';
import { contentWords } from './text-model/terms';

/** Words of a query sent to the engine: enough to recall, few enough to stay fast. */
const MAX_QUERY_WORDS = Number(process.env.QW ?? 16);
export const DEFAULT_CANDIDATES = 100;

/**
 * Candidate generation through the search engine (either adapter), for need → researchers:
 * the union of a text search (the need's own words) and a concept search (researchers
 * tagged with the need's thesaurus concepts, whatever their language). The matcher then scores
 * only these candidates, with full records read from the source of truth.
 */
export async function researcherCandidates(
  engine: SearchEngine,
  index: string,
  need: MatchNeed,
  concepts: ConceptSource | null,
  limit = DEFAULT_CANDIDATES,
): Promise<string[]> {
  const words = queryWords([need.title, ...(need.keywords ?? []), need.description]);
  const codes = concepts ? conceptsOf(concepts, [need.title, need.description, (need.keywords ?? []).join(', ')]).codes : [];
  return union(engine, index, words, codes, undefined, limit);
}

/** Researcher → needs: the same union, restricted by `filter` (the viewer's visibility rules). */
export async function needCandidates(
  engine: SearchEngine,
  index: string,
  researcher: MatchResearcher,
  concepts: ConceptSource | null,
  filter: Filter | undefined,
  limit = DEFAULT_CANDIDATES,
): Promise<string[]> {
  const fields = [researcher.headline, ...(researcher.keywords ?? []), ...(researcher.techniques ?? []), researcher.expertise];
  const codes = concepts ? conceptsOf(concepts, fields).codes : [];
  return union(engine, index, queryWords(fields), codes, filter, limit);
}

async function union(engine: SearchEngine, index: string, words: string[], codes: string[], filter: Filter | undefined, limit: number) {
  const byConcepts: Filter | undefined = codes.length ? { field: 'concepts', in: codes } : undefined;
  const [text, concept] = await Promise.all([
    words.length ? engine.search(index, { query: words.join(' '), filter, limit }) : null,
    byConcepts ? engine.search(index, { query: '', filter: filter ? { and: [filter, byConcepts] } : byConcepts, limit }) : null,
  ]);
  const ids = new Set<string>();
  for (const hit of [...(text?.hits ?? []), ...(concept?.hits ?? [])]) ids.add(hit.id);
  return [...ids];
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
