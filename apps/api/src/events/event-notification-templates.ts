import { Language } from '../common/i18n-messages';
import { NotificationKind } from '../notifications/notification.enums';
import type { NotificationTemplate, RenderedNotification, StoredParams } from '../notifications/notification-templates';
import { DATE_LOCALES, insert, quote, read, titled } from '../notifications/template-text';

/**
 * What the brokerage days' notifications say (registered in notification-templates.ts).
 * Params: eventTitle; requesterName, requesterOrganisation, message, accepted ('true' when the
 * event accepts requests at once) for REQUESTED; counterpartName, counterpartOrganisation, answer
 * (ACCEPTED / DECLINED) and reason for ANSWERED; counterpartName, counterpartOrganisation, status,
 * startsAt, endsAt (ISO), tableName for CHANGED; venue and agenda (JSON list of { startsAt,
 * endsAt, tableName, counterpartName, counterpartOrganisation }) for AGENDA. Any may be missing.
 */

const TIME_ZONE = 'Africa/Casablanca';

function lines(parts: (string | null | false | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join('\n');
}

function eventName(p: StoredParams, l: Language): string {
  const title = read(p, 'eventTitle');
  const generic = { fr: 'la journée d’affaires', ar: 'يوم الأعمال', en: 'the brokerage day' }[l];
  return title ? quote(title, l) : generic;
}

function who(name: unknown, organisation: unknown, l: Language): string | null {
  const n = typeof name === 'string' && name.trim() ? insert(name.trim(), l) : null;
  const o = typeof organisation === 'string' && organisation.trim() ? insert(organisation.trim(), l) : null;
  if (n && o) return `${n} (${o})`;
  return n ?? o;
}

function when(startsAt: unknown, endsAt: unknown, l: Language): string | null {
  if (typeof startsAt !== 'string') return null;
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return null;
  const day = new Intl.DateTimeFormat(DATE_LOCALES[l], { weekday: 'long', day: 'numeric', month: 'long', timeZone: TIME_ZONE }).format(start);
  const time = new Intl.DateTimeFormat(DATE_LOCALES[l], { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
  const end = typeof endsAt === 'string' && !Number.isNaN(new Date(endsAt).getTime()) ? new Date(endsAt) : null;
  return `${day}, ${time.format(start)}${end ? `–${time.format(end)}` : ''}`;
}

function table(name: unknown, l: Language): string | null {
  if (typeof name !== 'string' || !name.trim()) return null;
  return `${{ fr: 'table', ar: 'الطاولة', en: 'table' }[l]} ${insert(name.trim(), l)}`;
}

function template(render: (p: StoredParams, language: Language) => RenderedNotification): NotificationTemplate {
  return (params, language) => render(params ?? {}, language);
}

const requested = template((p, l) => {
  const requester = who(p.requesterName, p.requesterOrganisation, l);
  const accepted = read(p, 'accepted') === 'true';
  const message = read(p, 'message');
  const texts: Record<Language, [string, string, string]> = {
    fr: [
      'Demande de rendez-vous',
      `${requester ?? 'Un participant'} vous propose un rendez-vous à ${eventName(p, 'fr')}.`,
      accepted ? 'Les demandes sont acceptées d’office pour cet événement\u00a0: ce rendez-vous figurera dans votre agenda.' : 'Acceptez ou déclinez cette demande dans Passerelle.',
    ],
    ar: [
      'طلب موعد',
      `يقترح عليكم ${requester ?? 'أحد المشاركين'} موعدا خلال ${eventName(p, 'ar')}.`,
      accepted ? 'تُقبل الطلبات تلقائيا في هذه الفعالية: سيظهر هذا الموعد في جدولكم.' : 'يمكنكم قبول هذا الطلب أو رفضه عبر منصة Passerelle.',
    ],
    en: [
      'Meeting request',
      `${requester ?? 'A participant'} asks to meet you at ${eventName(p, 'en')}.`,
      accepted ? 'Requests are accepted at once for this event: the meeting will be in your agenda.' : 'Accept or decline this request in Passerelle.',
    ],
  };
  const [title, body, action] = texts[l];
  const said = message ? `${{ fr: 'Message\u00a0: ', ar: 'الرسالة: ', en: 'Message: ' }[l]}${quote(message, l)}` : null;
  return { title: titled(title, read(p, 'eventTitle'), l), body: lines([body, said, action]) };
});

const answered = template((p, l) => {
  const other = who(p.counterpartName, p.counterpartOrganisation, l);
  const accepted = read(p, 'answer') !== 'DECLINED';
  const reason = read(p, 'reason');
  const texts: Record<Language, [string, string]> = accepted
    ? {
        fr: ['Rendez-vous accepté', `${other ?? 'Votre interlocuteur'} a accepté votre demande de rendez-vous à ${eventName(p, 'fr')}. Ses coordonnées sont visibles dans Passerelle.`],
        ar: ['تم قبول الموعد', `قبل ${other ?? 'الطرف الآخر'} طلب الموعد خلال ${eventName(p, 'ar')}. يمكنكم الاطلاع على بيانات الاتصال عبر منصة Passerelle.`],
        en: ['Meeting accepted', `${other ?? 'The other participant'} accepted your meeting request at ${eventName(p, 'en')}. Their contact details are in Passerelle.`],
      }
    : {
        fr: ['Rendez-vous décliné', `${other ?? 'Votre interlocuteur'} a décliné votre demande de rendez-vous à ${eventName(p, 'fr')}.`],
        ar: ['تم رفض الموعد', `اعتذر ${other ?? 'الطرف الآخر'} عن طلب الموعد خلال ${eventName(p, 'ar')}.`],
        en: ['Meeting declined', `${other ?? 'The other participant'} declined your meeting request at ${eventName(p, 'en')}.`],
      };
  const why = !accepted && reason ? `${{ fr: 'Motif\u00a0: ', ar: 'السبب: ', en: 'Reason: ' }[l]}${quote(reason, l)}` : null;
  return { title: titled(texts[l][0], read(p, 'eventTitle'), l), body: lines([texts[l][1], why]) };
});

const changed = template((p, l) => {
  const other = who(p.counterpartName, p.counterpartOrganisation, l);
  const cancelled = read(p, 'status') === 'CANCELLED';
  const at = when(p.startsAt, p.endsAt, l);
  const place = table(p.tableName, l);
  const texts: Record<Language, [string, string]> = cancelled
    ? {
        fr: ['Rendez-vous annulé', `Votre rendez-vous avec ${other ?? 'un participant'} à ${eventName(p, 'fr')} est annulé.`],
        ar: ['تم إلغاء الموعد', `أُلغي موعدكم مع ${other ?? 'أحد المشاركين'} خلال ${eventName(p, 'ar')}.`],
        en: ['Meeting cancelled', `Your meeting with ${other ?? 'a participant'} at ${eventName(p, 'en')} is cancelled.`],
      }
    : {
        fr: ['Rendez-vous modifié', `Votre rendez-vous avec ${other ?? 'un participant'} à ${eventName(p, 'fr')} a changé${at ? ` : ${at}` : ''}${place ? `, ${place}` : ''}.`],
        ar: ['تم تعديل الموعد', `تغير موعدكم مع ${other ?? 'أحد المشاركين'} خلال ${eventName(p, 'ar')}${at ? `: ${at}` : ''}${place ? `، ${place}` : ''}.`],
        en: ['Meeting changed', `Your meeting with ${other ?? 'a participant'} at ${eventName(p, 'en')} changed${at ? `: ${at}` : ''}${place ? `, ${place}` : ''}.`],
      };
  if (l === 'fr') texts.fr[1] = texts.fr[1].replace(' : ', '\u00a0: ');
  return { title: titled(texts[l][0], read(p, 'eventTitle'), l), body: texts[l][1] };
});

interface AgendaLine {
  startsAt?: unknown;
  endsAt?: unknown;
  tableName?: unknown;
  counterpartName?: unknown;
  counterpartOrganisation?: unknown;
}

function agendaLines(p: StoredParams, l: Language): string[] {
  const raw = read(p, 'agenda');
  if (!raw) return [];
  let entries: AgendaLine[];
  try {
    const parsed: unknown = JSON.parse(raw);
    entries = Array.isArray(parsed) ? (parsed as AgendaLine[]) : [];
  } catch {
    return [];
  }
  return entries
    .filter((e) => e && typeof e === 'object')
    .map((e) => `• ${[when(e.startsAt, e.endsAt, l), table(e.tableName, l), who(e.counterpartName, e.counterpartOrganisation, l)].filter(Boolean).join(' — ')}`);
}

const agenda = template((p, l) => {
  const entries = agendaLines(p, l);
  const venue = read(p, 'venue');
  const texts: Record<Language, [string, string, string]> = {
    fr: ['Votre agenda', `Voici vos rendez-vous à ${eventName(p, 'fr')}${venue ? ` (${venue})` : ''} :`.replace(' :', '\u00a0:'), 'Téléchargez-le pour votre calendrier (.ics) depuis la page de l’événement dans Passerelle.'],
    ar: ['جدول مواعيدكم', `إليكم مواعيدكم خلال ${eventName(p, 'ar')}${venue ? ` (${insert(venue, 'ar')})` : ''}:`, 'يمكنكم تنزيله لتقويمكم (.ics) من صفحة الفعالية في منصة Passerelle.'],
    en: ['Your agenda', `Here are your meetings at ${eventName(p, 'en')}${venue ? ` (${venue})` : ''}:`, 'Download it for your calendar (.ics) from the event page in Passerelle.'],
  };
  const [title, intro, action] = texts[l];
  const none = { fr: 'Aucun rendez-vous n’est placé pour l’instant.', ar: 'لا توجد مواعيد مجدولة حاليا.', en: 'No meeting is scheduled yet.' }[l];
  return { title: titled(title, read(p, 'eventTitle'), l), body: lines([intro, ...(entries.length ? entries : [none]), action]) };
});

export const EVENT_TEMPLATES = {
  [NotificationKind.EVENT_MEETING_REQUESTED]: requested,
  [NotificationKind.EVENT_MEETING_ANSWERED]: answered,
  [NotificationKind.EVENT_MEETING_CHANGED]: changed,
  [NotificationKind.EVENT_AGENDA]: agenda,
} satisfies Partial<Record<NotificationKind, NotificationTemplate>>;

const EVENTS = '/events';
export const EVENT_LINKS: Partial<Record<NotificationKind, string>> = {
  [NotificationKind.EVENT_MEETING_REQUESTED]: EVENTS,
  [NotificationKind.EVENT_MEETING_ANSWERED]: EVENTS,
  [NotificationKind.EVENT_MEETING_CHANGED]: EVENTS,
  [NotificationKind.EVENT_AGENDA]: EVENTS,
};
