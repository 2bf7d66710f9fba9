import { arabicSkeletons, latinSkeletons, LoanwordIndex, spellsAlike } from './transliterate';

const latin = (word: string) => latinSkeletons(word).map((s) => s.consonants);
const arabic = (word: string) => arabicSkeletons(word).map((s) => s.consonants);

describe('consonant skeletons', () => {
  it('reads a Latin word as the consonant classes Arabic spells it with', () => {
    expect(latin('listeria')).toEqual(['lstr']);
    expect(latin('polyphenol')).toEqual(['blfnl']); // p → b, ph → f, y a vowel
    expect(latin('collagene')).toEqual(['klgn']); // doubled consonants merged, final silent e
    expect(latin('probiotique')).toEqual(['brbtk']); // -que is k
    expect(latin('chlorophylle')).toEqual(expect.arrayContaining(['klrfl', 'Slrfl'])); // ch is k or sh
    expect(latin('omega3')).toEqual([]); // not a word
  });

  it('reads an Arabic word without its article and, for a word in ات, as a plural', () => {
    expect(arabic('الليستيريا')).toEqual(['lstr']);
    expect(arabic('البوليفينولات')).toEqual(['blfnl']);
    expect(arabic('الكولاجين')).toEqual(expect.arrayContaining(['klgn', 'kljn']));
  });

  it('refuses words that cannot be loanwords: native letters, too short, too few written vowels', () => {
    expect(arabic('الزراعية')).toEqual([]); // ع
    expect(arabic('انطلاقا')).toEqual([]); // ق
    expect(arabic('الزيتون')).toEqual([]); // 5 letters once the article is off
    expect(arabic('صغيرات')).toEqual([]); // a native sound plural: its stem is too short
    expect(arabic('مستلزم')).toEqual([]); // mstlsm: 6 consonants but no written vowel
  });

  it('an Arabic spelling may leave one inner vowel unwritten, never write a vowel the Latin word lacks', () => {
    const [listeria] = latinSkeletons('listeria');
    const [written] = arabicSkeletons('ليستيريا');
    expect(spellsAlike(written, listeria)).toBe(true);
    // دراسات (studies) and "dorsata" share drst but not where their vowels are.
    const [dorsata] = latinSkeletons('dorsata');
    expect(arabicSkeletons('دراسات').some((s) => spellsAlike(s, dorsata))).toBe(false);
  });
});

describe('LoanwordIndex', () => {
  const index = new LoanwordIndex([
    { word: 'Listeria', language: 'fr' },
    { word: 'Listeria', language: 'en' },
    { word: 'polyphénols', language: 'fr' },
    { word: 'polyphenol', language: 'fr' },
    { word: 'polyphenols', language: 'en' },
    { word: 'collagène', language: 'fr' },
    { word: 'collagen', language: 'en' },
    { word: 'gelatine', language: 'en' },
    { word: 'dorsata', language: 'en' },
    { word: 'antigel', language: 'fr' },
    { word: 'barometre', language: 'fr' },
    { word: 'parametre', language: 'fr' },
  ]);
  const match = (word: string) => index.match(word).map((m) => `${m.language}:${m.word}`);

  it('gives the Latin word an Arabic-script loanword was borrowed from, in each language that has it', () => {
    expect(match('الليستيريا')).toEqual(['en:listeria', 'fr:listeria']);
    expect(match('البوليفينولات')).toEqual(['en:polyphenols', 'fr:polyphenol']); // commonest form, ties alphabetical
    expect(match('والكولاجين')).toEqual(['en:collagen', 'fr:collagene']);
  });

  it('gives nothing for native words that share a skeleton by chance, or for an ambiguous skeleton', () => {
    expect(match('دراسات')).toEqual([]);
    expect(match('انتقال')).toEqual([]);
    expect(match('بارومترات')).toEqual([]); // barometre or parametre: p and b are one class
    expect(match('الكتان')).toEqual([]);
  });
});
