import { IndexSettings, SearchDocument } from '../../../../libs/search/src';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';

/** Thesaurus concepts a text mentions, and their labels in French, Arabic and English. */
export interface ConceptTagger {
  tag(text: string): { codes: string[]; labels: string[] };
}

export const NEEDS_INDEX = 'needs';
export const RESEARCHERS_INDEX = 'researchers';

export const NEEDS_INDEX_SETTINGS: IndexSettings = {
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

export const RESEARCHERS_INDEX_SETTINGS: IndexSettings = {
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
 * there for the search filters, which repeat the rules of NeedsService.
 */
export function needDocument(need: Need, organisation: Organisation, concepts: ConceptTagger): SearchDocument {
  const tagged = concepts.tag([need.title, need.description, need.keywords.join(', ')].join('\n'));
  return {
    id: need.id,
    title: need.title,
    description: need.description,
    keywords: need.keywords,
    conceptLabels: tagged.labels,
    concepts: tagged.codes,
    organisationName: need.anonymous ? '' : organisation.name,
    organisationId: need.organisationId,
    organisationKind: organisation.kind,
    city: need.anonymous ? '' : organisation.city,
    region: organisation.region,
    sector: need.sector,
    language: need.language,
    visibility: need.visibility,
    status: need.status,
    anonymous: need.anonymous,
    trlCurrent: need.trlCurrent,
    trlTarget: need.trlTarget,
    createdAt: need.createdAt.getTime(),
    updatedAt: need.updatedAt.getTime(),
  };
}

export function researcherDocument(profile: ResearcherProfile, user: User, lab: Organisation | null, concepts: ConceptTagger): SearchDocument {
  const publicationTitles = profile.publications.map((p) => p.title);
  const tagged = concepts.tag(
    [profile.headline, profile.expertise, ...profile.keywords, ...profile.techniques, ...profile.equipment, ...publicationTitles].join('\n'),
  );
  return {
    id: profile.id,
    userId: profile.userId,
    fullName: user.fullName,
    headline: profile.headline,
    expertise: profile.expertise,
    keywords: profile.keywords,
    techniques: profile.techniques,
    equipment: profile.equipment,
    publicationTitles,
    conceptLabels: tagged.labels,
    concepts: tagged.codes,
    labName: lab?.name ?? '',
    organisationId: lab?.id ?? '',
    organisationKind: lab?.kind ?? '',
    sectors: lab?.sectors ?? [],
    city: lab?.city ?? '',
    region: lab?.region ?? '',
    languages: profile.languages,
    availability: profile.availability,
    trlMin: profile.trlMin,
    trlMax: profile.trlMax,
    updatedAt: profile.updatedAt.getTime(),
  };
}
