import { ConceptIndex } from './concept-index';
import { normaliseQuery, unmappedTerms, type TermDocument } from './unmapped-terms';

describe('unmappedTerms', () => {
  const index = ConceptIndex.loadDefault();
  const documents: TermDocument[] = [
    { id: 'n1', kind: 'NEED', title: 'Tfal', segments: ["Nous cherchons un fournisseur de tfal pour l'huile d'argan."] },
    { id: 'n2', kind: 'NEED', title: 'Tfal encore', segments: ['Approvisionnement en tfal de qualité.'] },
    { id: 'p1', kind: 'PROFILE', title: 'Argiles', segments: ["Minéralogie du tfal et de l'huile d'argan."] },
    { id: 'p2', kind: 'PROFILE', title: 'Autre', segments: ['Chimie analytique des zorblaks.'] },
    { id: 'n3', kind: 'NEED', title: 'Seul', segments: ['Un mot unique: kwazzle.'] },
  ];

  it('ranks words of needs and profiles that no concept covers, with their contexts', () => {
    const terms = unmappedTerms(index, documents, { maxShare: 1 });
    expect(terms[0]).toMatchObject({ word: 'tfal', needs: 2, profiles: 1 });
    expect(terms[0].contexts.map((c) => c.id)).toEqual(['n1', 'p1', 'n2']);
    expect(terms[0].contexts[0].snippet).toContain('tfal');
    const words = terms.map((t) => t.word);
    expect(words).not.toContain('argan'); // a concept's label
    expect(words).not.toContain('kwazzle'); // in one document only
    expect(words).not.toContain('zorblaks'); // in no need
  });

  it('leaves out words that a glossary entry now covers', () => {
    const taught = index.withGlossary([{ code: 'g_tfal', fr: ['tfal'] }]);
    expect(unmappedTerms(taught, documents, { maxShare: 1 }).map((t) => t.word)).not.toContain('tfal');
  });

  it('normalises recorded queries', () => {
    expect(normaliseQuery('  Zerradoun   ÉPICÉ ')).toBe('zerradoun epice');
  });
});
