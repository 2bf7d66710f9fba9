import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { Matcher, ResearcherRecord } from '../../../../libs/matching/src';
import { ConceptIndex } from '../../../../libs/text/src';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { CONCEPT_INDEX, LiveConceptIndex } from '../search/concept-index.provider';
import { isListedProfile } from '../profiles/profile-policy';
import { toResearcherRecord } from '../search/search-records';

/** Corpus statistics drift slowly; the whole matcher is rebuilt from Postgres this often. */
const REBUILD_AFTER_MS = 30 * 60_000;
const PAGE = 1000;

/**
 * The process's Matcher: corpus statistics (idf, concept specificity) over every searchable
 * researcher, built from Postgres on first use and rebuilt periodically. Records scored later
 * are re-registered when they changed, so each instance converges on Postgres by itself.
 */
@Injectable()
export class MatcherProvider {
  private readonly logger = new Logger(MatcherProvider.name);
  private current: Promise<{ matcher: Matcher; builtAt: number; versions: Map<string, number> }> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CONCEPT_INDEX) private readonly concepts: ConceptIndex,
    private readonly live: LiveConceptIndex,
  ) {
    // A glossary change changes concepts and their statistics: the next call rebuilds the matcher.
    live.onChange(() => {
      this.current = null;
    });
  }

  /** The matcher, with `records` registered in their current version. */
  async with(records: ResearcherRecord[]): Promise<Matcher> {
    await this.live.ready();
    if (!this.current || (await this.current).builtAt < Date.now() - REBUILD_AFTER_MS) this.current = this.build();
    const { matcher, versions } = await this.current;
    for (const record of records) {
      if (versions.get(record.id) === record.updatedAt) continue;
      matcher.upsertResearcher(record);
      versions.set(record.id, record.updatedAt);
    }
    return matcher;
  }

  /**
   * Drops a researcher from this process's matcher (an erased account). Other instances drop it at
   * their next rebuild; meanwhile search, which supplies the candidates, no longer returns it.
   */
  async forget(profileId: string): Promise<void> {
    if (!this.current) return;
    const { matcher, versions } = await this.current;
    matcher.removeResearcher(profileId);
    versions.delete(profileId);
  }

  /** Searchable researchers (profile not archived, account active) as matcher records. */
  async records(profileIds?: string[]): Promise<ResearcherRecord[]> {
    const profiles = await this.db.getRepository(ResearcherProfile).findBy({ archivedAt: IsNull(), ...(profileIds ? { id: In(profileIds) } : {}) });
    if (!profiles.length) return [];
    const users = new Map((await this.db.getRepository(User).findBy({ id: In(profiles.map((p) => p.userId)) })).map((u) => [u.id, u]));
    const labIds = [...new Set([...users.values()].map((u) => u.organisationId).filter((id): id is string => !!id))];
    const labs = new Map((labIds.length ? await this.db.getRepository(Organisation).findBy({ id: In(labIds) }) : []).map((o) => [o.id, o]));
    return profiles
      .filter((p) => isListedProfile(p, users.get(p.userId))) // profile-policy.ts
      .map((p) => {
        const user = users.get(p.userId)!;
        return toResearcherRecord(p, user, user.organisationId ? (labs.get(user.organisationId) ?? null) : null);
      });
  }

  private async build() {
    const started = performance.now();
    const matcher = new Matcher([], { concepts: this.concepts });
    const versions = new Map<string, number>();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string }[] = await this.db.query('SELECT id FROM researcher_profiles WHERE archived_at IS NULL AND id > $1 ORDER BY id LIMIT $2', [after, PAGE]);
      if (!rows.length) break;
      for (const record of await this.records(rows.map((r) => r.id))) {
        matcher.upsertResearcher(record);
        versions.set(record.id, record.updatedAt);
      }
      after = rows[rows.length - 1].id;
    }
    this.logger.log({ msg: 'Matcher corpus built', researchers: versions.size, ms: Math.round(performance.now() - started) });
    return { matcher, builtAt: Date.now(), versions };
  }
}
