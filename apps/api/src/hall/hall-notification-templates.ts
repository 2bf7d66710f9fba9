import { Language } from '../common/i18n-messages';
import { NotificationKind } from '../notifications/notification.enums';
import type { NotificationTemplate, RenderedNotification, StoredParams } from '../notifications/notification-templates';
import { DATE_LOCALES, insert, quote, read, titled } from '../notifications/template-text';

/**
 * What the technology hall's notifications say (registered in notification-templates.ts).
 * Params: equipmentName, startsOn, endsOn (YYYY-MM-DD), previousStartsOn and previousEndsOn (moved),
 * reason (refused, cancelled), requesterName and organisationName (to staff). Any may be missing.
 */


function day(value: string | null, language: Language): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(DATE_LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "du 3 au 7 mai 2027" / "from 3 May 2027 to 7 May 2027", "le 3 mai 2027" for one day, or null. */
function period(params: StoredParams, from: string, to: string, language: Language): string | null {
  const start = day(read(params, from), language);
  const end = day(read(params, to), language) ?? start;
  if (!start || !end) return null;
  if (start === end) return { fr: `le ${start}`, ar: `يوم ${start}`, en: `on ${start}` }[language];
  return { fr: `du ${start} au ${end}`, ar: `من ${start} إلى ${end}`, en: `from ${start} to ${end}` }[language];
}

function equipment(params: StoredParams, language: Language): string {
  const name = read(params, 'equipmentName');
  const generic = { fr: 'l’équipement du hall technologique', ar: 'معدات القاعة التكنولوجية', en: 'the technology-hall equipment' }[language];
  return name ? quote(name, language) : generic;
}

function reasonLine(params: StoredParams, language: Language): string | null {
  const reason = read(params, 'reason');
  if (!reason) return null;
  return `${{ fr: 'Motif\u00a0: ', ar: 'السبب: ', en: 'Reason: ' }[language]}${quote(reason, language)}`;
}

function lines(parts: (string | null | false)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join('\n');
}

function template(render: (p: StoredParams, language: Language) => RenderedNotification): NotificationTemplate {
  return (params, language) => render(params ?? {}, language);
}

const requested = template((p, l) => {
  const who = [read(p, 'requesterName'), read(p, 'organisationName')].filter((x): x is string => Boolean(x)).map((x) => insert(x, l));
  const requester = who.length === 2 ? `${who[0]} (${who[1]})` : (who[0] ?? null);
  const when = period(p, 'startsOn', 'endsOn', l);
  const texts: Record<Language, [string, string, string]> = {
    fr: ['Demande de réservation du hall', `${requester ?? 'Un membre'} demande ${equipment(p, 'fr')}${when ? ` ${when}` : ''}.`, 'Acceptez ou refusez cette demande dans Passerelle.'],
    ar: ['طلب حجز في القاعة التكنولوجية', `يطلب ${requester ?? 'أحد الأعضاء'} حجز ${equipment(p, 'ar')}${when ? ` ${when}` : ''}.`, 'يمكنكم قبول هذا الطلب أو رفضه عبر منصة Passerelle.'],
    en: ['Technology-hall booking request', `${requester ?? 'A member'} asks for ${equipment(p, 'en')}${when ? ` ${when}` : ''}.`, 'Approve or refuse this request in Passerelle.'],
  };
  const [title, body, action] = texts[l];
  return { title: titled(title, read(p, 'equipmentName'), l), body: lines([body, action]) };
});

const approved = template((p, l) => {
  const when = period(p, 'startsOn', 'endsOn', l);
  const texts: Record<Language, [string, string]> = {
    fr: ['Réservation acceptée', `Votre demande de ${equipment(p, 'fr')}${when ? ` ${when}` : ''} est acceptée. L’équipe du hall vous attend.`],
    ar: ['تم قبول الحجز', `تم قبول طلبكم لحجز ${equipment(p, 'ar')}${when ? ` ${when}` : ''}. فريق القاعة في انتظاركم.`],
    en: ['Booking approved', `Your request for ${equipment(p, 'en')}${when ? ` ${when}` : ''} is approved. The hall team expects you.`],
  };
  return { title: titled(texts[l][0], read(p, 'equipmentName'), l), body: texts[l][1] };
});

const refused = template((p, l) => {
  const when = period(p, 'startsOn', 'endsOn', l);
  const texts: Record<Language, [string, string, string]> = {
    fr: ['Réservation refusée', `Votre demande de ${equipment(p, 'fr')}${when ? ` ${when}` : ''} n’a pas pu être acceptée.`, 'Vous pouvez demander d’autres dates dans Passerelle.'],
    ar: ['تعذر قبول الحجز', `تعذر قبول طلبكم لحجز ${equipment(p, 'ar')}${when ? ` ${when}` : ''}.`, 'يمكنكم طلب تواريخ أخرى عبر منصة Passerelle.'],
    en: ['Booking refused', `Your request for ${equipment(p, 'en')}${when ? ` ${when}` : ''} could not be approved.`, 'You can ask for other days in Passerelle.'],
  };
  return { title: titled(texts[l][0], read(p, 'equipmentName'), l), body: lines([texts[l][1], reasonLine(p, l), texts[l][2]]) };
});

const moved = template((p, l) => {
  const when = period(p, 'startsOn', 'endsOn', l);
  const before = period(p, 'previousStartsOn', 'previousEndsOn', l);
  const texts: Record<Language, [string, string]> = {
    fr: ['Réservation déplacée', `L’équipe du cluster a déplacé votre réservation de ${equipment(p, 'fr')}${before ? ` (auparavant ${before})` : ''}${when ? `\u00a0: elle a lieu désormais ${when}` : ''}.`],
    ar: ['تم تغيير موعد الحجز', `غيّر فريق التجمع موعد حجزكم لـ${equipment(p, 'ar')}${before ? ` (كان ${before})` : ''}${when ? `، وأصبح ${when}` : ''}.`],
    en: ['Booking moved', `The cluster team moved your booking of ${equipment(p, 'en')}${before ? ` (previously ${before})` : ''}${when ? `: it now takes place ${when}` : ''}.`],
  };
  return { title: titled(texts[l][0], read(p, 'equipmentName'), l), body: texts[l][1] };
});

const cancelled = template((p, l) => {
  const when = period(p, 'startsOn', 'endsOn', l);
  const texts: Record<Language, [string, string]> = {
    fr: ['Réservation annulée', `L’équipe du cluster a annulé votre réservation de ${equipment(p, 'fr')}${when ? ` ${when}` : ''}.`],
    ar: ['تم إلغاء الحجز', `ألغى فريق التجمع حجزكم لـ${equipment(p, 'ar')}${when ? ` ${when}` : ''}.`],
    en: ['Booking cancelled', `The cluster team cancelled your booking of ${equipment(p, 'en')}${when ? ` ${when}` : ''}.`],
  };
  return { title: titled(texts[l][0], read(p, 'equipmentName'), l), body: lines([texts[l][1], reasonLine(p, l)]) };
});

export const HALL_TEMPLATES = {
  [NotificationKind.HALL_BOOKING_REQUESTED]: requested,
  [NotificationKind.HALL_BOOKING_APPROVED]: approved,
  [NotificationKind.HALL_BOOKING_REFUSED]: refused,
  [NotificationKind.HALL_BOOKING_MOVED]: moved,
  [NotificationKind.HALL_BOOKING_CANCELLED]: cancelled,
} satisfies Partial<Record<NotificationKind, NotificationTemplate>>;

const BOOKINGS = '/hall-bookings';
export const HALL_LINKS: Partial<Record<NotificationKind, string>> = {
  [NotificationKind.HALL_BOOKING_REQUESTED]: BOOKINGS,
  [NotificationKind.HALL_BOOKING_APPROVED]: BOOKINGS,
  [NotificationKind.HALL_BOOKING_REFUSED]: BOOKINGS,
  [NotificationKind.HALL_BOOKING_MOVED]: BOOKINGS,
  [NotificationKind.HALL_BOOKING_CANCELLED]: BOOKINGS,
};
