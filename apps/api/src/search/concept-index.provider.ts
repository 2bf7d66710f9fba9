import { Provider } from '@nestjs/common';
import { ConceptIndex } from '../../../../libs/text/src';

export const CONCEPT_INDEX = Symbol('CONCEPT_INDEX');

/** The shipped AGROVOC concept index, loaded once per process (search documents and matching share it). */
export const conceptIndexProvider: Provider<ConceptIndex> = {
  provide: CONCEPT_INDEX,
  useFactory: () => ConceptIndex.loadDefault(),
};
