import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '../common/viewer';
import { ProposeMatchesArgs, RecommendedNeedsArgs } from './dto/matching.args';
import { MatchingService } from './matching.service';
import { ProposedMatch, RecommendedNeed } from './proposed-match.model';

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

  @Mutation(() => [ProposedMatch], { description: 'Staff: keep the current proposals for a need as SUGGESTED matches', complexity: listComplexity })
  saveSuggestedMatches(@CurrentViewer() viewer: Viewer, @Args() args: ProposeMatchesArgs) {
    return this.service.saveSuggestedMatches(viewer, args.needId, args.first);
  }
}
