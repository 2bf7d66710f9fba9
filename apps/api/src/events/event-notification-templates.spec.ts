import { LANGUAGES } from '../common/i18n-messages';
import { NotificationKind } from '../notifications/notification.enums';
import { notificationLink, renderNotification } from '../notifications/notification-templates';
import { EVENT_TEMPLATES } from './event-notification-templates';

const TITLE = 'Journée d’affaires Agro & Cosmétique — Agadir';
const AGENDA = JSON.stringify([
  { startsAt: '2027-01-05T08:00:00.000Z', endsAt: '2027-01-05T08:30:00.000Z', tableName: '3', counterpartName: 'Fatima Zahra Id Brahim', counterpartOrganisation: 'LAVRN' },
]);

const FULL: Record<keyof typeof EVENT_TEMPLATES, Record<string, string>> = {
  EVENT_MEETING_REQUESTED: { eventTitle: TITLE, requesterName: 'Aïcha Oubaha', requesterOrganisation: 'Coopérative Tifaout', message: 'Parlons de stabilité', accepted: '' },
  EVENT_MEETING_ANSWERED: { eventTitle: TITLE, counterpartName: 'Fatima Zahra Id Brahim', counterpartOrganisation: 'LAVRN', answer: 'DECLINED', reason: 'Pas disponible' },
  EVENT_MEETING_CHANGED: { eventTitle: TITLE, counterpartName: 'Fatima Zahra Id Brahim', status: 'ACCEPTED', startsAt: '2027-01-05T08:00:00.000Z', endsAt: '2027-01-05T08:30:00.000Z', tableName: '3' },
  EVENT_AGENDA: { eventTitle: TITLE, venue: 'Technopole d’Agadir', agenda: AGENDA },
};

const cases = (Object.keys(EVENT_TEMPLATES) as (keyof typeof EVENT_TEMPLATES)[]).flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const));

describe('brokerage-day notifications', () => {
  it.each(cases)('%s in %s names the event and reads well', (kind, language) => {
    const { title, body } = renderNotification(kind, FULL[kind], language);
    expect(`${title} ${body}`).toContain(TITLE);
    expect(`${title}\n${body}`).not.toMatch(/undefined|null|\{\w+\}/);
    expect(notificationLink(kind)).toBe('/events');
  });

  it.each(cases)('%s in %s reads well with no params at all', (kind, language) => {
    const { title, body } = renderNotification(kind, {}, language);
    expect(title.trim()).not.toBe('');
    expect(body.trim()).not.toBe('');
    expect(`${title}\n${body}`).not.toMatch(/undefined|null|\{\w+\}/);
  });

  it('the agenda lists each meeting with its time, table and counterpart, in the recipient’s language', () => {
    const fr = renderNotification(NotificationKind.EVENT_AGENDA, FULL.EVENT_AGENDA, 'fr').body;
    expect(fr).toContain('09:00'); // Africa/Casablanca (UTC+1)
    expect(fr).toContain('table 3');
    expect(fr).toContain('Fatima Zahra Id Brahim (LAVRN)');
    const ar = renderNotification(NotificationKind.EVENT_AGENDA, FULL.EVENT_AGENDA, 'ar').body;
    expect(ar).toContain('الطاولة');
    expect(renderNotification(NotificationKind.EVENT_AGENDA, { agenda: '{not json' }, 'en').body).toContain('No meeting is scheduled yet.');
  });

  it('a declined answer gives its reason; an accepted one points to the contacts', () => {
    expect(renderNotification(NotificationKind.EVENT_MEETING_ANSWERED, FULL.EVENT_MEETING_ANSWERED, 'en').body).toContain('Reason: “Pas disponible”');
    expect(renderNotification(NotificationKind.EVENT_MEETING_ANSWERED, { ...FULL.EVENT_MEETING_ANSWERED, answer: 'ACCEPTED' }, 'en').body).toContain('contact details');
  });
});
