import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, connectionComplexity, PageArgs } from '../common/connection';
import { IdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, Viewer } from '../common/viewer';
import { MembersLoader } from '../members/members.loader';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { ProfileFilter } from './dto/profile-filter.input';
import { ProfileInput } from './dto/profile.input';
import { ProfilesService } from './profiles.service';
import { ResearcherProfile } from './researcher-profile.entity';

const ResearcherProfileConnection = Connection(ResearcherProfile);

@Resolver(() => ResearcherProfile)
export class ProfilesResolver {
  constructor(
    private readonly service: ProfilesService,
    private readonly members: MembersLoader,
  ) {}

  @Query(() => ResearcherProfileConnection, { complexity: connectionComplexity })
  researcherProfiles(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ProfileFilter, nullable: true }) filter?: ProfileFilter,
  ) {
    return this.service.list(viewer, filter, page);
  }

  @Query(() => ResearcherProfile)
  researcherProfile(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(viewer, id);
  }

  @Query(() => ResearcherProfile, { nullable: true, description: "The signed-in researcher's profile, if any" })
  myProfile(@CurrentViewer() viewer: Viewer) {
    return this.service.mine(viewer);
  }

  @Mutation(() => ResearcherProfile, { description: 'Researchers: create or replace their own profile' })
  saveMyProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: ProfileInput) {
    return this.service.saveMine(viewer, input);
  }

  @Mutation(() => ResearcherProfile, { description: "Staff: create or replace a researcher's profile" })
  saveResearcherProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('input') input: ProfileInput,
  ) {
    return this.service.saveFor(viewer, userId, input);
  }

  @Mutation(() => ResearcherProfile, { description: 'Staff, or the researcher themself' })
  archiveResearcherProfile(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.archive(viewer, id);
  }

  @ResolveField(() => User)
  researcher(@Parent() profile: ResearcherProfile, @Context() context: GraphQLContext) {
    return this.members.user(context, profile.userId);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The lab or university' })
  async organisation(@Parent() profile: ResearcherProfile, @Context() context: GraphQLContext) {
    const user = await this.members.user(context, profile.userId);
    return user?.organisationId ? this.members.organisation(context, user.organisationId) : null;
  }
}
