import { Language } from '../common/i18n-messages';
import type { StoredParams } from './notification-templates';

/** Pieces every feature's notification templates write with. */

export const DATE_LOCALES: Record<Language, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

/** Reads one param: a non-blank string, else null (so a template never prints "undefined"). */
export function read(params: StoredParams, name: string): string | null {
  const value = params[name];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * Arabic text wraps each inserted value in a bidi isolate (FSI … PDI), so a Latin title, an
 * e-mail address or "+212 …" keeps its order inside a right-to-left sentence.
 */
export function insert(value: string, language: Language): string {
  return language === 'ar' ? `\u2068${value}\u2069` : value;
}

export function quote(value: string, language: Language): string {
  if (language === 'fr') return `«\u00a0${value}\u00a0»`;
  if (language === 'ar') return `«${insert(value, language)}»`;
  return `“${value}”`;
}

/** "Base: subject", or just "Base" when the subject is missing. */
export function titled(base: string, subject: string | null, language: Language): string {
  if (!subject) return base;
  return `${base}${language === 'fr' ? '\u00a0: ' : ': '}${insert(subject, language)}`;
}
