import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, connectionComplexity, PageArgs } from '../common/connection';
import { AdminOnly, StaffOnly } from '../common/roles.decorator';
import { IdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, isStaff, Viewer } from '../common/viewer';
import { UpdateMeInput } from './dto/update-me.input';
import { UserFilter } from './dto/user-filter.input';
import { InvitationStatus, Role, UserStatus } from './member.enums';
import { contactPolicy } from './contact.policy';
import { MembersLoader } from './members.loader';
import { Organisation } from './organisation.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

const UserConnection = Connection(User);

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly loader: MembersLoader,
  ) {}

  @Query(() => User, { description: 'The signed-in user' })
  me(@CurrentViewer() viewer: Viewer) {
    return this.service.me(viewer);
  }

  @StaffOnly()
  @Query(() => UserConnection, { description: 'Staff only', complexity: connectionComplexity })
  users(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter,
  ) {
    return this.service.list(viewer, filter, page);
  }

  @Mutation(() => User)
  updateMe(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMeInput) {
    return this.service.updateMe(viewer, input);
  }

  @StaffOnly()
  @Mutation(() => User, { description: 'Staff: activate a PENDING sign-up' })
  approveUser(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.approve(viewer, id);
  }

  @StaffOnly()
  @Mutation(() => User, {
    description:
      'Staff: refuse a PENDING sign-up with a reason (at most 2000 characters). The account stays, SUSPENDED (it cannot sign in), with who refused it, when and why; an organisation proposed at sign-up with no other member is archived. The person is told by e-mail in their language, with the reason.',
  })
  refuseUser(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('reason') reason: string) {
    return this.service.refuse(viewer, id, reason);
  }

  @StaffOnly()
  @Mutation(() => User, { description: 'Staff: block sign-in at once' })
  suspendUser(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.setStatus(viewer, id, UserStatus.SUSPENDED);
  }

  @StaffOnly()
  @Mutation(() => User, { description: 'Staff: lift a suspension' })
  reactivateUser(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.setStatus(viewer, id, UserStatus.ACTIVE);
  }

  @AdminOnly()
  @Mutation(() => User, { description: 'Admin only' })
  setUserRole(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('role', { type: () => Role }) role: Role,
  ) {
    return this.service.setRole(viewer, id, role);
  }

  @ResolveField(() => String, { nullable: true, description: 'Only for the user themself and staff; others meet through an introduction (contact.policy.ts)' })
  email(@Parent() user: User, @Context() context: GraphQLContext) {
    return contactPolicy.seesAccountContact(context.viewer, user) ? user.email : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Only for the user themself and staff' })
  phone(@Parent() user: User, @Context() context: GraphQLContext) {
    return contactPolicy.seesAccountContact(context.viewer, user) ? user.phone : null;
  }

  @ResolveField(() => InvitationStatus, { nullable: true, description: 'Staff only (null for others): whether the person has a password, or an invitation to choose one' })
  async invitationStatus(@Parent() user: User, @Context() context: GraphQLContext): Promise<InvitationStatus | null> {
    if (!canSeeAccountStatus(context)) return null;
    if (user.passwordSetAt) return InvitationStatus.ACCEPTED;
    return (await this.loader.hasLiveInvitation(context, user.id)) ? InvitationStatus.INVITED : InvitationStatus.NONE;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() user: User, @Context() context: GraphQLContext) {
    return user.organisationId ? this.loader.organisation(context, user.organisationId) : null;
  }
}

/** Staff only: whether an account has a password or an invitation (not even the user themself needs it). */
function canSeeAccountStatus(context: GraphQLContext): boolean {
  return !!context.viewer && isStaff(context.viewer);
}
