export { Matcher, type MatcherOptions, type RankOptions } from './matcher';
export { DEFAULT_WEIGHTS, DEFAULT_CONCEPT_OPTIONS, DEFAULT_DIVERSITY, SAME_REGION_VALUE, type MatchWeights, type ConceptOptions, type DiversityOptions } from './weights';
export { diversify } from './diversity';
export type { Match, FeatureContribution, FeatureName, MatchLanguage, MatchNeed, MatchPublication, MatchResearcher, MatchSector } from './types';
