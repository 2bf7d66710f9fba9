import { analyse, clearLanguage, detectLanguage, normalise, stem, tokenize } from './index';

describe('text analysis', () => {
  describe('normalise', () => {
    it('folds case, accents and ligatures', () => {
      expect(normalise('Crème BRÛLÉE à l’Œuf')).toBe('creme brulee a oeuf');
    });

    it('drops French elision', () => {
      expect(tokenize("l'huile d'argan qu'on presse")).toEqual(['huile', 'argan', 'on', 'presse']);
      expect(tokenize('L’HUILE')).toEqual(['huile']);
    });

    it('unifies Arabic letter variants, removes diacritics and tatweel', () => {
      expect(normalise('زَيْتُ الأَرْكَانِ')).toBe('زيت الاركان');
      expect(normalise('إنتاج آمن')).toBe('انتاج امن');
      expect(normalise('مدينة')).toBe('مدينه');
      expect(normalise('مستشفى')).toBe('مستشفي');
      expect(normalise('عـــسل')).toBe('عسل');
    });

    it('turns Arabic-Indic digits into ASCII', () => {
      expect(normalise('٢٠٢٤ و ۱۲')).toBe('2024 و 12');
    });
  });

  describe('stem', () => {
    it('conflates French and English plurals without over-stemming', () => {
      expect(stem('huiles')).toBe(stem('huile'));
      expect(stem('oils')).toBe(stem('oil'));
      expect(stem('berries')).toBe(stem('berry'));
      expect(stem('végétaux'.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))).toBe(stem('vegetal'));
      expect(stem('process')).toBe('process');
      expect(stem('analysis')).toBe('analysis');
      expect(stem('processing')).not.toBe(stem('process'));
    });

    it('removes Arabic article, conjunction and common suffixes', () => {
      expect(stem('الاركان')).toBe('اركان');
      expect(stem('والزيوت')).toBe('زيت'); // a broken plural: stemmed as its singular (arabic.spec.ts)
      expect(stem('للتمور')).toBe(stem('تمر'));
      expect(stem('التعبئه')).toBe(stem('تعبئه'));
      expect(stem('زيتون')).not.toBe(stem('زيت'));
    });
  });

  describe('analyse', () => {
    it('drops stop words in the three languages and stems the rest', () => {
      expect(analyse("Nous cherchons un procédé pour l'huile d'argan")).toEqual(['proced', 'huil', 'argan']);
      expect(analyse('We need the extraction of argan oil')).toEqual(['extraction', 'argan', 'oil']);
      expect(analyse('نبحث عن تحسين جودة زيت الأركان')).toEqual(['تحسين', 'جود', 'زيت', 'اركان']);
    });
  });

  describe('detectLanguage', () => {
    it.each([
      ["Amélioration de la conservation de l'huile d'argan", 'fr'],
      ['Improving the shelf life of argan oil for export', 'en'],
      ['تحسين مدة صلاحية زيت الأركان', 'ar'],
      ['Stabilité oxydative', 'fr'],
    ])('%s → %s', (text, language) => {
      expect(detectLanguage(text)).toBe(language);
    });

    it('counts letters only: Arabic diacritics, digits and punctuation do not make a text Arabic', () => {
      // 11 Latin letters against 5 Arabic ones (31 %), however many Arabic marks, digits and commas surround them.
      expect(detectLanguage('the olive oil ، ٢٠٢٤ ١٢٣٤٥ زَيْتُونٌ ؟؟')).toBe('en');
      // 10 Arabic letters against 4 Latin ones (71 %).
      expect(detectLanguage('زيت الزيتون ١٠٠ ml de')).toBe('ar');
    });

    it('counts a letter outside the basic plane once', () => {
      // Five mathematical italic letters (two UTF-16 units each) and five Arabic letters: half Arabic.
      expect(detectLanguage('𝑑𝑜𝑠𝑒𝑠 زيتون')).toBe('ar');
      // Eight of them: 38 % Arabic.
      expect(detectLanguage('𝑑𝑜𝑠𝑒𝑠𝑑𝑜𝑠 زيتون')).toBe('fr');
    });
  });

  describe('clearLanguage', () => {
    it('says nothing of a text without letters, and nothing of a list of keywords', () => {
      expect(clearLanguage('2024, 45 %, ٢٠٢٤')).toBeUndefined();
      expect(clearLanguage('argan, pressage, rendement')).toBeUndefined();
    });

    it('answers the same with the tokens the caller already has', () => {
      for (const text of ['Cooling rate controls graininess in beeswax salves', 'Séchage solaire des figues', 'تجفيف التين']) {
        expect(clearLanguage(text, tokenize(text))).toBe(clearLanguage(text));
        expect(detectLanguage(text, tokenize(text))).toBe(detectLanguage(text));
      }
      expect(clearLanguage('Cooling rate controls graininess in beeswax salves')).toBe('en');
    });
  });
});
