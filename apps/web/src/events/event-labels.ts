import type { useI18n } from '../i18n/use-i18n';

export type EventStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'HELD';
export type MeetingStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'CANCELLED';

export type Translate = ReturnType<typeof useI18n>['t'];

export const EVENT_STATUS_COLOURS: Record<EventStatus, string> = { DRAFT: 'gray', OPEN: 'teal', CLOSED: 'orange', HELD: 'indigo' };
export const MEETING_STATUS_COLOURS: Record<MeetingStatus, string> = { PENDING: 'yellow', ACCEPTED: 'teal', DECLINED: 'red', EXPIRED: 'gray', CANCELLED: 'gray' };
export const NEXT_STATUSES: Record<EventStatus, EventStatus[]> = { DRAFT: ['OPEN'], OPEN: ['CLOSED'], CLOSED: ['OPEN', 'HELD'], HELD: [] };
export const LANGUAGES = ['fr', 'ar', 'en'] as const;
export const SECTORS = ['AGRIFOOD', 'COSMETICS'] as const;

export function isStaffRole(role: string): boolean {
  return role === 'STAFF' || role === 'ADMIN';
}

/** Names for the month pickers' arrows (Mantine leaves them unnamed). */
export function pickerLabels(t: Translate) {
  return { previousMonth: t('events.calendar.previousMonth'), nextMonth: t('events.calendar.nextMonth') };
}

/** YYYY-MM-DD of a local date `offset` days from today. */
export function localDay(offset = 0, from = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + offset);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The local instant of a day (YYYY-MM-DD) at hh:mm, as ISO. */
export function localInstant(day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(y, m - 1, d, hh, mm).toISOString();
}

/** YYYY-MM-DD of an instant in the reader's time zone. */
export function dayOf(iso: string): string {
  return localDay(0, new Date(iso));
}

/** "09:40" of an instant in the reader's time zone. */
export function timeOf(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export const LOCALES: Record<string, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

/**
 * "9:00–9:30". Isolated left-to-right: in an Arabic (right-to-left) line two bare times would
 * otherwise be laid out in reverse ("9:30–9:00").
 */
export function slotLabel(slot: { startsAt: string; endsAt: string }, language: string): string {
  const locale = LOCALES[language] ?? 'fr-MA';
  return `\u2066${timeOf(slot.startsAt, locale)}–${timeOf(slot.endsAt, locale)}\u2069`;
}

/** "mardi 6 janvier, 9:00–9:30" */
export function slotLongLabel(slot: { startsAt: string; endsAt: string }, language: string): string {
  const locale = LOCALES[language] ?? 'fr-MA';
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(slot.startsAt));
  return `${day}${language === 'ar' ? '، ' : ', '}${slotLabel(slot, language)}`;
}

/** Saves a text as a file download. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
