/**
 * libs/text: text analysis shared by search and matching, for French, Arabic and English —
 * language detection, normalisation, tokenising, stop words, light stemming — and the AGROVOC
 * concept index with concept extraction. Depends on nothing (a test over the import graph,
 * libs/import-graph.spec.ts, guards it).
 */
export { analyse, contentWords, type ContentWordOptions } from './analyse';
export { clearLanguage, detectLanguage, type Language } from './language';
export { isArabic, normalise, tokenize } from './normalise';
export { stem } from './stem';
export { arabicSkeletons, latinSkeletons, LoanwordIndex, spellsAlike, type LoanwordMatch, type Skeleton } from './transliterate';
export { BROKEN_PLURALS, singularOf } from './arabic-plurals';
export { DARIJA_FUNCTION_WORDS, darijaToArabic } from './darija';
export { CONTEXT_LABELS, MASKED_PHRASES, PHRASE_LABELS } from './concepts/sense-rules';
export { isStopWord } from './stop-words';
export {
  ConceptIndex,
  CONCEPT_LANGUAGES,
  inflectedAlike,
  labelTerms,
  type Concept,
  type ConceptIndexData,
  type ConceptLanguage,
  type ConceptMatch,
  type ConceptRecord,
} from './concepts/concept-index';
export {
  ConceptCache,
  conceptLabel,
  documentConcepts,
  segmentConcepts,
  segmentMatches,
  segmentMentions,
  segmentTexts,
  type ConceptSource,
  type DocumentConcepts,
} from './concepts/concept-source';
export { glossaryLabels, glossarySynonyms, glossaryTerms, type GlossaryConcept } from './concepts/glossary';
export { starterGlossary, type StarterGlossaryEntry } from './concepts/starter-glossary';
export { normaliseQuery, unmappedTerms, type TermDocument, type UnmappedTerm, type UnmappedTermOptions } from './concepts/unmapped-terms';
