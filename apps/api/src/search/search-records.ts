import { NeedRecord, ResearcherRecord } from '../../../../libs/matching/src';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';

/** A need as search and matching see it: plain data, its organisation's fields flattened in. */
export function toNeedRecord(need: Need, organisation: Organisation): NeedRecord {
  return {
    id: need.id,
    title: need.title,
    description: need.description,
    keywords: need.keywords,
    language: need.language,
    sector: need.sector,
    trlCurrent: need.trlCurrent,
    trlTarget: need.trlTarget,
    city: organisation.city,
    region: organisation.region,
    organisationId: need.organisationId,
    organisationName: organisation.name,
    organisationKind: organisation.kind,
    visibility: need.visibility,
    status: need.status,
    anonymous: need.anonymous,
    createdAt: need.createdAt.getTime(),
    updatedAt: need.updatedAt.getTime(),
  };
}

export function toResearcherRecord(profile: ResearcherProfile, user: User, lab: Organisation | null): ResearcherRecord {
  return {
    id: profile.id,
    userId: profile.userId,
    fullName: user.fullName,
    organisationId: lab?.id ?? null,
    labName: lab?.name ?? '',
    organisationKind: lab?.kind ?? '',
    headline: profile.headline,
    expertise: profile.expertise,
    keywords: profile.keywords,
    techniques: profile.techniques,
    equipment: profile.equipment,
    publications: profile.publications,
    languages: profile.languages,
    sectors: lab?.sectors ?? [],
    availability: profile.availability,
    trlMin: profile.trlMin,
    trlMax: profile.trlMax,
    city: lab?.city ?? null,
    region: lab?.region ?? null,
    updatedAt: profile.updatedAt.getTime(),
  };
}
