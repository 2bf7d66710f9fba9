import { LoanwordIndex, type ConceptSource } from '../../text/src';
import { researcherCandidates } from './candidates';
import type { CandidateSearch } from './search-port';
import { BilingualLexicon } from './text-model/lexicon';

/** An engine that answers each query with fixed ids per query word, and records the queries. */
function fakeEngine(idsByWord: Record<string, string[]>) {
  const queries: string[] = [];
  const engine: CandidateSearch = {
    async search(_index, request) {
      queries.push(request.query);
      const ids = new Set(request.query.split(' ').flatMap((word) => idsByWord[word] ?? []));
      return { hits: [...ids].map((id) => ({ id })) };
    },
  };
  return { engine, queries };
}

const noConcepts: ConceptSource = { extract: () => [], concept: () => undefined, broader: () => [] };
const lexicon = BilingualLexicon.fromLabels([
  { fr: ['poulpe'], ar: ['أخطبوط'] },
  { fr: ['congélation'], ar: ['تجميد'] },
]);
const need = { id: 'n', title: 'الأخطبوط', description: 'تجميد الأخطبوط', language: 'ar' as const };

describe('researcherCandidates: translated words', () => {
  it('adds the hits of a search with the need’s words translated into the other languages', async () => {
    const { engine, queries } = fakeEngine({ poulpe: ['fr-octopus'], congelation: ['fr-freezing'], الاخطبوط: ['ar-octopus'] });
    const ids = await researcherCandidates(engine, 'researchers', need, noConcepts, 50, lexicon);
    expect(queries).toHaveLength(2);
    expect(queries[1].split(' ').sort()).toEqual(['congelation', 'poulpe']);
    expect(ids).toEqual(expect.arrayContaining(['fr-octopus', 'fr-freezing']));
  });

  it('searches only the need’s own words when the route is off, or without a thesaurus', async () => {
    for (const [concepts, translation] of [
      [noConcepts, false],
      [null, lexicon],
    ] as const) {
      const { engine, queries } = fakeEngine({ poulpe: ['fr-octopus'] });
      const ids = await researcherCandidates(engine, 'researchers', need, concepts, 50, translation);
      expect(queries).toHaveLength(1);
      expect(ids).not.toContain('fr-octopus');
    }
  });
});

describe('researcherCandidates: loanwords', () => {
  it('searches an Arabic-script loanword the lexicon lacks as the Latin word it comes from', async () => {
    const withLoanwords = lexicon.withLoanwords(new LoanwordIndex([{ word: 'listeria', language: 'fr' }]));
    const listeriaNeed = { id: 'n', title: 'الليستيريا', description: 'الليستيريا في الأجبان', language: 'ar' as const };
    const { engine, queries } = fakeEngine({ listeria: ['fr-listeria'] });
    const ids = await researcherCandidates(engine, 'researchers', listeriaNeed, noConcepts, 50, withLoanwords);
    expect(queries[1]).toBe('listeria');
    expect(ids).toContain('fr-listeria');
    // Without the loanword index the word has no translation: no third search.
    const plain = fakeEngine({ listeria: ['fr-listeria'] });
    expect(await researcherCandidates(plain.engine, 'researchers', listeriaNeed, noConcepts, 50, lexicon)).not.toContain('fr-listeria');
    expect(plain.queries).toHaveLength(1);
  });
});
