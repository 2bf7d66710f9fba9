import { Language } from '../common/i18n-messages';

/** A code's reading in each language. */
export type Labels = Record<string, Record<Language, string>>;

/** Readings written as [fr, ar, en], one code a line. */
function labels(words: Record<string, [fr: string, ar: string, en: string]>): Labels {
  return Object.fromEntries(Object.entries(words).map(([code, [fr, ar, en]]) => [code, { fr, ar, en }]));
}

/** The same words as the web client's catalogues, so a spreadsheet reads like the pages. */
export const MATCH_STATUS = labels({
  SUGGESTED: ['Suggérée', 'مقترحة', 'Suggested'],
  SHORTLISTED: ['Présélectionnée', 'في القائمة المختصرة', 'Shortlisted'],
  PROPOSED: ['Proposée', 'معروضة', 'Proposed'],
  DECLINED: ['Déclinée', 'مرفوضة', 'Declined'],
  INTRODUCED: ['Mise en relation', 'تم التعارف', 'Introduced'],
  COLLABORATING: ['Collaboration', 'تعاون جارٍ', 'Collaborating'],
  CLOSED: ['Clôturée', 'مغلقة', 'Closed'],
});

export const SECTOR = labels({
  AGRIFOOD: ['Agroalimentaire', 'الصناعات الغذائية', 'Agri-food'],
  COSMETICS: ['Cosmétique', 'مستحضرات التجميل', 'Cosmetics'],
});

export const ORIGIN = labels({
  ENGINE: ['Moteur de recommandation', 'محرك الاقتراح', 'Matching engine'],
  INTEREST: ['Intérêt d’un chercheur', 'اهتمام باحث', 'Researcher’s interest'],
  INTRODUCTION_REQUEST: ['Demande de mise en relation', 'طلب ربط', 'Introduction request'],
  STAFF: ['Choix de l’équipe', 'اختيار الفريق', 'Picked by staff'],
});

export const ANSWER = labels({
  PENDING: ['En attente', 'في الانتظار', 'Pending'],
  INTERESTED: ['Intéressé', 'مهتم', 'Interested'],
  DECLINED: ['Décliné', 'رافض', 'Declined'],
});

export const DECLINE_REASON = labels({
  NOT_RIGHT_EXPERTISE: ['Expertise non adaptée', 'الخبرة غير ملائمة', 'Not the right expertise'],
  TOO_EARLY_STAGE: ['Projet trop précoce', 'المشروع في مرحلة مبكرة جدا', 'Too early stage'],
  NO_CAPACITY: ['Pas de disponibilité', 'لا تتوفر القدرة حاليا', 'No capacity'],
  BUDGET: ['Budget', 'الميزانية', 'Budget'],
  CONFIDENTIALITY: ['Confidentialité', 'السرية', 'Confidentiality'],
  OTHER: ['Autre raison', 'سبب آخر', 'Other reason'],
});

export const OUTCOME = labels({
  SUCCESS: ['Réussite', 'نجاح', 'Success'],
  ABANDONED: ['Abandon', 'تخلٍّ', 'Abandoned'],
  NOT_PURSUED: ['Sans suite', 'دون متابعة', 'Not pursued'],
});

export const NEED_STATUS = labels({
  DRAFT: ['Brouillon', 'مسودة', 'Draft'],
  OPEN: ['Ouvert', 'مفتوح', 'Open'],
  IN_PROGRESS: ['En cours', 'قيد الإنجاز', 'In progress'],
  CLOSED: ['Clos', 'مغلق', 'Closed'],
});

export const VISIBILITY = labels({
  PUBLIC: ['Public', 'عام', 'Public'],
  MEMBERS: ['Membres', 'الأعضاء', 'Members'],
  STAFF_ONLY: ['Équipe uniquement', 'الفريق فقط', 'Staff only'],
});

export const LANGUAGE = labels({
  fr: ['Français', 'الفرنسية', 'French'],
  ar: ['Arabe', 'العربية', 'Arabic'],
  en: ['Anglais', 'الإنجليزية', 'English'],
});

export const EVENT_STATUS = labels({
  DRAFT: ['Brouillon', 'مسودة', 'Draft'],
  OPEN: ['Ouverte', 'مفتوح', 'Open'],
  CLOSED: ['Inscriptions closes', 'التسجيل مغلق', 'Registration closed'],
  HELD: ['Tenue', 'انعقد', 'Held'],
});

export const YES_NO = labels({
  true: ['Oui', 'نعم', 'Yes'],
  false: ['Non', 'لا', 'No'],
});

/** Column headings. A code column is "<heading> (code)", a timestamp "<heading> (UTC)"; their readable twins carry the heading alone. */
export const HEADINGS = labels({
  id: ['Identifiant', 'المعرف', 'Id'],
  need: ['Besoin', 'الاحتياج', 'Need'],
  title: ['Titre', 'العنوان', 'Title'],
  sector: ['Secteur', 'القطاع', 'Sector'],
  organisation: ['Organisation', 'المؤسسة', 'Organisation'],
  researcher: ['Chercheur', 'الباحث', 'Researcher'],
  lab: ['Laboratoire', 'المختبر', 'Lab'],
  status: ['Statut', 'الحالة', 'Status'],
  origin: ['Origine', 'المصدر', 'Origin'],
  score: ['Score', 'النقطة', 'Score'],
  owner: ['Suivi par', 'يتابعها', 'Followed by'],
  industrial_answer: ['Réponse de l’industriel', 'رد الصناعي', 'Industrial’s answer'],
  industrial_reason: ['Motif de l’industriel', 'سبب الصناعي', 'Industrial’s reason'],
  researcher_answer: ['Réponse du chercheur', 'رد الباحث', 'Researcher’s answer'],
  researcher_reason: ['Motif du chercheur', 'سبب الباحث', 'Researcher’s reason'],
  created_at: ['Créé le', 'تاريخ الإنشاء', 'Created'],
  proposed_at: ['Proposée le', 'تاريخ العرض', 'Proposed'],
  introduced_at: ['Mise en relation le', 'تاريخ التعارف', 'Introduced'],
  collaboration_started_at: ['Collaboration depuis le', 'بداية التعاون', 'Collaboration started'],
  closed_at: ['Clôturée le', 'تاريخ الإغلاق', 'Closed'],
  archived_at: ['Archivé le', 'تاريخ الأرشفة', 'Archived'],
  outcome: ['Issue', 'النتيجة', 'Outcome'],
  collaboration: ['Collaboration', 'التعاون', 'Collaboration'],
  language: ['Langue', 'اللغة', 'Language'],
  visibility: ['Visibilité', 'الظهور', 'Visibility'],
  anonymous: ['Anonyme', 'مجهول الهوية', 'Anonymous'],
  trl_current: ['TRL actuel', 'مستوى النضج الحالي (TRL)', 'Current TRL'],
  trl_target: ['TRL visé', 'مستوى النضج المستهدف (TRL)', 'Target TRL'],
  budget_min_mad: ['Budget minimum (MAD)', 'الميزانية الدنيا (درهم)', 'Minimum budget (MAD)'],
  budget_max_mad: ['Budget maximum (MAD)', 'الميزانية القصوى (درهم)', 'Maximum budget (MAD)'],
  deadline: ['Échéance (AAAA-MM-JJ)', 'الأجل (YYYY-MM-DD)', 'Deadline (YYYY-MM-DD)'],
  matches: ['Pistes', 'الاقتراحات', 'Matches'],
  proposed: ['Proposées', 'المعروضة', 'Proposed'],
  introduced: ['Mises en relation', 'حالات التعارف', 'Introduced'],
  collaborations: ['Collaborations', 'التعاونات', 'Collaborations'],
  event: ['Journée d’affaires', 'يوم الأعمال', 'Brokerage day'],
  starts_on: ['Premier jour (AAAA-MM-JJ)', 'اليوم الأول (YYYY-MM-DD)', 'First day (YYYY-MM-DD)'],
  ends_on: ['Dernier jour (AAAA-MM-JJ)', 'اليوم الأخير (YYYY-MM-DD)', 'Last day (YYYY-MM-DD)'],
  registrations: ['Inscriptions', 'التسجيلات', 'Registrations'],
  requests: ['Demandes de rendez-vous', 'طلبات المواعيد', 'Meeting requests'],
  accepted: ['Acceptées', 'المقبولة', 'Accepted'],
  declined: ['Déclinées', 'المرفوضة', 'Declined'],
  expired: ['Expirées', 'المنتهية', 'Expired'],
  scheduled: ['Planifiés', 'المجدولة', 'Scheduled'],
  held: ['Tenus', 'المنعقدة', 'Held'],
  no_shows: ['Absences', 'الغيابات', 'No-shows'],
});

export const CODE_SUFFIX: Record<Language, string> = { fr: ' (code)', ar: ' (رمز)', en: ' (code)' };
export const UTC_SUFFIX: Record<Language, string> = { fr: ' (UTC)', ar: ' (UTC)', en: ' (UTC)' };
