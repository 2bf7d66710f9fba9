export {
  NEEDS_INDEX,
  NEEDS_INDEX_SETTINGS,
  RESEARCHERS_INDEX,
  RESEARCHERS_INDEX_SETTINGS,
  conceptMentions,
  conceptsOf,
  needConceptSegments,
  researcherConceptSegments,
  needDocument,
  researcherDocument,
  type NeedRecord,
  type ResearcherRecord,
} from './search-documents';
