import { ConceptIndex } from './concept-index';
import { segmentMentions } from './concept-source';
import { CONTEXT_LABELS, MASKED_PHRASES, PHRASE_LABELS } from './sense-rules';
import { normalise } from '../normalise';

describe('sense rules (sense-rules.ts)', () => {
  const index = ConceptIndex.loadDefault();
  const codes = (text: string) => index.codes(text);

  it('gives every phrase label to a concept of the index, and keeps the lists short', () => {
    for (const phrase of PHRASE_LABELS) expect(index.has(phrase.code)).toBe(true);
    expect(PHRASE_LABELS.length).toBeLessThanOrEqual(30);
    expect(CONTEXT_LABELS.length).toBeLessThanOrEqual(40);
    expect(MASKED_PHRASES.length).toBeLessThanOrEqual(150);
  });

  it('a multi-word label wins over the concepts of its own words', () => {
    expect(codes('التين الشوكي')).toEqual(['c_ba7fc495']); // prickly pear, not the fig (تين)
    expect(codes('prickly pear seed oil')).not.toContain('c_5645'); // not a pear
    expect(codes('argan press cake')).toContain('c_5336');
    expect(codes('argan press cake')).not.toContain('c_1186'); // not a cake
    expect(codes("durée de vie de l'huile")).toContain('c_4082'); // shelf life
    expect(codes("durée de vie de l'huile")).not.toContain('c_4428'); // not longevity
  });

  it('masks Moroccan place names and labelling dates', () => {
    expect(codes('تعاونية بقلعة مكونة')).not.toContain('c_26791'); // not ingredients
    expect(codes('ماء الورد من قلعة مكونة')).toContain('c_91dd4904');
    expect(codes('بني ملال')).toEqual([]);
    // Place names spelt like common nouns are not masked: the locusts and the ovens stay.
    expect(codes('مكافحة الجراد')).toContain('c_31924');
    expect(codes('أفران الخبز')).toContain('c_26803');
    expect(codes('mentions and an 18-month best-before date')).not.toContain('c_25475');
    expect(codes('medjool dates and date syrup')).toContain('c_25475');
  });

  it('keeps an ambiguous single-word label only when the text supports its sense', () => {
    // Cosmetic cream vs dairy cream.
    expect(codes('une crème de nuit sans silicones')).not.toContain('c_1951');
    expect(codes('lait, crème et fromages frais')).toContain('c_1951');
    // A solution to a problem vs a chemical solution.
    expect(segmentMentions(index, 'Nous cherchons des solutions pour réduire le rancissement').map((m) => m.code)).not.toContain('c_28563');
    // الطعم: taste, not bait.
    expect(codes('الحفاظ على الطعم والقوام')).not.toContain('c_331029');
  });

  it('lists context labels that are labels of the index', () => {
    const labels = new Set<string>();
    // Every context label is some concept's label in its language (else the rule would be dead).
    const all = new Map<string, Set<string>>();
    for (const entry of CONTEXT_LABELS) all.set(entry.language, (all.get(entry.language) ?? new Set()).add(normalise(entry.label)));
    for (const [language, wanted] of all) {
      for (const label of wanted) {
        const found = index.searchLabels(label.replace(/\s*\([^()]*\)\s*$/, ''), 50).some((hit) => {
          const concept = index.concept(hit.code)!;
          return concept.labels[language as 'fr' | 'ar' | 'en'].some((l) => normalise(l) === label);
        });
        if (!found) labels.add(`${language}:${label}`);
      }
    }
    expect([...labels]).toEqual([]);
  });
});
