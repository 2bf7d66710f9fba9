import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { needDocument, researcherDocument } from '../../../../libs/matching/src';
import { ConceptIndex } from '../../../../libs/text/src';
import { SearchDocument } from '../../../../libs/search/src';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { OutboxEntityType } from './outbox-entry.entity';
import { CONCEPT_INDEX, LiveConceptIndex } from './concept-index.provider';
import { toNeedRecord, toResearcherRecord } from './search-records';
import { mapYielding, Pace } from '../common/yielding-map';
import { isListedProfile } from '../profiles/profile-policy';
import { withoutPoster } from '../needs/need-policy';
import { organisationPolicy } from '../members/organisation.policy';

export interface DocumentChanges {
  upserts: SearchDocument[];
  /** Ids whose record is gone from search: archived, or its researcher no longer active. */
  deletes: string[];
}

export interface Targets {
  needs: Set<string>;
  researchers: Set<string>;
}

/** Reads the current state of records from Postgres and turns it into search documents. */
@Injectable()
export class SearchDocumentsService {
  constructor(
    @Inject(CONCEPT_INDEX) private readonly concepts: ConceptIndex,
    private readonly live: LiveConceptIndex,
  ) {}

  /** The needs and researcher profiles whose documents a set of outbox rows touches. */
  async targetsOf(db: EntityManager, changes: { entityType: OutboxEntityType; entityId: string }[]): Promise<Targets> {
    const targets: Targets = { needs: new Set(), researchers: new Set() };
    const ids = (type: OutboxEntityType) => changes.filter((c) => c.entityType === type).map((c) => c.entityId);
    ids('need').forEach((id) => targets.needs.add(id));
    ids('researcher').forEach((id) => targets.researchers.add(id));
    const organisations = ids('organisation');
    const users = ids('user');
    if (organisations.length) {
      const needs = await db.getRepository(Need).find({ select: { id: true }, where: { organisationId: In(organisations) } });
      needs.forEach((n) => targets.needs.add(n.id));
      const members = await db.getRepository(User).find({ select: { id: true }, where: { organisationId: In(organisations) } });
      users.push(...members.map((m) => m.id));
    }
    if (users.length) {
      const profiles = await db.getRepository(ResearcherProfile).find({ select: { id: true }, where: { userId: In(users) } });
      profiles.forEach((p) => targets.researchers.add(p.id));
    }
    return targets;
  }

  async needs(db: EntityManager, ids: string[], pace: Pace = {}): Promise<DocumentChanges> {
    await this.live.reload(); // documents carry the glossary's current concepts, even one changed by another instance
    const needs = await db.getRepository(Need).findBy({ id: In(ids), archivedAt: IsNull() });
    const organisations = await this.organisations(db, needs.map((n) => n.organisationId));
    const upserts = await mapYielding(needs, (need) => {
      const organisation = organisations.get(need.organisationId)!;
      const record = toNeedRecord(need, organisation);
      // One document for every reader: it carries nothing of its poster when the need is anonymous
      // (need-policy.ts) or its organisation is not listed to members (organisation.policy.ts).
      return needDocument(need.anonymous || !organisationPolicy.isListed(organisation) ? withoutPoster(record) : record, this.concepts);
    }, pace);
    return { upserts, deletes: missing(ids, needs) };
  }

  async researchers(db: EntityManager, ids: string[], pace: Pace = {}): Promise<DocumentChanges> {
    await this.live.reload();
    const profiles = await db.getRepository(ResearcherProfile).findBy({ id: In(ids) });
    const users = new Map((await db.getRepository(User).findBy({ id: In(profiles.map((p) => p.userId)) })).map((u) => [u.id, u]));
    const searchable = profiles.filter((p) => isListedProfile(p, users.get(p.userId))); // profile-policy.ts
    const labs = await this.organisations(db, [...users.values()].map((u) => u.organisationId).filter((id): id is string => !!id));
    const upserts = await mapYielding(searchable, (profile) => {
      const user = users.get(profile.userId)!;
      const organisation = user.organisationId ? (labs.get(user.organisationId) ?? null) : null;
      const lab = organisation && organisationPolicy.isListed(organisation) ? organisation : null; // organisation.policy.ts
      return researcherDocument(toResearcherRecord(profile, user, lab), this.concepts);
    }, pace);
    return { upserts, deletes: missing(ids, searchable) };
  }

  private async organisations(db: EntityManager, ids: string[]): Promise<Map<string, Organisation>> {
    if (!ids.length) return new Map();
    const rows = await db.getRepository(Organisation).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((o) => [o.id, o]));
  }
}

function missing(ids: string[], found: { id: string }[]): string[] {
  const present = new Set(found.map((f) => f.id));
  return ids.filter((id) => !present.has(id));
}
