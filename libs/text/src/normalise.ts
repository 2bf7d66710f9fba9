/**
 * Text normalisation shared by search and matching, for French, Arabic and English:
 * case, Latin accents, Arabic diacritics and letter variants, Arabic-Indic digits,
 * French elision (l'huile → huile) and punctuation.
 */

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g; // harakat, Quranic marks, tatweel
const ARABIC_VARIANTS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ئ': 'ي', 'ی': 'ي',
  'ؤ': 'و',
  'ة': 'ه',
  'ک': 'ك',
};
const ARABIC_VARIANT_PATTERN = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}]`, 'g');
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const LATIN_COMBINING_MARKS = /[\u0300-\u036f]/g;
/** l', d', qu', j', n', s', c', m', t', jusqu', lorsqu', puisqu' before a vowel or h. */
const FRENCH_ELISION = /\b(?:qu|jusqu|lorsqu|puisqu|[ldjnsctm])['’ʼ](?=[\p{L}])/giu;
const LIGATURES: Record<string, string> = { 'œ': 'oe', 'æ': 'ae', 'ß': 'ss' };

export function normalise(text: string): string {
  return text
    .replace(FRENCH_ELISION, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c])
    .normalize('NFKD')
    .replace(LATIN_COMBINING_MARKS, '')
    .replace(ARABIC_DIACRITICS, '')
    .replace(ARABIC_VARIANT_PATTERN, (c) => ARABIC_VARIANTS[c])
    .replace(ARABIC_INDIC_DIGITS, (d) => String((d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660))))
    .normalize('NFC');
}

/** Normalised words: letters and digits, in text order (hyphenated words are split). */
export function tokenize(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function isArabic(token: string): boolean {
  return /[\u0600-\u06FF]/.test(token);
}
