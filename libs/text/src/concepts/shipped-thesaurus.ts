import shipped from '../../data/agrovoc-concepts.json';

/**
 * The shipped AGROVOC data (libs/text/data/agrovoc-concepts.json), in a module of its own so that
 * concept-index.ts loads it only when a ConceptIndex of it is first built: a thread that only
 * analyses text (the search engine's worker) never parses it (~5 MB of heap).
 */
export const shippedThesaurus: unknown = shipped;
