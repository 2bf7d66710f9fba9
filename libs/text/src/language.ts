import { tokenize } from './normalise';

export type Language = 'fr' | 'ar' | 'en';

const FRENCH_MARKERS = new Set('le la les des du de et est une pour dans avec sur au aux nous notre qui que ou par pas cette ces huile'.split(' '));
const ENGLISH_MARKERS = new Set('the and of for with is are to in on we our that this from by an be which oil'.split(' '));

/** Arabic by script; French or English by their commonest words and by accents, French when unsure. `tokens`: the text's, when the caller has them. */
export function detectLanguage(text: string, tokens?: readonly string[]): Language {
  if ((arabicShare(text) ?? 0) > 0.4) return 'ar';
  let french = /[éèêàùçôîœ]/i.test(text) ? 2 : 0;
  let english = 0;
  for (const token of tokens ?? tokenize(text)) {
    if (FRENCH_MARKERS.has(token)) french++;
    if (ENGLISH_MARKERS.has(token)) english++;
  }
  return english > french ? 'en' : 'fr';
}

/**
 * The language of a short text when its words say so, else undefined: Arabic by script; French or
 * English when their common words (and French accents) outnumber the other's. A list of keywords
 * ("argan, pressage, rendement") says nothing, and a title such as "Cooling rate controls graininess
 * in beeswax salves" says English.
 */
export function clearLanguage(text: string, tokens?: readonly string[]): Language | undefined {
  const arabic = arabicShare(text);
  if (arabic === undefined) return undefined;
  if (arabic > 0.4) return 'ar';
  let french = /[éèêàùçôîœ]/i.test(text) ? 1 : 0;
  let english = 0;
  for (const token of tokens ?? tokenize(text)) {
    if (FRENCH_MARKERS.has(token)) french++;
    if (ENGLISH_MARKERS.has(token)) english++;
  }
  if (english > french) return 'en';
  if (french > english) return 'fr';
  return undefined;
}

const LETTER = /\p{L}/u;
/** Per UTF-16 code unit: 0 not classified yet, 1 a letter, 2 not a letter (a regular expression per character is the slow part). */
const letterClass = new Uint8Array(0x10000);

/** The share of a text's letters (code points) in the Arabic block; undefined without letters. */
function arabicShare(text: string): number | undefined {
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) {
      i++;
      if (LETTER.test(String.fromCodePoint(point))) letters++;
      continue;
    }
    if (letterClass[point] === 0) letterClass[point] = LETTER.test(String.fromCharCode(point)) ? 1 : 2;
    if (letterClass[point] !== 1) continue;
    letters++;
    if (point >= 0x0600 && point <= 0x06ff) arabic++;
  }
  return letters ? arabic / letters : undefined;
}
