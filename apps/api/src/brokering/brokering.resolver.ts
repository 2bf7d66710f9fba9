import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, connectionComplexity, PageArgs } from '../common/connection';
import { IdPipe, OptionalIdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, isStaff, Viewer } from '../common/viewer';
import { MembersLoader } from '../members/members.loader';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { MatchSide, MatchStatus } from './brokering.enums';
import { BrokeringLoader } from './brokering.loader';
import { MatchContacts, MatchSideView, StatusCount } from './brokering.models';
import { BrokeringService } from './brokering.service';
import { Collaboration } from './collaboration.entity';
import { AnswerMatchInput } from './dto/answer-match.input';
import { CloseMatchInput } from './dto/close-match.input';
import { CreateMatchInput } from './dto/create-match.input';
import { PipelineFilter } from './dto/pipeline-filter.input';
import { TransitionInput } from './dto/transition.input';
import { MatchEvent } from './match-event.entity';
import { contactCards, sideOf } from './match-parties';
import { Match } from './match.entity';
import { contactPolicy } from '../members/contact.policy';
import { StaffOnly } from '../common/roles.decorator';

const MatchConnection = Connection(Match);

@Resolver(() => Match)
export class BrokeringResolver {
  constructor(
    private readonly service: BrokeringService,
    private readonly loader: BrokeringLoader,
    private readonly members: MembersLoader,
  ) {}

  @Query(() => Match, { description: 'Staff: any match; a side: its own, once proposed' })
  match(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(viewer, id);
  }

  @StaffOnly()
  @Query(() => MatchConnection, { description: 'Staff: the brokering pipeline, newest first', complexity: connectionComplexity })
  pipeline(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('filter', { type: () => PipelineFilter, nullable: true }) filter?: PipelineFilter,
  ) {
    return this.service.pipeline(viewer, filter, page);
  }

  @StaffOnly()
  @Query(() => [StatusCount], { description: 'Staff: matches per status under the filter (its statuses ignored)' })
  pipelineCounts(@CurrentViewer() viewer: Viewer, @Args('filter', { type: () => PipelineFilter, nullable: true }) filter?: PipelineFilter) {
    return this.service.pipelineCounts(viewer, filter);
  }

  @Query(() => MatchConnection, { description: "Industrials: proposals for their organisation's needs; researchers: proposals to them", complexity: connectionComplexity })
  myMatches(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('statuses', { type: () => [MatchStatus], nullable: true }) statuses?: MatchStatus[],
  ) {
    return this.service.myMatches(viewer, statuses, page);
  }

  @StaffOnly()
  @Mutation(() => Match, { description: 'Staff: put a hand-picked expert on the shortlist of a need' })
  createMatch(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateMatchInput) {
    return this.service.create(viewer, input);
  }

  @StaffOnly()
  @Mutation(() => Match, { description: 'Staff: SUGGESTED → SHORTLISTED' })
  shortlistMatch(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input', { nullable: true }) input?: TransitionInput) {
    return this.service.shortlist(viewer, id, input);
  }

  @StaffOnly()
  @Mutation(() => Match, { description: 'Staff: SHORTLISTED → SUGGESTED' })
  unshortlistMatch(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input', { nullable: true }) input?: TransitionInput) {
    return this.service.unshortlist(viewer, id, input);
  }

  @StaffOnly()
  @Mutation(() => Match, { description: 'Staff: SHORTLISTED → PROPOSED; both sides are told, with the optional message' })
  proposeMatch(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input', { nullable: true }) input?: TransitionInput,
    @Args('message', { type: () => String, nullable: true, description: 'To both sides, in their proposal notification and e-mail (at most 1000 characters); the note stays on the staff timeline' })
    message?: string | null,
  ) {
    return this.service.propose(viewer, id, input, message ?? null);
  }

  @Mutation(() => Match, { description: 'A side answers a proposal; when both are INTERESTED the match is INTRODUCED and contacts are shared' })
  answerMatch(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: AnswerMatchInput) {
    return this.service.answer(viewer, id, input);
  }

  @StaffOnly()
  @Mutation(() => Match, { description: 'Staff: close with an outcome' })
  closeMatch(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: CloseMatchInput) {
    return this.service.close(viewer, id, input);
  }

  @StaffOnly()
  @Mutation(() => Match, { description: 'Staff: a note on the timeline' })
  addMatchNote(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('note') note: string) {
    return this.service.addNote(viewer, id, note);
  }

  @StaffOnly()
  @Mutation(() => Match, { description: 'Staff: who follows the match (null: nobody)' })
  assignMatch(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('ownerId', { type: () => ID, nullable: true }, OptionalIdPipe) ownerId?: string | null,
  ) {
    return this.service.assign(viewer, id, ownerId ?? null);
  }

  @ResolveField(() => Need)
  async need(@Parent() match: Match, @Context() context: GraphQLContext) {
    return this.loader.need(context, match.needId);
  }

  @ResolveField(() => ResearcherProfile)
  researcher(@Parent() match: Match, @Context() context: GraphQLContext) {
    return this.loader.profile(context, match.researcherProfileId);
  }

  @ResolveField(() => User, { nullable: true, description: 'The staff member who follows the match' })
  owner(@Parent() match: Match, @Context() context: GraphQLContext) {
    return match.ownerId ? this.members.user(context, match.ownerId) : null;
  }

  @ResolveField(() => MatchSideView)
  industrialSide(@Parent() match: Match, @Context() context: GraphQLContext) {
    return this.sideView(match, context, MatchSide.INDUSTRIAL);
  }

  @ResolveField(() => MatchSideView)
  researcherSide(@Parent() match: Match, @Context() context: GraphQLContext) {
    return this.sideView(match, context, MatchSide.RESEARCHER);
  }

  @ResolveField(() => MatchContacts, { nullable: true, description: 'Double opt-in: null for the sides until both are INTERESTED' })
  async contacts(@Parent() match: Match, @Context() context: GraphQLContext) {
    if (!contactPolicy.seesMatchContacts(context.viewer, match)) return null;
    const cards = contactCards(await this.loader.parties(context, match));
    return { industrial: cards.INDUSTRIAL, researcher: cards.RESEARCHER };
  }

  @ResolveField(() => [MatchEvent], { nullable: true, description: 'Staff only: the audit log, oldest first' })
  timeline(@Parent() match: Match, @Context() context: GraphQLContext) {
    return isStaff(context.viewer!) ? this.loader.timeline(context, match.id) : null;
  }

  @ResolveField(() => Collaboration, { nullable: true })
  collaboration(@Parent() match: Match, @Context() context: GraphQLContext) {
    return match.collaborationStartedAt ? this.loader.collaboration(context, match.id) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Staff only' })
  outcomeNote(@Parent() match: Match, @Context() context: GraphQLContext) {
    return isStaff(context.viewer!) ? match.outcomeNote : null;
  }

  /** Staff and the side itself read its reason and note; the other side only the answer. */
  private async sideView(match: Match, context: GraphQLContext, side: MatchSide): Promise<MatchSideView> {
    const industrial = side === MatchSide.INDUSTRIAL;
    const view = {
      answer: industrial ? match.industrialAnswer : match.researcherAnswer,
      reason: industrial ? match.industrialReason : match.researcherReason,
      note: industrial ? match.industrialNote : match.researcherNote,
      answeredAt: industrial ? match.industrialAnsweredAt : match.researcherAnsweredAt,
    };
    const viewer = context.viewer!;
    if (isStaff(viewer)) return view;
    const [need, profile] = await Promise.all([this.loader.need(context, match.needId), this.loader.profile(context, match.researcherProfileId)]);
    return sideOf(viewer, { need: need!, profile: profile! }) === side ? view : { ...view, reason: null, note: null };
  }
}

@Resolver(() => MatchEvent)
export class MatchEventResolver {
  constructor(private readonly members: MembersLoader) {}

  @ResolveField(() => User, { nullable: true })
  actor(@Parent() event: MatchEvent, @Context() context: GraphQLContext) {
    return this.members.user(context, event.actorId);
  }
}
