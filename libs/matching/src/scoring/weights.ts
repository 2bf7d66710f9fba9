import type { FeatureName } from './types';

/**
 * THE configuration of the matcher's score: score = Σ weight × value, each value in [0, 1].
 * A feature without data on either side (no sector, no TRL, no city…) has value 0 for everyone,
 * so it never reorders candidates; it only rewards evidence that is there.
 */
export type MatchWeights = Record<FeatureName, number>;

export const DEFAULT_WEIGHTS: MatchWeights = {
  /** Words (and character n-grams of words) the need shares with the profile and its publications: tf-idf cosines, text-model/. */
  lexical: 1,
  /**
   * Thesaurus (AGROVOC) concepts of the need that the profile mentions in other words — another
   * language, a synonym — or through a broader concept (half credit); specific concepts weigh more.
   * It is what finds a French profile for an Arabic need.
   */
  concepts: 0.5,
  /** The researcher works in the need's sector (agri-food, cosmetics; BOTH matches either). */
  sector: 0.05,
  /** Share of the need's TRL path (current → target) inside the researcher's [trlMin, trlMax]. */
  trl: 0.05,
  /** The need mentions a technique the researcher masters. */
  techniques: 0.08,
  /** The need mentions equipment the researcher's lab has. */
  equipment: 0.08,
  /**
   * The researcher works in the language the need is written in. A tie-breaker only: on xling-dev,
   * where most ideal experts write in another language than the need, 0.1 cost 0.19 nDCG@10.
   */
  languages: 0.01,
  /** Same city (full value) or same region (half value): visits and prototyping are easier. */
  place: 0.02,
};

/** How concept overlap is measured (see conceptOverlap in features.ts). */
export interface ConceptOptions {
  /** Levels of broader concepts walked from a need concept. */
  broaderDepth: number;
  /** Credit of a need concept whose broader concept is in the profile (an exact concept = 1). */
  relatedCredit: number;
  /** Credit of a shared concept both sides name with the same words (the lexical feature counts those). */
  sameWordsCredit: number;
  /**
   * Prior mass, in need concepts of average specificity, added to the denominator of the coverage:
   * value = covered / (total + prior × total / n) for n need concepts, so a need with one concept
   * found (often a generic one: "oils", "water") does not give full coverage for that one match.
   * 0 = plain coverage. 2 since 2026-12-06 (evaluation/README.md, "What was tried and what held":
   * the most frequent cause of a judged expert missing the top 10 of the cluster collection was
   * other profiles' coverage of one or two incidental need concepts; tried 1 and 2, 2 kept; the gold
   * standard is unchanged).
   */
  prior: number;
}

export const DEFAULT_CONCEPT_OPTIONS: ConceptOptions = { broaderDepth: 1, relatedCredit: 0.5, sameWordsCredit: 0, prior: 2 };

/**
 * Cross-lingual pseudo-relevance feedback through concepts (rankResearchers only): the need is
 * ranked once, the thesaurus concepts most shared among the profiles of its best `documents`
 * candidates are added to the need's concept vector, and the candidates are ranked again. Concept
 * codes are language-free, so a French profile brings in what an Arabic need's own words did not
 * name (a route that does not depend on the thesaurus having the need's words).
 * Off by default (MatcherOptions.feedback): on xling-dev it cost 0.07–0.13 nDCG@10 across folds
 * (topic drift: generalists sharing the top profiles' concepts overtake the ideal expert;
 * evaluation/README.md). Kept as the `concept feedback` variant to re-measure on larger frozen collections.
 */
export interface FeedbackOptions {
  /** Best first-pass candidates whose concepts are read. */
  documents: number;
  /** A concept must be in at least this many of them (shared, not one profile's topic). */
  minDocuments: number;
  /** At most this many concepts are added, most weighted first. */
  concepts: number;
  /** Their total weight relative to the need's own concepts (Rocchio's β). */
  weight: number;
}

export const DEFAULT_FEEDBACK: FeedbackOptions = { documents: 5, minDocuments: 2, concepts: 10, weight: 0.5 };

/**
 * The translation route's cosine (MatcherOptions.translation) counts this much of the need's own:
 * translated words are fewer and noisier than the need's words. Set a priori, not tuned.
 */
export const TRANSLATION_DISCOUNT = 0.5;

/** At most maxPerOrganisation results of one organisation (lab, or company) in the first `window` places. */
export interface DiversityOptions {
  maxPerOrganisation: number;
  window: number;
}

export const DEFAULT_DIVERSITY: DiversityOptions = { maxPerOrganisation: 2, window: 10 };

/** Value of a place match on region only (same city = 1). */
export const SAME_REGION_VALUE = 0.5;
