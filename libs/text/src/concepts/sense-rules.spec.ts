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

  describe('third pass (heldOut2\'s errors, Arabic recall)', () => {
    it('Arabic compounds name their concept, not their words\' (phrase labels)', () => {
      expect(codes('الكسكس من القمح الصلب')).toContain('c_11456'); // durum wheat
      expect(codes('الكسكس من القمح الصلب')).not.toContain('c_7384'); // not steel
      expect(codes('وتوزيع حجم الحبيبات')).toEqual(['c_b99752c3']); // particle size distribution, not economic distribution
      expect(codes('تمديد مدة صلاحية اللبن')).toContain('c_4082'); // shelf life, as needs say it
      expect(codes('الحليب والرايب')).toContain('c_2023'); // fermented milk
    });

    it('masks orange blossom water in Arabic (no concept in the extract), not rose water', () => {
      expect(codes('تعكر ماء الورد وماء الزهر')).toEqual(['c_91dd4904']);
      expect(codes('جودة الماء')).toContain('c_8309');
    });

    it('keeps everyday Arabic words with a technical label only with support (context labels)', () => {
      expect(codes('تجفيفها على شكل مسحوق')).not.toContain('c_94b6d49a'); // "in the form of", not shape
      expect(codes('ثبات الفيتامينات خلال التخزين')).not.toContain('c_25422'); // stability, not firmness
      expect(codes('ضبط أجهزة الإضافة')).not.toContain('c_118'); // the addition, not additives
      expect(codes('المطاحن الصغيرة')).not.toContain('c_25889'); // flour mills, not grinders
      expect(codes('peaux sensibles')).not.toContain('c_3609'); // skin, not hides
    });

    it('a context label may concern one concept of a shared label only: حجم is size as well as volume', () => {
      expect(codes('حجم المقاولة')).toEqual(['c_7093']); // size stays, volume needs support
      // A concept found through the same words does not support it.
      expect(codes('حجم المقاولة')).not.toContain('c_8288');
    });

    it('reads a bare preposition attached to the first word of a multi-word label (construct state)', () => {
      expect(codes('بزيت أركان')).toEqual(['c_37950']);
      expect(codes('وبزيت الأركان')).toEqual(['c_37950']);
      expect(codes('الظروف المثلى لدرجة الحرارة')).toContain('c_7657'); // temperature, not heat
      expect(codes('الظروف المثلى لدرجة الحرارة')).not.toContain('c_3519');
      // Never for a single word: a word may begin with ب ل ك (كريم is not ك + ريم).
      expect(codes('لبن')).toEqual(codes('اللبن'));
    });

    it('prefers the label spelt as in the text over one reached through an ending', () => {
      expect(codes('اللبن')).toEqual(['c_15463']); // لبن, not labneh (لبنة)
    });

    it('names the ancestor when a label is shared by a concept and its near ancestor', () => {
      expect(codes('مجففات شمسية')).toContain('c_2401'); // dryers
      expect(codes('مجففات شمسية')).not.toContain('c_15835'); // not a malt kiln
    });

    it('matches transliterated words spelt with other long vowels, not native words of one root', () => {
      expect(codes('الكوليسترول')).toEqual(['c_1584']); // AGROVOC: كولسترول
      expect(codes('التوكوفيرولات')).toEqual(['c_7798']); // AGROVOC: توكوفرولات
      expect(codes('الجيرانيول')).toEqual(['c_27534']); // AGROVOC: جرانيول
      expect(codes('ارتفع')).not.toContain('c_3536'); // a verb, not إرتفاع (height)
      expect(codes('مجفف تجريبي')).not.toContain('c_2758'); // a nisba, not تجريب
      expect(codes('الجودة الميكروبيولوجية')).not.toContain('c_4800'); // a nisba, not microbiology
    });
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
