import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '../common/viewer';
import { NeedSearchFilters, ResearcherSearchFilters, SearchArgs } from './dto/search.args';
import { NeedSearchResult, ResearcherSearchResult } from './search-result.model';
import { SearchService } from './search.service';

const searchComplexity = ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
  10 + childComplexity * Math.min(args.first ?? 20, 50);

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => NeedSearchResult, {
    description:
      'Full-text search of the needs the viewer may see (the rules of needs: hits, total and facet counts alike), with typos, across languages. An empty query browses every visible need matching the filters.',
    complexity: searchComplexity,
  })
  searchNeeds(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SearchArgs,
    @Args('filters', { type: () => NeedSearchFilters, nullable: true }) filters?: NeedSearchFilters,
  ) {
    return this.service.searchNeeds(viewer, args, filters);
  }

  @Query(() => ResearcherSearchResult, {
    description:
      "Full-text search of researcher profiles, with typos, across languages. Any signed-in member (staff, industrials, researchers), as researcherProfiles: expertise is readable by every member; profiles that are archived or whose account is not active are never hits. Hits carry no contact details: a researcher's e-mail and phone stay visible to themself and staff only (User.email, User.phone).",
    complexity: searchComplexity,
  })
  searchResearchers(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SearchArgs,
    @Args('filters', { type: () => ResearcherSearchFilters, nullable: true }) filters?: ResearcherSearchFilters,
  ) {
    return this.service.searchResearchers(viewer, args, filters);
  }
}
