import { Provider } from '@nestjs/common';
import { ConceptIndex } from '../../../../libs/matching/src';
import { Language } from '../common/i18n-messages';
import { ConceptTagger } from './search-documents';

export const CONCEPT_TAGGER = Symbol('CONCEPT_TAGGER');

export interface ConceptLabels {
  /** The concept's preferred label in `language`, else in another language. */
  label(code: string, language: Language): string | null;
}

/**
 * Tags documents with the AGROVOC concepts they mention and every label of those concepts in
 * French, Arabic and English: a French profile about "huile d'argan" is found by "زيت الأركان".
 */
export class AgrovocConceptTagger implements ConceptTagger, ConceptLabels {
  constructor(private readonly index: ConceptIndex) {}

  tag(text: string): { codes: string[]; labels: string[] } {
    const codes = [...new Set(this.index.extract(text).map((match) => match.code))];
    return { codes, labels: [...new Set(codes.flatMap((code) => this.index.labels(code)))] };
  }

  label(code: string, language: Language): string | null {
    const concept = this.index.concept(code);
    if (!concept) return null;
    const order: Language[] = [language, 'fr', 'en', 'ar'];
    for (const candidate of order) {
      const labels = concept.labels[candidate];
      if (labels?.length) return labels[0];
    }
    return null;
  }
}

export const conceptTaggerProvider: Provider = {
  provide: CONCEPT_TAGGER,
  useFactory: () => new AgrovocConceptTagger(ConceptIndex.loadDefault()),
};
