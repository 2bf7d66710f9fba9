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

/**
 * The language of a short text when its words say so, else undefined: Arabic by script; French or
 * English when their common words (and French accents) outnumber the other's. A list of keywords
 * ("huile d'argan, pressage") says nothing, and a title such as "Cooling rate controls graininess
 * in beeswax salves" says English.
 */
export function clearLanguage(text: string): Language | undefined {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!letters.length) return undefined;
  const arabic = letters.filter((c) => /[\u0600-\u06FF]/.test(c)).length;
  if (arabic / letters.length > 0.4) return 'ar';
  let french = /[éèêàùçôîœ]/i.test(text) ? 1 : 0;
  let english = 0;
  for (const token of tokenize(text)) {
    if (FRENCH_MARKERS.has(token)) french++;
    if (ENGLISH_MARKERS.has(token)) english++;
  }
  if (english > french) return 'en';
  if (french > english) return 'fr';
  return undefined;
}
