import { isArabic } from './normalise';
import { singularOf } from './arabic-plurals';
import { darijaToArabic } from './darija';

/**
 * Light stemming: enough to conflate plurals and common affixes, never aggressive (Porter
 * stemming was measured to hurt expertise matching). One stemmer per script, so that a query
 * and a document are stemmed alike whatever language either is detected as.
 */
export function stem(token: string): string {
  if (/^\p{N}+$/u.test(token)) return token;
  if (isArabic(token)) return stemArabic(token);
  // Darija in Latin script (zit, khobz): stemmed as the Arabic word it is (darija.ts).
  const arabic = darijaToArabic(token);
  return arabic ? stemArabic(arabic) : stemLatin(token);
}

/** Plural and final-e/y conflation for French and English (huiles → huil, oils → oil, berries → berri). */
function stemLatin(token: string): string {
  let word = token;
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('aux') && word.length > 4) word = `${word.slice(0, -3)}al`;
  else if (/[^sui]s$/.test(word) || (word.endsWith('x') && /[aeiou]x$/.test(word) && word.length > 4)) word = word.slice(0, -1);
  if (word.length > 4 && word.endsWith('e')) word = word.slice(0, -1);
  if (word.length > 4 && word.endsWith('y')) word = `${word.slice(0, -1)}i`;
  return word;
}

const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
// Without light10's 'ون': it would turn زيتون (olive) into زيت (oil).
const ARABIC_SUFFIXES = ['ها', 'ان', 'ات', 'ين', 'يه', 'ه', 'ي'];

/** After Larkey's light10, on normalised text (ة is already ه, ى is ي): article, conjunction, common suffixes. */
function stemArabic(token: string): string {
  let word = token;
  if (word.length > 3 && word.startsWith('و')) word = word.slice(1);
  const prefix = ARABIC_PREFIXES.find((p) => word.startsWith(p) && word.length - p.length >= 2);
  if (prefix) word = word.slice(prefix.length);
  // A broken plural of the domain (زيوت, تمور, بذور) is stemmed as its singular (arabic-plurals.ts).
  const singular = singularOf(word);
  if (singular) return stripArabicSuffixes(singular);
  const stripped = stripArabicSuffixes(word);
  // … also with an attached pronoun or a feminine ending (زيوتها, أغذيته).
  const inflectedSingular = stripped !== word ? singularOf(stripped) : undefined;
  return inflectedSingular ? stripArabicSuffixes(inflectedSingular) : stripped;
}

function stripArabicSuffixes(token: string): string {
  let word = token;
  for (const suffix of ARABIC_SUFFIXES) {
    // Two-letter suffixes need a longer word: اركان and رمان end in ان without being duals.
    const minimumStem = suffix.length === 1 ? 2 : 4;
    if (word.length - suffix.length >= minimumStem && word.endsWith(suffix)) word = word.slice(0, -suffix.length);
  }
  return word;
}
