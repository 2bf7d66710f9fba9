export { analyse } from './analysis/analyse';
export { detectLanguage, type Language } from './analysis/language';
export { isArabic, normalise, tokenize } from './analysis/normalise';
export { stem } from './analysis/stem';
export { isStopWord } from './analysis/stop-words';
export { ConceptIndex, type Concept, type ConceptMatch } from './concepts/concept-index';
