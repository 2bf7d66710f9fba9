import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { perRequest } from '../common/per-request-loader';
import { GraphQLContext } from '../common/viewer';
import { byId } from '../members/members.loader';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { InterestKind, InterestStatus } from './brokering.enums';
import { Collaboration } from './collaboration.entity';
import { HallBooking } from './hall-booking.entity';
import { MatchEvent } from './match-event.entity';
import { MatchParties } from './match-parties';
import { Match } from './match.entity';
import { Milestone } from './milestone.entity';

/**
 * Batches what a page of matches asks for: their needs, researchers, parties, timelines and
 * collaborations, one query per kind and request. These read rows as stored: the resolver has
 * already established that the viewer is staff or a side of the match.
 */
@Injectable()
export class BrokeringLoader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  need(context: GraphQLContext, id: string): Promise<Need | null> {
    return perRequest(context, 'brokering.need', () => byId(this.db, Need)).load(id);
  }

  profile(context: GraphQLContext, id: string): Promise<ResearcherProfile | null> {
    return perRequest(context, 'brokering.profile', () => byId(this.db, ResearcherProfile)).load(id);
  }

  match(context: GraphQLContext, id: string): Promise<Match | null> {
    return perRequest(context, 'brokering.match', () => byId(this.db, Match)).load(id);
  }

  /** Both sides of a match with the people and organisations behind them. */
  async parties(context: GraphQLContext, match: Match): Promise<MatchParties> {
    const [need, profile] = await Promise.all([this.need(context, match.needId), this.profile(context, match.researcherProfileId)]);
    const users = perRequest(context, 'brokering.user', () => byId(this.db, User));
    const organisations = perRequest(context, 'brokering.organisation', () => byId(this.db, Organisation));
    const [industrialContact, researcher] = await Promise.all([users.load(need!.authorId), users.load(profile!.userId)]);
    const [organisation, lab] = await Promise.all([
      organisations.load(need!.organisationId),
      researcher!.organisationId ? organisations.load(researcher!.organisationId) : Promise.resolve(null),
    ]);
    return { need: need!, profile: profile!, industrialContact: industrialContact!, researcher: researcher!, organisation: organisation!, lab };
  }

  timeline(context: GraphQLContext, matchId: string): Promise<MatchEvent[]> {
    return perRequest(context, 'brokering.timeline', () => this.grouped(MatchEvent, 'matchId', { createdAt: 'ASC' })).load(matchId);
  }

  async collaboration(context: GraphQLContext, matchId: string): Promise<Collaboration | null> {
    const rows = await perRequest(context, 'brokering.collaboration', () => this.grouped(Collaboration, 'matchId', { createdAt: 'ASC' })).load(matchId);
    return rows[0] ?? null;
  }

  milestones(context: GraphQLContext, collaborationId: string): Promise<Milestone[]> {
    return perRequest(context, 'brokering.milestones', () => this.grouped(Milestone, 'collaborationId', { dueDate: 'ASC', createdAt: 'ASC' })).load(collaborationId);
  }

  bookings(context: GraphQLContext, collaborationId: string): Promise<HallBooking[]> {
    return perRequest(context, 'brokering.bookings', () => this.grouped(HallBooking, 'collaborationId', { startsOn: 'ASC' })).load(collaborationId);
  }

  /**
   * Whether the need's organisation has a live (OPEN or CONVERTED) introduction request for this
   * expert: one query per request for every need asked about. For staff and the need's
   * organisation only (the caller's rule: proposeMatches answers nobody else).
   */
  async introductionRequested(context: GraphQLContext, needId: string, researcherProfileId: string): Promise<boolean> {
    const loader = perRequest(context, 'brokering.introductionRequests', () =>
      new DataLoader<string, Set<string>>(async (needIds) => {
        const rows: { needId: string; profileId: string }[] = await this.db.query(
          `SELECT need_id AS "needId", researcher_profile_id AS "profileId" FROM need_interests
            WHERE kind = $2 AND status = ANY($3::varchar[]) AND need_id = ANY($1::uuid[])`,
          [[...needIds], InterestKind.INTRODUCTION_REQUEST, [InterestStatus.OPEN, InterestStatus.CONVERTED]],
        );
        const byNeed = new Map<string, Set<string>>(needIds.map((id) => [id, new Set()]));
        for (const row of rows) byNeed.get(row.needId)?.add(row.profileId);
        return needIds.map((id) => byNeed.get(id)!);
      }),
    );
    return (await loader.load(needId)).has(researcherProfileId);
  }

  private grouped<T extends object>(entity: new () => T, key: keyof T & string, order: Record<string, 'ASC' | 'DESC'>): DataLoader<string, T[]> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order: order as never });
      const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
      for (const row of rows) groups.get(row[key] as string)?.push(row);
      return ids.map((id) => groups.get(id)!);
    });
  }
}
