import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, connectionComplexity, PageArgs } from '../common/connection';
import { IdPipe, OptionalIdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, isStaff, Viewer } from '../common/viewer';
import { Need } from '../needs/need.entity';
import { canSeeNeed } from '../needs/need-policy';
import { NotFoundError } from '../common/domain-errors';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { User } from '../members/user.entity';
import { MembersLoader } from '../members/members.loader';
import { InterestKind, InterestStatus } from './brokering.enums';
import { BrokeringLoader } from './brokering.loader';
import { ExpressInterestInput } from './dto/express-interest.input';
import { RequestIntroductionInput } from './dto/request-introduction.input';
import { Interest } from './interest.entity';
import { InterestsService } from './interests.service';
import { IdempotencyKeyArg } from '../idempotency/idempotency-key.args';
import { Match } from './match.entity';

const InterestConnection = Connection(Interest);

@Resolver(() => Interest)
export class InterestsResolver {
  constructor(
    private readonly service: InterestsService,
    private readonly loader: BrokeringLoader,
    private readonly members: MembersLoader,
  ) {}

  @Query(() => InterestConnection, {
    description:
      "The staff's queue of requests, newest first. Staff: every expression of interest and introduction request; researchers: their own expressions of interest; industrials: their organisation's introduction requests",
    complexity: connectionComplexity,
  })
  interests(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('status', { type: () => InterestStatus, nullable: true }) status?: InterestStatus,
    @Args('needId', { type: () => ID, nullable: true }, OptionalIdPipe) needId?: string,
    @Args('kind', { type: () => InterestKind, nullable: true }) kind?: InterestKind,
  ) {
    return this.service.list(viewer, { status, needId, kind }, page);
  }

  @Mutation(() => Interest, {
    description:
      "Industrials (and staff): ask the cluster to introduce an expert to an OPEN need of the organisation. Staff are notified; the researcher is told nothing unless staff propose the match. A second request for the same need and expert while one is open or converted: BAD_USER_INPUT (field researcherProfileId)",
  })
  requestIntroduction(@CurrentViewer() viewer: Viewer, @Args('input') input: RequestIntroductionInput, @IdempotencyKeyArg() idempotencyKey?: string | null) {
    return this.service.requestIntroduction(viewer, input, idempotencyKey);
  }

  @Mutation(() => Interest, { description: 'Researchers: raise a hand on an open need they can see' })
  expressInterest(@CurrentViewer() viewer: Viewer, @Args('input') input: ExpressInterestInput, @IdempotencyKeyArg() idempotencyKey?: string | null) {
    return this.service.express(viewer, input, idempotencyKey);
  }

  @Mutation(() => Match, {
    description:
      'Staff: turn an open request into a SHORTLISTED match whose asking side is already INTERESTED (the researcher for an expression of interest, the industrial for an introduction request)',
  })
  convertInterest(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.service.convert(viewer, id, note ?? null);
  }

  @Mutation(() => Interest, { description: 'Staff' })
  dismissInterest(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.dismiss(viewer, id);
  }

  /** Under the need's own rule (need-policy.ts): an interest never shows more of its need than need(id) would. */
  @ResolveField(() => Need)
  async need(@Parent() interest: Interest, @Context() context: GraphQLContext) {
    const need = await this.loader.need(context, interest.needId);
    if (!need || !canSeeNeed(context.viewer!, need, true)) throw new NotFoundError('Need', interest.needId);
    return need;
  }

  @ResolveField(() => ResearcherProfile)
  researcher(@Parent() interest: Interest, @Context() context: GraphQLContext) {
    return this.loader.profile(context, interest.researcherProfileId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who asked: the researcher, or the industrial (or staff member) who requested the introduction' })
  requestedBy(@Parent() interest: Interest, @Context() context: GraphQLContext) {
    return this.members.user(context, interest.requestedById);
  }

  @ResolveField(() => Match, { nullable: true, description: 'Staff only: the match it became' })
  match(@Parent() interest: Interest, @Context() context: GraphQLContext) {
    return interest.matchId && isStaff(context.viewer!) ? this.loader.match(context, interest.matchId) : null;
  }
}
