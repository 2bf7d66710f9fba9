export { TextModel, DEFAULT_TEXT_MODEL_OPTIONS, type TextModelOptions, type TextModelJSON, type LexicalScore, type SharedTerm, type PreparedNeed, type NeedText, type ResearcherText } from './text-model';
export { Corpus, type CorpusJSON } from './corpus';
