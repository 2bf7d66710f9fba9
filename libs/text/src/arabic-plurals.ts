import { normalise } from './normalise';

/**
 * Broken plurals of the domain, mapped to their singular before light stemming (stem.ts) and in the
 * concept matcher's inflection check (concepts/concept-index.ts): AGROVOC's Arabic labels are mostly
 * singular (زيت، تمر، بذرة) while needs say زيوت، تمور، بذور. A light stemmer cannot reach these
 * (the plural is a different pattern of the root, not an affix), so a table does.
 *
 * Built by hand from the vocabulary of AGROVOC's Arabic labels (libs/text/data/README.md, "Arabic
 * broken plurals": for most entries the singular, the plural or both are words of those labels) and
 * the commonest words of agri-food and cosmetics needs. Sound plurals (ـات، ـون، ـين) are left to the
 * stemmer. Left out on purpose: plurals whose singular is another common word or another concept
 * (جمال camels / beauty, شعور hair / feeling; مياه waters, which AGROVOC's many water-resource labels use
 * (جودة المياه would take جودة ماء الورد, the quality of rose water); أعشاب herbs, whose singular عشب is AGROVOC's grass,
 * Poaceae), and حبوب goes to حبة, not حب ("love").
 * Entries are [plural, singular], written as usual; they are normalised like texts.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // Oils, fats, waxes, gums, extracts, perfumes
  ['زيوت', 'زيت'], ['دهون', 'دهن'], ['شحوم', 'شحم'], ['شموع', 'شمع'], ['صموغ', 'صمغ'], ['عطور', 'عطر'],
  ['أصباغ', 'صبغ'], ['روائح', 'رائحة'], ['أذواق', 'ذوق'], ['ألوان', 'لون'], ['مراهم', 'مرهم'], ['مساحيق', 'مسحوق'],
  // Plants and their parts
  ['فواكه', 'فاكهة'], ['خضر', 'خضروات'], ['خضار', 'خضروات'], ['خضراوات', 'خضروات'], ['حبوب', 'حبة'],
  ['بذور', 'بذرة'], ['ثمار', 'ثمرة'], ['أثمار', 'ثمرة'], ['أزهار', 'زهرة'], ['زهور', 'زهرة'], ['أوراق', 'ورقة'],
  ['جذور', 'جذر'], ['أشجار', 'شجرة'], ['سيقان', 'ساق'], ['براعم', 'برعم'], ['أغصان', 'غصن'], ['فروع', 'فرع'],
  ['قشور', 'قشرة'], ['نوى', 'نواة'], ['كروم', 'كرمة'], ['أعناب', 'عنب'], ['نخيل', 'نخلة'], ['محاصيل', 'محصول'],
  ['غلال', 'غلة'], ['بساتين', 'بستان'], ['حدائق', 'حديقة'], ['حقول', 'حقل'], ['مزارع', 'مزرعة'], ['أصناف', 'صنف'],
  ['أنواع', 'نوع'], ['أجناس', 'جنس'], ['فصائل', 'فصيلة'], ['طحالب', 'طحلب'], ['ألياف', 'ليف'], ['توابل', 'تابل'],
  // Foods
  ['تمور', 'تمر'], ['لحوم', 'لحم'], ['ألبان', 'لبن'], ['أجبان', 'جبن'], ['أعسال', 'عسل'], ['بيوض', 'بيضة'],
  ['أغذية', 'غذاء'], ['أطعمة', 'طعام'], ['أعلاف', 'علف'], ['عصائر', 'عصير'], ['خمور', 'خمر'], ['فطائر', 'فطيرة'],
  ['عجائن', 'عجينة'], ['أطباق', 'طبق'], ['حلاوى', 'حلوى'], ['أسماك', 'سمك'], ['أصداف', 'صدف'],
  // Animals and their parts
  ['طيور', 'طائر'], ['دواجن', 'داجن'], ['أبقار', 'بقرة'], ['أغنام', 'غنم'], ['خيول', 'خيل'], ['ديدان', 'دودة'],
  ['جراثيم', 'جرثومة'], ['خلايا', 'خلية'], ['أنسجة', 'نسيج'], ['أعضاء', 'عضو'], ['أطراف', 'طرف'], ['عظام', 'عظم'],
  ['جلود', 'جلد'], ['أصواف', 'صوف'], ['أوبار', 'وبر'], ['أمصال', 'مصل'], ['غدد', 'غدة'],
  // Substances, chemistry, nutrition
  ['أحماض', 'حمض'], ['حموض', 'حمض'], ['أملاح', 'ملح'], ['معادن', 'معدن'], ['عناصر', 'عنصر'], ['مواد', 'مادة'],
  ['جزيئات', 'جزيء'], ['سموم', 'سم'], ['أدوية', 'دواء'], ['أسمدة', 'سماد'], ['أمراض', 'مرض'], ['عيوب', 'عيب'],
  ['أضرار', 'ضرر'], ['مخاطر', 'خطر'], ['أخطار', 'خطر'], ['بقايا', 'بقية'], ['أحجام', 'حجم'], ['أوزان', 'وزن'],
  ['أطوال', 'طول'], ['مقاييس', 'مقياس'], ['معايير', 'معيار'], ['شروط', 'شرط'], ['أسعار', 'سعر'],
  // Equipment, packaging, places of work
  ['أجهزة', 'جهاز'], ['أوعية', 'وعاء'], ['أنابيب', 'أنبوب'], ['مخازن', 'مخزن'], ['أفران', 'فرن'], ['مطاحن', 'مطحنة'],
  ['معاصر', 'معصرة'], ['مصانع', 'مصنع'], ['معامل', 'معمل'], ['مختبرات', 'مختبر'], ['أكياس', 'كيس'], ['علب', 'علبة'],
  ['قوارير', 'قارورة'], ['صناديق', 'صندوق'], ['أغلفة', 'غلاف'], ['أغطية', 'غطاء'], ['أقراص', 'قرص'], ['آبار', 'بئر'],
  ['أراضي', 'أرض'], ['أراض', 'أرض'], ['أسواق', 'سوق'],
  // Methods, research, people of the value chain
  ['طرق', 'طريقة'], ['أساليب', 'أسلوب'], ['مراحل', 'مرحلة'], ['أبحاث', 'بحث'], ['بحوث', 'بحث'],
  ['نتائج', 'نتيجة'], ['مشاكل', 'مشكلة'], ['حلول', 'حل'], ['أهداف', 'هدف'], ['فوائد', 'فائدة'], ['أصول', 'أصل'],
  ['عمال', 'عامل'], ['تجار', 'تاجر'], ['زبائن', 'زبون'], ['زبناء', 'زبون'], ['أسر', 'أسرة'], ['نساء', 'امرأة'],
];

/** Normalised plural → normalised singular. */
export const BROKEN_PLURALS: ReadonlyMap<string, string> = new Map(
  PAIRS.map(([plural, singular]) => [normalise(plural), normalise(singular)]),
);

/** The singular of a normalised Arabic word that is a broken plural of the table, else undefined. */
export function singularOf(word: string): string | undefined {
  return BROKEN_PLURALS.get(word);
}
