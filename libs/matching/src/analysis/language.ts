import { tokenize } from './normalise';

export type Language = 'fr' | 'ar' | 'en';

const FRENCH_MARKERS = new Set('le la les des du de et est une pour dans avec sur au aux nous notre qui que ou par pas cette ces huile'.split(' '));
const ENGLISH_MARKERS = new Set('the and of for with is are to in on we our that this from by an be which oil'.split(' '));

/** Arabic by script; French or English by their commonest words and by accents, French when unsure. */
export function detectLanguage(text: string): Language {
  const letters = text.match(/\p{L}/gu) ?? [];
  const arabic = letters.filter((c) => /[\u0600-\u06FF]/.test(c)).length;
  if (letters.length && arabic / letters.length > 0.4) return 'ar';
  const tokens = tokenize(text);
  let french = /[éèêàùçôîœ]/i.test(text) ? 2 : 0;
  let english = 0;
  for (const token of tokens) {
    if (FRENCH_MARKERS.has(token)) french++;
    if (ENGLISH_MARKERS.has(token)) english++;
  }
  return english > french ? 'en' : 'fr';
}
