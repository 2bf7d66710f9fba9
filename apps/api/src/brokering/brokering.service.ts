import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ConnectionShape, PageArgs, paginate } from '../common/connection';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { Role, STAFF_ROLES, UserStatus } from '../members/member.enums';
import { isUniqueViolation } from '../database/unique-violation';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { DeclineReason, InterestKind, MatchEventType, MatchOrigin, MatchOutcome, MatchSide, MatchStatus, SideAnswer } from './brokering.enums';
import { answeredNotices, closedNotices, declinedNotices, introducedNotices, proposedNotices } from './brokering-notices';
import { AnswerMatchInput } from './dto/answer-match.input';
import { CloseMatchInput } from './dto/close-match.input';
import { CreateMatchInput } from './dto/create-match.input';
import { PipelineFilter } from './dto/pipeline-filter.input';
import { TransitionInput } from './dto/transition.input';
import { Interest } from './interest.entity';
import { MatchEvent } from './match-event.entity';
import { bothSides, loadParties, MatchParties, sideOf, staffRecipients } from './match-parties';
import { MatchCommand, stateOf, transition } from './match-state-machine';
import { Match } from './match.entity';
import { matchPolicy } from './match.policy';

/** The longest message staff may send to both sides with a proposal. */
export const PROPOSAL_MESSAGE_MAX = 1000;

/** What a transition may add inside its transaction, once the state machine said yes. */
type TransitionHook = (manager: EntityManager, match: Match, parties: MatchParties, command: MatchCommand) => Promise<void>;

export interface SuggestedProposal {
  researcherProfileId: string;
  score: number;
  features: Match['features'];
}

/**
 * The brokering pipeline. Every change goes through `change`: it locks the match row (so two
 * sides answering at once cannot lose an update), asks the state machine, writes the match,
 * its audit entry and the notifications in one transaction.
 */
@Injectable()
export class BrokeringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Staff see every match; each side sees its own once proposed; anyone else gets NOT_FOUND. */
  async get(viewer: Viewer, id: string): Promise<Match> {
    const match = await this.visibleTo(viewer).andWhere('m.id = :id', { id }).getOne();
    if (!match) throw new NotFoundError('Match', id);
    return match;
  }

  pipeline(viewer: Viewer, filter: PipelineFilter = {}, page: PageArgs): Promise<ConnectionShape<Match>> {
    return paginate(this.filtered(filter), page);
  }

  /** Matches per status under the same filter (without its statuses): the columns of the board. */
  async pipelineCounts(viewer: Viewer, filter: PipelineFilter = {}): Promise<{ status: MatchStatus; count: number }[]> {
    const rows: { status: MatchStatus; count: string }[] = await this.filtered({ ...filter, statuses: null })
      .select('m.status', 'status')
      .addSelect('count(*)', 'count')
      .groupBy('m.status')
      .getRawMany();
    const counts = new Map(rows.map((r) => [r.status, Number(r.count)]));
    return Object.values(MatchStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }

  /** The signed-in member's matches: proposals to their organisation's needs, or to them. */
  myMatches(viewer: Viewer, statuses: MatchStatus[] | null | undefined, page: PageArgs): Promise<ConnectionShape<Match>> {
    if (viewer.role !== Role.INDUSTRIAL && viewer.role !== Role.RESEARCHER) throw new ForbiddenError('forbiddenRole', { roles: 'INDUSTRIAL, RESEARCHER' });
    const query = this.visibleTo(viewer);
    if (statuses?.length) query.andWhere('m.status IN (:...statuses)', { statuses });
    return paginate(query, page);
  }

  /** Staff keep the engine's proposals as SUGGESTED matches; re-running refreshes the scores of those still SUGGESTED. */
  async suggest(viewer: Viewer, needId: string, proposals: SuggestedProposal[]): Promise<void> {
    if (!proposals.length) return;
    await this.db.transaction(async (manager) => {
      const values = proposals.map((p) => [needId, p.researcherProfileId, p.score, JSON.stringify(p.features), viewer.id]);
      const placeholders = values.map((_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, 'SUGGESTED', 'ENGINE', $${i * 5 + 3}, $${i * 5 + 4}::jsonb, $${i * 5 + 5})`);
      const upserted: { id: string; created: boolean }[] = await manager.query(
        `INSERT INTO matches (need_id, researcher_profile_id, status, origin, score, features, created_by)
         VALUES ${placeholders.join(', ')}
         ON CONFLICT (need_id, researcher_profile_id) DO UPDATE
           SET score = EXCLUDED.score, features = EXCLUDED.features, updated_at = now(), version = matches.version + 1
           WHERE matches.status = 'SUGGESTED'
         RETURNING id, (xmax = 0) AS created`,
        values.flat(),
      );
      for (const row of upserted.filter((r) => r.created)) {
        await record(manager, row.id, viewer, MatchEventType.SUGGEST, null, MatchStatus.SUGGESTED, null);
      }
    });
  }

  /** Staff pick an expert by hand: the match starts SHORTLISTED, followed by them. */
  async create(viewer: Viewer, input: CreateMatchInput): Promise<Match> {
    const pair = { needId: input.needId, researcherProfileId: input.researcherProfileId };
    const refuseExisting = async () => {
      const existing = await this.db.getRepository(Match).findOneBy(pair);
      if (existing) throw new ConflictError('matchExists', { status: existing.status });
    };
    await refuseExisting();
    return this.db
      .transaction(async (manager) => {
        await assertPairExists(manager, input.needId, input.researcherProfileId);
        const fields = { ...pair, status: MatchStatus.SHORTLISTED, origin: MatchOrigin.STAFF, ownerId: viewer.id };
        return this.insert(manager, viewer, fields, input.note ?? null);
      })
      .catch(async (error: unknown) => {
        // Another request created the pair meanwhile: answer as if it had come first.
        if (isUniqueViolation(error)) await refuseExisting();
        throw error;
      });
  }

  /** Creates a match and its first audit entry in `manager`'s transaction. */
  async insert(manager: EntityManager, viewer: Viewer, fields: Partial<Match>, note: string | null): Promise<Match> {
    const repository = manager.getRepository(Match);
    const match = await repository.save(repository.create({ features: [], score: null, createdBy: viewer.id, statusChangedAt: new Date(), ...fields }));
    const event = match.status === MatchStatus.SUGGESTED ? MatchEventType.SUGGEST : MatchEventType.SHORTLIST;
    await record(manager, match.id, viewer, event, null, match.status, note);
    return match;
  }

  /**
   * A request of the staff queue becomes a SHORTLISTED match whose asking side is already
   * INTERESTED, its message kept as that side's note (which the other side never reads): the
   * researcher's side for an expression of interest, the industrial's for an introduction request.
   * An engine suggestion or a shortlisted match for the same pair is taken over, not duplicated.
   */
  async adoptInterest(manager: EntityManager, viewer: Viewer, existing: Match | null, interest: Interest, note: string | null): Promise<Match> {
    const byIndustrial = interest.kind === InterestKind.INTRODUCTION_REQUEST;
    const answered = byIndustrial
      ? { industrialAnswer: SideAnswer.INTERESTED, industrialNote: interest.message, industrialAnsweredAt: interest.createdAt }
      : { researcherAnswer: SideAnswer.INTERESTED, researcherNote: interest.message, researcherAnsweredAt: interest.createdAt };
    if (!existing) {
      const origin = byIndustrial ? MatchOrigin.INTRODUCTION_REQUEST : MatchOrigin.INTEREST;
      const fields = { needId: interest.needId, researcherProfileId: interest.researcherProfileId, origin, ownerId: viewer.id };
      return this.insert(manager, viewer, { ...fields, ...answered, status: MatchStatus.SHORTLISTED }, note);
    }
    const from = existing.status;
    if (from === MatchStatus.SUGGESTED) Object.assign(existing, transition(stateOf(existing), { type: MatchEventType.SHORTLIST }));
    else if (from !== MatchStatus.SHORTLISTED) throw new ConflictError('matchExists', { status: from });
    Object.assign(existing, answered);
    stamp(existing, from, viewer);
    await manager.getRepository(Match).save(existing);
    await record(manager, existing.id, viewer, from === MatchStatus.SUGGESTED ? MatchEventType.SHORTLIST : MatchEventType.NOTE, from, existing.status, note);
    return existing;
  }

  shortlist(viewer: Viewer, id: string, input: TransitionInput = {}): Promise<Match> {
    return this.change(viewer, id, { type: MatchEventType.SHORTLIST }, input);
  }

  unshortlist(viewer: Viewer, id: string, input: TransitionInput = {}): Promise<Match> {
    return this.change(viewer, id, { type: MatchEventType.UNSHORTLIST }, input);
  }

  /**
   * Both sides are told; `message` (optional, a few words from the team) goes into both their
   * notifications and e-mails. The transition's note stays on the staff timeline.
   */
  propose(viewer: Viewer, id: string, input: TransitionInput = {}, message: string | null = null): Promise<Match> {
    const text = message?.trim() || null;
    if (text && text.length > PROPOSAL_MESSAGE_MAX) throw InvalidInputError.field('message', 'maxLength', { 0: PROPOSAL_MESSAGE_MAX });
    return this.change(viewer, id, { type: MatchEventType.PROPOSE }, input, { proposalMessage: text });
  }

  /** A side says yes or no; staff may record a side's answer for it. Both yes: INTRODUCED. */
  async answer(viewer: Viewer, id: string, input: AnswerMatchInput): Promise<Match> {
    assertAnswerComplete(input);
    const command = (parties: MatchParties): MatchCommand => ({ type: MatchEventType.ANSWER, side: answeringSide(viewer, parties, input.side ?? null), answer: input.answer });
    return this.change(viewer, id, command, input, {
      before: async (_, match, __, answer) => {
        const prefix = answer.type === MatchEventType.ANSWER && answer.side === MatchSide.INDUSTRIAL ? 'industrial' : 'researcher';
        Object.assign(match, {
          [`${prefix}Reason`]: input.answer === SideAnswer.DECLINED ? input.reason : null,
          [`${prefix}Note`]: input.note ?? null,
          [`${prefix}AnsweredAt`]: new Date(),
        });
      },
    });
  }

  close(viewer: Viewer, id: string, input: CloseMatchInput): Promise<Match> {
    if (input.outcome === MatchOutcome.ABANDONED && !input.note?.trim()) throw InvalidInputError.field('note', 'abandonedNeedsWhy');
    return this.change(viewer, id, { type: MatchEventType.CLOSE, outcome: input.outcome }, input, {
      before: async (_, match) => {
        match.outcome = input.outcome;
        match.outcomeNote = input.note ?? null;
      },
    });
  }

  /** A staff note on the timeline, without a change of status. */
  async addNote(viewer: Viewer, id: string, note: string): Promise<Match> {
    if (!note.trim()) throw InvalidInputError.field('note', 'notBlank');
    return this.db.transaction(async (manager) => {
      const match = await lockMatch(manager, id);
      await manager.getRepository(Match).save(match); // bumps the version: the card changed
      await record(manager, match.id, viewer, MatchEventType.NOTE, match.status, match.status, note);
      return match;
    });
  }

  /** Staff hand a match to a colleague (or take it back: ownerId null). */
  async assign(viewer: Viewer, id: string, ownerId: string | null): Promise<Match> {
    return this.db.transaction(async (manager) => {
      const match = await lockMatch(manager, id);
      if (ownerId) {
        const owner = await manager.getRepository(User).findOneBy({ id: ownerId });
        if (!owner || !STAFF_ROLES.includes(owner.role) || owner.status !== UserStatus.ACTIVE) throw InvalidInputError.field('ownerId', 'ownerMustBeStaff');
      }
      match.ownerId = ownerId;
      await manager.getRepository(Match).save(match);
      await record(manager, match.id, viewer, MatchEventType.ASSIGN, match.status, match.status, null);
      return match;
    });
  }

  /**
   * The one road of every transition. A command may depend on the match's parties (the side
   * an answer is for), hence the function form.
   */
  async change(
    viewer: Viewer,
    id: string,
    command: MatchCommand | ((parties: MatchParties) => MatchCommand),
    input: TransitionInput,
    hooks: { before?: TransitionHook; after?: TransitionHook; proposalMessage?: string | null } = {},
  ): Promise<Match> {
    return this.db.transaction(async (manager) => {
      const match = await lockMatch(manager, id);
      const parties = await loadParties(manager, match.needId, match.researcherProfileId);
      if (!matchPolicy.maySee(viewer, match, parties)) throw new NotFoundError('Match', id);
      const resolved = typeof command === 'function' ? command(parties) : command;
      if (input.expectedVersion && input.expectedVersion !== match.version) throw new ConflictError('matchChanged', { version: match.version });
      const from = match.status;
      Object.assign(match, transition(stateOf(match), resolved));
      stamp(match, from, viewer);
      await hooks.before?.(manager, match, parties, resolved);
      await manager.getRepository(Match).save(match);
      await record(manager, match.id, viewer, resolved.type, from, match.status, input.note ?? null);
      await hooks.after?.(manager, match, parties, resolved);
      await this.notify(manager, match, parties, from, resolved, hooks.proposalMessage ?? null);
      return match;
    });
  }

  private async notify(manager: EntityManager, match: Match, parties: MatchParties, from: MatchStatus, command: MatchCommand, message: string | null): Promise<void> {
    const to = await bothSides(manager, parties);
    const notices = [];
    if (command.type === MatchEventType.PROPOSE) notices.push(...proposedNotices(match, parties, to, message));
    if (command.type === MatchEventType.ANSWER) {
      notices.push(...answeredNotices(match, parties, command.side, match.ownerId ? [match.ownerId] : await staffRecipients(manager)));
      // The other side hears that the proposal ended, never why: the reason and the note are the decliner's and the staff's.
      if (command.answer === SideAnswer.DECLINED) notices.push(...declinedNotices(match, parties, command.side, to));
    }
    if (match.status === MatchStatus.INTRODUCED && from !== MatchStatus.INTRODUCED) notices.push(...introducedNotices(match, parties, to));
    if (command.type === MatchEventType.CLOSE && match.proposedAt) notices.push(...closedNotices(match, parties, to));
    if (notices.length) await this.notifications.notify(manager, notices);
  }

  private filtered(filter: PipelineFilter): SelectQueryBuilder<Match> {
    return pipelineQuery(this.db, filter);
  }

  private visibleTo(viewer: Viewer): SelectQueryBuilder<Match> {
    return this.db.getRepository(Match).createQueryBuilder('m').where(matchPolicy.visibleTo(viewer));
  }
}

/** The staff pipeline's filter as SQL: the board, its counts and the CSV export agree. */
export function pipelineQuery(db: DataSource, filter: PipelineFilter): SelectQueryBuilder<Match> {
  const query = db.getRepository(Match).createQueryBuilder('m');
  if (filter.statuses?.length) query.andWhere('m.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.sector) query.andWhere('m.need_id IN (SELECT id FROM needs WHERE sector = :sector)', { sector: filter.sector });
  if (filter.ownerId) query.andWhere('m.owner_id = :ownerId', { ownerId: filter.ownerId });
  if (filter.unassigned) query.andWhere('m.owner_id IS NULL');
  if (filter.olderThanDays != null) query.andWhere('m.status_changed_at <= now() - make_interval(days => :days)', { days: filter.olderThanDays });
  if (filter.needId) query.andWhere('m.need_id = :needId', { needId: filter.needId });
  if (filter.researcherProfileId) query.andWhere('m.researcher_profile_id = :profileId', { profileId: filter.researcherProfileId });
  return query;
}

export function assertStaff(viewer: Viewer): void {
  if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
}

async function lockMatch(manager: EntityManager, id: string): Promise<Match> {
  const match = await manager.getRepository(Match).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!match) throw new NotFoundError('Match', id);
  return match;
}

async function assertPairExists(manager: EntityManager, needId: string, profileId: string): Promise<void> {
  const need = await manager.getRepository(Need).findOneBy({ id: needId });
  if (!need || need.archivedAt) throw new NotFoundError('Need', needId);
  const profile = await manager.getRepository(ResearcherProfile).findOneBy({ id: profileId });
  if (!profile || profile.archivedAt) throw new NotFoundError('ResearcherProfile', profileId);
}

/** The dates the pipeline and the KPIs read, set when a status is first reached. */
function stamp(match: Match, from: MatchStatus, viewer: Viewer): void {
  if (match.status === from) return;
  const now = new Date();
  match.statusChangedAt = now;
  // A proposal to two sides that had both already said yes goes straight to INTRODUCED: it was proposed all the same.
  if (match.status === MatchStatus.PROPOSED || (from === MatchStatus.SHORTLISTED && match.status === MatchStatus.INTRODUCED)) match.proposedAt ??= now;
  if (match.status === MatchStatus.INTRODUCED) match.introducedAt ??= now;
  if (match.status === MatchStatus.COLLABORATING) match.collaborationStartedAt ??= now;
  if (match.status === MatchStatus.CLOSED) match.closedAt = now;
  if (!match.ownerId && isStaff(viewer)) match.ownerId = viewer.id;
}

function record(
  manager: EntityManager,
  matchId: string,
  viewer: Viewer,
  event: MatchEventType,
  fromStatus: MatchStatus | null,
  toStatus: MatchStatus,
  note: string | null,
): Promise<MatchEvent> {
  return manager.getRepository(MatchEvent).save({ matchId, actorId: viewer.id, event, fromStatus, toStatus, note });
}

function assertAnswerComplete(input: AnswerMatchInput): void {
  if (input.answer === SideAnswer.DECLINED && !input.reason) throw InvalidInputError.field('reason', 'declineReasonRequired');
  if (input.answer === SideAnswer.INTERESTED && input.reason) throw InvalidInputError.field('reason', 'reasonOnlyWhenDeclining');
  if (input.reason === DeclineReason.OTHER && !input.note?.trim()) throw InvalidInputError.field('note', 'otherReasonNeedsNote');
}

/** Members answer for their own side; staff must say which side they record. */
function answeringSide(viewer: Viewer, parties: MatchParties, requested: MatchSide | null): MatchSide {
  if (isStaff(viewer)) {
    if (!requested) throw InvalidInputError.field('side', 'isNotEmpty');
    return requested;
  }
  const own = sideOf(viewer, parties)!;
  if (requested && requested !== own) throw new ForbiddenError('forbiddenOtherSide');
  return own;
}
