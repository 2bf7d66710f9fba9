import { Language } from '../common/i18n-messages';
import { composeEmail, RenderedEmail, TEAM_SIGNATURE } from './notification-email';

/** Arabic sentences isolate inserted values (FSI … PDI), so a Latin name keeps its order. */
function insert(value: string, language: Language): string {
  return language === 'ar' ? `\u2068${value}\u2069` : value;
}

/** "Forgot password": the link to choose a new one, valid `hours`. */
export function renderPasswordResetEmail(language: Language, recipientName: string | null, url: string, hours: number): RenderedEmail {
  const texts: Record<Language, { title: string; lines: string[]; action: string }> = {
    fr: {
      title: 'Choisissez un nouveau mot de passe',
      lines: [
        'Une demande de réinitialisation du mot de passe de votre compte Passerelle a été faite.',
        `Ce lien, valable ${hours === 1 ? 'une heure' : `${hours} heures`} et utilisable une seule fois, vous permet d’en choisir un nouveau.`,
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: votre mot de passe reste inchangé.',
      ],
      action: 'Choisir un mot de passe',
    },
    ar: {
      title: 'اختيار كلمة مرور جديدة',
      lines: [
        'وصلنا طلب لإعادة تعيين كلمة مرور حسابكم في منصة Passerelle.',
        `يتيح لكم هذا الرابط اختيار كلمة مرور جديدة، وهو صالح لمدة ${hours === 1 ? 'ساعة واحدة' : `${hours} ساعات`} ولاستعمال واحد فقط.`,
        'إن لم تكونوا أصحاب هذا الطلب فتجاهلوا هذه الرسالة: تبقى كلمة المرور دون تغيير.',
      ],
      action: 'اختيار كلمة المرور',
    },
    en: {
      title: 'Choose a new password',
      lines: [
        'Someone asked to reset the password of your Passerelle account.',
        `This link lets you choose a new one; it works once, for ${hours === 1 ? 'one hour' : `${hours} hours`}.`,
        'If you did not ask for it, ignore this message: your password stays as it is.',
      ],
      action: 'Choose a password',
    },
  };
  const text = texts[language];
  return composeEmail(language, recipientName, text.title, text.lines, { label: text.action, url }, TEAM_SIGNATURE[language]);
}

export interface InvitationEmail {
  recipientName: string;
  /** The organisation the account belongs to, if any. */
  organisationName: string | null;
  url: string;
  days: number;
}

/** Staff invite a person: the link to choose their password and sign in. */
export function renderInvitationEmail(language: Language, invitation: InvitationEmail): RenderedEmail {
  const organisation = invitation.organisationName?.trim() || null;
  const { days } = invitation;
  const texts: Record<Language, { title: string; lines: string[]; action: string }> = {
    fr: {
      title: 'Invitation à rejoindre Passerelle',
      lines: [
        `L’équipe du cluster vous invite sur Passerelle, sa plateforme d’innovation qui met en relation industriels et chercheurs${organisation ? `, au titre de ${organisation}` : ''}.`,
        `Votre compte est prêt\u00a0: choisissez votre mot de passe avec ce lien, valable ${days} jours et utilisable une seule fois.`,
      ],
      action: 'Choisir mon mot de passe',
    },
    ar: {
      title: 'دعوة للانضمام إلى منصة Passerelle',
      lines: [
        `يدعوكم فريق التجمع إلى منصة Passerelle، منصة الابتكار التي تربط الصناعيين بالباحثين${organisation ? `، باسم ${insert(organisation, 'ar')}` : ''}.`,
        `حسابكم جاهز: اختاروا كلمة المرور عبر هذا الرابط، الصالح لمدة ${days} أيام ولاستعمال واحد فقط.`,
      ],
      action: 'اختيار كلمة المرور',
    },
    en: {
      title: 'Your invitation to Passerelle',
      lines: [
        `The cluster team invites you to Passerelle, its innovation platform where industrials and researchers meet${organisation ? `, for ${organisation}` : ''}.`,
        `Your account is ready: choose your password with this link, which works once, for ${days} days.`,
      ],
      action: 'Choose my password',
    },
  };
  const text = texts[language];
  return composeEmail(language, invitation.recipientName, text.title, text.lines, { label: text.action, url: invitation.url }, TEAM_SIGNATURE[language]);
}

/** Staff approved a sign-up: the account is open, with the link to sign in. */
export function renderApprovalEmail(language: Language, recipientName: string, url: string): RenderedEmail {
  const texts: Record<Language, { title: string; lines: string[]; action: string }> = {
    fr: {
      title: 'Votre compte Passerelle est ouvert',
      lines: ['L’équipe du cluster a approuvé votre inscription.', 'Vous pouvez vous connecter avec l’e-mail et le mot de passe choisis à l’inscription.'],
      action: 'Se connecter',
    },
    ar: {
      title: 'تم فتح حسابكم في منصة Passerelle',
      lines: ['وافق فريق التجمع على تسجيلكم.', 'يمكنكم الآن تسجيل الدخول بالبريد الإلكتروني وكلمة المرور اللذين اخترتموهما عند التسجيل.'],
      action: 'تسجيل الدخول',
    },
    en: {
      title: 'Your Passerelle account is open',
      lines: ['The cluster team approved your sign-up.', 'You can now sign in with the e-mail and password you chose when signing up.'],
      action: 'Sign in',
    },
  };
  const text = texts[language];
  return composeEmail(language, recipientName, text.title, text.lines, { label: text.action, url }, TEAM_SIGNATURE[language]);
}

/** Staff refused a sign-up: the person is told why, and that the account will not open. */
export function renderRefusalEmail(language: Language, recipientName: string, reason: string): RenderedEmail {
  const texts: Record<Language, { title: string; lines: string[] }> = {
    fr: {
      title: 'Votre inscription à Passerelle n’a pas été acceptée',
      lines: [
        'L’équipe du cluster a examiné votre inscription et ne l’a pas acceptée.',
        `Raison donnée : ${reason}`,
        'Pour toute question, vous pouvez contacter l’équipe du cluster.',
      ],
    },
    ar: {
      title: 'لم يقبل تسجيلكم في منصة Passerelle',
      lines: ['درس فريق التجمع طلب تسجيلكم ولم يقبله.', `السبب المذكور: ${insert(reason, 'ar')}`, 'لأي استفسار، يمكنكم التواصل مع فريق التجمع.'],
    },
    en: {
      title: 'Your Passerelle sign-up was not accepted',
      lines: ['The cluster team reviewed your sign-up and did not accept it.', `Reason given: ${reason}`, 'For any question, you can contact the cluster team.'],
    },
  };
  const text = texts[language];
  return composeEmail(language, recipientName, text.title, text.lines, null, TEAM_SIGNATURE[language]);
}
