import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, connectionComplexity, PageArgs } from '../common/connection';
import { IdPipe, OptionalIdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, isStaff, Viewer } from '../common/viewer';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { InterestStatus } from './brokering.enums';
import { BrokeringLoader } from './brokering.loader';
import { ExpressInterestInput } from './dto/express-interest.input';
import { Interest } from './interest.entity';
import { InterestsService } from './interests.service';
import { Match } from './match.entity';

const InterestConnection = Connection(Interest);

@Resolver(() => Interest)
export class InterestsResolver {
  constructor(
    private readonly service: InterestsService,
    private readonly loader: BrokeringLoader,
  ) {}

  @Query(() => InterestConnection, { description: 'Staff: every expression of interest; researchers: their own', complexity: connectionComplexity })
  interests(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('status', { type: () => InterestStatus, nullable: true }) status?: InterestStatus,
    @Args('needId', { type: () => ID, nullable: true }, OptionalIdPipe) needId?: string,
  ) {
    return this.service.list(viewer, status, needId, page);
  }

  @Mutation(() => Interest, { description: 'Researchers: raise a hand on an open need they can see' })
  expressInterest(@CurrentViewer() viewer: Viewer, @Args('input') input: ExpressInterestInput) {
    return this.service.express(viewer, input);
  }

  @Mutation(() => Match, { description: 'Staff: turn an interest into a SHORTLISTED match, the researcher already INTERESTED' })
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

  @ResolveField(() => Need)
  need(@Parent() interest: Interest, @Context() context: GraphQLContext) {
    return this.loader.need(context, interest.needId);
  }

  @ResolveField(() => ResearcherProfile)
  researcher(@Parent() interest: Interest, @Context() context: GraphQLContext) {
    return this.loader.profile(context, interest.researcherProfileId);
  }

  @ResolveField(() => Match, { nullable: true, description: 'Staff only: the match it became' })
  match(@Parent() interest: Interest, @Context() context: GraphQLContext) {
    return interest.matchId && isStaff(context.viewer!) ? this.loader.match(context, interest.matchId) : null;
  }
}
