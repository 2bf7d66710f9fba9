import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Match as ScoredMatch, needCandidates, NeedRecord, researcherCandidates } from '../../../../libs/matching/src';
import { ConceptIndex } from '../../../../libs/text/src';
import { Filter, SearchEngine } from '../../../../libs/search/src';
import { BrokeringService } from '../brokering/brokering.service';
import { ForbiddenError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { Role } from '../members/member.enums';
import { Organisation } from '../members/organisation.entity';
import { Need } from '../needs/need.entity';
import { NeedStatus } from '../needs/need.enums';
import { NeedsService } from '../needs/needs.service';
import { ProfilesService } from '../profiles/profiles.service';
import { CONCEPT_INDEX } from '../search/concept-index.provider';
import { SEARCH_ENGINE } from '../search/search-engine.provider';
import { SearchIndexes } from '../search/search-indexes';
import { toNeedRecord } from '../search/search-records';
import { needVisibility } from '../search/search.service';
import { MatcherProvider } from './matcher.provider';
import { ProposedMatch, RecommendedNeed } from './proposed-match.model';
import { withoutPoster } from '../needs/need-policy';

@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(CONCEPT_INDEX) private readonly concepts: ConceptIndex,
    private readonly indexes: SearchIndexes,
    private readonly matchers: MatcherProvider,
    private readonly needs: NeedsService,
    private readonly profiles: ProfilesService,
    private readonly brokering: BrokeringService,
  ) {}

  /** Experts for a need: for staff, and for the need's own organisation. */
  async proposeMatches(viewer: Viewer, needId: string, first: number): Promise<ProposedMatch[]> {
    const need = await this.needs.get(viewer, needId);
    if (!isStaff(viewer) && !(viewer.role === Role.INDUSTRIAL && viewer.organisationId === need.organisationId)) {
      throw new ForbiddenError('forbiddenOtherOrganisation');
    }
    const [record] = await this.needRecords([need], () => true);
    const candidateIds = await this.indexes.read(() => researcherCandidates(this.engine, this.indexes.researchers, record, this.concepts));
    const candidates = await this.matchers.records(candidateIds);
    const matcher = await this.matchers.with(candidates);
    const ranked = matcher.rankResearchers(record, candidates, { language: viewer.language, limit: first });
    const profiles = byId(await this.profiles.findVisible(viewer, ranked.map((m) => m.researcherId)));
    return ranked.filter((m) => profiles.has(m.researcherId)).map((m) => ({ needId: need.id, researcher: profiles.get(m.researcherId)!, ...explained(m) }));
  }

  /** Open needs the signed-in researcher may see, best first; none until they have a profile. */
  async recommendedNeeds(viewer: Viewer, first: number): Promise<RecommendedNeed[]> {
    if (viewer.role !== Role.RESEARCHER) throw new ForbiddenError('forbiddenRole', { roles: 'RESEARCHER' });
    const profile = await this.profiles.mine(viewer);
    if (!profile || profile.archivedAt) return [];
    return this.needsForProfile(viewer, profile.id, first);
  }

  /** Staff: the open needs a researcher would be recommended, explained, to start matches from the expert's side. */
  async recommendedNeedsFor(viewer: Viewer, researcherProfileId: string, first: number): Promise<RecommendedNeed[]> {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    const profile = await this.profiles.get(viewer, researcherProfileId);
    if (profile.archivedAt) return [];
    return this.needsForProfile(viewer, profile.id, first);
  }

  /** Open needs the viewer may see, ranked for one researcher's profile. */
  private async needsForProfile(viewer: Viewer, profileId: string, first: number): Promise<RecommendedNeed[]> {
    const [researcher] = await this.matchers.records([profileId]);
    if (!researcher) return [];
    const open: Filter = { field: 'status', equals: NeedStatus.OPEN };
    const visibility = needVisibility(viewer);
    const filter: Filter = visibility ? { and: [visibility, open] } : open;
    const candidateIds = await this.indexes.read(() => needCandidates(this.engine, this.indexes.needs, researcher, this.concepts, filter));
    const needs = (await this.needs.findVisible(viewer, candidateIds)).filter((n) => n.status === NeedStatus.OPEN);
    const records = await this.needRecords(needs, (need) => this.needs.canSeePoster(viewer, need));
    const matcher = await this.matchers.with([researcher]);
    const ranked = matcher.rankNeeds(researcher, records, { language: viewer.language, limit: first });
    const byNeed = byId(needs);
    return ranked.map((m) => ({ need: byNeed.get(m.needId)!, ...explained(m) }));
  }

  /** Staff keep the current proposals as SUGGESTED matches (re-running refreshes those still SUGGESTED). */
  async saveSuggestedMatches(viewer: Viewer, needId: string, first: number): Promise<ProposedMatch[]> {
    const proposals = await this.proposeMatches(viewer, needId, first);
    await this.brokering.suggest(
      viewer,
      needId,
      proposals.map((p) => ({ researcherProfileId: p.researcher.id, score: p.score, features: p.features })),
    );
    return proposals;
  }

  /**
   * Needs as the matcher sees them. When the viewer may not know who posted a need, the
   * organisation's name and place are left out, so no reason ("same city: …") can reveal them.
   */
  private async needRecords(needs: Need[], posterVisible: (need: Need) => boolean): Promise<NeedRecord[]> {
    const ids = [...new Set(needs.map((n) => n.organisationId))];
    const organisations = byId(ids.length ? await this.db.getRepository(Organisation).findBy({ id: In(ids) }) : []);
    return needs.map((need) => {
      const record = toNeedRecord(need, organisations.get(need.organisationId)!);
      return posterVisible(need) ? record : withoutPoster(record);
    });
  }
}

function explained(match: ScoredMatch) {
  return {
    score: match.score,
    features: match.features.map((f) => ({ name: f.name, contribution: f.contribution, detail: f.detail })),
    reasons: match.reasons,
  };
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}
