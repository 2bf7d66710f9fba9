import { Language } from '../common/i18n-messages';

/** A code's reading in each language. */
export type Labels = Record<string, Record<Language, string>>;

/** The same words as the web client's catalogues, so a spreadsheet reads like the pages. */
export const MATCH_STATUS: Labels = {
  SUGGESTED: { fr: 'Suggérée', ar: 'مقترحة', en: 'Suggested' },
  SHORTLISTED: { fr: 'Présélectionnée', ar: 'في القائمة المختصرة', en: 'Shortlisted' },
  PROPOSED: { fr: 'Proposée', ar: 'معروضة', en: 'Proposed' },
  DECLINED: { fr: 'Déclinée', ar: 'مرفوضة', en: 'Declined' },
  INTRODUCED: { fr: 'Mise en relation', ar: 'تم التعارف', en: 'Introduced' },
  COLLABORATING: { fr: 'Collaboration', ar: 'تعاون جارٍ', en: 'Collaborating' },
  CLOSED: { fr: 'Clôturée', ar: 'مغلقة', en: 'Closed' },
};

export const SECTOR: Labels = {
  AGRIFOOD: { fr: 'Agroalimentaire', ar: 'الصناعات الغذائية', en: 'Agri-food' },
  COSMETICS: { fr: 'Cosmétique', ar: 'مستحضرات التجميل', en: 'Cosmetics' },
};

export const ORIGIN: Labels = {
  ENGINE: { fr: 'Moteur de recommandation', ar: 'محرك الاقتراح', en: 'Matching engine' },
  INTEREST: { fr: 'Intérêt d’un chercheur', ar: 'اهتمام باحث', en: 'Researcher’s interest' },
  INTRODUCTION_REQUEST: { fr: 'Demande de mise en relation', ar: 'طلب ربط', en: 'Introduction request' },
  STAFF: { fr: 'Choix de l’équipe', ar: 'اختيار الفريق', en: 'Picked by staff' },
};

export const ANSWER: Labels = {
  PENDING: { fr: 'En attente', ar: 'في الانتظار', en: 'Pending' },
  INTERESTED: { fr: 'Intéressé', ar: 'مهتم', en: 'Interested' },
  DECLINED: { fr: 'Décliné', ar: 'رافض', en: 'Declined' },
};

export const DECLINE_REASON: Labels = {
  NOT_RIGHT_EXPERTISE: { fr: 'Expertise non adaptée', ar: 'الخبرة غير ملائمة', en: 'Not the right expertise' },
  TOO_EARLY_STAGE: { fr: 'Projet trop précoce', ar: 'المشروع في مرحلة مبكرة جدا', en: 'Too early stage' },
  NO_CAPACITY: { fr: 'Pas de disponibilité', ar: 'لا تتوفر القدرة حاليا', en: 'No capacity' },
  BUDGET: { fr: 'Budget', ar: 'الميزانية', en: 'Budget' },
  CONFIDENTIALITY: { fr: 'Confidentialité', ar: 'السرية', en: 'Confidentiality' },
  OTHER: { fr: 'Autre raison', ar: 'سبب آخر', en: 'Other reason' },
};

export const OUTCOME: Labels = {
  SUCCESS: { fr: 'Réussite', ar: 'نجاح', en: 'Success' },
  ABANDONED: { fr: 'Abandon', ar: 'تخلٍّ', en: 'Abandoned' },
  NOT_PURSUED: { fr: 'Sans suite', ar: 'دون متابعة', en: 'Not pursued' },
};

export const NEED_STATUS: Labels = {
  DRAFT: { fr: 'Brouillon', ar: 'مسودة', en: 'Draft' },
  OPEN: { fr: 'Ouvert', ar: 'مفتوح', en: 'Open' },
  IN_PROGRESS: { fr: 'En cours', ar: 'قيد الإنجاز', en: 'In progress' },
  CLOSED: { fr: 'Clos', ar: 'مغلق', en: 'Closed' },
};

export const VISIBILITY: Labels = {
  PUBLIC: { fr: 'Public', ar: 'عام', en: 'Public' },
  MEMBERS: { fr: 'Membres', ar: 'الأعضاء', en: 'Members' },
  STAFF_ONLY: { fr: 'Équipe uniquement', ar: 'الفريق فقط', en: 'Staff only' },
};

export const LANGUAGE: Labels = {
  fr: { fr: 'Français', ar: 'الفرنسية', en: 'French' },
  ar: { fr: 'Arabe', ar: 'العربية', en: 'Arabic' },
  en: { fr: 'Anglais', ar: 'الإنجليزية', en: 'English' },
};

export const YES_NO: Labels = {
  true: { fr: 'Oui', ar: 'نعم', en: 'Yes' },
  false: { fr: 'Non', ar: 'لا', en: 'No' },
};

/** Column headings. A code column is "<heading> (code)", a timestamp "<heading> (UTC)"; their readable twins carry the heading alone. */
export const HEADINGS: Labels = {
  id: { fr: 'Identifiant', ar: 'المعرف', en: 'Id' },
  need: { fr: 'Besoin', ar: 'الاحتياج', en: 'Need' },
  title: { fr: 'Titre', ar: 'العنوان', en: 'Title' },
  sector: { fr: 'Secteur', ar: 'القطاع', en: 'Sector' },
  organisation: { fr: 'Organisation', ar: 'المؤسسة', en: 'Organisation' },
  researcher: { fr: 'Chercheur', ar: 'الباحث', en: 'Researcher' },
  lab: { fr: 'Laboratoire', ar: 'المختبر', en: 'Lab' },
  status: { fr: 'Statut', ar: 'الحالة', en: 'Status' },
  origin: { fr: 'Origine', ar: 'المصدر', en: 'Origin' },
  score: { fr: 'Score', ar: 'النقطة', en: 'Score' },
  owner: { fr: 'Suivi par', ar: 'يتابعها', en: 'Followed by' },
  industrial_answer: { fr: 'Réponse de l’industriel', ar: 'رد الصناعي', en: 'Industrial’s answer' },
  industrial_reason: { fr: 'Motif de l’industriel', ar: 'سبب الصناعي', en: 'Industrial’s reason' },
  researcher_answer: { fr: 'Réponse du chercheur', ar: 'رد الباحث', en: 'Researcher’s answer' },
  researcher_reason: { fr: 'Motif du chercheur', ar: 'سبب الباحث', en: 'Researcher’s reason' },
  created_at: { fr: 'Créé le', ar: 'تاريخ الإنشاء', en: 'Created' },
  proposed_at: { fr: 'Proposée le', ar: 'تاريخ العرض', en: 'Proposed' },
  introduced_at: { fr: 'Mise en relation le', ar: 'تاريخ التعارف', en: 'Introduced' },
  collaboration_started_at: { fr: 'Collaboration depuis le', ar: 'بداية التعاون', en: 'Collaboration started' },
  closed_at: { fr: 'Clôturée le', ar: 'تاريخ الإغلاق', en: 'Closed' },
  archived_at: { fr: 'Archivé le', ar: 'تاريخ الأرشفة', en: 'Archived' },
  outcome: { fr: 'Issue', ar: 'النتيجة', en: 'Outcome' },
  collaboration: { fr: 'Collaboration', ar: 'التعاون', en: 'Collaboration' },
  language: { fr: 'Langue', ar: 'اللغة', en: 'Language' },
  visibility: { fr: 'Visibilité', ar: 'الظهور', en: 'Visibility' },
  anonymous: { fr: 'Anonyme', ar: 'مجهول الهوية', en: 'Anonymous' },
  trl_current: { fr: 'TRL actuel', ar: 'مستوى النضج الحالي (TRL)', en: 'Current TRL' },
  trl_target: { fr: 'TRL visé', ar: 'مستوى النضج المستهدف (TRL)', en: 'Target TRL' },
  budget_min_mad: { fr: 'Budget minimum (MAD)', ar: 'الميزانية الدنيا (درهم)', en: 'Minimum budget (MAD)' },
  budget_max_mad: { fr: 'Budget maximum (MAD)', ar: 'الميزانية القصوى (درهم)', en: 'Maximum budget (MAD)' },
  deadline: { fr: 'Échéance (AAAA-MM-JJ)', ar: 'الأجل (YYYY-MM-DD)', en: 'Deadline (YYYY-MM-DD)' },
  matches: { fr: 'Pistes', ar: 'الاقتراحات', en: 'Matches' },
  proposed: { fr: 'Proposées', ar: 'المعروضة', en: 'Proposed' },
  introduced: { fr: 'Mises en relation', ar: 'حالات التعارف', en: 'Introduced' },
  collaborations: { fr: 'Collaborations', ar: 'التعاونات', en: 'Collaborations' },
};

export const CODE_SUFFIX: Record<Language, string> = { fr: ' (code)', ar: ' (رمز)', en: ' (code)' };
export const UTC_SUFFIX: Record<Language, string> = { fr: ' (UTC)', ar: ' (UTC)', en: ' (UTC)' };
