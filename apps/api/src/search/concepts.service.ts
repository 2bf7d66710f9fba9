import { Inject, Injectable } from '@nestjs/common';
import { conceptMentions, needConceptSegments, researcherConceptSegments } from '../../../../libs/matching/src';
import { ConceptIndex, conceptLabel } from '../../../../libs/text/src';
import { Language } from '../common/i18n-messages';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { CONCEPT_INDEX } from './concept-index.provider';
import { DetectedConcept } from './detected-concept.model';

/**
 * The AGROVOC concepts of a text, a need or a profile, through the very functions that tag search
 * documents (needConceptSegments / researcherConceptSegments → conceptMentions, as conceptsOf),
 * so a page shows what search and matching will use. Pure computation over the shipped index:
 * callers pass records the viewer already sees.
 */
@Injectable()
export class ConceptsService {
  constructor(@Inject(CONCEPT_INDEX) private readonly concepts: ConceptIndex) {}

  detect(text: string, language: Language): DetectedConcept[] {
    return this.labelled(conceptMentions(this.concepts, [text]), language);
  }

  ofNeed(need: Need, language: Language): DetectedConcept[] {
    return this.labelled(conceptMentions(this.concepts, needConceptSegments(need)), language);
  }

  ofProfile(profile: ResearcherProfile, language: Language): DetectedConcept[] {
    return this.labelled(conceptMentions(this.concepts, researcherConceptSegments(profile)), language);
  }

  private labelled(mentions: { code: string; matched: string }[], language: Language): DetectedConcept[] {
    return mentions.map(({ code, matched }) => ({ code, label: conceptLabel(this.concepts, code, language), matched: matched || null }));
  }
}
