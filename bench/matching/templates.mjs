// Sentence templates for generated researcher profiles and needs, in French, Arabic and English.
// Slots: {c} {C} primary domain concept (AGROVOC label; {C} capitalised), {c2} secondary concept,
// {f1} {f2} other thesaurus concepts, {focus} {Focus}, {tech} {tech2}, {equip}, {goal}, {problem},
// {city}, {org}, {n}, {m}, {year}.
// Lists marked "aligned" have the same meaning at the same index in the three languages, so a
// need can ask in Arabic for a technique a French profile names.

/** aligned */
export const FOCUS = {
  fr: ['qualité et authenticité', 'conservation et durée de vie', 'formulation', 'valorisation des co-produits', 'extraction des composés bioactifs', 'sécurité sanitaire', 'traçabilité', 'procédés de séchage', 'analyse sensorielle', 'propriétés antioxydantes', 'fermentation contrôlée', 'stabilité des émulsions'],
  en: ['quality and authenticity', 'preservation and shelf life', 'formulation', 'by-product valorisation', 'extraction of bioactive compounds', 'food safety', 'traceability', 'drying processes', 'sensory analysis', 'antioxidant properties', 'controlled fermentation', 'emulsion stability'],
  ar: ['الجودة والأصالة', 'الحفظ ومدة الصلاحية', 'التركيب', 'تثمين المنتجات الثانوية', 'استخلاص المركبات النشطة بيولوجيا', 'السلامة الصحية', 'التتبع', 'عمليات التجفيف', 'التحليل الحسي', 'الخصائص المضادة للأكسدة', 'التخمير المتحكم فيه', 'ثبات المستحلبات'],
};

/** aligned */
export const TECHNIQUES = {
  fr: ['chromatographie en phase gazeuse couplée à la spectrométrie de masse', 'chromatographie liquide haute performance', 'spectroscopie infrarouge', 'extraction par CO2 supercritique', 'hydrodistillation', 'microencapsulation', 'séchage par atomisation', 'lyophilisation', 'analyse sensorielle descriptive', 'dénombrement microbiologique', 'PCR en temps réel', 'rhéologie', 'tests de vieillissement accéléré', 'dosage des polyphénols', 'profil en acides gras'],
  en: ['gas chromatography–mass spectrometry', 'high-performance liquid chromatography', 'infrared spectroscopy', 'supercritical CO2 extraction', 'hydrodistillation', 'microencapsulation', 'spray drying', 'freeze-drying', 'descriptive sensory analysis', 'microbial enumeration', 'real-time PCR', 'rheology', 'accelerated shelf-life testing', 'polyphenol assay', 'fatty acid profiling'],
  ar: ['كروماتوغرافيا الغاز المقترنة بمطياف الكتلة', 'الكروماتوغرافيا السائلة عالية الأداء', 'مطيافية الأشعة تحت الحمراء', 'الاستخلاص بثاني أكسيد الكربون فوق الحرج', 'التقطير المائي', 'الكبسلة الدقيقة', 'التجفيف بالرذاذ', 'التجفيف بالتجميد', 'التحليل الحسي الوصفي', 'العد الميكروبي', 'تفاعل البوليميراز المتسلسل في الوقت الحقيقي', 'الريولوجيا', 'اختبارات التقادم المتسارع', 'معايرة البوليفينولات', 'تحليل الأحماض الدهنية'],
};

/** aligned */
export const EQUIPMENT = {
  fr: ['chromatographe en phase gazeuse', 'séchoir solaire pilote', 'lyophilisateur', 'extracteur CO2 supercritique', 'texturomètre', 'spectrophotomètre UV-visible', 'rhéomètre', 'atomiseur pilote', 'enceinte climatique', 'thermocycleur PCR'],
  en: ['gas chromatograph', 'pilot solar dryer', 'freeze dryer', 'supercritical CO2 extractor', 'texture analyser', 'UV-visible spectrophotometer', 'rheometer', 'pilot spray dryer', 'climatic chamber', 'PCR thermocycler'],
  ar: ['جهاز كروماتوغرافيا غازية', 'مجفف شمسي تجريبي', 'جهاز تجفيف بالتجميد', 'جهاز استخلاص بثاني أكسيد الكربون فوق الحرج', 'جهاز قياس القوام', 'مطياف الأشعة فوق البنفسجية والمرئية', 'مقياس الريولوجيا', 'مجفف رذاذي تجريبي', 'غرفة مناخية', 'جهاز PCR'],
};

/** aligned */
export const GOALS = {
  fr: ['allonger la durée de conservation', 'stabiliser la formulation', 'obtenir une certification biologique', 'valoriser nos déchets de production', 'améliorer la qualité pour l’export', 'réduire les pertes après récolte', 'développer un nouveau produit cosmétique', 'caractériser la composition de notre produit'],
  en: ['extend the shelf life', 'stabilise the formulation', 'obtain organic certification', 'valorise our production waste', 'improve quality for export', 'reduce post-harvest losses', 'develop a new cosmetic product', 'characterise the composition of our product'],
  ar: ['إطالة مدة الصلاحية', 'تثبيت التركيبة', 'الحصول على شهادة المنتوج العضوي', 'تثمين مخلفات الإنتاج', 'تحسين الجودة من أجل التصدير', 'تقليص خسائر ما بعد الجني', 'تطوير منتوج تجميلي جديد', 'تحديد تركيبة منتوجنا'],
};

/** aligned */
export const PROBLEMS = {
  fr: ['contamination microbienne', 'oxydation et rancissement', 'couleur instable', 'texture irrégulière', 'goût amer', 'séparation de phases'],
  en: ['microbial contamination', 'oxidation and rancidity', 'unstable colour', 'irregular texture', 'bitter taste', 'phase separation'],
  ar: ['التلوث الميكروبي', 'الأكسدة والتزنخ', 'عدم ثبات اللون', 'قوام غير منتظم', 'طعم مر', 'انفصال الأطوار'],
};

export const PROFILE = {
  fr: {
    headlines: ['{C} : {focus} et {tech}', '{Focus} de {c} et de {c2}', 'Recherche sur {c} — {focus}', '{C} et {c2} : {tech}'],
    first: 'Mes travaux portent sur {focus} de {c}, en particulier par {tech}.',
    sentences: [
      'Notre équipe étudie aussi {c2} et ses applications industrielles.',
      'Nous utilisons {tech2} pour caractériser {f1}.',
      'Nous accompagnons des coopératives et des PME de la région de {city} dans le contrôle de leurs produits.',
      'Le laboratoire dispose d’un {equip} et d’une halle pilote.',
      'Des travaux récents concernent {f2} et {f1}.',
      'J’ai encadré {n} thèses sur ces questions et je participe à des projets avec des industriels.',
    ],
    pubTitles: ['{Focus} de {c} : effet de {f1}', '{C} et {f1} : étude par {tech}', 'Caractérisation de {c} par {tech}', '{C2} : {focus}', 'Influence de {f2} sur {focus} de {c}'],
    pubAbstracts: [
      'Des échantillons de {c} provenant de {n} régions du Maroc ont été analysés par {tech}.',
      'Les résultats montrent une influence nette de {f1} sur {focus}.',
      'La méthode proposée est simple à mettre en œuvre par les producteurs.',
      'Un essai pilote de {m} semaines a confirmé ces observations.',
    ],
  },
  en: {
    headlines: ['{C}: {focus} and {tech}', '{Focus} of {c} and {c2}', 'Research on {c} — {focus}', '{C} and {c2}: {tech}'],
    first: 'My work deals with the {focus} of {c}, in particular through {tech}.',
    sentences: [
      'Our team also studies {c2} and its industrial uses.',
      'We use {tech2} to characterise {f1}.',
      'We support cooperatives and SMEs around {city} in controlling their products.',
      'The lab has a {equip} and a pilot hall.',
      'Recent work covers {f2} and {f1}.',
      'I have supervised {n} PhD theses on these questions and take part in projects with companies.',
    ],
    pubTitles: ['{Focus} of {c}: effect of {f1}', '{C} and {f1}: a study by {tech}', 'Characterisation of {c} by {tech}', '{C2}: {focus}', 'Influence of {f2} on the {focus} of {c}'],
    pubAbstracts: [
      'Samples of {c} from {n} Moroccan regions were analysed by {tech}.',
      'The results show a clear influence of {f1} on {focus}.',
      'The proposed method is easy for producers to apply.',
      'A {m}-week pilot trial confirmed these observations.',
    ],
  },
  ar: {
    headlines: ['{c}: {focus} و{tech}', '{focus} في {c} و{c2}', 'أبحاث حول {c} — {focus}', '{c} و{c2}: {tech}'],
    first: 'تتمحور أبحاثي حول {focus} في {c}، خاصة باستعمال {tech}.',
    sentences: [
      'يدرس فريقنا أيضا {c2} واستعمالاته الصناعية.',
      'نستعمل {tech2} لتوصيف {f1}.',
      'نرافق التعاونيات والمقاولات الصغرى والمتوسطة في منطقة {city} في مراقبة منتجاتها.',
      'يتوفر المختبر على {equip} وقاعة تجريبية.',
      'تهم أعمالنا الأخيرة {f2} و{f1}.',
      'أشرفت على {n} أطروحات دكتوراه في هذه المواضيع وأشارك في مشاريع مع المقاولات.',
    ],
    pubTitles: ['{focus} في {c}: تأثير {f1}', '{c} و{f1}: دراسة باستعمال {tech}', 'توصيف {c} باستعمال {tech}', '{c2}: {focus}', 'تأثير {f2} على {focus} في {c}'],
    pubAbstracts: [
      'تم تحليل عينات من {c} من {n} مناطق مغربية باستعمال {tech}.',
      'تظهر النتائج تأثيرا واضحا ل{f1} على {focus}.',
      'الطريقة المقترحة سهلة التطبيق من طرف المنتجين.',
      'أكدت تجربة تجريبية لمدة {m} أسابيع هذه الملاحظات.',
    ],
  },
};

export const NEED = {
  fr: {
    titles: ['{C} : besoin d’aide pour {goal}', 'Améliorer la {focus} de notre {c}', 'Recherche expert en {c} et {c2}', 'Problème de {problem} sur {c}'],
    first: '{org} produit {c} près de {city}.',
    sentences: [
      'Nous voulons {goal}.',
      'Nous avons des problèmes de {problem} d’un lot à l’autre.',
      'Nous cherchons un laboratoire qui maîtrise {tech}.',
      'Le projet concerne aussi {c2}.',
      'Nous avons accès à un {equip} dans la halle technologique du cluster.',
      'Budget limité, démarrage souhaité dans {m} mois.',
      'Nos clients demandent des analyses de {f1}.',
    ],
    org: ['Notre coopérative', 'Notre entreprise', 'Notre start-up'],
  },
  en: {
    titles: ['{C}: help needed to {goal}', 'Improving the {focus} of our {c}', 'Looking for an expert in {c} and {c2}', '{Problem} in our {c}'],
    first: '{org} produces {c} near {city}.',
    sentences: [
      'We want to {goal}.',
      'We have problems of {problem} from one batch to the next.',
      'We are looking for a lab that masters {tech}.',
      'The project also concerns {c2}.',
      'We have access to a {equip} in the cluster’s technology hall.',
      'Limited budget, we would like to start within {m} months.',
      'Our customers ask for analyses of {f1}.',
    ],
    org: ['Our cooperative', 'Our company', 'Our start-up'],
  },
  ar: {
    titles: ['{c}: نحتاج مساعدة من أجل {goal}', 'تحسين {focus} في {c}', 'نبحث عن خبير في {c} و{c2}', 'مشكل {problem} في {c}'],
    first: '{org} {c} قرب {city}.',
    sentences: [
      'نريد {goal}.',
      'نعاني من {problem} من دفعة إلى أخرى.',
      'نبحث عن مختبر يتقن {tech}.',
      'يهم المشروع أيضا {c2}.',
      'لدينا {equip} في القاعة التكنولوجية للعنقود.',
      'الميزانية محدودة ونرغب في البدء خلال {m} أشهر.',
      'يطلب زبناؤنا تحاليل {f1}.',
    ],
    org: ['تنتج تعاونيتنا', 'تنتج شركتنا', 'تنتج مقاولتنا الناشئة'],
  },
};
