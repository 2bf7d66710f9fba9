import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, connectionComplexity, PageArgs } from '../common/connection';
import { IdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, Viewer } from '../common/viewer';
import { MembersLoader } from '../members/members.loader';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { CreateNeedInput } from './dto/create-need.input';
import { NeedFilter } from './dto/need-filter.input';
import { UpdateNeedInput } from './dto/update-need.input';
import { NeedMatchCounts } from './need-match-counts.model';
import { Need } from './need.entity';
import { NeedsLoader } from './needs.loader';
import { IdempotencyKeyArg } from '../idempotency/idempotency-key.args';
import { NeedsService } from './needs.service';

const NeedConnection = Connection(Need);

@Resolver(() => Need)
export class NeedsResolver {
  constructor(
    private readonly service: NeedsService,
    private readonly members: MembersLoader,
    private readonly loader: NeedsLoader,
  ) {}

  @Query(() => NeedConnection, { description: 'Needs the viewer may see, newest first', complexity: connectionComplexity })
  needs(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('filter', { type: () => NeedFilter, nullable: true }) filter?: NeedFilter,
  ) {
    return this.service.list(viewer, filter, page);
  }

  @Query(() => Need)
  need(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(viewer, id);
  }

  @Mutation(() => Need)
  createNeed(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateNeedInput, @IdempotencyKeyArg() idempotencyKey?: string | null) {
    return this.service.create(viewer, input, idempotencyKey);
  }

  @Mutation(() => Need)
  updateNeed(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateNeedInput,
  ) {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => Need)
  archiveNeed(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.archive(viewer, id);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'Null when the need is anonymous to the viewer' })
  organisation(@Parent() need: Need, @Context() context: GraphQLContext) {
    return this.service.canSeePoster(context.viewer, need) ? this.members.organisation(context, need.organisationId) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Null when the need is anonymous to the viewer' })
  author(@Parent() need: Need, @Context() context: GraphQLContext) {
    return this.service.canSeePoster(context.viewer, need) ? this.members.user(context, need.authorId) : null;
  }

  @ResolveField(() => NeedMatchCounts, { nullable: true, description: "How far the need's matches went: staff and the need's own organisation; null for everyone else" })
  matchCounts(@Parent() need: Need, @Context() context: GraphQLContext) {
    return this.service.canSeeMatchCounts(context.viewer, need) ? this.loader.matchCounts(context, need.id) : null;
  }
}
