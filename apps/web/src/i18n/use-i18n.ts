import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { directionOf, getLanguage, setLanguage, subscribeLanguage, type Language } from './language';
import { CATALOGUES, type MessageKey } from './catalogues';

export type { MessageKey } from './catalogues';

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
  const formats = useMemo(() => createFormats(LOCALES[language]), [language]);
  return { language, dir: directionOf(language), setLanguage, t, formatDate, ...formats };
}

const DAY_MS = 86_400_000;

/** Dates with time, day counts, percentages and month names in the reader's regional format. */
function createFormats(locale: string) {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const days = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  return {
    formatDateTime: (iso: string) => dateTime.format(new Date(iso)),
    /** "il y a 3 jours", "hier", "aujourd’hui"… */
    formatDaysAgo: (iso: string) => relative.format(-daysSince(iso), 'day'),
    formatPercent: (share: number) => percent.format(share),
    formatNumber: (value: number) => decimal.format(value),
    /** "7 jours", "7 أيام": the plural rules of each language come with Intl. */
    formatDays: (value: number) => days.format(value),
    /** "YYYY-MM" → "janv. 25" */
    formatMonth: (yearMonth: string) => month.format(new Date(`${yearMonth}-01T00:00:00Z`)),
  };
}

/** Whole days elapsed since an instant. */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / DAY_MS));
}
