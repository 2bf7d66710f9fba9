import type { Language } from './language';

/**
 * A piece of data (a French title, a name) set inside an Arabic sentence, isolated with Unicode
 * first-strong isolates so its own direction cannot pull the sentence's quotes and punctuation to
 * the wrong end ("التسجيل في «Journée … — Agadir»"). Left as is in left-to-right languages.
 */
export function isolateIn(language: Language, text: string): string {
  return language === 'ar' ? `\u2068${text}\u2069` : text;
}
