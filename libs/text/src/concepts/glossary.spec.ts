import { segmentConcepts } from './concept-source';
import { ConceptIndex } from './concept-index';
import { glossaryLabels, glossarySynonyms } from './glossary';
import { starterGlossary } from './starter-glossary';

const ARGAN_OIL = 'c_37950';
const PRICKLY_PEAR = 'c_ba7fc495';

describe('ConceptIndex.withGlossary', () => {
  const base = ConceptIndex.loadDefault();
  const amlou = { code: 'g_amlou', fr: ['amlou'], ar: ['أملو'], en: ['almond argan spread'], variants: ['amlu'], broader: ['c_8734'] };

  it('adds a new concept found in every language and its transliterations, under its broader concept', () => {
    const index = base.withGlossary([amlou]);
    expect(index.codes('Nous produisons un amlou traditionnel')).toContain('g_amlou');
    expect(index.codes('إنتاج أملو تقليدي')).toContain('g_amlou');
    expect(index.codes('an almond argan spread for export')).toContain('g_amlou');
    expect(index.codes("l'amlu de la coopérative")).toContain('g_amlou');
    expect(index.broader('g_amlou')).toEqual(['c_8734']);
    expect(index.isGlossaryConcept('g_amlou')).toBe(true);
    expect(segmentConcepts(index, 'Stabilité de notre amlou au miel pendant le stockage')).toContain('g_amlou');
  });

  it('leaves the index it came from unchanged, and starts again from the thesaurus each time', () => {
    const index = base.withGlossary([amlou]);
    expect(base.codes('amlou')).toEqual([]);
    expect(base.concept('g_amlou')).toBeUndefined();
    const again = index.withGlossary([]);
    expect(again.codes('amlou')).toEqual([]);
    expect(again.size).toBe(base.size);
  });

  it('extends a thesaurus concept: its labels become labels of that concept', () => {
    const index = base.withGlossary([{ code: 'g_hendia', extends: PRICKLY_PEAR, en: ['prickly pear'], variants: ['hendia', 'الهندية'] }]);
    expect(index.codes('la hendia de Sidi Ifni')).toContain(PRICKLY_PEAR);
    expect(index.codes('prickly pear juice')).toContain(PRICKLY_PEAR);
    expect(index.concept(PRICKLY_PEAR)!.labels.fr[0]).toBe(base.concept(PRICKLY_PEAR)!.labels.fr[0]);
    expect(index.isGlossaryConcept(PRICKLY_PEAR)).toBe(true);
    expect(base.codes('hendia')).toEqual([]);
  });

  it('places variants by script', () => {
    expect(glossaryLabels({ code: 'x', fr: ['smen'], variants: ['سمن بلدي', 'dhane', 'smen'] })).toEqual({ fr: ['smen', 'dhane'], ar: ['سمن بلدي'], en: ['dhane', 'smen'] });
  });

  it('derives one synonym group per glossary concept', () => {
    const index = base.withGlossary([amlou]);
    const synonyms = glossarySynonyms(index, index.glossaryConceptCodes());
    expect(Object.keys(synonyms)).toEqual(['amlou']);
    expect(new Set(synonyms.amlou)).toEqual(new Set(['almond argan spread', 'amlu', 'أملو']));
  });
});

describe('starter glossary', () => {
  const entries = starterGlossary();
  const index = ConceptIndex.loadDefault().withGlossary(entries);

  it('has at least 150 entries with distinct codes, labels in the three languages, and known broader concepts', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
    for (const entry of entries) {
      expect((entry.fr ?? []).length + (entry.ar ?? []).length + (entry.en ?? []).length).toBeGreaterThan(0);
      for (const code of [...(entry.broader ?? []), ...(entry.extends ? [entry.extends] : [])]) expect([entry.code, code, index.has(code) || entries.some((e) => e.code === code && e.extends)]).toEqual([entry.code, code, true]);
    }
    const inAllThree = entries.filter((e) => e.fr?.length && e.ar?.length && e.en?.length).length;
    expect(inAllThree / entries.length).toBeGreaterThan(0.9);
  });

  it('links Darija, French, Arabic and English words of the sector', () => {
    expect(index.codes('savon beldi au ghassoul')).toEqual(expect.arrayContaining(['g_savon_noir', 'g_ghassoul']));
    expect(index.codes('الغاسول والصابون البلدي')).toEqual(expect.arrayContaining(['g_savon_noir', 'g_ghassoul']));
    expect(index.codes('rhassoul clay and black soap')).toEqual(expect.arrayContaining(['g_savon_noir', 'g_ghassoul']));
    expect(index.codes('valorisation des grignons et des margines')).toEqual(expect.arrayContaining(['g_grignons', 'g_margines']));
    expect(index.codes('olive pomace and olive mill wastewater')).toEqual(expect.arrayContaining(['g_grignons', 'g_margines']));
    expect(index.codes('huile de pépins de figue de barbarie')).toContain('g_huile_pepins_figue_barbarie');
    expect(index.codes('cactus seed oil')).toContain('g_huile_pepins_figue_barbarie');
    expect(index.codes("l'huile d'argan")).toContain(ARGAN_OIL);
  });
});
