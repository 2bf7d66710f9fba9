import type { Language } from '../i18n/language';

/** Keeps an e-mail address or a Latin name in one piece inside Arabic text (first-strong isolate). */
export function isolate(text: string, language: Language): string {
  return language === 'ar' ? `\u2068${text}\u2069` : text;
}

/** An API field reason ("ce lien n'est plus valide…") shown on its own, as a sentence. */
export function asSentence(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') return trimmed;
  const capitalised = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?؟…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
