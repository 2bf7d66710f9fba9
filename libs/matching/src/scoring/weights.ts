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
}

export const DEFAULT_CONCEPT_OPTIONS: ConceptOptions = { broaderDepth: 1, relatedCredit: 0.5, sameWordsCredit: 0 };

/** At most maxPerOrganisation results of one organisation (lab, or company) in the first `window` places. */
export interface DiversityOptions {
  maxPerOrganisation: number;
  window: number;
}

export const DEFAULT_DIVERSITY: DiversityOptions = { maxPerOrganisation: 2, window: 10 };

/** Value of a place match on region only (same city = 1). */
export const SAME_REGION_VALUE = 0.5;
