import { Language } from '../common/i18n-messages';
import { NotificationKind } from './notification.enums';
import { HALL_LINKS, HALL_TEMPLATES } from '../hall/hall-notification-templates';
import { EVENT_LINKS, EVENT_TEMPLATES } from '../events/event-notification-templates';
import { DATE_LOCALES, insert, quote, read, titled } from './template-text';

/** What a notification says, in one language: plain text (the e-mail layout escapes it for HTML). */
export interface RenderedNotification {
  title: string;
  body: string;
}

/** Params as stored (jsonb): anything may be missing, or not a string, and must still read well. */
export type StoredParams = Readonly<Record<string, unknown>>;

export type NotificationTemplate = (params: StoredParams, language: Language) => RenderedNotification;

type Labels = Record<string, Record<Language, string>>;

const DECLINE_REASONS: Labels = {
  NOT_RIGHT_EXPERTISE: { fr: 'expertise non adaptée', ar: 'الخبرة غير مناسبة', en: 'not the right expertise' },
  TOO_EARLY_STAGE: { fr: 'projet trop en amont', ar: 'المشروع في مرحلة مبكرة جدا', en: 'too early a stage' },
  NO_CAPACITY: { fr: 'pas de disponibilité en ce moment', ar: 'لا تتوفر القدرة حاليا', en: 'no capacity at the moment' },
  BUDGET: { fr: 'budget', ar: 'الميزانية', en: 'budget' },
  CONFIDENTIALITY: { fr: 'confidentialité', ar: 'السرية', en: 'confidentiality' },
  OTHER: { fr: 'autre raison', ar: 'سبب آخر', en: 'another reason' },
};

const OUTCOMES: Labels = {
  SUCCESS: { fr: 'réussite', ar: 'نجاح التعاون', en: 'success' },
  ABANDONED: { fr: 'abandon', ar: 'التخلي عن المشروع', en: 'abandoned' },
  NOT_PURSUED: { fr: 'sans suite', ar: 'عدم المتابعة', en: 'not pursued' },
};


/** "the need “X”", or a neutral phrase when the title is missing; always fits after a preposition. */
function needPhrase(params: StoredParams, language: Language): string {
  const title = read(params, 'needTitle');
  const phrases: Record<Language, [string, string]> = {
    fr: ['le besoin', 'un besoin du cluster'],
    ar: ['الاحتياج', 'أحد احتياجات التجمع'],
    en: ['the need', 'a need of the cluster'],
  };
  const [named, unnamed] = phrases[language];
  return title ? `${named} ${quote(title, language)}` : unnamed;
}

/** "Name (Organisation)", "Name", "Organisation" or null. */
function party(params: StoredParams, nameParam: string, organisationParam: string, language: Language): string | null {
  const name = read(params, nameParam);
  const organisation = read(params, organisationParam);
  if (name && organisation) return `${insert(name, language)} (${insert(organisation, language)})`;
  const either = name ?? organisation;
  return either ? insert(either, language) : null;
}

function label(labels: Labels, code: string | null, language: Language): string | null {
  return code && labels[code] ? labels[code][language] : null;
}

/** YYYY-MM-DD as a date in the reader's language; another value is shown as given. */
function formatDate(value: string | null, language: Language): string | null {
  if (!value) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime())) return insert(value, language);
  return new Intl.DateTimeFormat(DATE_LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Sentences (or lines) that are present, joined. */
function join(parts: (string | null | false)[], separator = ' '): string {
  return parts.filter((part): part is string => Boolean(part)).join(separator);
}

function noteLine(params: StoredParams, name: string, language: Language): string | null {
  const note = read(params, name);
  if (!note) return null;
  const labels: Record<Language, string> = { fr: 'Commentaire\u00a0: ', ar: 'ملاحظة: ', en: 'Note: ' };
  return `${labels[language]}${quote(note, language)}`;
}

/** One function per language over the same params. */
function byLanguage(texts: Record<Language, (params: StoredParams) => RenderedNotification>): NotificationTemplate {
  return (params, language) => (texts[language] ?? texts.fr)(params ?? {});
}

const matchProposed = byLanguage({
  fr: (p) => ({
    title: titled('Mise en relation proposée', read(p, 'needTitle'), 'fr'),
    body: join([
      `L'équipe du cluster vous propose d'entrer en relation avec ${
        party(p, 'counterpartName', 'counterpartOrganisation', 'fr') ??
        'une organisation du cluster (son nom vous sera communiqué lors de la mise en relation)'
      } pour ${needPhrase(p, 'fr')}.`,
      'Indiquez dans Passerelle si cette mise en relation vous intéresse.',
    ]) + teamMessage(p, 'fr'),
  }),
  ar: (p) => ({
    title: titled('اقتراح ربط اتصال', read(p, 'needTitle'), 'ar'),
    body: join([
      `يقترح عليكم فريق التجمع ربط الاتصال مع ${
        party(p, 'counterpartName', 'counterpartOrganisation', 'ar') ?? 'مؤسسة من التجمع (يُكشف عن اسمها عند التعارف)'
      } بخصوص ${needPhrase(p, 'ar')}.`,
      'أخبرونا عبر منصة Passerelle إن كان هذا الاقتراح يهمكم.',
    ]) + teamMessage(p, 'ar'),
  }),
  en: (p) => ({
    title: titled('Introduction proposed', read(p, 'needTitle'), 'en'),
    body: join([
      `The cluster team suggests you meet ${
        party(p, 'counterpartName', 'counterpartOrganisation', 'en') ?? 'an organisation of the cluster (its name is shared at the introduction)'
      } about ${needPhrase(p, 'en')}.`,
      'Let us know in Passerelle whether you are interested.',
    ]) + teamMessage(p, 'en'),
  }),
});

/** The cluster team's optional message with a proposal, on its own paragraph (or nothing). */
function teamMessage(p: StoredParams, language: Language): string {
  const message = read(p, 'message');
  if (!message) return '';
  const labels: Record<Language, string> = { fr: 'Message de l’équipe du cluster\u00a0: ', ar: 'رسالة فريق التجمع: ', en: 'Message from the cluster team: ' };
  return `\n${labels[language]}${quote(message, language)}`;
}

/** The other side declined: the recipient hears that the proposal ends, never why (brokering-notices.ts). */
const matchDeclined = byLanguage({
  fr: (p) => ({
    title: titled('Mise en relation non retenue', read(p, 'needTitle'), 'fr'),
    body: join([
      `La mise en relation proposée avec ${party(p, 'counterpartName', 'counterpartOrganisation', 'fr') ?? 'une organisation du cluster'} pour ${needPhrase(p, 'fr')} n’aura pas lieu\u00a0: l’autre partie a décliné.`,
      'L’équipe du cluster reste à votre disposition pour chercher d’autres pistes.',
    ]),
  }),
  ar: (p) => ({
    title: titled('لن يتم ربط الاتصال', read(p, 'needTitle'), 'ar'),
    body: join([
      `لن يتم ربط الاتصال المقترح مع ${party(p, 'counterpartName', 'counterpartOrganisation', 'ar') ?? 'مؤسسة من التجمع'} بخصوص ${needPhrase(p, 'ar')}: فقد اعتذر الطرف الآخر.`,
      'يبقى فريق التجمع رهن إشارتكم للبحث عن فرص أخرى.',
    ]),
  }),
  en: (p) => ({
    title: titled('Introduction not going ahead', read(p, 'needTitle'), 'en'),
    body: join([
      `The proposed introduction to ${party(p, 'counterpartName', 'counterpartOrganisation', 'en') ?? 'an organisation of the cluster'} about ${needPhrase(p, 'en')} will not go ahead: the other side declined.`,
      'The cluster team is happy to look for other leads with you.',
    ]),
  }),
});

type Answer = 'INTERESTED' | 'DECLINED' | null;

function answerOf(p: StoredParams): Answer {
  const answer = read(p, 'answer');
  return answer === 'INTERESTED' || answer === 'DECLINED' ? answer : null;
}

/** The industrial side answered; otherwise (RESEARCHER, or missing) the researcher did. */
function industrialAnswered(p: StoredParams): boolean {
  return read(p, 'side') === 'INDUSTRIAL';
}

function reasonLine(p: StoredParams, language: Language): string | null {
  const reason = answerOf(p) === 'DECLINED' ? label(DECLINE_REASONS, read(p, 'reason'), language) : null;
  if (!reason) return null;
  return { fr: `Motif\u00a0: ${reason}.`, ar: `السبب: ${reason}.`, en: `Reason: ${reason}.` }[language];
}

const matchAnswered = byLanguage({
  fr: (p) => {
    const answer = answerOf(p);
    const researcher = read(p, 'researcherName');
    const need = needPhrase(p, 'fr');
    const verb = answer === 'INTERESTED' ? 'accepte' : answer === 'DECLINED' ? 'décline' : 'a répondu à';
    const who = industrialAnswered(p)
      ? `L'organisation qui a publié ${need} ${verb} la mise en relation avec ${researcher ?? 'le chercheur'}.`
      : `${researcher ?? 'Le chercheur'} ${verb} la mise en relation pour ${need}.`;
    const base = answer === 'INTERESTED' ? 'Réponse positive' : answer === 'DECLINED' ? 'Mise en relation déclinée' : 'Réponse à une mise en relation';
    return { title: titled(base, read(p, 'needTitle'), 'fr'), body: join([join([who, reasonLine(p, 'fr')]), noteLine(p, 'note', 'fr')], '\n') };
  },
  ar: (p) => {
    const answer = answerOf(p);
    const researcher = read(p, 'researcherName');
    const name = researcher ? insert(researcher, 'ar') : 'الباحث';
    const need = needPhrase(p, 'ar');
    const who = industrialAnswered(p)
      ? {
          INTERESTED: `وافقت المؤسسة صاحبة ${need} على ربط الاتصال مع ${name}.`,
          DECLINED: `اعتذرت المؤسسة صاحبة ${need} عن ربط الاتصال مع ${name}.`,
          none: `ردت المؤسسة صاحبة ${need} على اقتراح ربط الاتصال مع ${name}.`,
        }[answer ?? 'none']
      : {
          INTERESTED: `جاء رد ${name} بالموافقة على ربط الاتصال بخصوص ${need}.`,
          DECLINED: `جاء رد ${name} بالاعتذار عن ربط الاتصال بخصوص ${need}.`,
          none: `وصل رد ${name} على اقتراح ربط الاتصال بخصوص ${need}.`,
        }[answer ?? 'none'];
    const base = answer === 'INTERESTED' ? 'رد إيجابي' : answer === 'DECLINED' ? 'اعتذار عن ربط الاتصال' : 'رد على اقتراح ربط اتصال';
    return { title: titled(base, read(p, 'needTitle'), 'ar'), body: join([join([who, reasonLine(p, 'ar')]), noteLine(p, 'note', 'ar')], '\n') };
  },
  en: (p) => {
    const answer = answerOf(p);
    const researcher = read(p, 'researcherName');
    const need = needPhrase(p, 'en');
    const who = industrialAnswered(p)
      ? {
          INTERESTED: `The organisation that posted ${need} is interested in meeting ${researcher ?? 'the researcher'}.`,
          DECLINED: `The organisation that posted ${need} declined the introduction to ${researcher ?? 'the researcher'}.`,
          none: `The organisation that posted ${need} answered the introduction to ${researcher ?? 'the researcher'}.`,
        }[answer ?? 'none']
      : {
          INTERESTED: `${researcher ?? 'The researcher'} is interested in the introduction about ${need}.`,
          DECLINED: `${researcher ?? 'The researcher'} declined the introduction about ${need}.`,
          none: `${researcher ?? 'The researcher'} answered the introduction about ${need}.`,
        }[answer ?? 'none'];
    const base = answer === 'INTERESTED' ? 'Interested in the introduction' : answer === 'DECLINED' ? 'Introduction declined' : 'Answer to an introduction';
    return { title: titled(base, read(p, 'needTitle'), 'en'), body: join([join([who, reasonLine(p, 'en')]), noteLine(p, 'note', 'en')], '\n') };
  },
});

/** The contact lines of an introduction; empty when the caller gave none. */
function contactLines(p: StoredParams, language: Language): string[] {
  const labels: Record<Language, [string, string]> = {
    fr: ['E-mail\u00a0: ', 'Téléphone\u00a0: '],
    ar: ['البريد الإلكتروني: ', 'الهاتف: '],
    en: ['Email: ', 'Phone: '],
  };
  const [emailLabel, phoneLabel] = labels[language];
  const email = read(p, 'counterpartEmail');
  const phone = read(p, 'counterpartPhone');
  return [
    party(p, 'counterpartName', 'counterpartOrganisation', language),
    email && `${emailLabel}${insert(email, language)}`,
    phone && `${phoneLabel}${insert(phone, language)}`,
  ].filter((line): line is string => Boolean(line));
}

const matchIntroduced = byLanguage({
  fr: (p) => {
    const contacts = contactLines(p, 'fr');
    return {
      title: titled('Mise en relation confirmée', read(p, 'needTitle'), 'fr'),
      body: join(
        [
          `Bonne nouvelle\u00a0: les deux parties sont intéressées par la mise en relation pour ${needPhrase(p, 'fr')}. ${
            contacts.length ? 'Voici les coordonnées de votre interlocuteur\u00a0:' : 'Ses coordonnées sont dans Passerelle.'
          }`,
          ...contacts,
          "Prenez contact directement\u00a0; l'équipe du cluster reste à votre disposition.",
        ],
        '\n',
      ),
    };
  },
  ar: (p) => {
    const contacts = contactLines(p, 'ar');
    return {
      title: titled('تأكيد التعارف', read(p, 'needTitle'), 'ar'),
      body: join(
        [
          `خبر سار: أبدى الطرفان اهتمامهما بربط الاتصال بخصوص ${needPhrase(p, 'ar')}. ${
            contacts.length ? 'إليكم بيانات الاتصال بمحاوركم:' : 'تجدون بيانات الاتصال في منصة Passerelle.'
          }`,
          ...contacts,
          'تواصلوا مباشرة، ويبقى فريق التجمع رهن إشارتكم.',
        ],
        '\n',
      ),
    };
  },
  en: (p) => {
    const contacts = contactLines(p, 'en');
    return {
      title: titled('Introduction confirmed', read(p, 'needTitle'), 'en'),
      body: join(
        [
          `Good news: both sides are interested in the introduction about ${needPhrase(p, 'en')}. ${
            contacts.length ? "Here are your contact's details:" : 'Their details are in Passerelle.'
          }`,
          ...contacts,
          'Get in touch directly; the cluster team remains at your disposal.',
        ],
        '\n',
      ),
    };
  },
});

const collaborationStarted = byLanguage({
  fr: (p) => {
    const collaboration = read(p, 'collaborationTitle');
    const date = formatDate(read(p, 'startDate'), 'fr');
    return {
      title: titled('Collaboration lancée', collaboration ?? read(p, 'needTitle'), 'fr'),
      body: join([
        `${collaboration ? `La collaboration ${quote(collaboration, 'fr')}` : 'Une collaboration'} démarre${date ? ` le ${date}` : ''} pour ${needPhrase(p, 'fr')}.`,
        'Vous en suivrez les jalons avec l’équipe du cluster dans Passerelle.',
      ]),
    };
  },
  ar: (p) => {
    const collaboration = read(p, 'collaborationTitle');
    const date = formatDate(read(p, 'startDate'), 'ar');
    return {
      title: titled('انطلاق التعاون', collaboration ?? read(p, 'needTitle'), 'ar'),
      body: join([
        `${collaboration ? `ينطلق التعاون ${quote(collaboration, 'ar')}` : 'ينطلق تعاون جديد'}${date ? ` بتاريخ ${date}` : ''} بخصوص ${needPhrase(p, 'ar')}.`,
        'ستتابعون مراحله مع فريق التجمع عبر منصة Passerelle.',
      ]),
    };
  },
  en: (p) => {
    const collaboration = read(p, 'collaborationTitle');
    const date = formatDate(read(p, 'startDate'), 'en');
    return {
      title: titled('Collaboration started', collaboration ?? read(p, 'needTitle'), 'en'),
      body: join([
        `${collaboration ? `The collaboration ${quote(collaboration, 'en')}` : 'A collaboration'} starts${date ? ` on ${date}` : ''} for ${needPhrase(p, 'en')}.`,
        'You will follow its milestones with the cluster team in Passerelle.',
      ]),
    };
  },
});

const matchClosed = byLanguage({
  fr: (p) => {
    const outcome = label(OUTCOMES, read(p, 'outcome'), 'fr');
    return {
      title: titled('Mise en relation clôturée', read(p, 'needTitle'), 'fr'),
      body: join(
        [
          join([`La mise en relation pour ${needPhrase(p, 'fr')} est clôturée.`, outcome && `Issue\u00a0: ${outcome}.`]),
          noteLine(p, 'note', 'fr'),
          'Merci de votre participation.',
        ],
        '\n',
      ),
    };
  },
  ar: (p) => {
    const outcome = label(OUTCOMES, read(p, 'outcome'), 'ar');
    return {
      title: titled('إغلاق ملف ربط الاتصال', read(p, 'needTitle'), 'ar'),
      body: join(
        [
          join([`تم إغلاق ملف ربط الاتصال بخصوص ${needPhrase(p, 'ar')}.`, outcome && `النتيجة: ${outcome}.`]),
          noteLine(p, 'note', 'ar'),
          'شكرا على مشاركتكم.',
        ],
        '\n',
      ),
    };
  },
  en: (p) => {
    const outcome = label(OUTCOMES, read(p, 'outcome'), 'en');
    return {
      title: titled('Introduction closed', read(p, 'needTitle'), 'en'),
      body: join(
        [
          join([`The introduction about ${needPhrase(p, 'en')} is closed.`, outcome && `Outcome: ${outcome}.`]),
          noteLine(p, 'note', 'en'),
          'Thank you for taking part.',
        ],
        '\n',
      ),
    };
  },
});

const interestExpressed = byLanguage({
  fr: (p) => {
    const message = read(p, 'message');
    return {
      title: titled("Manifestation d'intérêt", read(p, 'needTitle'), 'fr'),
      body: join(
        [
          `${read(p, 'researcherName') ?? 'Un chercheur'} manifeste son intérêt pour ${needPhrase(p, 'fr')}.`,
          message && `Message\u00a0: ${quote(message, 'fr')}`,
          'Vous pouvez en faire une mise en relation dans Passerelle.',
        ],
        '\n',
      ),
    };
  },
  ar: (p) => {
    const message = read(p, 'message');
    const researcher = read(p, 'researcherName');
    return {
      title: titled('إبداء اهتمام', read(p, 'needTitle'), 'ar'),
      body: join(
        [
          `وصلت رسالة اهتمام من ${researcher ? insert(researcher, 'ar') : 'أحد الباحثين'} بخصوص ${needPhrase(p, 'ar')}.`,
          message && `نص الرسالة: ${quote(message, 'ar')}`,
          'يمكنكم تحويلها إلى اقتراح ربط اتصال عبر منصة Passerelle.',
        ],
        '\n',
      ),
    };
  },
  en: (p) => {
    const message = read(p, 'message');
    return {
      title: titled('Expression of interest', read(p, 'needTitle'), 'en'),
      body: join(
        [
          `${read(p, 'researcherName') ?? 'A researcher'} is interested in ${needPhrase(p, 'en')}.`,
          message && `Message: ${quote(message, 'en')}`,
          'You can turn it into a match in Passerelle.',
        ],
        '\n',
      ),
    };
  },
});

/** "as a researcher", to end a sentence. */
const SIGN_UP_ROLES: Labels = {
  INDUSTRIAL: { fr: "en tant qu'industriel", ar: 'بصفة صناعي', en: 'as an industrial member' },
  RESEARCHER: { fr: 'en tant que chercheur', ar: 'بصفة باحث', en: 'as a researcher' },
};

/** "Name (Organisation)" of the person who signed up, or a neutral phrase. */
function signUpParty(p: StoredParams, language: Language, unnamed: string): string {
  return party(p, 'userName', 'organisationName', language) ?? unnamed;
}

const signUpPending = byLanguage({
  fr: (p) => {
    const role = label(SIGN_UP_ROLES, read(p, 'role'), 'fr');
    const organisation = read(p, 'organisationName');
    return {
      title: titled('Inscription à valider', read(p, 'userName'), 'fr'),
      body: join(
        [
          `${signUpParty(p, 'fr', 'Une personne')} demande à rejoindre Passerelle${role ? ` ${role}` : ''}.`,
          read(p, 'newOrganisation') === 'true' && organisation && `L'organisation ${quote(organisation, 'fr')} est nouvelle : elle sera validée avec ce compte.`,
          'Acceptez ou non cette inscription dans Passerelle.',
        ],
        '\n',
      ),
    };
  },
  ar: (p) => {
    const role = label(SIGN_UP_ROLES, read(p, 'role'), 'ar');
    const organisation = read(p, 'organisationName');
    return {
      title: titled('تسجيل في انتظار الموافقة', read(p, 'userName'), 'ar'),
      body: join(
        [
          `يطلب ${signUpParty(p, 'ar', 'شخص')} الانضمام إلى منصة Passerelle${role ? ` ${role}` : ''}.`,
          read(p, 'newOrganisation') === 'true' && organisation && `المؤسسة ${quote(organisation, 'ar')} جديدة: تتم الموافقة عليها مع هذا الحساب.`,
          'يمكنكم قبول هذا التسجيل أو رفضه عبر منصة Passerelle.',
        ],
        '\n',
      ),
    };
  },
  en: (p) => {
    const role = label(SIGN_UP_ROLES, read(p, 'role'), 'en');
    const organisation = read(p, 'organisationName');
    return {
      title: titled('Sign-up to approve', read(p, 'userName'), 'en'),
      body: join(
        [
          `${signUpParty(p, 'en', 'Someone')} asks to join Passerelle${role ? ` ${role}` : ''}.`,
          read(p, 'newOrganisation') === 'true' && organisation && `The organisation ${quote(organisation, 'en')} is new: it is approved with this account.`,
          'Approve this sign-up, or not, in Passerelle.',
        ],
        '\n',
      ),
    };
  },
});

/** To staff: an industrial asks for an introduction to an expert (brokering's requestIntroduction). */
const introductionRequested = byLanguage({
  fr: (p) => {
    const message = read(p, 'message');
    return {
      title: titled("Demande de mise en relation", read(p, 'needTitle'), 'fr'),
      body: join(
        [
          `${party(p, 'requesterName', 'organisationName', 'fr') ?? 'Un industriel'} demande une mise en relation avec ${read(p, 'researcherName') ?? 'un chercheur'} pour ${needPhrase(p, 'fr')}.`,
          message && `Message\u00a0: ${quote(message, 'fr')}`,
          'Vous pouvez en faire une mise en relation dans Passerelle.',
        ],
        '\n',
      ),
    };
  },
  ar: (p) => {
    const message = read(p, 'message');
    const requester = party(p, 'requesterName', 'organisationName', 'ar');
    const researcher = read(p, 'researcherName');
    return {
      title: titled('طلب ربط اتصال', read(p, 'needTitle'), 'ar'),
      body: join(
        [
          `يطلب ${requester ?? 'أحد الصناعيين'} ربط الاتصال مع ${researcher ? insert(researcher, 'ar') : 'أحد الباحثين'} بخصوص ${needPhrase(p, 'ar')}.`,
          message && `نص الرسالة: ${quote(message, 'ar')}`,
          'يمكنكم تحويله إلى اقتراح ربط اتصال عبر منصة Passerelle.',
        ],
        '\n',
      ),
    };
  },
  en: (p) => {
    const message = read(p, 'message');
    return {
      title: titled('Introduction request', read(p, 'needTitle'), 'en'),
      body: join(
        [
          `${party(p, 'requesterName', 'organisationName', 'en') ?? 'An industrial member'} asks to be introduced to ${read(p, 'researcherName') ?? 'a researcher'} about ${needPhrase(p, 'en')}.`,
          message && `Message: ${quote(message, 'en')}`,
          'You can turn it into a match in Passerelle.',
        ],
        '\n',
      ),
    };
  },
});

export const NOTIFICATION_TEMPLATES: Record<NotificationKind, NotificationTemplate> = {
  [NotificationKind.MATCH_PROPOSED]: matchProposed,
  [NotificationKind.MATCH_ANSWERED]: matchAnswered,
  [NotificationKind.MATCH_DECLINED]: matchDeclined,
  [NotificationKind.MATCH_INTRODUCED]: matchIntroduced,
  [NotificationKind.COLLABORATION_STARTED]: collaborationStarted,
  [NotificationKind.MATCH_CLOSED]: matchClosed,
  [NotificationKind.INTEREST_EXPRESSED]: interestExpressed,
  [NotificationKind.INTRODUCTION_REQUESTED]: introductionRequested,
  [NotificationKind.SIGN_UP_PENDING]: signUpPending,
  ...HALL_TEMPLATES,
  ...EVENT_TEMPLATES,
};

/**
 * The web route a notification opens, for kinds that are not about a match (those carry
 * matchId, and the client knows where a match is shown for the reader's role).
 */
const LINKS: Partial<Record<NotificationKind, string>> = {
  [NotificationKind.SIGN_UP_PENDING]: '/approvals',
  ...HALL_LINKS,
  ...EVENT_LINKS,
};

export function notificationLink(kind: NotificationKind | string): string | null {
  return LINKS[kind as NotificationKind] ?? null;
}

/** For a kind this version does not know (a row written by a newer one): still something readable. */
const GENERIC: Record<Language, RenderedNotification> = {
  fr: { title: 'Nouvelle notification', body: 'Ouvrez Passerelle pour en savoir plus.' },
  ar: { title: 'إشعار جديد', body: 'افتحوا منصة Passerelle لمعرفة المزيد.' },
  en: { title: 'New notification', body: 'Open Passerelle to find out more.' },
};

export function renderNotification(kind: NotificationKind | string, params: StoredParams | null | undefined, language: Language): RenderedNotification {
  const template = NOTIFICATION_TEMPLATES[kind as NotificationKind];
  if (!template) return GENERIC[language] ?? GENERIC.fr;
  return template(params ?? {}, language);
}
