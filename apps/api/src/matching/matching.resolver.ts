import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BrokeringLoader } from '../brokering/brokering.loader';
import { CurrentViewer, GraphQLContext, Viewer } from '../common/viewer';
import { ProposeMatchesArgs, RecommendedNeedsArgs, RecommendedNeedsForArgs } from './dto/matching.args';
import { MatchingService } from './matching.service';
import { ProposedMatch, RecommendedNeed } from './proposed-match.model';
import { StaffOnly } from '../common/roles.decorator';

const listComplexity = ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
  20 + childComplexity * Math.min(args.first ?? 10, 50);

@Resolver()
export class MatchingResolver {
  constructor(private readonly service: MatchingService) {}

  @Query(() => [ProposedMatch], { description: "Experts for a need, explained: staff and the need's organisation", complexity: listComplexity })
  proposeMatches(@CurrentViewer() viewer: Viewer, @Args() args: ProposeMatchesArgs) {
    return this.service.proposeMatches(viewer, args.needId, args.first);
  }

  @Query(() => [RecommendedNeed], { description: 'Open needs for the signed-in researcher, explained', complexity: listComplexity })
  recommendedNeeds(@CurrentViewer() viewer: Viewer, @Args() args: RecommendedNeedsArgs) {
    return this.service.recommendedNeeds(viewer, args.first);
  }

  @Query(() => [RecommendedNeed], {
    description: 'Staff: the open needs recommended to a researcher (as recommendedNeeds would show them), explained',
    complexity: listComplexity,
  })
  recommendedNeedsFor(@CurrentViewer() viewer: Viewer, @Args() args: RecommendedNeedsForArgs) {
    return this.service.recommendedNeedsFor(viewer, args.researcherProfileId, args.first);
  }

  @StaffOnly()
  @Mutation(() => [ProposedMatch], { description: 'Staff: keep the current proposals for a need as SUGGESTED matches', complexity: listComplexity })
  saveSuggestedMatches(@CurrentViewer() viewer: Viewer, @Args() args: ProposeMatchesArgs) {
    return this.service.saveSuggestedMatches(viewer, args.needId, args.first);
  }
}

@Resolver(() => ProposedMatch)
export class ProposedMatchResolver {
  constructor(private readonly brokering: BrokeringLoader) {}

  @ResolveField(() => Boolean, {
    description: "The need's organisation has asked for an introduction to this expert (requestIntroduction), not dismissed by staff",
  })
  introductionRequested(@Parent() proposal: ProposedMatch, @Context() context: GraphQLContext): Promise<boolean> {
    return this.brokering.introductionRequested(context, proposal.needId, proposal.researcher.id);
  }
}
