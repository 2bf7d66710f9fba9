import type { MatchLanguage } from './types';

/** Reasons a person reads, in French, Arabic and English. Lists are already in the viewer's language. */

const LIST_SEPARATOR: Record<MatchLanguage, string> = { fr: ', ', en: ', ', ar: '، ' };

/**
 * In Arabic each inserted value is wrapped in a bidi isolate (FSI … PDI): a French term, a Latin
 * title or "Agadir" keeps its own order and leaves the sentence's punctuation where it belongs, in
 * every client and e-mail that shows the reason.
 */
function value(text: string, language: MatchLanguage): string {
  return language === 'ar' ? `\u2068${text}\u2069` : text;
}

function list(items: readonly string[], language: MatchLanguage): string {
  return items.map((item) => value(item, language)).join(LIST_SEPARATOR[language]);
}

const LANGUAGE_NAMES: Record<MatchLanguage, Record<MatchLanguage, string>> = {
  fr: { fr: 'français', ar: 'arabe', en: 'anglais' },
  en: { fr: 'French', ar: 'Arabic', en: 'English' },
  ar: { fr: 'الفرنسية', ar: 'العربية', en: 'الإنجليزية' },
};

const SECTOR_NAMES: Record<MatchLanguage, Record<string, string>> = {
  fr: { AGRIFOOD: 'agroalimentaire', COSMETICS: 'cosmétique', BOTH: 'agroalimentaire et cosmétique' },
  en: { AGRIFOOD: 'agri-food', COSMETICS: 'cosmetics', BOTH: 'agri-food and cosmetics' },
  ar: { AGRIFOOD: 'الصناعات الغذائية', COSMETICS: 'مستحضرات التجميل', BOTH: 'الصناعات الغذائية ومستحضرات التجميل' },
};

export function sectorName(sector: string, language: MatchLanguage): string {
  return SECTOR_NAMES[language][sector.toUpperCase()] ?? sector.toLowerCase();
}

export const reasons = {
  sharedTerms: (terms: readonly string[], l: MatchLanguage) =>
    ({ fr: `Termes communs : ${list(terms, l)}`, en: `Shared terms: ${list(terms, l)}`, ar: `مصطلحات مشتركة: ${list(terms, l)}` })[l],
  closestPublication: (title: string, l: MatchLanguage) =>
    ({ fr: `Publication proche : « ${title} »`, en: `Closest publication: “${title}”`, ar: `أقرب منشور: «${value(title, l)}»` })[l],
  sharedConcepts: (labels: readonly string[], l: MatchLanguage) =>
    ({ fr: `Concepts communs : ${list(labels, l)}`, en: `Shared concepts: ${list(labels, l)}`, ar: `مفاهيم مشتركة: ${list(labels, l)}` })[l],
  relatedConcepts: (labels: readonly string[], l: MatchLanguage) =>
    ({ fr: `Concepts voisins : ${list(labels, l)}`, en: `Related concepts: ${list(labels, l)}`, ar: `مفاهيم قريبة: ${list(labels, l)}` })[l],
  sector: (sector: string, l: MatchLanguage) =>
    ({ fr: `Secteur : ${sectorName(sector, l)}`, en: `Sector: ${sectorName(sector, l)}`, ar: `القطاع: ${sectorName(sector, l)}` })[l],
  trl: (min: number, max: number, l: MatchLanguage) => {
    const range = min === max ? `${min}` : `${min}–${max}`;
    return ({ fr: `Travaille aux TRL ${range}`, en: `Works at TRL ${range}`, ar: `يعمل في مستويات الجاهزية التكنولوجية ${range}` })[l];
  },
  techniques: (items: readonly string[], l: MatchLanguage) =>
    ({ fr: `Techniques demandées : ${list(items, l)}`, en: `Techniques asked for: ${list(items, l)}`, ar: `التقنيات المطلوبة: ${list(items, l)}` })[l],
  equipment: (items: readonly string[], l: MatchLanguage) =>
    ({ fr: `Équipement demandé : ${list(items, l)}`, en: `Equipment asked for: ${list(items, l)}`, ar: `المعدات المطلوبة: ${list(items, l)}` })[l],
  language: (language: MatchLanguage, l: MatchLanguage) =>
    ({ fr: `Langue commune : ${LANGUAGE_NAMES.fr[language]}`, en: `Shared language: ${LANGUAGE_NAMES.en[language]}`, ar: `لغة مشتركة: ${LANGUAGE_NAMES.ar[language]}` })[l],
  sameCity: (city: string, l: MatchLanguage) => ({ fr: `Même ville : ${city}`, en: `Same city: ${city}`, ar: `نفس المدينة: ${value(city, l)}` })[l],
  sameRegion: (region: string, l: MatchLanguage) => ({ fr: `Même région : ${region}`, en: `Same region: ${region}`, ar: `نفس الجهة: ${value(region, l)}` })[l],
};
