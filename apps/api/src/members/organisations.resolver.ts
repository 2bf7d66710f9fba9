import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, connectionComplexity, PageArgs } from '../common/connection';
import { StaffOnly } from '../common/roles.decorator';
import { IdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, Public, Viewer } from '../common/viewer';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { OrganisationFilter } from './dto/organisation-filter.input';
import { OrganisationChoice, SignUpOrganisationsArgs } from './dto/sign-up-organisations.args';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { MembershipStatus } from './member.enums';
import { Organisation } from './organisation.entity';
import { organisationPolicy } from './organisation.policy';
import { OrganisationsService } from './organisations.service';
import { MembersLoader } from './members.loader';
import { User } from './user.entity';

const OrganisationConnection = Connection(Organisation);

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly loader: MembersLoader,
  ) {}

  @Query(() => OrganisationConnection, { complexity: connectionComplexity })
  organisations(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('filter', { type: () => OrganisationFilter, nullable: true }) filter?: OrganisationFilter,
  ) {
    return this.service.list(viewer, filter, page);
  }

  @Public()
  @Query(() => [OrganisationChoice], {
    description: 'Public (visitors signing up): organisations one may join, not archived nor awaiting approval; id, name, kind and city only. At most 20.',
  })
  signUpOrganisations(@Args() args: SignUpOrganisationsArgs) {
    return this.service.signUpChoices(args);
  }

  @Query(() => Organisation)
  organisation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(viewer, id);
  }

  @StaffOnly()
  @Mutation(() => Organisation, { description: 'Staff only' })
  createOrganisation(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateOrganisationInput) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Organisation, { description: 'Staff, or a member for their own organisation (not kind or membership)' })
  updateOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateOrganisationInput,
  ) {
    return this.service.update(viewer, id, input);
  }

  @StaffOnly()
  @Mutation(() => Organisation, { description: 'Staff only; archived organisations leave member lists. Audited.' })
  archiveOrganisation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.archive(viewer, id);
  }

  @StaffOnly()
  @Mutation(() => Organisation, { description: 'Staff only: brings an archived organisation back into member lists. Audited.' })
  unarchiveOrganisation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.unarchive(viewer, id);
  }

  @ResolveField(() => [User], {
    nullable: true,
    description: `Staff only (null for everyone else): the people of the organisation, every status, by name (at most ${MembersLoader.MAX_PEOPLE})`,
  })
  people(@Parent() organisation: Organisation, @Context() context: GraphQLContext) {
    if (!organisationPolicy.seesPeople(context.viewer)) return null;
    return this.loader.peopleOf(context, organisation.id);
  }

  @ResolveField(() => MembershipStatus)
  membershipStatus(@Parent() organisation: Organisation, @Context() context: GraphQLContext) {
    return organisationPolicy.membershipStatus(context.viewer, organisation);
  }
}
