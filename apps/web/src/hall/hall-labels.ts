import type { EquipmentCategory, EquipmentStatus, HallBookingStatus, HallCalendarKind } from '../gql/graphql';

export const CATEGORIES: readonly EquipmentCategory[] = ['PROCESSING', 'EXTRACTION', 'DRYING', 'FORMULATION', 'PACKAGING', 'ANALYSIS', 'OTHER'];
export const EQUIPMENT_STATUSES: readonly EquipmentStatus[] = ['AVAILABLE', 'UNDER_MAINTENANCE'];

export const STATUS_COLOURS: Record<EquipmentStatus, string> = { AVAILABLE: 'teal', UNDER_MAINTENANCE: 'orange' };
export const BOOKING_COLOURS: Record<HallBookingStatus, string> = { PENDING: 'yellow', APPROVED: 'teal', REFUSED: 'red', CANCELLED: 'gray' };
/** The calendar's colours (shades dark or light enough for their text), with the legend's. */
export const KIND_COLOURS: Record<HallCalendarKind, string> = { APPROVED: 'red.9', PENDING: 'yellow.3', MAINTENANCE: 'gray.7' };

/** `red.9` as the CSS variable Mantine defines for it. */
export function colourVariable(colour: string): string {
  return `var(--mantine-color-${colour.replace('.', '-')})`;
}

export function isStaffRole(role: string): boolean {
  return role === 'STAFF' || role === 'ADMIN';
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Days written in the reader's language: "3 mai 2027" for one day, else "Du 3 mai 2027 au 7 mai 2027". */
export function describeDays(
  days: { startsOn: string; endsOn: string },
  formatDate: (iso: string) => string,
  t: (key: 'hall.calendar.period', params: Record<string, string>) => string,
): string {
  if (days.startsOn === days.endsOn) return formatDate(days.startsOn);
  return t('hall.calendar.period', { from: formatDate(days.startsOn), to: formatDate(days.endsOn) });
}

/** Names for the month pickers' arrows (Mantine leaves them unnamed). */
export function pickerLabels(t: (key: 'hall.calendar.previousMonth' | 'hall.calendar.nextMonth') => string) {
  return { previousMonth: t('hall.calendar.previousMonth'), nextMonth: t('hall.calendar.nextMonth') };
}

/** Weekday initials dark enough to read (Mantine's dimmed grey is under 4.5:1 on white). */
export const PICKER_STYLES = { weekday: { color: 'var(--mantine-color-gray-8)' } };
