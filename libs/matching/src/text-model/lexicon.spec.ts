import { LoanwordIndex } from '../../../text/src';
import { Matcher } from '../scoring/matcher';
import type { MatchNeed, MatchResearcher } from '../scoring/types';
import { BilingualLexicon } from './lexicon';

describe('BilingualLexicon', () => {
  const lexicon = BilingualLexicon.fromLabels([
    { fr: ['séchage solaire'], ar: ['تجفيف شمسي'] },
    { fr: ['séchage des fruits'], ar: ['تجفيف الفاكهة'] },
    { fr: ['fruit'], ar: ['فاكهة'], en: ['fruits'] },
    { fr: ['baume du Canada'], ar: ['بلسم كندا'] },
  ]);
  const words = (word: string, language: 'fr' | 'ar' | 'en') => lexicon.translate(word, language).map((t) => `${t.language}:${t.word}`);

  it('pairs words that keep appearing in the labels of the same concepts', () => {
    expect(words('séchage', 'fr')).toContain('ar:تجفيف');
    expect(words('تجفيف', 'ar')).toContain('fr:sechage');
    // One-word labels on both sides are unambiguous, even once.
    // … but a word with the same stem in the other language is no translation to add (the need has it already).
    expect(words('fruits', 'en')).not.toContain('fr:fruit');
    expect(words('fruits', 'en').some((w) => /^ar:(ال)?فاكهه$/.test(w))).toBe(true);
  });

  it('does not pair the words of one multi-word label pair seen once (which word is which is unknown)', () => {
    expect(words('baume', 'fr')).toEqual([]);
    expect(words('كندا', 'ar')).toEqual([]);
  });

  it('translates a text into the other languages only', () => {
    const out = lexicon.translateText('Séchage des fruits', 'fr');
    expect(out).toContain('تجفيف');
    expect(out.some((w) => /^(ال)?فاكهه$/.test(w))).toBe(true);
    expect(out.some((word) => /^[a-z]+$/.test(word) && word !== 'fruits')).toBe(false);
  });

  it('from the shipped thesaurus: a word that is no concept label of its own still translates', () => {
    const shipped = BilingualLexicon.shipped();
    expect(shipped.translate('الأخطبوط', 'ar').map((t) => t.word)).toEqual(expect.arrayContaining(['poulpe']));
    expect(shipped.translate('séchage', 'fr').map((t) => t.word)).toContain('تجفيف');
  });
});

describe('BilingualLexicon with loanwords', () => {
  const lexicon = BilingualLexicon.fromLabels([
    { fr: ['congélation'], ar: ['تجميد'] },
    { fr: ['corail'], ar: ['مرجان'] },
  ]).withLoanwords(new LoanwordIndex([{ word: 'Listeria', language: 'fr' }, { word: 'Listeria', language: 'en' }, { word: 'congélation', language: 'fr' }]));
  const words = (word: string) => lexicon.translate(word, 'ar').map((t) => `${t.language}:${t.word}`);

  it('reads an Arabic word the lexicon does not know as a loanword', () => {
    expect(words('الليستيريا')).toEqual(['en:listeria', 'fr:listeria']);
    expect(lexicon.translateText('الليستيريا في الأجبان', 'ar')).toEqual(['listeria', 'listeria']);
  });

  it('keeps the lexicon’s translation of a word it knows, and reads no Latin or short word as a loanword', () => {
    expect(words('التجميد')).toEqual(['fr:congelation']);
    expect(lexicon.translateText('Listeria et congélation', 'fr')).toEqual(['تجميد']);
    expect(words('الجبن')).toEqual([]);
  });

  it('is off unless asked for: the shipped lexicon has no loanwords, shippedWithLoanwords has', () => {
    expect(BilingualLexicon.shipped().translate('الليستيريا', 'ar')).toEqual([]);
    const withLoanwords = BilingualLexicon.shippedWithLoanwords();
    expect(withLoanwords.translate('الليستيريا', 'ar').map((t) => t.word)).toContain('listeria');
    expect(withLoanwords.translate('الكوليسترول', 'ar').map((t) => t.word)).toContain('cholesterol');
    // A word the lexicon knows keeps its translations.
    expect(withLoanwords.translate('الأخطبوط', 'ar')).toEqual(BilingualLexicon.shipped().translate('الأخطبوط', 'ar'));
  });
});

describe('Matcher translation route', () => {
  const researchers: MatchResearcher[] = [
    { id: 'octopus-fr', organisationId: 'a', headline: 'Technologie des produits de la mer', expertise: 'Congélation et décongélation du poulpe : perte de poids et texture.' },
    { id: 'dates-fr', organisationId: 'b', headline: 'Technologie des dattes', expertise: 'Séchage et stockage des dattes.' },
  ];
  const need: MatchNeed = { id: 'n-octopus', title: 'فقدان الوزن في الأخطبوط المجمد', description: 'الأخطبوط يفقد وزنه بعد التجميد.', language: 'ar' };
  const lexical = (match: { features: Array<{ name: string; value: number; detail: string }> }) => match.features.find((f) => f.name === 'lexical')!;

  it('finds a French profile for an Arabic need without any concept, through translated words', () => {
    const without = new Matcher(researchers, { translation: false, diversity: false });
    expect(without.rankResearchers(need).every((m) => lexical(m).value === 0)).toBe(true);

    const matcher = new Matcher(researchers, { diversity: false }); // on by default
    const [first, second] = matcher.rankResearchers(need, researchers, { language: 'fr' });
    expect(first.researcherId).toBe('octopus-fr');
    expect(lexical(first).value).toBeGreaterThan(lexical(second).value);
    expect(lexical(first).detail).toContain('through translated words');
    expect(first.reasons.some((r) => r.startsWith('Termes communs : ') && r.includes('poulpe'))).toBe(true);
  });

  it('with loanwords, an Arabic need about Listeria reaches a French profile that names it', () => {
    const profiles: MatchResearcher[] = [
      { id: 'listeria-fr', organisationId: 'a', headline: 'Microbiologie des fromages', expertise: 'Listeria dans les fromages frais au lait cru.' },
      { id: 'dates-fr', organisationId: 'b', headline: 'Technologie des dattes', expertise: 'Séchage et stockage des dattes.' },
    ];
    const arabicNeed: MatchNeed = { id: 'n-listeria', title: 'الليستيريا', description: 'نبحث عن خبير في الليستيريا', language: 'ar' };
    const loanwords = BilingualLexicon.fromLabels([]).withLoanwords(new LoanwordIndex([{ word: 'listeria', language: 'fr' }]));
    const off = new Matcher(profiles, { diversity: false, weights: { concepts: 0 }, translation: BilingualLexicon.fromLabels([]) });
    expect(lexical(off.score(arabicNeed, profiles[0])).value).toBe(0);
    const on = new Matcher(profiles, { diversity: false, weights: { concepts: 0 }, translation: loanwords });
    const [first] = on.rankResearchers(arabicNeed);
    expect(first.researcherId).toBe('listeria-fr');
    expect(lexical(first).value).toBeGreaterThan(0);
  });

  it('never lowers the need’s own lexical value', () => {
    const frenchNeed: MatchNeed = { id: 'n-fr', title: 'Perte de poids du poulpe congelé', description: 'Notre poulpe perd du poids à la décongélation.', language: 'fr' };
    const on = new Matcher(researchers).score(frenchNeed, researchers[0]);
    const off = new Matcher(researchers, { translation: false }).score(frenchNeed, researchers[0]);
    expect(lexical(on).value).toBeGreaterThanOrEqual(lexical(off).value);
  });
});
