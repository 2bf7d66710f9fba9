import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, connectionComplexity, PageArgs } from '../common/connection';
import { IdPipe } from '../common/validation';
import { CurrentViewer, Public, Viewer } from '../common/viewer';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { OrganisationFilter } from './dto/organisation-filter.input';
import { OrganisationChoice, SignUpOrganisationsArgs } from './dto/sign-up-organisations.args';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

const OrganisationConnection = Connection(Organisation);

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

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

  @Mutation(() => Organisation, { description: 'Staff only; archived organisations leave member lists' })
  archiveOrganisation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.archive(viewer, id);
  }
}
