import { analyse } from './analyse';
import { BROKEN_PLURALS, singularOf } from './arabic-plurals';
import { darijaToArabic, DARIJA_FUNCTION_WORDS } from './darija';
import { normalise } from './normalise';
import { stem } from './stem';
import { isStopWord } from './stop-words';
import { ConceptIndex, inflectedAlike } from './concepts/concept-index';

describe('Arabic broken plurals (arabic-plurals.ts)', () => {
  it('holds a table of the domain, normalised like texts', () => {
    expect(BROKEN_PLURALS.size).toBeGreaterThanOrEqual(100);
    for (const [plural, singular] of BROKEN_PLURALS) {
      expect(normalise(plural)).toBe(plural);
      expect(normalise(singular)).toBe(singular);
      expect(plural).not.toBe(singular);
      // A singular is never itself a plural of the table (no chains).
      expect(BROKEN_PLURALS.has(singular)).toBe(false);
    }
    expect(singularOf(normalise('زيوت'))).toBe('زيت');
    expect(singularOf(normalise('زيت'))).toBeUndefined();
  });

  it('stems a broken plural as its singular, with article, conjunction and attached pronoun', () => {
    for (const [plural, singular] of [['الزيوت', 'زيت'], ['والتمور', 'تمر'], ['البذور', 'بذرة'], ['الأسماك', 'سمك'], ['الفواكه', 'فاكهة'], ['العطور', 'عطر'], ['زيوتها', 'زيت'], ['الخضر', 'خضروات'], ['الحبوب', 'حبة']]) {
      expect(stem(normalise(plural))).toBe(stem(normalise(singular)));
    }
    expect(analyse('نبحث عن تثمين الزيوت والتمور')).toEqual(analyse('نبحث عن تثمين الزيت والتمر'));
  });

  it('leaves out plurals whose singular is another word or concept', () => {
    expect(singularOf(normalise('أعشاب'))).toBeUndefined(); // عشب is AGROVOC's grass (Poaceae)
    expect(singularOf(normalise('مياه'))).toBeUndefined(); // جودة المياه would take جودة ماء الورد
    expect(singularOf(normalise('جمال'))).toBeUndefined(); // camels or beauty
    expect(stem('زيتون')).not.toBe(stem('زيت'));
  });

  it('lets a plural text word reach a singular label and the reverse, in the concept matcher', () => {
    const index = ConceptIndex.loadDefault();
    expect(index.codes('الزيوت')).toContain('c_5334'); // huile
    expect(index.codes('زيوتها')).toContain('c_5334');
    expect(index.codes('التمر')).toContain('c_25475'); // datte, whose Arabic label is the plural تمور
    expect(index.codes('الفواكه')).toContain('c_3131');
    expect(inflectedAlike('الزيوت', 'زيت', 'ar')).toBe(true);
    expect(inflectedAlike('الزيوت', 'زيت', 'ar', false, false)).toBe(false);
  });

  it('prefers a label written as in the text over one reached through the table', () => {
    // البذور: seeds; the singular بذرة would also be the stem of بذر (sowing).
    expect(ConceptIndex.loadDefault().codes('البذور')).not.toContain('c_7268');
  });
});

describe('Darija (darija.ts)', () => {
  it('treats Darija function words as stop words, in Arabic and Latin script', () => {
    for (const word of ['ديال', 'بغينا', 'شي', 'واش', 'باش', 'دابا', 'dyal', 'bghina', 'wach', 'bach', 'daba', 'bzaf', '3andna']) {
      expect(DARIJA_FUNCTION_WORDS.has(normalise(word))).toBe(true);
      expect(isStopWord(normalise(word))).toBe(true);
    }
    expect(analyse('بغينا نبيعو الزيت ديالنا')).toEqual(['نبيعو', 'زيت']);
    expect(analyse('bghina nbi3o zit dyalna')).toEqual(['nbi3o', 'زيت']);
  });

  it('keeps words that are not Darija function words here: henna, rooster, English words', () => {
    for (const word of ['حنا', 'ديك', 'dial', 'wash', 'bash', 'chi', 'fin']) expect(isStopWord(normalise(word))).toBe(false);
  });

  it('stems Latin-script Darija content words as the Arabic word', () => {
    expect(darijaToArabic('khobz')).toBe('خبز');
    expect(stem('khobz')).toBe(stem('خبز'));
    expect(stem('zit')).toBe(stem('زيت'));
    expect(stem('zitoun')).toBe(stem('زيتون'));
    expect(stem('l3sel')).toBe(stem('عسل'));
    expect(darijaToArabic('huile')).toBeUndefined();
  });
});
