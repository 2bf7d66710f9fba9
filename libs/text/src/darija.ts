import { normalise } from './normalise';

/**
 * Moroccan Arabic (Darija), as industrial members write it in needs, in Arabic script or in Latin
 * script ("arabizi", with 3 for ع and 7 for ح). Two small lists:
 *
 * - DARIJA_FUNCTION_WORDS: function words (possessive ديال/dyal, "we want" بغينا/bghina, "some" شي,
 *   "now" دابا, "so that" باش…), treated as stop words (stop-words.ts), like their Standard Arabic
 *   equivalents. Not حنا ("we"): henna is often written الحنا, nor ديك ("that"), the Standard Arabic
 *   for a rooster; in Latin script not the spellings that are English words (dial, wash, bash, chi).
 * - darijaToArabic: content words of the domain written in Latin script, mapped to the Arabic word
 *   (zit → زيت, khobz → خبز) so that they are stemmed as Arabic (stem.ts) and a need saying "zit"
 *   shares the term of "زيت". Only words that are no French or English word are listed, with one
 *   exception: "zit" (English slang for a pimple), kept because in the cluster's texts it is the
 *   Darija for oil. Words only: concept extraction does not use it (measured: tagging "khobz" in a
 *   French profile as the concept pain cost the Arabic bread need n002 its second-best researcher,
 *   ar nDCG@10 0.983 → 0.896; libs/matching/src/evaluation/README.md).
 */
const FUNCTION_WORDS_ARABIC = `ديال ديالي ديالنا ديالك ديالو ديالها ديالهم بغينا بغيت كنبغيو نبغيو بغاو شي واش باش احنا دابا بزاف هاد هادي هادا هادو هادوك غادي غانديرو كاين كاينة كاينين عندنا فين كيفاش علاش واخا راه راها راهم ماشي والو شحال حيت حيث بحال بحالها شوية مزيان كنديرو نديرو كيدير كندير`;
const FUNCTION_WORDS_LATIN = `dyal diyal dyali dyalna dyalkom dyalhom bghina bghit nbghiw kanbghiw bghaw wach bach hna 7na a7na ahna daba bzaf bezzaf bezaf hadi hada hadou hadok ghadi kayn kayna kaynin 3ndna 3andna andna kifach kifash 3lach 3lash wakha rah raha machi mashi walou walo chhal ch7al b7al bhal chwiya chwia mzyan mezyan kandiro ndiro`;

export const DARIJA_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS_ARABIC} ${FUNCTION_WORDS_LATIN}`.split(/\s+/).filter(Boolean).map((word) => normalise(word)),
);

/** Latin-script Darija → Arabic; variants with the assimilated article (zzit, lkhobz) included. */
const LATIN: Record<string, string> = {
  zit: 'زيت', zzit: 'زيت', ezzit: 'زيت', zitoun: 'زيتون', zitoune: 'زيتون', zzitoun: 'زيتون', zitouna: 'زيتون',
  khobz: 'خبز', lkhobz: 'خبز', khubz: 'خبز',
  '3sel': 'عسل', l3sel: 'عسل', assel: 'عسل',
  '7lib': 'حليب', l7lib: 'حليب', hlib: 'حليب', lben: 'لبن', l9mh: 'قمح', gemh: 'قمح', zra3: 'زرع',
  tmer: 'تمر', ttmer: 'تمر', tmar: 'تمر', louz: 'لوز', l9ar3: 'قرع',
  zaafrane: 'زعفران', za3fran: 'زعفران', zza3fran: 'زعفران', na3na3: 'نعناع', naanaa: 'نعناع', nanaa: 'نعناع',
  l7am: 'لحم', l7out: 'سمك', '7out': 'سمك', hout: 'سمك', lhout: 'سمك', sardin: 'سردين',
  smen: 'سمن', atay: 'شاي', bsal: 'بصل', l9amh: 'قمح', gamh: 'قمح', chi3ir: 'شعير', cha3ir: 'شعير',
  karmous: 'تين', lkarmous: 'تين',
};
const LATIN_WORDS = new Map(Object.entries(LATIN).map(([latin, arabic]) => [normalise(latin), normalise(arabic)]));

/** The Arabic word for a normalised Latin-script Darija word of the list, else undefined. */
export function darijaToArabic(word: string): string | undefined {
  return LATIN_WORDS.get(word);
}
