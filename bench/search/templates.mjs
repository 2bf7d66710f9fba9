// Sentence templates for need-like and profile-like documents in French, Arabic and English.
// Slots: {c} primary concept label, {c2} secondary concept label, {f1} {f2} other thesaurus
// labels (filler), {goal}, {tech} {tech2}, {equip}, {org}, {city}, {n}, {m}.
// The generic words here must not contain any topic concept's terms: corpus.mjs checks this and
// drops the topic concepts that collide, so that the ground truth stays clean.

export const TEMPLATES = {
  fr: {
    needTitles: [
      '{c} : recherche d’un partenaire pour {goal}',
      'Projet {c} — {goal}',
      'Besoin d’expertise sur {c} : {goal}',
      '{c} et {c2} : {goal}',
      'Accompagnement technique autour de {c}',
      'Comment {goal} ? Cas de {c}',
    ],
    needSentences: [
      '{org} transforme {c} près de {city} et souhaite {goal}.',
      'Nous cherchons un laboratoire capable de nous accompagner sur {c}, avec des essais à l’échelle pilote.',
      'Le procédé actuel présente des écarts de qualité importants d’un lot à l’autre.',
      'Le projet porte aussi sur {c2}.',
      'Budget indicatif : {n}0 000 MAD, démarrage souhaité dans {m} mois.',
      'Les essais pourront se dérouler dans la halle technologique du cluster.',
      'Des compétences en {f1} et en {f2} seraient un atout.',
      'Nos clients à l’export demandent des analyses régulières et une documentation complète.',
      'Nous avons déjà testé deux approches sans résultat concluant.',
    ],
    profileTitles: [
      'Expertise en {c} : {tech}',
      'Équipe de recherche — {c} et {c2}',
      '{c} : {tech} et {tech2}',
      'Chercheuse spécialisée en {c}',
    ],
    profileSentences: [
      'Notre équipe étudie {c} depuis {m} ans ({tech}, {tech2}).',
      'Nous disposons de {equip} et accueillons des stagiaires de master.',
      'Publications récentes sur {f1} et sur {f2}.',
      'Nous sommes ouverts aux collaborations avec les coopératives et les PME de la région de {city}.',
      'Travaux en cours sur {c2}.',
      'Encadrement de {n} thèses soutenues sur ces questions.',
    ],
    goals: [
      'allonger la durée de vie commerciale', 'stabiliser la formulation', 'maîtriser la contamination microbienne',
      'réduire la consommation d’énergie', 'obtenir une certification biologique', 'mettre au point un nouveau procédé',
      'caractériser la composition', 'augmenter le rendement de transformation', 'concevoir un prototype pilote',
      'standardiser la qualité entre les lots', 'réduire les pertes', 'valoriser les résidus', 'améliorer la traçabilité',
      'respecter les normes à l’export',
    ],
    techniques: [
      'chromatographie en phase gazeuse', 'spectroscopie proche infrarouge', 'analyse sensorielle', 'microbiologie prédictive',
      'modélisation cinétique', 'plans d’expériences', 'HPLC', 'rhéologie', 'analyse du cycle de vie', 'formulation',
    ],
    equipment: [
      'un chromatographe GC-MS', 'un spectromètre NIR', 'un atomiseur pilote', 'un rhéomètre', 'une salle d’analyse sensorielle',
      'un autoclave pilote', 'un évaporateur rotatif',
    ],
    keywords: ['innovation', 'R&D', 'essais pilotes', 'qualité', 'export', 'certification', 'procédé'],
    orgNeed: ['Notre coopérative', 'Notre entreprise', 'Notre start-up'],
  },
  en: {
    needTitles: [
      '{c}: looking for a partner to {goal}',
      '{c} project — {goal}',
      'Expertise needed on {c}: {goal}',
      '{c} and {c2}: {goal}',
      'Technical support around {c}',
      'How to {goal}? The case of {c}',
    ],
    needSentences: [
      '{org} processes {c} near {city} and wants to {goal}.',
      'We are looking for a laboratory able to support us on {c}, with pilot-scale trials.',
      'The current process shows large quality differences from one batch to the next.',
      'The project also covers {c2}.',
      'Indicative budget: {n}0,000 MAD, start wished within {m} months.',
      'Trials can take place in the cluster’s technology hall.',
      'Skills in {f1} and in {f2} would be a plus.',
      'Our export customers require regular analyses and complete documentation.',
      'We have already tried two approaches without conclusive results.',
    ],
    profileTitles: [
      'Expertise in {c}: {tech}',
      'Research team — {c} and {c2}',
      '{c}: {tech} and {tech2}',
      'Researcher specialised in {c}',
    ],
    profileSentences: [
      'Our team has studied {c} for {m} years ({tech}, {tech2}).',
      'We run {equip} and host master’s interns.',
      'Recent publications on {f1} and on {f2}.',
      'We welcome collaborations with cooperatives and SMEs around {city}.',
      'Ongoing work on {c2}.',
      '{n} doctoral theses defended on these questions.',
    ],
    goals: [
      'extend the commercial shelf life', 'stabilise the formulation', 'control microbial contamination', 'reduce energy use',
      'obtain an organic certification', 'develop a new process', 'characterise the composition', 'increase the processing yield',
      'design a pilot prototype', 'standardise quality between batches', 'reduce losses', 'upgrade residues',
      'improve traceability', 'meet export standards',
    ],
    techniques: [
      'gas chromatography', 'near-infrared spectroscopy', 'sensory analysis', 'predictive microbiology', 'kinetic modelling',
      'design of experiments', 'HPLC', 'rheology', 'life-cycle assessment', 'formulation',
    ],
    equipment: ['a GC-MS chromatograph', 'an NIR spectrometer', 'a pilot spray dryer', 'a rheometer', 'a sensory analysis room', 'a pilot autoclave', 'a rotary evaporator'],
    keywords: ['innovation', 'R&D', 'pilot trials', 'quality', 'export', 'certification', 'process'],
    orgNeed: ['Our cooperative', 'Our company', 'Our start-up'],
  },
  ar: {
    needTitles: [
      '{c}: البحث عن شريك من أجل {goal}',
      'مشروع {c} — {goal}',
      'حاجة إلى خبرة في {c}: {goal}',
      '{c} مع {c2}: {goal}',
      'مواكبة تقنية في مجال {c}',
      'كيف يمكن {goal}؟ حالة {c}',
    ],
    needSentences: [
      '{org} بتحويل {c} قرب {city} وتسعى إلى {goal}.',
      'نبحث عن مختبر قادر على مرافقتنا في موضوع {c} مع تجارب على نطاق تجريبي.',
      'تعاني الطريقة الحالية من تفاوت كبير في الجودة من دفعة إلى أخرى.',
      'يشمل المشروع أيضا {c2}.',
      'الميزانية التقديرية {n}0 ألف درهم، والانطلاق المرغوب خلال {m} أشهر.',
      'يمكن إجراء التجارب في القاعة التكنولوجية للعنقود.',
      'كفاءات في {f1} وفي {f2} ستكون إضافة.',
      'يطلب زبناؤنا في الخارج تحاليل منتظمة ووثائق كاملة.',
      'جربنا مقاربتين دون نتيجة حاسمة.',
    ],
    profileTitles: [
      'خبرة في {c}: {tech}',
      'فريق بحث — {c} مع {c2}',
      '{c}: {tech} و {tech2}',
      'باحثة متخصصة في {c}',
    ],
    profileSentences: [
      'يدرس فريقنا {c} منذ {m} سنوات ({tech}، {tech2}).',
      'نتوفر على {equip} ونستقبل طلبة الماستر للتدريب.',
      'منشورات حديثة حول {f1} وحول {f2}.',
      'نرحب بالتعاون مع التعاونيات والمقاولات الصغرى والمتوسطة في جهة {city}.',
      'أعمال جارية حول {c2}.',
      'تأطير {n} أطروحات دكتوراه في هذه المواضيع.',
    ],
    goals: [
      'إطالة مدة الصلاحية التجارية', 'تثبيت التركيبة', 'التحكم في التلوث الميكروبي', 'خفض استهلاك الطاقة',
      'الحصول على شهادة عضوية', 'تطوير طريقة جديدة للتحويل', 'تحليل التركيب الكيميائي', 'زيادة مردودية التحويل',
      'تصميم نموذج أولي تجريبي', 'توحيد الجودة بين الدفعات', 'تقليل الفاقد', 'تثمين المخلفات', 'تحسين التتبع',
      'احترام معايير التصدير',
    ],
    techniques: [
      'الكروماتوغرافيا الغازية', 'التحليل الطيفي بالأشعة تحت الحمراء القريبة', 'التحليل الحسي', 'علم الأحياء الدقيقة التنبؤي',
      'النمذجة الحركية', 'تصميم التجارب', 'HPLC', 'الريولوجيا', 'تحليل دورة الحياة', 'الصياغة',
    ],
    equipment: ['جهاز كروماتوغرافيا GC-MS', 'مطياف NIR', 'مطياف كتلي', 'مقياس ريولوجي', 'قاعة للتحليل الحسي', 'معقم تجريبي', 'مبخر دوار'],
    keywords: ['ابتكار', 'بحث وتطوير', 'تجارب تجريبية', 'الجودة', 'التصدير', 'شهادة', 'طريقة التحويل'],
    orgNeed: ['تقوم تعاونيتنا', 'تقوم شركتنا', 'تقوم مقاولتنا الناشئة'],
  },
};

export const CITIES = [
  ['Agadir', 'Souss-Massa', 'أكادير'], ['Taliouine', 'Souss-Massa', 'تالوين'], ['Tiznit', 'Souss-Massa', 'تيزنيت'],
  ['Taroudant', 'Souss-Massa', 'تارودانت'], ['Essaouira', 'Marrakech-Safi', 'الصويرة'], ['Marrakech', 'Marrakech-Safi', 'مراكش'],
  ['Safi', 'Marrakech-Safi', 'آسفي'], ['Errachidia', 'Drâa-Tafilalet', 'الرشيدية'], ['Zagora', 'Drâa-Tafilalet', 'زاكورة'],
  ['Ouarzazate', 'Drâa-Tafilalet', 'ورزازات'], ['Meknès', 'Fès-Meknès', 'مكناس'], ['Fès', 'Fès-Meknès', 'فاس'],
  ['Casablanca', 'Casablanca-Settat', 'الدار البيضاء'], ['El Jadida', 'Casablanca-Settat', 'الجديدة'],
  ['Rabat', 'Rabat-Salé-Kénitra', 'الرباط'], ['Kénitra', 'Rabat-Salé-Kénitra', 'القنيطرة'],
  ['Tanger', 'Tanger-Tétouan-Al Hoceïma', 'طنجة'], ['Tétouan', 'Tanger-Tétouan-Al Hoceïma', 'تطوان'],
  ['Oujda', 'Oriental', 'وجدة'], ['Berkane', 'Oriental', 'بركان'], ['Béni Mellal', 'Béni Mellal-Khénifra', 'بني ملال'],
  ['Khénifra', 'Béni Mellal-Khénifra', 'خنيفرة'], ['Sidi Ifni', 'Guelmim-Oued Noun', 'سيدي إفني'],
  ['Guelmim', 'Guelmim-Oued Noun', 'كلميم'], ['Laâyoune', 'Laâyoune-Sakia El Hamra', 'العيون'], ['Dakhla', 'Dakhla-Oued Ed-Dahab', 'الداخلة'],
];

export const ORG_NAME_PARTS = {
  industrial: ['Tifawin', 'Amal', 'Tighanimine', 'Al Baraka', 'Atlas', 'Targa', 'Ajddigue', 'Taitmatine', 'Nour', 'Oasis', 'Souss', 'Draa', 'Tafilalt', 'Anzi', 'Imilchil', 'Assafou', 'Tamount', 'Ighrem', 'Tizi', 'Adrar'],
  industrialForms: {
    COOPERATIVE: (x) => `Coopérative ${x}`,
    COMPANY: (x) => `${x} Agro SARL`,
    STARTUP: (x) => `${x} Labs`,
  },
  universities: ['Université Ibn Zohr', 'Université Cadi Ayyad', 'Université Moulay Ismail', 'Université Hassan II', 'Université Mohammed V', 'Université Sidi Mohamed Ben Abdellah', 'Université Ibn Tofail', 'Université Mohammed Premier', 'Université Chouaib Doukkali', 'Université Sultan Moulay Slimane', 'IAV Hassan II', 'ENA Meknès'],
  labs: ['Laboratoire de Biotechnologie', 'Laboratoire de Chimie Analytique', 'Laboratoire de Génie des Procédés', 'Laboratoire de Microbiologie', 'Équipe Sciences et Technologies Alimentaires', 'Laboratoire de Physico-chimie des Matériaux', 'Laboratoire d’Écologie Végétale'],
};
