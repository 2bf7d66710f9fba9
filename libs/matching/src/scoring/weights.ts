import type { FeatureName } from './types';

/**
 * THE configuration of the matcher's score: score = Σ weight × value, each value in [0, 1].
 * A feature without data on either side (no sector, no TRL, no city…) has value 0 for everyone,
 * so it never reorders candidates; it only rewards evidence that is there.
 */
export type MatchWeights = Record<FeatureName, number>;

export const DEFAULT_WEIGHTS: MatchWeights = {
  /** Word overlap of the need with the profile and its publications (tf-idf cosine, text-model/). */
  lexical: 1,
  /** Thesaurus concepts of the need found in the profile, in any language (broader/narrower ones count partly). */
  concepts: 0.3,
  /** The researcher works in the need's sector (agri-food, cosmetics; BOTH matches either). */
  sector: 0.05,
  /** Share of the need's TRL path (current → target) inside the researcher's [trlMin, trlMax]. */
  trl: 0.05,
  /** The need mentions a technique the researcher masters. */
  techniques: 0.08,
  /** The need mentions equipment the researcher's lab has. */
  equipment: 0.08,
  /** The researcher works in the language the need is written in. */
  languages: 0.03,
  /** Same city (full value) or same region (half value): visits and prototyping are easier. */
  place: 0.02,
};

/** How concept overlap is measured. */
export interface ConceptOptions {
  /** Levels of the hierarchy walked for related (broader/narrower) concepts. */
  broaderDepth: number;
  /** Credit of a need concept only related to a researcher concept through the hierarchy (exact = 1). */
  relatedCredit: number;
  mode?: 'coverage' | 'cosine';
  lexicalCredit?: number;
  direction?: 'both' | 'up' | 'down';
  prior?: number;
}

export const DEFAULT_CONCEPT_OPTIONS: ConceptOptions = { broaderDepth: 1, relatedCredit: 0.5 };

/** At most maxPerOrganisation results of one organisation (lab, or company) in the first `window` places. */
export interface DiversityOptions {
  maxPerOrganisation: number;
  window: number;
}

export const DEFAULT_DIVERSITY: DiversityOptions = { maxPerOrganisation: 2, window: 10 };

/** Value of a place match on region only (same city = 1). */
export const SAME_REGION_VALUE = 0.5;
