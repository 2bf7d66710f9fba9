import { Language, LANGUAGES } from '../common/i18n-messages';
import { NotificationKind, NOTIFICATION_KINDS } from './notification.enums';
import { renderEmail } from './notification-email';
import { notificationLink, renderNotification } from './notification-templates';
import { composeEmail } from './notification-email';
import { renderInvitationEmail, renderPasswordResetEmail } from './account-emails';

/** Every param each kind may receive, as the brokering pipeline sends them. */
const FULL: Record<NotificationKind, Record<string, string>> = {
  MATCH_PROPOSED: { needTitle: 'Stabilité de l’huile d’argan', counterpartName: 'Dr Amina Idrissi', counterpartOrganisation: 'Laboratoire Agro-Ressources', message: 'Un premier appel la semaine prochaine ?' },
  MATCH_ANSWERED: {
    needTitle: 'Stabilité de l’huile d’argan',
    researcherName: 'Dr Amina Idrissi',
    side: 'RESEARCHER',
    answer: 'DECLINED',
    reason: 'NO_CAPACITY',
    note: 'Pas avant septembre',
  },
  MATCH_DECLINED: { needTitle: 'Stabilité de l’huile d’argan', counterpartName: 'Dr Amina Idrissi', counterpartOrganisation: 'Laboratoire Agro-Ressources' },
  MATCH_INTRODUCED: {
    needTitle: 'Stabilité de l’huile d’argan',
    counterpartName: 'Dr Amina Idrissi',
    counterpartOrganisation: 'Laboratoire Agro-Ressources',
    counterpartEmail: 'amina@lab.example',
    counterpartPhone: '+212 600 11 22 33',
  },
  COLLABORATION_STARTED: { needTitle: 'Stabilité de l’huile d’argan', collaborationTitle: 'ArganOx', startDate: '2026-01-15' },
  MATCH_CLOSED: { needTitle: 'Stabilité de l’huile d’argan', outcome: 'SUCCESS', note: 'Brevet déposé' },
  INTEREST_EXPRESSED: { needTitle: 'Stabilité de l’huile d’argan', researcherName: 'Dr Amina Idrissi', message: 'Nous avons un banc Rancimat.' },
  INTRODUCTION_REQUESTED: {
    needTitle: 'Stabilité de l’huile d’argan',
    requesterName: 'Karim Bennani',
    organisationName: 'Coopérative Tifawt',
    researcherName: 'Dr Amina Idrissi',
    message: 'Son banc Rancimat nous intéresse.',
  },  SIGN_UP_PENDING: { userName: 'Youssef Benali', role: 'INDUSTRIAL', organisationName: 'Coopérative Amal', newOrganisation: 'true' },
  HALL_BOOKING_REQUESTED: { equipmentName: 'Atomiseur', startsOn: '2027-05-03', endsOn: '2027-05-07', requesterName: 'Karim Bennani', organisationName: 'Coopérative Tifawt' },
  HALL_BOOKING_APPROVED: { equipmentName: 'Atomiseur', startsOn: '2027-05-03', endsOn: '2027-05-07' },
  HALL_BOOKING_REFUSED: { equipmentName: 'Atomiseur', startsOn: '2027-05-03', endsOn: '2027-05-07', reason: 'Formation ce jour-là' },
  HALL_BOOKING_MOVED: { equipmentName: 'Atomiseur', startsOn: '2027-05-10', endsOn: '2027-05-14', previousStartsOn: '2027-05-03', previousEndsOn: '2027-05-07' },
  HALL_BOOKING_CANCELLED: { equipmentName: 'Atomiseur', startsOn: '2027-05-03', endsOn: '2027-05-03', reason: 'Panne' },
  EVENT_MEETING_REQUESTED: { eventTitle: 'Journée d’affaires Agadir', requesterName: 'Karim Bennani', requesterOrganisation: 'Coopérative Tifawt', message: 'Parlons huile', accepted: 'true' },
  EVENT_MEETING_ANSWERED: { eventTitle: 'Journée d’affaires Agadir', counterpartName: 'Dr Amina Idrissi', counterpartOrganisation: 'Laboratoire Agro-Ressources', answer: 'DECLINED', reason: 'Pas disponible' },
  EVENT_MEETING_CHANGED: { eventTitle: 'Journée d’affaires Agadir', counterpartName: 'Dr Amina Idrissi', counterpartOrganisation: 'Laboratoire Agro-Ressources', status: 'ACCEPTED', startsAt: '2027-05-03T08:00:00.000Z', endsAt: '2027-05-03T08:30:00.000Z', tableName: '4' },
  EVENT_AGENDA: { eventTitle: 'Journée d’affaires Agadir', venue: 'Technopole d’Agadir', agenda: '[{"startsAt":"2027-05-03T08:00:00.000Z","endsAt":"2027-05-03T08:30:00.000Z","tableName":"4","counterpartName":"Dr Amina Idrissi","counterpartOrganisation":"Laboratoire Agro-Ressources"}]' },
};

/** The params that may be absent, per kind. */
const OPTIONAL: Record<NotificationKind, string[]> = {
  MATCH_PROPOSED: ['counterpartName', 'counterpartOrganisation', 'message'],
  MATCH_ANSWERED: ['reason', 'note'],
  MATCH_DECLINED: ['counterpartName', 'counterpartOrganisation'],
  MATCH_INTRODUCED: ['counterpartOrganisation', 'counterpartPhone'],
  COLLABORATION_STARTED: [],
  MATCH_CLOSED: ['note'],
  INTEREST_EXPRESSED: [],
  INTRODUCTION_REQUESTED: ['organisationName'],
  SIGN_UP_PENDING: ['organisationName', 'newOrganisation'],
  HALL_BOOKING_REQUESTED: ['requesterName', 'organisationName', 'startsOn', 'endsOn'],
  HALL_BOOKING_APPROVED: ['startsOn', 'endsOn'],
  HALL_BOOKING_REFUSED: ['reason', 'startsOn', 'endsOn'],
  HALL_BOOKING_MOVED: ['previousStartsOn', 'previousEndsOn'],
  HALL_BOOKING_CANCELLED: ['reason'],
  EVENT_MEETING_REQUESTED: ['requesterName', 'requesterOrganisation', 'message', 'accepted'],
  EVENT_MEETING_ANSWERED: ['counterpartName', 'counterpartOrganisation', 'reason'],
  EVENT_MEETING_CHANGED: ['counterpartOrganisation', 'startsAt', 'endsAt', 'tableName'],
  EVENT_AGENDA: ['venue'],
};

const cases = NOTIFICATION_KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as [NotificationKind, Language]));

function without(params: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([name]) => !names.includes(name)));
}

function expectReadable(text: string): void {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/undefined|null|NaN|\[object|[{}]/);
  expect(text).not.toMatch(/ {2}| [.,:]|\(\)/);
}

describe('notification templates', () => {
  it.each(cases)('%s in %s renders every param it is given', (kind, language) => {
    const { title, body } = renderNotification(kind, FULL[kind], language);
    expectReadable(title);
    expectReadable(body);
    // What the notification is about: a need, or (a sign-up) a person.
    expect(`${title} ${body}`).toContain(FULL[kind].needTitle ?? FULL[kind].userName ?? FULL[kind].equipmentName ?? FULL[kind].eventTitle);
  });

  it.each(cases)('%s in %s reads well without its optional params', (kind, language) => {
    const { title, body } = renderNotification(kind, without(FULL[kind], OPTIONAL[kind]), language);
    expectReadable(title);
    expectReadable(body);
  });

  it.each(cases)('%s in %s never prints a missing or malformed param', (kind, language) => {
    for (const params of [{}, { needTitle: 42, researcherName: null, answer: 'MAYBE', outcome: 'LOST', startDate: 'soon' } as never]) {
      const { title, body } = renderNotification(kind, params, language);
      expectReadable(title);
      expectReadable(body);
    }
  });

  it('says who the counterpart is, or that an anonymous one is revealed at the introduction', () => {
    const anonymous = without(FULL.MATCH_PROPOSED, ['counterpartName', 'counterpartOrganisation']);
    expect(renderNotification(NotificationKind.MATCH_PROPOSED, FULL.MATCH_PROPOSED, 'fr').body).toContain('Dr Amina Idrissi (Laboratoire Agro-Ressources)');
    expect(renderNotification(NotificationKind.MATCH_PROPOSED, anonymous, 'en').body).toContain(
      'an organisation of the cluster (its name is shared at the introduction)',
    );
    expect(renderNotification(NotificationKind.MATCH_PROPOSED, anonymous, 'fr').body).toContain('une organisation du cluster');
    expect(renderNotification(NotificationKind.MATCH_PROPOSED, anonymous, 'ar').body).toContain('مؤسسة من التجمع');
  });

  it('labels decline reasons and outcomes in each language', () => {
    const answered = (language: Language) => renderNotification(NotificationKind.MATCH_ANSWERED, FULL.MATCH_ANSWERED, language).body;
    expect(answered('fr')).toContain('Motif\u00a0: pas de disponibilité en ce moment.');
    expect(answered('en')).toContain('Reason: no capacity at the moment.');
    expect(answered('ar')).toContain('السبب: لا تتوفر القدرة حاليا.');
    expect(answered('en')).not.toContain('NO_CAPACITY');
    const closed = (outcome: string) => renderNotification(NotificationKind.MATCH_CLOSED, { ...FULL.MATCH_CLOSED, outcome }, 'en').body;
    expect(closed('NOT_PURSUED')).toContain('Outcome: not pursued.');
    expect(closed('ABANDONED')).toContain('Outcome: abandoned.');
    expect(renderNotification(NotificationKind.MATCH_CLOSED, FULL.MATCH_CLOSED, 'fr').body).toContain('Issue\u00a0: réussite.');
  });

  it('tells which side answered', () => {
    const industrial = { ...without(FULL.MATCH_ANSWERED, ['note', 'reason']), side: 'INDUSTRIAL', answer: 'INTERESTED' };
    expect(renderNotification(NotificationKind.MATCH_ANSWERED, industrial, 'en')).toEqual({
      title: 'Interested in the introduction: Stabilité de l’huile d’argan',
      body: 'The organisation that posted the need “Stabilité de l’huile d’argan” is interested in meeting Dr Amina Idrissi.',
    });
    expect(renderNotification(NotificationKind.MATCH_ANSWERED, FULL.MATCH_ANSWERED, 'fr').body).toMatch(/^Dr Amina Idrissi décline la mise en relation/);
  });

  it('gives the contact details of an introduction, one per line', () => {
    const { body } = renderNotification(NotificationKind.MATCH_INTRODUCED, FULL.MATCH_INTRODUCED, 'en');
    expect(body.split('\n')).toEqual(expect.arrayContaining(['Dr Amina Idrissi (Laboratoire Agro-Ressources)', 'Email: amina@lab.example', 'Phone: +212 600 11 22 33']));
    const arabic = renderNotification(NotificationKind.MATCH_INTRODUCED, FULL.MATCH_INTRODUCED, 'ar').body;
    expect(arabic).toContain('البريد الإلكتروني: \u2068amina@lab.example\u2069');
  });

  it('writes the start date in the reader’s language', () => {
    const date = (language: Language) => renderNotification(NotificationKind.COLLABORATION_STARTED, FULL.COLLABORATION_STARTED, language).body;
    expect(date('fr')).toContain('démarre le 15 janvier 2026');
    expect(date('en')).toContain('starts on 15 January 2026');
    expect(date('ar')).toMatch(/بتاريخ 15 \S+ 2026/);
  });

  it('tells staff who signed up, with their role and organisation, and links to the approvals', () => {
    const fr = renderNotification(NotificationKind.SIGN_UP_PENDING, FULL.SIGN_UP_PENDING, 'fr');
    expect(fr.title).toBe('Inscription à valider\u00a0: Youssef Benali');
    expect(fr.body).toContain("Youssef Benali (Coopérative Amal) demande à rejoindre Passerelle en tant qu'industriel.");
    expect(fr.body).toContain('L\'organisation «\u00a0Coopérative Amal\u00a0» est nouvelle');
    const researcher = { ...without(FULL.SIGN_UP_PENDING, ['newOrganisation']), role: 'RESEARCHER' };
    expect(renderNotification(NotificationKind.SIGN_UP_PENDING, researcher, 'en').body).toBe(
      'Youssef Benali (Coopérative Amal) asks to join Passerelle as a researcher.\nApprove this sign-up, or not, in Passerelle.',
    );
    expect(renderNotification(NotificationKind.SIGN_UP_PENDING, researcher, 'ar').body).toContain('يطلب \u2068Youssef Benali\u2069 (\u2068Coopérative Amal\u2069) الانضمام إلى منصة Passerelle بصفة باحث.');
    expect(notificationLink(NotificationKind.SIGN_UP_PENDING)).toBe('/approvals');
    expect(notificationLink(NotificationKind.MATCH_PROPOSED)).toBeNull();
  });

  it('falls back to a generic notice for a kind it does not know', () => {
    expect(renderNotification('SOMETHING_NEW', {}, 'en')).toEqual({ title: 'New notification', body: 'Open Passerelle to find out more.' });
  });
});

describe('notification e-mails', () => {
  it.each(cases)('%s in %s has a subject, a text and an HTML part', (kind, language) => {
    const email = renderEmail(kind, FULL[kind], language, 'Test Owner');
    expect(email.subject).toBe(renderNotification(kind, FULL[kind], language).title);
    expect(email.text).toContain('Test Owner');
    expect(email.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
    for (const text of [email.subject, email.text]) expect(text).not.toMatch(/undefined|null/);
  });

  it('escapes HTML in params and in the recipient name', () => {
    const hostile = '<script>alert("x")</script> & <b>co</b>';
    const email = renderEmail(NotificationKind.INTEREST_EXPRESSED, { needTitle: hostile, researcherName: '<img src=x onerror=alert(1)>', message: hostile }, 'fr', '<i>Eve</i>');
    expect(email.html).not.toMatch(/<script|<b>|<img|<i>/);
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(email.text).toContain(hostile);
  });

  it('lays Arabic e-mails out right to left', () => {
    const email = renderEmail(NotificationKind.MATCH_PROPOSED, FULL.MATCH_PROPOSED, 'ar', 'أمينة');
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
    expect(email.html).toContain('<div dir="rtl"');
    expect(email.text).toMatch(/^مرحبا/);
  });

  it('ends with the link of a notification that has one', () => {
    const email = renderEmail(NotificationKind.SIGN_UP_PENDING, FULL.SIGN_UP_PENDING, 'en', 'Staff', 'https://passerelle.example.org/approvals');
    expect(email.text).toContain('Open in Passerelle: https://passerelle.example.org/approvals');
    expect(email.html).toContain('<a href="https://passerelle.example.org/approvals"');
    expect(renderEmail(NotificationKind.MATCH_CLOSED, FULL.MATCH_CLOSED, 'en', 'Staff').html).not.toContain('<a ');
  });

  it('escapes the link in HTML', () => {
    const email = composeEmail('en', null, 'T', ['line'], { label: 'Go', url: 'https://x.example/?a=1&b="2"' }, []);
    expect(email.html).toContain('href="https://x.example/?a=1&amp;b=&quot;2&quot;"');
  });

  it('greets without a name when there is none', () => {
    expect(renderEmail(NotificationKind.MATCH_CLOSED, FULL.MATCH_CLOSED, 'en', null).text).toMatch(/^Hello,\n\n/);
  });
});

describe('account e-mails', () => {
  const url = 'https://passerelle.example.org/reset-password?token=abc_DEF-123';

  it.each(LANGUAGES)('a password reset in %s has the link, once-only and one hour', (language) => {
    const email = renderPasswordResetEmail(language, 'Nadia', url, 1);
    expect(email.text).toContain(url);
    expect(email.html).toContain(`href="${url}"`);
    expect(email.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
    for (const text of [email.subject, email.text]) expectReadable(text);
    expect(email.text).toMatch({ fr: /une heure/, ar: /ساعة واحدة/, en: /one hour/ }[language]);
  });

  it.each(LANGUAGES)('an invitation in %s names the organisation, the link and seven days', (language) => {
    const link = 'https://passerelle.example.org/invitation?token=xyz';
    const email = renderInvitationEmail(language, { recipientName: 'Nadia', organisationName: 'Laboratoire Agro-Ressources', url: link, days: 7 });
    expect(email.text).toContain(link);
    expect(email.text).toContain('Laboratoire Agro-Ressources');
    expect(email.text).toContain('7');
    for (const text of [email.subject, email.text]) expectReadable(text);
    const staff = renderInvitationEmail(language, { recipientName: 'Nadia', organisationName: null, url: link, days: 7 });
    expectReadable(staff.text);
  });
});
