import { segmentMentions, type ConceptSource } from '../../../text/src';
import type { MatchNeed, MatchResearcher } from '../scoring/types';
import type { DocumentIndexSettings, IndexedDocument } from '../search-port';

/**
 * The search documents of needs and researchers, built from the same plain records the matcher
 * scores, so the API and the evaluation commands index exactly alike.
 */

/** What search needs of a need beyond what matching needs. */
export interface NeedRecord extends MatchNeed {
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  visibility: string;
  status: string;
  anonymous: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface ResearcherRecord extends MatchResearcher {
  userId: string;
  fullName: string;
  labName: string;
  organisationKind: string;
  availability: string;
  updatedAt: number;
}

export const NEEDS_INDEX = 'needs';
export const RESEARCHERS_INDEX = 'researchers';

export const NEEDS_INDEX_SETTINGS: DocumentIndexSettings = {
  name: NEEDS_INDEX,
  fields: {
    id: 'string',
    title: 'string',
    description: 'string',
    keywords: 'string[]',
    conceptLabels: 'string[]',
    concepts: 'string[]',
    organisationName: 'string',
    organisationId: 'string',
    organisationKind: 'string',
    city: 'string',
    region: 'string',
    sector: 'string',
    language: 'string',
    visibility: 'string',
    status: 'string',
    anonymous: 'boolean',
    trlCurrent: 'number',
    trlTarget: 'number',
    createdAt: 'number',
    updatedAt: 'number',
  },
  searchableFields: ['title', 'keywords', 'conceptLabels', 'description', 'organisationName'],
  filterableFields: ['sector', 'language', 'visibility', 'status', 'anonymous', 'organisationId', 'organisationKind', 'city', 'region', 'trlCurrent', 'trlTarget', 'concepts'],
  sortableFields: ['createdAt', 'trlCurrent'],
  locales: [{ fields: ['title', 'description', 'keywords', 'conceptLabels'], languages: ['fr', 'ar', 'en'] }],
};

export const RESEARCHERS_INDEX_SETTINGS: DocumentIndexSettings = {
  name: RESEARCHERS_INDEX,
  fields: {
    id: 'string',
    userId: 'string',
    fullName: 'string',
    headline: 'string',
    expertise: 'string',
    keywords: 'string[]',
    techniques: 'string[]',
    equipment: 'string[]',
    publicationTitles: 'string[]',
    conceptLabels: 'string[]',
    concepts: 'string[]',
    labName: 'string',
    organisationId: 'string',
    organisationKind: 'string',
    sectors: 'string[]',
    city: 'string',
    region: 'string',
    languages: 'string[]',
    availability: 'string',
    trlMin: 'number',
    trlMax: 'number',
    updatedAt: 'number',
  },
  searchableFields: ['headline', 'keywords', 'techniques', 'conceptLabels', 'expertise', 'publicationTitles', 'equipment', 'fullName', 'labName'],
  filterableFields: ['languages', 'availability', 'organisationId', 'organisationKind', 'sectors', 'city', 'region', 'trlMin', 'trlMax', 'concepts'],
  sortableFields: ['updatedAt'],
  locales: [{ fields: ['headline', 'expertise', 'keywords', 'techniques', 'publicationTitles', 'conceptLabels'], languages: ['fr', 'ar', 'en'] }],
};

/**
 * What the index knows of a need. An anonymous need carries neither its organisation's name
 * nor its city, so no query or facet can tie it to its organisation; visibility fields are
 * there for the search filters, which repeat the rules of the API's NeedsService.
 */
export function needDocument(need: NeedRecord, concepts: ConceptSource): IndexedDocument {
  const keywords = [...(need.keywords ?? [])];
  const tagged = conceptsOf(concepts, needConceptSegments(need));
  return {
    id: need.id,
    title: need.title,
    description: need.description,
    keywords,
    conceptLabels: tagged.labels,
    concepts: tagged.codes,
    organisationName: need.anonymous ? '' : need.organisationName,
    organisationId: need.organisationId,
    organisationKind: need.organisationKind,
    city: need.anonymous ? '' : (need.city ?? ''),
    region: need.region ?? '',
    sector: need.sector ?? '',
    language: need.language ?? '',
    visibility: need.visibility,
    status: need.status,
    anonymous: need.anonymous,
    trlCurrent: need.trlCurrent ?? 0,
    trlTarget: need.trlTarget ?? 0,
    createdAt: need.createdAt,
    updatedAt: need.updatedAt,
  };
}

export function researcherDocument(researcher: ResearcherRecord, concepts: ConceptSource): IndexedDocument {
  const publicationTitles = (researcher.publications ?? []).map((p) => p.title);
  const list = (values: readonly string[] | null | undefined) => [...(values ?? [])];
  const tagged = conceptsOf(concepts, researcherConceptSegments(researcher));
  return {
    id: researcher.id,
    userId: researcher.userId,
    fullName: researcher.fullName,
    headline: researcher.headline ?? '',
    expertise: researcher.expertise ?? '',
    keywords: list(researcher.keywords),
    techniques: list(researcher.techniques),
    equipment: list(researcher.equipment),
    publicationTitles,
    conceptLabels: tagged.labels,
    concepts: tagged.codes,
    labName: researcher.labName,
    organisationId: researcher.organisationId ?? '',
    organisationKind: researcher.organisationKind,
    sectors: list(researcher.sectors),
    city: researcher.city ?? '',
    region: researcher.region ?? '',
    languages: list(researcher.languages),
    availability: researcher.availability,
    trlMin: researcher.trlMin ?? 1,
    trlMax: researcher.trlMax ?? 9,
    updatedAt: researcher.updatedAt,
  };
}

/** The text segments of a need whose concepts its search document carries (each extracted on its own). */
export function needConceptSegments(need: Pick<MatchNeed, 'title' | 'description' | 'keywords'>): Array<string | null | undefined> {
  return [need.title, need.description, (need.keywords ?? []).join(', ')];
}

/** The text segments of a researcher's profile whose concepts its search document carries. */
export function researcherConceptSegments(
  researcher: Pick<MatchResearcher, 'headline' | 'expertise' | 'keywords' | 'techniques' | 'equipment' | 'publications'>,
): Array<string | null | undefined> {
  const list = (values: readonly string[] | null | undefined) => (values ?? []).join(', ');
  return [
    researcher.headline,
    researcher.expertise,
    list(researcher.keywords),
    list(researcher.techniques),
    list(researcher.equipment),
    ...(researcher.publications ?? []).map((p) => p.title),
  ];
}

/**
 * The concepts mentioned in some text segments, distinct, in order of first mention, each with
 * the span of text that first mentioned it: what conceptsOf tags a document with (the API's
 * concept preview and `concepts` fields use this, so they show exactly what search and matching use).
 */
export function conceptMentions(source: ConceptSource, segments: Array<string | null | undefined>): Array<{ code: string; matched: string }> {
  const seen = new Map<string, string>();
  for (const segment of segments) {
    if (!segment?.trim()) continue;
    for (const mention of segmentMentions(source, segment)) if (!seen.has(mention.code)) seen.set(mention.code, mention.text);
  }
  return [...seen].map(([code, matched]) => ({ code, matched }));
}

/**
 * The concepts a document mentions (field by field, as the matcher extracts them) and all their
 * labels in French, Arabic and English: a French profile about "huile d'argan" is found by
 * "زيت الأركان" and "argan oil".
 */
export function conceptsOf(source: ConceptSource, segments: Array<string | null | undefined>): { codes: string[]; labels: string[] } {
  const codes = conceptMentions(source, segments).map((mention) => mention.code);
  const labels = codes.flatMap((code) => {
    const concept = source.concept(code);
    return concept ? (['fr', 'ar', 'en'] as const).flatMap((language) => [...(concept.labels[language] ?? [])]) : [];
  });
  return { codes, labels: [...new Set(labels.map((label) => label.replace(/\s*\([^()]*\)\s*$/, '').trim()).filter(Boolean))] };
}
