export type Language = 'fr' | 'ar' | 'en';
export const LANGUAGES: Language[] = ['fr', 'ar', 'en'];

type Templates = Record<Language, string>;

/** Every message a person may read in an error, in the three languages of the cluster. */
const MESSAGES: Record<string, Templates> = {
  invalidInput: {
    fr: 'Saisie invalide : {details}',
    ar: 'إدخال غير صالح: {details}',
    en: 'Invalid input: {details}',
  },
  notFound: {
    fr: 'Introuvable : {entity} {id}',
    ar: 'غير موجود: {entity} {id}',
    en: 'Not found: {entity} {id}',
  },
  forbidden: {
    fr: "Vous n'avez pas le droit de faire cela",
    ar: 'غير مسموح لك بهذا الإجراء',
    en: 'You are not allowed to do this',
  },
  forbiddenOtherOrganisation: {
    fr: "Vous ne pouvez modifier que ce qui appartient à votre organisation",
    ar: 'لا يمكنك تعديل إلا ما يخص مؤسستك',
    en: "You can only change your own organisation's records",
  },
  forbiddenRole: {
    fr: 'Cette action est réservée aux rôles : {roles}',
    ar: 'هذا الإجراء مخصص للأدوار: {roles}',
    en: 'This action is reserved for: {roles}',
  },
  unauthenticated: {
    fr: 'Connectez-vous pour continuer',
    ar: 'يرجى تسجيل الدخول للمتابعة',
    en: 'Please sign in to continue',
  },
  invalidCredentials: {
    fr: 'E-mail ou mot de passe incorrect',
    ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة',
    en: 'Wrong e-mail or password',
  },
  accountPending: {
    fr: "Votre compte attend la validation de l'équipe du cluster",
    ar: 'حسابك في انتظار موافقة فريق التجمع',
    en: 'Your account is awaiting approval by the cluster staff',
  },
  accountSuspended: {
    fr: 'Votre compte est suspendu',
    ar: 'حسابك معلق',
    en: 'Your account is suspended',
  },
  invalidRefreshToken: {
    fr: 'Session expirée, reconnectez-vous',
    ar: 'انتهت الجلسة، يرجى تسجيل الدخول من جديد',
    en: 'Session expired, please sign in again',
  },
  rateLimited: {
    fr: 'Trop de tentatives de connexion échouées ; réessayez dans {minutes} min',
    ar: 'محاولات دخول فاشلة كثيرة؛ حاول مجددا بعد {minutes} دقيقة',
    en: 'Too many failed sign-ins; try again in {minutes} min',
  },
  nameTaken: { fr: 'ce nom est déjà pris', ar: 'هذا الاسم مستعمل من قبل', en: 'this name is already taken' },
  databaseUnavailable: {
    fr: 'Le service est momentanément indisponible, réessayez dans un instant',
    ar: 'الخدمة غير متاحة مؤقتا، حاول بعد لحظات',
    en: 'The service is temporarily unavailable, try again in a moment',
  },
  searchUnavailable: {
    fr: 'La recherche est momentanément indisponible, réessayez dans un instant',
    ar: 'البحث غير متاح مؤقتا، حاول بعد لحظات',
    en: 'Search is temporarily unavailable, try again in a moment',
  },
  conceptCode: { fr: 'doit être un code de concept AGROVOC (c_…)', ar: 'يجب أن يكون رمز مفهوم AGROVOC (c_…)', en: 'must be an AGROVOC concept code (c_…)' },
  emailTaken: { fr: 'cet e-mail est déjà inscrit', ar: 'هذا البريد مسجل من قبل', en: 'this e-mail is already registered' },
  isEmail: { fr: 'doit être une adresse e-mail valide', ar: 'يجب أن يكون بريدا إلكترونيا صالحا', en: 'must be a valid e-mail address' },
  noNulCharacter: { fr: 'contient un caractère nul (U+0000)', ar: 'يحتوي على محرف فارغ (U+0000)', en: 'contains a NUL character (U+0000)' },
  tooManySignUps: {
    fr: 'Trop d’inscriptions depuis cette adresse ; réessayez dans {minutes} min',
    ar: 'تسجيلات كثيرة من هذا العنوان؛ حاول مجددا بعد {minutes} دقيقة',
    en: 'Too many sign-ups from this address; try again in {minutes} min',
  },
  isNotEmpty: { fr: 'est obligatoire', ar: 'حقل إلزامي', en: 'is required' },
  isLength: {
    fr: 'doit contenir entre {0} et {1} caractères',
    ar: 'يجب أن يحتوي بين {0} و{1} حرفا',
    en: 'must be between {0} and {1} characters long',
  },
  minLength: { fr: 'doit contenir au moins {0} caractères', ar: 'يجب ألا يقل عن {0} حرفا', en: 'must be at least {0} characters long' },
  maxLength: { fr: 'doit contenir au plus {0} caractères', ar: 'يجب ألا يزيد عن {0} حرفا', en: 'must be at most {0} characters long' },
  min: { fr: 'doit être au moins {0}', ar: 'يجب ألا يقل عن {0}', en: 'must be at least {0}' },
  max: { fr: 'doit être au plus {0}', ar: 'يجب ألا يزيد عن {0}', en: 'must be at most {0}' },
  isInt: { fr: 'doit être un nombre entier', ar: 'يجب أن يكون عددا صحيحا', en: 'must be a whole number' },
  isUrl: { fr: 'doit être une adresse web (https://…)', ar: 'يجب أن يكون عنوان ويب (https://…)', en: 'must be a web address (https://…)' },
  isIso8601: { fr: 'doit être une date AAAA-MM-JJ', ar: 'يجب أن يكون تاريخا بصيغة YYYY-MM-DD', en: 'must be a date YYYY-MM-DD' },
  isUuid: { fr: 'doit être un identifiant valide', ar: 'يجب أن يكون معرفا صالحا', en: 'must be a valid id' },
  isPhoneNumber: { fr: 'doit être un numéro de téléphone', ar: 'يجب أن يكون رقم هاتف', en: 'must be a phone number' },
  arrayMaxSize: { fr: 'contient plus de {0} éléments', ar: 'يحتوي على أكثر من {0} عنصر', en: 'has more than {0} items' },
  arrayMinSize: { fr: 'doit contenir au moins {0} élément(s)', ar: 'يجب أن يحتوي على {0} عنصر على الأقل', en: 'must have at least {0} item(s)' },
  arrayUnique: { fr: 'contient des doublons', ar: 'يحتوي على عناصر مكررة', en: 'contains duplicates' },
  isDoi: { fr: 'doit être un DOI (10.xxxx/…)', ar: 'يجب أن يكون معرف DOI (10.xxxx/…)', en: 'must be a DOI (10.xxxx/…)' },
  notBlank: { fr: 'ne peut pas être vide', ar: 'لا يمكن أن يكون فارغا', en: 'cannot be blank' },
  trlOrder: {
    fr: 'le TRL visé doit être supérieur ou égal au TRL actuel',
    ar: 'يجب أن يكون مستوى الجاهزية المستهدف أكبر من المستوى الحالي أو مساويا له',
    en: 'the target TRL must be greater than or equal to the current TRL',
  },
  trlRange: {
    fr: 'le TRL maximal doit être supérieur ou égal au TRL minimal',
    ar: 'يجب أن يكون أقصى مستوى جاهزية أكبر من الأدنى أو مساويا له',
    en: 'the maximum TRL must be greater than or equal to the minimum TRL',
  },
  budgetOrder: {
    fr: 'le budget maximal doit être supérieur ou égal au budget minimal',
    ar: 'يجب أن تكون الميزانية القصوى أكبر من الدنيا أو مساوية لها',
    en: 'the maximum budget must be greater than or equal to the minimum budget',
  },
  deadlineInPast: { fr: 'la date limite est déjà passée', ar: 'الموعد النهائي قد مضى', en: 'the deadline is already past' },
  yearRange: { fr: "doit être une année entre {0} et {1}", ar: 'يجب أن تكون سنة بين {0} و{1}', en: 'must be a year between {0} and {1}' },
  organisationRequired: {
    fr: 'une organisation est requise pour ce rôle',
    ar: 'المؤسسة مطلوبة لهذا الدور',
    en: 'an organisation is required for this role',
  },
  organisationKindMismatch: {
    fr: "ce type d'organisation ne convient pas à ce rôle",
    ar: 'نوع المؤسسة لا يناسب هذا الدور',
    en: 'this kind of organisation does not fit this role',
  },
  roleNotSelfAssignable: {
    fr: "ce rôle ne peut pas être choisi à l'inscription",
    ar: 'لا يمكن اختيار هذا الدور عند التسجيل',
    en: 'this role cannot be chosen at sign-up',
  },
  invalidCursor: { fr: 'curseur de pagination invalide', ar: 'مؤشر ترقيم غير صالح', en: 'invalid pagination cursor' },
  firstRange: { fr: 'doit être entre 1 et {0}', ar: 'يجب أن يكون بين 1 و{0}', en: 'must be between 1 and {0}' },
  notAllowedField: { fr: "n'est pas un champ autorisé", ar: 'ليس حقلا مسموحا به', en: 'is not an allowed field' },
  statusTransition: {
    fr: 'passage de {from} à {to} impossible',
    ar: 'لا يمكن الانتقال من {from} إلى {to}',
    en: 'cannot go from {from} to {to}',
  },
  invalid: { fr: 'valeur invalide', ar: 'قيمة غير صالحة', en: 'invalid value' },
  // accounts (password reset, invitations, password change)
  invalidToken: {
    fr: "ce lien n'est plus valide (expiré ou déjà utilisé) ; demandez-en un nouveau",
    ar: 'هذا الرابط لم يعد صالحا (انتهت صلاحيته أو سبق استعماله)؛ اطلب رابطا جديدا',
    en: 'this link is no longer valid (expired or already used); ask for a new one',
  },
  accountHasPassword: {
    fr: 'ce compte a déjà un mot de passe ; la personne peut utiliser « mot de passe oublié »',
    ar: 'لهذا الحساب كلمة مرور من قبل؛ يمكن لصاحبه استعمال «نسيت كلمة المرور»',
    en: 'this account already has a password; they can use "forgot password"',
  },
  accountNotActive: { fr: "ce compte n'est pas actif ({status})", ar: 'هذا الحساب غير نشط ({status})', en: 'this account is not active ({status})' },
  roleNotInvitable: {
    fr: "seuls un industriel, un chercheur ou (par un administrateur) un membre de l'équipe peuvent être invités",
    ar: 'لا تمكن دعوة إلا صناعي أو باحث أو (من طرف مسؤول) عضو في فريق التجمع',
    en: 'only an industrial, a researcher or (by an admin) a staff member can be invited',
  },
  wrongPassword: { fr: 'mot de passe actuel incorrect', ar: 'كلمة المرور الحالية غير صحيحة', en: 'wrong current password' },
  // members administration
  forbiddenSelf: {
    fr: 'Vous ne pouvez pas changer le rôle ni suspendre votre propre compte',
    ar: 'لا يمكنك تغيير دور حسابك ولا تعليقه بنفسك',
    en: 'You cannot change the role of, or suspend, your own account',
  },
  lastActiveAdmin: {
    fr: 'il doit rester au moins un administrateur actif',
    ar: 'يجب أن يبقى مسؤول نشط واحد على الأقل',
    en: 'at least one active admin must remain',
  },
  roleUnchanged: { fr: 'la personne a déjà ce rôle', ar: 'لهذا الشخص هذا الدور من قبل', en: 'the person already has this role' },
  auditSubjectType: { fr: 'doit être un type de fiche (USER, ORGANISATION…)', ar: 'يجب أن يكون نوع سجل (USER، ORGANISATION…)', en: 'must be a record type (USER, ORGANISATION…)' },
  // brokering
  matchTransition: {
    fr: "action {event} impossible sur une mise en relation au statut {status}",
    ar: 'لا يمكن تنفيذ {event} على ربط في حالة {status}',
    en: 'cannot {event} a match that is {status}',
  },
  matchAlreadyAnswered: { fr: 'ce côté ({side}) a déjà répondu', ar: 'هذا الطرف ({side}) أجاب من قبل', en: 'this side ({side}) has already answered' },
  matchOutcomeNotAllowed: {
    fr: "l'issue {outcome} n'est pas possible au statut {status} (possibles : {allowed})",
    ar: 'النتيجة {outcome} غير ممكنة في الحالة {status} (الممكن: {allowed})',
    en: 'outcome {outcome} is not possible when {status} (possible: {allowed})',
  },
  matchChanged: {
    fr: "cette mise en relation a changé entre-temps (version {version}) ; rechargez-la",
    ar: 'تغير هذا الربط في الأثناء (النسخة {version})؛ أعد تحميله',
    en: 'this match changed in the meantime (version {version}); reload it',
  },
  matchExists: {
    fr: 'une mise en relation existe déjà pour ce besoin et ce chercheur (statut {status})',
    ar: 'يوجد ربط من قبل لهذه الحاجة وهذا الباحث (الحالة {status})',
    en: 'a match already exists for this need and researcher (status {status})',
  },
  declineReasonRequired: { fr: 'choisissez une raison pour décliner', ar: 'اختر سببا للرفض', en: 'pick a reason for declining' },
  reasonOnlyWhenDeclining: { fr: "une raison ne s'indique qu'en déclinant", ar: 'يذكر السبب عند الرفض فقط', en: 'a reason is given only when declining' },
  otherReasonNeedsNote: { fr: 'précisez la raison « autre » dans la note', ar: 'وضح السبب «آخر» في الملاحظة', en: 'explain the "other" reason in the note' },
  answerValue: { fr: 'doit être INTERESTED ou DECLINED', ar: 'يجب أن يكون INTERESTED أو DECLINED', en: 'must be INTERESTED or DECLINED' },
  abandonedNeedsWhy: { fr: "dites pourquoi la collaboration est abandonnée", ar: 'اذكر سبب التخلي عن التعاون', en: 'say why it was abandoned' },
  forbiddenOtherSide: {
    fr: "vous ne pouvez répondre que pour votre côté",
    ar: 'لا يمكنك الإجابة إلا عن طرفك',
    en: 'you can only answer for your own side',
  },
  ownerMustBeStaff: { fr: "doit être un membre actif de l'équipe du cluster", ar: 'يجب أن يكون عضوا نشطا في فريق التجمع', en: 'must be an active member of the cluster staff' },
  profileRequired: { fr: "créez d'abord votre profil d'expertise", ar: 'أنشئ ملف خبرتك أولا', en: 'create your expertise profile first' },
  needNotOpen: { fr: "ce besoin n'est pas ouvert", ar: 'هذه الحاجة غير مفتوحة', en: 'this need is not open' },
  interestExists: {
    fr: "Vous avez déjà manifesté votre intérêt pour ce besoin",
    ar: 'سبق أن أبديت اهتمامك بهذه الحاجة',
    en: 'You have already expressed interest in this need',
  },
  introductionRequested: {
    fr: 'une mise en relation avec cet expert est déjà demandée pour ce besoin',
    ar: 'سبق طلب ربط الاتصال مع هذا الخبير لهذه الحاجة',
    en: 'an introduction to this expert is already requested for this need',
  },
  introductionAlreadyProposed: {
    fr: 'cette mise en relation vous est déjà proposée : répondez-y dans vos mises en relation',
    ar: 'هذا الربط مقترح عليكم من قبل: أجيبوا عنه في قائمة اقتراحات الربط',
    en: 'this introduction is already proposed to you: answer it in your matches',
  },
  interestHandled: { fr: 'cette demande est déjà traitée ({status})', ar: 'تمت معالجة هذا الطلب من قبل ({status})', en: 'this request was already handled ({status})' },
  milestoneBeforeStart: { fr: 'ne peut pas précéder le début ({startDate})', ar: 'لا يمكن أن يسبق البداية ({startDate})', en: 'cannot be before the start ({startDate})' },
  bookingOrder: { fr: 'la fin doit suivre ou égaler le début', ar: 'يجب أن تكون النهاية بعد البداية أو مساوية لها', en: 'the end must be on or after the start' },
  periodOrder: { fr: 'la fin de la période précède son début', ar: 'نهاية الفترة تسبق بدايتها', en: 'the period ends before it starts' },
  equipmentBooked: {
    fr: 'équipement déjà réservé sur ces dates : {equipment}',
    ar: 'معدات محجوزة من قبل في هذه التواريخ: {equipment}',
    en: 'equipment already booked on these dates: {equipment}',
  },
  // technology hall (hall/)
  hallBookingClash: {
    fr: '« {equipment} » est déjà réservé ou demandé du {from} au {to} : choisissez d’autres jours',
    ar: '«{equipment}» محجوز أو مطلوب من قبل من {from} إلى {to}: اختاروا أياما أخرى',
    en: '“{equipment}” is already booked or requested from {from} to {to}: choose other days',
  },
  hallMaintenanceClash: {
    fr: '« {equipment} » est en maintenance du {from} au {to} : choisissez d’autres jours',
    ar: '«{equipment}» في الصيانة من {from} إلى {to}: اختاروا أياما أخرى',
    en: '“{equipment}” is under maintenance from {from} to {to}: choose other days',
  },
  hallMaintenanceOverBooking: {
    fr: 'une réservation ou une demande occupe déjà « {equipment} » du {from} au {to} : déplacez-la, refusez-la ou annulez-la d’abord',
    ar: 'يوجد حجز أو طلب لـ«{equipment}» من {from} إلى {to}: غيّروا موعده أو ارفضوه أو ألغوه أولا',
    en: 'a booking or request already holds “{equipment}” from {from} to {to}: move, refuse or cancel it first',
  },
  hallDayInPast: { fr: 'ne peut pas être un jour passé', ar: 'لا يمكن أن يكون يوما مضى', en: 'cannot be a day in the past' },
  hallTooLong: { fr: 'au plus {days} jours', ar: 'لا يتجاوز {days} يوما', en: 'at most {days} days' },
  hallEquipmentArchived: { fr: 'cet équipement ne figure plus au catalogue', ar: 'هذه المعدات لم تعد ضمن القائمة', en: 'this equipment is no longer in the catalogue' },
  hallEquipmentNameTaken: { fr: 'un équipement du catalogue porte déjà ce nom', ar: 'توجد في القائمة معدات بهذا الاسم', en: 'an equipment of the catalogue already has this name' },
  hallBookingNotPending: { fr: 'cette demande a déjà été traitée', ar: 'تمت معالجة هذا الطلب من قبل', en: 'this request was already handled' },
  hallBookingClosed: { fr: 'cette réservation est refusée ou annulée', ar: 'هذا الحجز مرفوض أو ملغى', en: 'this booking is refused or cancelled' },
  hallBookingPast: { fr: 'cette réservation est déjà passée', ar: 'هذا الحجز انقضى', en: 'this booking is already over' },
  hallNotYourCollaboration: { fr: 'vous ne participez pas à cette collaboration', ar: 'لست طرفا في هذا التعاون', en: 'you are not a party to this collaboration' },
  hallStaffOnlyField: { fr: 'réservé à l’équipe du cluster', ar: 'مخصص لفريق التجمع', en: 'for the cluster staff only' },
  hallRangeTooLong: { fr: 'la période dépasse {days} jours', ar: 'الفترة تتجاوز {days} يوما', en: 'the period is longer than {days} days' },
  // notifications
  // imports
  importFileTooLarge: { fr: 'le fichier dépasse {max}', ar: 'الملف يتجاوز {max}', en: 'the file is larger than {max}' },
  importTooManyRows: { fr: 'le fichier dépasse {max} lignes', ar: 'الملف يتجاوز {max} سطر', en: 'the file has more than {max} rows' },
  importEmptyFile: { fr: 'le fichier ne contient aucune ligne de données', ar: 'الملف لا يحتوي على أي سطر بيانات', en: 'the file has no data rows' },
  importMalformedCsv: {
    fr: 'fichier CSV illisible vers la ligne {line} (guillemet mal fermé ?)',
    ar: 'ملف CSV غير مقروء قرب السطر {line} (علامة تنصيص غير مغلقة؟)',
    en: 'unreadable CSV near line {line} (unclosed quote?)',
  },
  importMissingColumns: { fr: 'colonnes obligatoires absentes : {columns}', ar: 'أعمدة إلزامية غير موجودة: {columns}', en: 'missing required columns: {columns}' },
  importDuplicateColumn: { fr: 'la colonne {column} apparaît deux fois', ar: 'العمود {column} مكرر', en: 'the column {column} appears twice' },
  importUnknownColumn: { fr: 'colonne inconnue, ignorée', ar: 'عمود غير معروف، تم تجاهله', en: 'unknown column, ignored' },
  importTooManyCells: {
    fr: "la ligne a plus de cellules que l'en-tête ({count})",
    ar: 'السطر يحتوي على خلايا أكثر من رأس الجدول ({count})',
    en: 'the row has more cells than the header ({count})',
  },
  importOneOf: { fr: "doit être l'une des valeurs : {values}", ar: 'يجب أن تكون إحدى القيم: {values}', en: 'must be one of: {values}' },
  importStaffRole: {
    fr: 'les comptes STAFF et ADMIN ne peuvent pas être importés',
    ar: 'لا يمكن استيراد حسابات STAFF و ADMIN',
    en: 'STAFF and ADMIN accounts cannot be imported',
  },
  importDuplicateEmail: { fr: 'cet e-mail figure déjà ligne {line}', ar: 'هذا البريد مذكور في السطر {line}', en: 'this e-mail is already on line {line}' },
  importOrganisationConflict: {
    fr: 'diffère de la ligne {line} pour la même organisation',
    ar: 'يختلف عن السطر {line} لنفس المؤسسة',
    en: 'differs from line {line} for the same organisation',
  },
  importEmailInOtherOrganisation: {
    fr: "cet e-mail appartient déjà à un compte d'une autre organisation",
    ar: 'هذا البريد مرتبط بحساب في مؤسسة أخرى',
    en: 'this e-mail already belongs to an account of another organisation',
  },
  importKindDiffers: {
    fr: "l'organisation existante est de type {kind} ; modifiez-le sur sa fiche",
    ar: 'المؤسسة الموجودة من نوع {kind}؛ عدّله في صفحتها',
    en: 'the existing organisation is of kind {kind}; change it on its page',
  },
  importOrganisationArchived: { fr: 'cette organisation est archivée', ar: 'هذه المؤسسة مؤرشفة', en: 'this organisation is archived' },
  importOrganisationAmbiguous: {
    fr: 'plusieurs organisations correspondent à ce nom : {names}',
    ar: 'عدة مؤسسات تطابق هذا الاسم: {names}',
    en: 'several organisations match this name: {names}',
  },
  importRoleKept: {
    fr: 'le compte existant garde son rôle {role} (seul un administrateur change les rôles)',
    ar: 'يحتفظ الحساب الموجود بدوره {role} (المسؤول وحده يغير الأدوار)',
    en: 'the existing account keeps its role {role} (only an admin changes roles)',
  },
  importHasErrors: {
    fr: "{count} ligne(s) en erreur : rien n'a été importé ; corrigez le fichier (voir l'essai à blanc)",
    ar: '{count} سطر(أسطر) بها أخطاء: لم يتم استيراد أي شيء؛ صحح الملف (انظر التجربة)',
    en: '{count} row(s) with errors: nothing was imported; fix the file (see the dry run)',
  },
  idempotencyKeyReused: {
    fr: 'cette clé a déjà servi pour une autre demande ; créez-en une nouvelle',
    ar: 'سبق استعمال هذا المفتاح لطلب آخر؛ أنشئ مفتاحا جديدا',
    en: 'this key was already used for a different request; make a new one',
  },
  idempotencyKeyFormat: {
    fr: 'de 8 à 100 lettres, chiffres, « - » ou « _ »',
    ar: 'من 8 إلى 100 حرف أو رقم أو «-» أو «_»',
    en: '8 to 100 letters, digits, "-" or "_"',
  },
  importConcurrentChange: {
    fr: "les membres ont changé pendant l'import ; relancez-le",
    ar: 'تغيرت بيانات الأعضاء أثناء الاستيراد؛ أعد المحاولة',
    en: 'members changed during the import; run it again',
  },
  backupFailed: {
    fr: "la sauvegarde n'a pas pu être écrite (voir les journaux du serveur)",
    ar: 'تعذر كتابة النسخة الاحتياطية (راجع سجلات الخادم)',
    en: 'the backup could not be written (see the server logs)',
  },
  emailRecentlyErased: {
    fr: "cet e-mail appartenait à un compte supprimé : il pourra resservir à partir du {date}",
    ar: 'كان هذا البريد لحساب محذوف: يمكن استعماله من جديد ابتداء من {date}',
    en: 'this e-mail belonged to a deleted account: it can be used again from {date}',
  },
  deletionAlreadyRequested: {
    fr: 'Une demande de suppression de ce compte est déjà en attente',
    ar: 'يوجد طلب حذف لهذا الحساب قيد الانتظار',
    en: 'A deletion request for this account is already pending',
  },
  deletionRequestNotPending: {
    fr: "Cette demande n'est plus en attente",
    ar: 'هذا الطلب لم يعد قيد الانتظار',
    en: 'This request is no longer pending',
  },
  deletionOwnAccount: {
    fr: "Un autre membre de l'équipe doit traiter la suppression de votre propre compte",
    ar: 'يجب أن يعالج عضو آخر من الفريق حذف حسابك الخاص',
    en: 'Another staff member must carry out the deletion of your own account',
  },
  // Brokerage days (apps/api/src/events)
  eventEndsBeforeStart: { fr: 'doit être le même jour ou après le début', ar: 'يجب أن يكون في يوم البداية أو بعده', en: 'must be on or after the start' },
  eventWindowOrder: { fr: "doit être après l'ouverture des inscriptions", ar: 'يجب أن يكون بعد فتح التسجيل', en: 'must be after registration opens' },
  eventMeetingLengthLocked: { fr: 'supprimez d’abord les sessions pour changer la durée des rendez-vous', ar: 'احذف الجلسات أولا لتغيير مدة المواعيد', en: 'remove the sessions first to change the meeting length' },
  eventSessionTooShort: { fr: 'la session doit contenir au moins un rendez-vous', ar: 'يجب أن تتسع الجلسة لموعد واحد على الأقل', en: 'the session must hold at least one meeting' },
  eventSessionOutsideDays: { fr: "doit tomber pendant les jours de l'événement", ar: 'يجب أن يقع خلال أيام الفعالية', en: "must fall within the event's days" },
  eventTablesMissing: { fr: 'indiquez un nombre de tables ou leurs noms', ar: 'حدد عدد الطاولات أو أسماءها', en: 'give a number of tables or their names' },
  eventStatusChange: { fr: "Impossible de passer l'événement de {from} à {to}", ar: 'لا يمكن نقل الفعالية من {from} إلى {to}', en: 'The event cannot go from {from} to {to}' },
  eventRegistrationClosed: { fr: "Les inscriptions à cet événement ne sont pas ouvertes", ar: 'التسجيل في هذه الفعالية غير مفتوح', en: 'Registration for this event is not open' },
  eventFull: { fr: 'Cet événement est complet', ar: 'هذه الفعالية مكتملة العدد', en: 'This event is full' },
  eventMembersOnly: { fr: "Seuls les industriels et les chercheurs s'inscrivent aux rendez-vous", ar: 'التسجيل في المواعيد مخصص للصناعيين والباحثين', en: 'Only industrials and researchers register for meetings' },
  eventNotRegistered: { fr: "Inscrivez-vous d'abord à cet événement", ar: 'سجل في هذه الفعالية أولا', en: 'Register for this event first' },
  eventClosedForRequests: { fr: "Les demandes de rendez-vous sont closes pour cet événement", ar: 'انتهت طلبات المواعيد لهذه الفعالية', en: 'Meeting requests are closed for this event' },
  eventRequestLimit: { fr: 'Vous avez atteint la limite de {max} demandes pour cet événement', ar: 'بلغت الحد الأقصى وهو {max} طلبات لهذه الفعالية', en: 'You have reached the limit of {max} requests for this event' },
  eventSelfRequest: { fr: 'vous ne pouvez pas vous demander un rendez-vous', ar: 'لا يمكنك طلب موعد مع نفسك', en: 'you cannot request a meeting with yourself' },
  eventMeetingExists: { fr: 'Une demande de rendez-vous existe déjà entre vous ({status})', ar: 'يوجد طلب موعد بينكما بالفعل ({status})', en: 'A meeting request already exists between you ({status})' },
  eventMeetingNotPending: { fr: "Cette demande n'attend plus de réponse ({status})", ar: 'هذا الطلب لم يعد في انتظار رد ({status})', en: 'This request no longer awaits an answer ({status})' },
  eventNoProposal: { fr: "Aucun autre créneau n'a été proposé pour ce rendez-vous", ar: 'لم تُقترح أي فترة أخرى لهذا الموعد', en: 'No other slot was proposed for this meeting' },
  eventMeetingNotAccepted: { fr: "Ce rendez-vous n'est pas accepté ({status})", ar: 'هذا الموعد غير مقبول ({status})', en: 'This meeting is not accepted ({status})' },
  eventSlotUnknown: { fr: "ce créneau n'appartient pas à l'événement", ar: 'هذه الفترة لا تخص الفعالية', en: 'this slot is not part of the event' },
  eventTableUnknown: { fr: "cette table n'appartient pas à l'événement", ar: 'هذه الطاولة لا تخص الفعالية', en: 'this table is not part of the event' },
  eventTableTaken: { fr: 'Cette table est déjà prise sur ce créneau', ar: 'هذه الطاولة محجوزة في هذه الفترة', en: 'This table is already taken in this slot' },
  eventParticipantBusy: { fr: '{name} a déjà un rendez-vous sur ce créneau', ar: 'لدى {name} موعد آخر في هذه الفترة', en: '{name} already has a meeting in this slot' },
  eventParticipantUnavailable: { fr: "{name} n'est pas disponible sur ce créneau", ar: '{name} غير متاح في هذه الفترة', en: '{name} is not available in this slot' },
  eventMeetingNotHeld: { fr: "Marquez d'abord ce rendez-vous comme tenu", ar: 'سجل أولا أن هذا الموعد قد انعقد', en: 'Mark this meeting as held first' },
  eventMeetingHasMatch: { fr: 'Ce rendez-vous a déjà donné une mise en relation', ar: 'سبق أن تحول هذا الموعد إلى عملية ربط', en: 'This meeting already became a match' },
  eventMeetingNotPair: { fr: 'Seul un rendez-vous entre un industriel et un chercheur devient une mise en relation', ar: 'وحده الموعد بين صناعي وباحث يتحول إلى عملية ربط', en: 'Only a meeting between an industrial and a researcher becomes a match' },
  eventNeedNotOfParticipant: { fr: "ce besoin n'est pas celui de l'organisation participante", ar: 'هذا الاحتياج لا يخص المؤسسة المشاركة', en: "this need is not the participating organisation's" },
  glossaryLabelRequired: { fr: 'indiquez au moins un libellé en français, en arabe ou en anglais', ar: 'أدخل تسمية واحدة على الأقل بالفرنسية أو العربية أو الإنجليزية', en: 'give at least one label in French, Arabic or English' },
  glossaryLabelUnusable: { fr: '« {label} » est trop court ou trop courant pour être reconnu dans un texte', ar: '«{label}» قصير جدا أو شائع جدا ليتعرف عليه في نص', en: '"{label}" is too short or too common to be recognised in a text' },
  glossaryLabelTaken: { fr: '« {label} » est déjà un libellé de l’entrée « {entryFr} »', ar: '«{label}» تسمية مستعملة في المدخل «{entryAr}»', en: '"{label}" is already a label of the entry "{entryEn}"' },
  glossaryUnknownConcept: { fr: 'concept inconnu : {code}', ar: 'مفهوم غير معروف: {code}', en: 'unknown concept: {code}' },
  glossaryUnknownCategory: { fr: 'catégorie inconnue (product, by-product, process, cosmetic ou quality)', ar: 'فئة غير معروفة (product أو by-product أو process أو cosmetic أو quality)', en: 'unknown category (product, by-product, process, cosmetic or quality)' },
  glossaryExtendsNoBroader: { fr: 'une entrée qui complète un concept AGROVOC garde ses concepts génériques : pas de concept générique ici', ar: 'المدخل الذي يكمل مفهوما من أغروفوك يحتفظ بمفاهيمه الأعم: لا تحدد مفهوما أعم هنا', en: 'an entry that extends an AGROVOC concept keeps its broader concepts: leave broader empty' },
  glossaryNotEmpty: { fr: 'Le glossaire contient déjà des entrées : le glossaire de départ ne se charge que dans un glossaire vide', ar: 'يحتوي المسرد على مداخل: لا يحمَّل المسرد الأولي إلا في مسرد فارغ', en: 'The glossary already has entries: the starter glossary loads only into an empty glossary' },
  glossaryMergeSame: { fr: 'choisissez une autre entrée que celle à fusionner', ar: 'اختر مدخلا غير المدخل المراد دمجه', en: 'pick an entry other than the one being merged' },
  glossaryEntryNotActive: { fr: "cette entrée n'est plus active", ar: 'هذا المدخل لم يعد نشطا', en: 'this entry is no longer active' },
  glossaryEntryNotRetired: { fr: "cette entrée n'est pas retirée", ar: 'هذا المدخل ليس مسحوبا', en: 'this entry is not retired' },
  glossaryCsvNoLabelColumn: { fr: 'il faut au moins une colonne labels_fr, labels_ar ou labels_en', ar: 'يلزم عمود labels_fr أو labels_ar أو labels_en على الأقل', en: 'the file needs a labels_fr, labels_ar or labels_en column' },
  glossaryCsvBadCode: { fr: 'code invalide « {code} » (minuscules, chiffres et _)', ar: 'رمز غير صالح «{code}» (حروف لاتينية صغيرة وأرقام و_)', en: 'invalid code "{code}" (lower-case letters, digits and _)' },
  glossaryCsvDuplicateCode: { fr: 'le code {code} figure déjà ligne {line}', ar: 'الرمز {code} مذكور في السطر {line}', en: 'code {code} is already on line {line}' },
  glossaryCsvDuplicateLabel: { fr: '« {label} » figure déjà ligne {line}', ar: '«{label}» مذكور في السطر {line}', en: '"{label}" is already on line {line}' },
  eventNoResearcherProfile: { fr: "Le chercheur n'a pas de profil d'expertise", ar: 'ليس للباحث ملف خبرة', en: 'The researcher has no expertise profile' },
};

export function translate(key: string, language: Language, params: Record<string, string | number> = {}): string {
  const templates = MESSAGES[key] ?? MESSAGES.invalid;
  return templates[language].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function hasMessage(key: string): boolean {
  return key in MESSAGES;
}

/** Picks fr, ar or en from an Accept-Language header, French first as the cluster is. */
export function languageFromHeader(header: string | undefined): Language | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if ((LANGUAGES as string[]).includes(tag)) return tag as Language;
  }
  return null;
}
