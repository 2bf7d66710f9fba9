// libs/matching: explainable scoring, candidate generation through a search port, evaluation.
// Text analysis and the AGROVOC concepts are libs/text's; libs/search is never imported here
// (the engine satisfies ./search-port and is passed in by apps/api and the evaluation command).
export * from './documents';
export * from './scoring';
export * from './text-model';
export * from './evaluation';
export * from './search-port';
export { researcherCandidates, needCandidates, DEFAULT_CANDIDATES } from './candidates';
