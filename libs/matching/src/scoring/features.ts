import { normalise } from '../../../text/src';
import { contentWords } from '../text-model/terms';
import type { MatchLanguage, MatchNeed, MatchResearcher, MatchSector } from './types';
import { SAME_REGION_VALUE, type ConceptOptions } from './weights';

/**
 * The non-lexical features, each a pure function with a value in [0, 1]: 0 when either side has
 * no data, so a missing field never reorders candidates.
 */

export interface ConceptEvidence {
  value: number;
  /** Need concepts found in the profile, most specific first. */
  shared: string[];
  /** Need concepts related (broader/narrower) to a profile concept, most specific first. */
  related: string[];
  /** Concepts added to the need's by pseudo-relevance feedback that the profile has (rankResearchers with feedback). */
  feedback?: string[];
}

/**
 * Share of the need's concepts the researcher covers beyond the words both already share, each
 * concept weighted by its specificity (`specificity(code)`, an idf over researchers):
 * - a need concept the profile also mentions counts 1 when the two sides name it differently
 *   (another language, a synonym: "baume à lèvres" / "lip balm"), and sameWordsCredit (0 by
 *   default) when they use the same words, which the lexical feature already rewards;
 * - a need concept whose broader concept (within broaderDepth levels) the profile mentions counts
 *   relatedCredit: the researcher works on the wider subject ("huile végétale" for "huile d'argan").
 * Narrower-only and sibling concepts do not count: argan oil and olive oil share a parent, and an
 * olive-oil chemist is not the argan expert.
 */
export function conceptOverlap(
  needCodes: readonly string[],
  researcherCodes: Pick<ReadonlySet<string>, 'has' | 'size'>,
  broader: (code: string, depth: number) => readonly string[],
  specificity: (code: string) => number,
  options: ConceptOptions,
  /** Whether the need and the profile mention this shared concept with the same words. */
  sameWords: (code: string) => boolean = () => false,
): ConceptEvidence {
  if (!needCodes.length || !researcherCodes.size) return { value: 0, shared: [], related: [] };
  let total = 0;
  let covered = 0;
  const shared: Array<{ code: string; weight: number }> = [];
  const related: Array<{ code: string; weight: number }> = [];
  let count = 0;
  for (const code of new Set(needCodes)) {
    count++;
    const weight = specificity(code);
    total += weight;
    if (researcherCodes.has(code)) {
      covered += weight * (sameWords(code) ? options.sameWordsCredit : 1);
      shared.push({ code, weight });
    } else if (options.relatedCredit > 0 && broader(code, options.broaderDepth).some((parent) => researcherCodes.has(parent))) {
      covered += weight * options.relatedCredit;
      related.push({ code, weight });
    }
  }
  const byWeight = (a: { weight: number }, b: { weight: number }) => b.weight - a.weight;
  const prior = options.prior > 0 && count > 0 ? (options.prior * total) / count : 0;
  return {
    value: total > 0 ? covered / (total + prior) : 0,
    shared: shared.sort(byWeight).map((c) => c.code),
    related: related.sort(byWeight).map((c) => c.code),
  };
}

/** 1 when the researcher works in the need's sector (BOTH on either side matches), else 0. */
export function sectorFit(need: MatchNeed, researcher: MatchResearcher): { value: number; sector?: MatchSector } {
  const sector = need.sector?.toUpperCase();
  const sectors = (researcher.sectors ?? []).map((s) => s.toUpperCase());
  if (!sector || !sectors.length) return { value: 0 };
  if (sectors.includes(sector)) return { value: 1, sector };
  if (sector === 'BOTH') return { value: 1, sector: sectors[0] };
  if (sectors.includes('BOTH')) return { value: 1, sector };
  return { value: 0 };
}

/**
 * Share of the need's TRL levels, trlCurrent..trlTarget inclusive, that lie in the researcher's
 * [trlMin, trlMax]. A need 3 → 6 and a researcher 2–5 share levels 3, 4, 5 of 3, 4, 5, 6: 0.75.
 */
export function trlFit(need: MatchNeed, researcher: MatchResearcher): { value: number; min?: number; max?: number } {
  const from = need.trlCurrent ?? need.trlTarget;
  const to = need.trlTarget ?? need.trlCurrent;
  const min = researcher.trlMin ?? researcher.trlMax;
  const max = researcher.trlMax ?? researcher.trlMin;
  if (from == null || to == null || min == null || max == null) return { value: 0 };
  const [low, high] = from <= to ? [from, to] : [to, from];
  const [rLow, rHigh] = min <= max ? [min, max] : [max, min];
  const overlap = Math.min(high, rHigh) - Math.max(low, rLow) + 1;
  return { value: overlap > 0 ? overlap / (high - low + 1) : 0, min: rLow, max: rHigh };
}

/**
 * The researcher's items (techniques or equipment) the need asks for: every content word of the
 * item appears in the need (accents, case and plurals folded), or every thesaurus concept of the
 * item is among the need's concepts (so a French item matches an English need).
 * Value 1 − 2^−n for n items found: 0.5, 0.75, 0.875…
 */
export function itemsAskedFor(
  items: readonly string[] | null | undefined,
  needWords: ReadonlySet<string>,
  needCodes: ReadonlySet<string>,
  itemCodes: (item: string) => readonly string[],
  /** The item's content words, stemmed, numbers kept (a cache may be passed). */
  itemWords: (item: string) => readonly string[] = (item) => contentWords(item, { stem: true, dropNumbers: false }),
): { value: number; found: string[] } {
  const found: string[] = [];
  for (const item of items ?? []) {
    const words = itemWords(item);
    const byWords = words.length > 0 && words.every((word) => needWords.has(word));
    const codes = byWords ? [] : itemCodes(item);
    const byConcepts = codes.length > 0 && codes.every((code) => needCodes.has(code));
    if (byWords || byConcepts) found.push(item);
  }
  return { value: found.length ? 1 - 0.5 ** found.length : 0, found };
}

/** The need's words for itemsAskedFor: content words, stemmed, numbers kept. */
export function needWordSet(text: string): Set<string> {
  return new Set(contentWords(text, { stem: true, dropNumbers: false }));
}

/** 1 when the need's language is one of the researcher's languages. */
export function languageFit(language: MatchLanguage, researcher: MatchResearcher): { value: number } {
  return { value: researcher.languages?.includes(language) ? 1 : 0 };
}

/** Place names normalised for comparison; few distinct names, compared for every candidate. */
const placeKeys = new Map<string, string>();
const PLACE_KEYS_SIZE = 10_000;

function placeKey(name: string): string {
  let key = placeKeys.get(name);
  if (key === undefined) {
    if (placeKeys.size >= PLACE_KEYS_SIZE) placeKeys.clear();
    key = normalise(name).trim();
    placeKeys.set(name, key);
  }
  return key;
}

/** 1 in the same city, SAME_REGION_VALUE in the same region only, else 0. */
export function placeFit(need: MatchNeed, researcher: MatchResearcher): { value: number; city?: string; region?: string } {
  const same = (a?: string | null, b?: string | null) => !!a && !!b && placeKey(a) === placeKey(b);
  if (same(need.city, researcher.city)) return { value: 1, city: researcher.city ?? undefined };
  if (same(need.region, researcher.region)) return { value: SAME_REGION_VALUE, region: researcher.region ?? undefined };
  return { value: 0 };
}
