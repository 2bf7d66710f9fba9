import type { LanguageCode } from '../gql/graphql';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/g;
const LATIN_LETTER = /[A-Za-zÀ-ÿ]/g;
const FRENCH_WORDS = new Set(['le', 'la', 'les', 'des', 'de', 'du', 'et', 'pour', 'une', 'un', 'nous', 'notre', 'nos', 'est', 'dans', 'avec', 'sur']);
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'for', 'to', 'with', 'our', 'we', 'is', 'in', 'on', 'an', 'that', 'from']);
/** Too little text says nothing about its language. */
const MIN_LETTERS = 15;

/**
 * The language a text is most likely written in, from its script and a few common words, or
 * null when unclear. Only a hint for the form (matching analyses the text itself).
 */
export function guessLanguage(text: string): LanguageCode | null {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (arabic + latin < MIN_LETTERS) return null;
  if (arabic > latin) return 'ar';
  const words = text.toLowerCase().split(/[^a-zà-ÿ]+/);
  const french = words.filter((word) => FRENCH_WORDS.has(word)).length;
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  if (french === english) return null;
  return french > english ? 'fr' : 'en';
}

const FIRST_STRONG = /[A-Za-zÀ-ÿ\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

/**
 * The direction of a text from its first letter, as dir="auto" would decide. Mantine puts `dir`
 * on the input's wrapper, where "auto" sees no text, so fields compute it from their value.
 */
export function textDirection(text: string): 'rtl' | 'ltr' | undefined {
  const first = FIRST_STRONG.exec(text)?.[0];
  if (!first) return undefined;
  return /[A-Za-zÀ-ÿ]/.test(first) ? 'ltr' : 'rtl';
}
