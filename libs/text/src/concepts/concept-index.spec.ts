import shipped from '../../data/agrovoc-concepts.json';
import { tokenize } from '../normalise';
import { ConceptIndex, ConceptIndexData, labelTerms } from './concept-index';

const ARGAN_OIL = 'c_37950';

describe('ConceptIndex (shipped AGROVOC extract)', () => {
  const index = ConceptIndex.loadDefault();
  const codes = (text: string) => index.extract(text).map((match) => match.code);

  it('loads the shipped file once, with its attribution', () => {
    expect(ConceptIndex.loadDefault()).toBe(index);
    expect(index.size).toBeGreaterThan(5000);
    expect(index.attribution).toContain('AGROVOC Multilingual Thesaurus, FAO');
  });

  it('builds its label trie in steps when warmed up, and extracts as one built at first use', async () => {
    const text = "Huile d'argan, زيت الأركان et figue de barbarie ; argan oil shelf life.";
    const glossary = [{ code: 'g_zormida', fr: ['zormida'], ar: [], en: [], variants: [] }];
    const warmed = ConceptIndex.loadDefault().withGlossary(glossary);
    let pauses = 0;
    await warmed.warmUp(async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThan(10);
    const lazy = ConceptIndex.loadDefault().withGlossary(glossary);
    expect(warmed.extract(`${text} zormida`)).toEqual(lazy.extract(`${text} zormida`));
    expect(warmed.extract('zormida').map((match) => match.code)).toEqual(['g_zormida']);
  });

  it('answers a text read again as the first time, whatever a caller did with the first answer; a new glossary is read afresh', () => {
    const before = ConceptIndex.loadDefault().withGlossary([]);
    const text = "Stabiliser l'huile de zormida et l'huile d'argan.";
    const first = before.extract(text);
    const expected = first.map((match) => ({ ...match }));
    first.length = 0;
    expect(before.extract(text)).toEqual(expected);
    const after = before.withGlossary([{ code: 'g_zormida', fr: ['zormida'], ar: [], en: [], variants: [] }]);
    expect(after.extract(text).map((match) => match.code)).toEqual(expect.arrayContaining(['g_zormida', ARGAN_OIL]));
    expect(before.extract(text).map((match) => match.code)).not.toContain('g_zormida');
  });

  describe('extract', () => {
    it('finds argan oil under one code in French, Arabic and English', () => {
      expect(codes("huile d'argan")).toEqual([ARGAN_OIL]);
      expect(codes("L'Huile d'Argan")).toEqual([ARGAN_OIL]);
      expect(codes('زيت الأركان')).toEqual([ARGAN_OIL]);
      expect(codes('زَيْتُ الأَرْكَانِ')).toEqual([ARGAN_OIL]);
      expect(codes('argan oil')).toEqual([ARGAN_OIL]);
      const [match] = index.extract('Nous pressons notre huile d’argan à froid.');
      expect(match).toMatchObject({ code: ARGAN_OIL, label: "huile d'argan", language: 'fr', text: 'huile d’argan' });
      expect(index.extract('زيت الأركان')[0]).toMatchObject({ language: 'ar', label: 'زيت الأركان' });
      expect(index.extract('cold-pressed argan oil').find((m) => m.code === ARGAN_OIL)).toMatchObject({ language: 'en', label: 'argan oil' });
    });

    it('matches multi-word French, Arabic and English labels', () => {
      expect(codes('un essai de séchage par pulvérisation')).toContain('c_24088');
      expect(codes('تجفيف بالهواء الساخن للتمور')).toContain('c_25799');
      expect(codes('تدعيم الدقيق بالحديد وحمض الفوليك')).toEqual(expect.arrayContaining(['c_2988', 'c_3950', 'c_3009']));
      expect(codes('cold-pressed olive oil and shea butter')).toEqual(expect.arrayContaining(['c_25491', 'c_37951']));
      expect(codes('cold-pressed olive oil and shea butter')).not.toContain('c_5334'); // oil
      expect(codes('تعكر ماء الورد في القنينات')).toContain('c_91dd4904');
    });

    it('matches alternative labels and synonyms', () => {
      expect(codes('séchage par atomisation')).toEqual(['c_24088']);
      expect(codes('la cryodessication des fraises')).toContain('c_3090'); // lyophilisation
      expect(codes('aromatic oils')).toEqual(['c_2669']); // essential oils
      expect(codes('le figuier de Barbarie')).toEqual(['c_26594']); // Opuntia ficus-indica
      expect(codes('miel cristallisé')).toEqual(['c_5eaaec24']); // miel granulé
    });

    it('conflates plurals and French elision', () => {
      const [match] = index.extract('à base d’huiles essentielles');
      expect(match).toMatchObject({ code: 'c_2669', label: 'huile essentielle', text: 'huiles essentielles' });
      expect(codes('les huiles d’olive')).toEqual(['c_25491']);
      expect(codes('olive oils')).toEqual(['c_25491']);
      expect(codes('des dattes et des pois chiches')).toEqual(['c_25475', 'c_9785']);
    });

    it('prefers the longest label and never overlaps', () => {
      expect(codes("l'huile d'argan")).toEqual([ARGAN_OIL]); // not huile (c_5334)
      expect(codes('miel crémeux')).toEqual(['c_0187d00c']); // not miel (c_3652)
      const matches = index.extract('séchage par atomisation du lait de chamelle');
      expect(matches[0].code).toBe('c_24088');
      for (let k = 1; k < matches.length; k++) expect(matches[k].start).toBeGreaterThanOrEqual(matches[k - 1].end);
    });

    it('keeps stop-word look-alikes at the edge of a label', () => {
      expect(codes('farine de maïs')).toEqual(['c_25472']); // "maïs" is spelt like "mais"
      expect(codes('du son de blé')).toEqual(['c_019ee1cc']); // "son" like the determiner
      expect(codes('de la farine, mais pas de blé')).toEqual(['c_2988', 'c_8373']);
      expect(codes('nous allons vers le marché')).not.toContain('c_11380'); // "vers" is not ver (worm)
      expect(codes('من أجل')).toEqual([]); // مني (stemmed to من) is not the preposition
    });

    it('does not match inside other words or across punctuation', () => {
      expect(codes('turmoil and spoilage')).not.toContain('c_5334');
      expect(codes('le miellat des pucerons')).not.toContain('c_3652');
      expect(codes('miellerie')).toEqual([]);
      expect(codes('huile, argan')).not.toContain(ARGAN_OIL);
    });

    it('ignores labels too ambiguous to stand alone', () => {
      expect(labelTerms('thé')).toBeNull(); // normalises to the English stop word "the"
      expect(labelTerms('or')).toBeNull();
      expect(labelTerms('2024')).toBeNull();
      expect(labelTerms('Ba (symbole)'.replace(/\s*\(.*\)$/, ''))).toBeNull();
      expect(labelTerms("huile d'argan")).toEqual(['huil', 'argan']);
      expect(codes('un pH de 4,5')).toEqual(['c_5753']); // a written symbol is kept
    });

    it('gives token positions in tokenize(text) and the matched text', () => {
      const text = 'Nos clients (Agadir) veulent de l’huile d’argan cosmétique.';
      const [match] = index.extract(text).filter((m) => m.code === ARGAN_OIL);
      expect(tokenize(text).slice(match.start, match.end)).toEqual(['huile', 'argan']);
      expect(match.text).toBe('huile d’argan');
    });

    it('finds almost every concept from its own labels', () => {
      // Homonyms AGROVOC tells apart with a qualifier ("carthame (plante)") and the few labels
      // shared by two concepts are the expected misses.
      let tried = 0;
      let found = 0;
      for (const [code, ...labelLists] of (shipped as unknown as ConceptIndexData).concepts) {
        for (const label of labelLists.slice(0, 3).flat()) {
          if (!labelTerms(label)) continue;
          tried++;
          if (codes(label.replace(/\s*\([^()]*\)\s*$/, '')).includes(code)) found++;
        }
      }
      expect(tried).toBeGreaterThan(20000);
      expect(found / tried).toBeGreaterThan(0.98);
    });

    it('returns nothing for empty or unrelated text', () => {
      expect(index.extract('')).toEqual([]);
      expect(index.extract('Réunion à 10h30 avec la direction.')).toEqual([]);
    });
  });

  describe('concepts and hierarchy', () => {
    it('gives the labels of a concept in three languages', () => {
      expect(index.concept(ARGAN_OIL)).toEqual({
        code: ARGAN_OIL,
        labels: { fr: ["huile d'argan"], ar: ['زيت الأركان'], en: ['argan oil'] },
        broader: ['c_565dc43d'],
      });
      expect(index.labels(ARGAN_OIL)).toEqual(["huile d'argan", 'زيت الأركان', 'argan oil']);
      expect(index.labels('c_5495')).toContain('emballage'); // qualifier "(traitement)" dropped
      expect(index.concept('c_unknown')).toBeUndefined();
      expect(index.labels('c_unknown')).toEqual([]);
    });

    it('does not count Latin-script species names as Arabic labels', () => {
      const rose = index.concept('c_f59340eb'); // Rosa damascena
      expect(rose?.labels.ar).toEqual([]);
      expect(rose?.labels.en).toEqual(['Rosa damascena']);
      expect(index.concept('c_32068')?.labels).toEqual({ fr: ['Argania spinosa'], ar: ['أرغانيا شائكة'], en: ['Argania spinosa'] });
    });

    it('walks broader concepts within the index', () => {
      expect(index.broader(ARGAN_OIL)).toEqual(['c_565dc43d']); // seed oils
      expect(index.broader(ARGAN_OIL, 2)).toEqual(['c_565dc43d', 'c_8170']); // plant oils
      const all = index.broader(ARGAN_OIL, 10);
      expect(all).toEqual(expect.arrayContaining(['c_8170', 'c_5334']));
      expect(all.every((code) => index.has(code))).toBe(true);
      expect(index.broader('c_24088')).toEqual(['c_2402']); // spray drying → drying
    });
  });

  describe('domain coverage', () => {
    it.each([
      ['saffron', 'c_14023', ['safran', 'زعفران', 'saffron']],
      ['dates', 'c_25475', ['dattes', 'تمور', 'dates']],
      ['prickly pear', 'c_ba7fc495', ['figues de barbarie', 'صبار هندي']],
      ['rose water', 'c_91dd4904', ['eau de rose', 'ماء الورد']],
      ['olive oil', 'c_25491', ["huile d'olive", 'زيت الزيتون', 'olive oil']],
      ['essential oils', 'c_2669', ['huiles essentielles', 'essential oil']],
      ['honey', 'c_3652', ['miel', 'عسل', 'honey']],
      ['semolina (couscous is not in the extract)', 'c_14196', ['semoule', 'سميد', 'semolina']],
      ['packaging', 'c_5495', ["procédé d'emballage", 'تعبئة وتغليف']],
      ['drying', 'c_2402', ['séchage', 'تجفيف']],
      ['beeswax', 'c_866', ["cire d'abeille", 'شمع العسل', 'beeswax']],
      ['food safety', 'c_33995', ['sécurité sanitaire des aliments', 'سلامة الغذاء']],
      ['distillation', 'c_2336', ['distillation', 'تقطير']],
      ['encapsulation', 'c_28357', ['encapsulation', 'كبسلة']],
    ])('%s', (_name, code, mentions) => {
      for (const mention of mentions) expect(codes(mention)).toContain(code);
    });

    it('keeps the plant species of the cluster', () => {
      expect(codes('Crocus sativus')).toContain('c_1964');
      expect(codes('Opuntia ficus-indica')).toContain('c_26594');
      expect(codes('Rosa damascena')).toContain('c_f59340eb');
      expect(codes('Argania spinosa')).toContain('c_32068');
      expect(codes('palmier dattier')).toContain('c_5791');
    });
  });

  it('extracts the concepts of a long mixed-language text (its speed: npm run bench:text)', () => {
    const paragraph =
      "Coopérative féminine de la région d'Essaouira, nous produisons de l'huile d'argan cosmétique et alimentaire, " +
      'du miel de thym et des dattes. Nous voulons améliorer le séchage des amandons, maîtriser la torréfaction, ' +
      "contrôler l'acidité et l'oxydation de l'huile, et développer un emballage adapté à l'export. نريد تحسين جودة زيت الأركان وماء الورد. " +
      'We also need help with essential oils distillation and food safety. ';
    const text = paragraph.repeat(Math.ceil(2000 / paragraph.length)).slice(0, 2000);
    expect(index.extract(text).length).toBeGreaterThan(20);
  });
});
