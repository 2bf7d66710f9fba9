import { isArabic, normalise } from '../normalise';

/**
 * A cluster's glossary: concepts its staff add to the thesaurus, in the same shape as a thesaurus
 * concept (labels per language, broader concepts) plus the words a region writes them with —
 * Darija and Latin transliterations ("amlou", "smen", "khlii"), alternative spellings. Used
 * wherever the thesaurus is: ConceptIndex.withGlossary(entries) returns a new index with them.
 */
export interface GlossaryConcept {
  /** The concept's code ("g_amlou"); unused when `extends` names a thesaurus concept. */
  code: string;
  fr?: readonly string[];
  ar?: readonly string[];
  en?: readonly string[];
  /**
   * Darija (Arabic or Latin script), transliterations and alternative spellings: words of no one
   * language. An Arabic-script variant is matched as Arabic, a Latin-script one as French and
   * English alike (a transliteration is written the same in both).
   */
  variants?: readonly string[];
  /** A thesaurus concept this entry extends: its labels become more labels of that concept. */
  extends?: string | null;
  /** Broader concepts of a new concept (thesaurus codes or other glossary codes). */
  broader?: readonly string[];
}

/** An entry's labels per language, preferred first, variants placed by script; empty and duplicate labels dropped. */
export function glossaryLabels(entry: GlossaryConcept): { fr: string[]; ar: string[]; en: string[] } {
  const out = { fr: [] as string[], ar: [] as string[], en: [] as string[] };
  const add = (language: 'fr' | 'ar' | 'en', label: string) => {
    const clean = label.trim().replace(/\s+/g, ' ');
    if (!clean || out[language].some((known) => normalise(known) === normalise(clean))) return;
    out[language].push(clean);
  };
  for (const label of entry.fr ?? []) add('fr', label);
  for (const label of entry.ar ?? []) add('ar', label);
  for (const label of entry.en ?? []) add('en', label);
  for (const variant of entry.variants ?? []) {
    if (isArabic(variant)) add('ar', variant);
    else {
      add('fr', variant);
      add('en', variant);
    }
  }
  return out;
}

/** Every written form of an entry (labels and variants), trimmed and distinct once normalised. */
export function glossaryTerms(entry: GlossaryConcept): string[] {
  const labels = glossaryLabels(entry);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const label of [...labels.fr, ...labels.ar, ...labels.en]) {
    const key = normalise(label);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(label);
  }
  return out;
}

/**
 * Search-engine synonyms (IndexSettings.synonyms, one group per concept, each member standing
 * for the others) for the concepts a glossary added or extended: "amlou" finds "أملو" and
 * "almond, argan oil and honey spread". `labels(code)` gives a concept's labels in all languages
 * (ConceptIndex.labels). Groups are capped, longest labels dropped first, so a thesaurus concept
 * with dozens of alternative labels does not blow up the engine's settings.
 */
export function glossarySynonyms(
  source: { labels(code: string): string[] },
  codes: readonly string[],
  maxGroupSize = 12,
): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const code of codes) {
    const seen = new Set<string>();
    const group: string[] = [];
    for (const label of source.labels(code)) {
      const key = label.trim().toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      group.push(key);
    }
    if (group.length < 2) continue;
    const kept = group.slice(0, maxGroupSize);
    const [head, ...rest] = kept;
    synonyms[head] = [...new Set([...(synonyms[head] ?? []), ...rest])];
  }
  return synonyms;
}
