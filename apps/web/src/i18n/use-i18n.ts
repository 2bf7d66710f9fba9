import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { directionOf, getLanguage, setLanguage, subscribeLanguage, type Language } from './language';
import { ar } from './messages-ar';
import { en } from './messages-en';
import { fr, type MessageKey, type Messages } from './messages-fr';

const CATALOGUES: Record<Language, Messages> = { fr, ar, en };

/** Moroccan regional formats; Latin digits in Arabic too, as is usual in Morocco. */
const LOCALES: Record<Language, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

export type Params = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const template = CATALOGUES[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

export function useI18n() {
  const language = useSyncExternalStore(subscribeLanguage, getLanguage, getLanguage);
  const t = useCallback((key: MessageKey, params?: Params) => translate(language, key, params), [language]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }), [language]);
  const formatDate = useCallback((iso: string) => dateFormat.format(new Date(iso)), [dateFormat]);
  return { language, dir: directionOf(language), setLanguage, t, formatDate };
}
