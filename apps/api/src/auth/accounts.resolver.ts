import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, Public, Viewer } from '../common/viewer';
import { User } from '../members/user.entity';
import { INVITATION_DAYS, AccountsService, RESET_LIMITS, RESET_TOKEN_HOURS } from './accounts.service';
import { AuthService } from './auth.service';
import { AcceptInvitationInput, InvitationArgs } from './dto/accept-invitation.input';
import { InvitationInfo, InvitationReport } from './dto/accounts.models';
import { AuthPayload } from './dto/auth-payload.model';
import { ChangePasswordInput } from './dto/change-password.input';
import { InviteMembersArgs, InviteUserInput } from './dto/invite-user.input';
import { RequestPasswordResetArgs, ResetPasswordInput } from './dto/reset-password.input';
import { StaffOnly } from '../common/roles.decorator';

const TOKEN_ERRORS = 'An unknown, expired or used token answers BAD_USER_INPUT on the field `token`';

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly service: AccountsService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description: `Public: e-mails a link to PUBLIC_URL/reset-password?token=… (single use, valid ${RESET_TOKEN_HOURS} hour), in the account's language. \
Always answers true, whether or not the e-mail belongs to an account, so it tells nobody which e-mails are registered. \
At most ${RESET_LIMITS.perEmail} requests per e-mail and ${RESET_LIMITS.perAddress} per client address per hour: beyond that it still answers true but sends nothing.`,
  })
  async requestPasswordReset(@Args() args: RequestPasswordResetArgs, @Context() context: GraphQLContext): Promise<boolean> {
    await this.service.requestPasswordReset(args.email, context.req.ip ?? 'unknown');
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: `Public: sets the password with the token of a reset e-mail. ${TOKEN_ERRORS}; a weak password, on \`password\`. \
Ends every session of the account and spends its other links.`,
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.service.resetPassword(input);
    return true;
  }

  @Public()
  @Query(() => InvitationInfo, { description: `Public: who an invitation is for. ${TOKEN_ERRORS}.` })
  invitation(@Args() args: InvitationArgs) {
    return this.service.invitation(args.token);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: `Public: chooses the password of an invited account and signs in. ${TOKEN_ERRORS}; a weak password, on \`password\`.` })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() context: GraphQLContext) {
    const issued = await this.service.acceptInvitation(input);
    context.viewer = await this.auth.viewerFromToken(issued.accessToken);
    return issued;
  }

  @StaffOnly()
  @Mutation(() => User, {
    description: `Staff (STAFF accounts: admins only): invites a person by e-mail, in their language, to PUBLIC_URL/invitation?token=… \
(single use, valid ${INVITATION_DAYS} days). Creates an ACTIVE account without a usable password, or sends again to an account \
that never set one. An account that has a password answers BAD_USER_INPUT on \`email\`.`,
  })
  inviteUser(@CurrentViewer() viewer: Viewer, @Args('input') input: InviteUserInput) {
    return this.service.inviteUser(viewer, input);
  }

  @StaffOnly()
  @Mutation(() => InvitationReport, {
    description: 'Staff: invites several people at once (see inviteUser); without ids, everyone ACTIVE who never set a password and has no live invitation, e.g. after a member import',
  })
  inviteMembers(@CurrentViewer() viewer: Viewer, @Args() args: InviteMembersArgs) {
    return this.service.inviteMembers(viewer, args.userIds ?? null);
  }

  @StaffOnly()
  @Mutation(() => User, {
    description: `Staff (STAFF accounts: admins only): sends again, by e-mail in their language, an invitation (valid ${INVITATION_DAYS} days) to a person \
who never chose a password; the previous link stops working. An account with a password, or not ACTIVE, answers BAD_USER_INPUT on \`id\`. Audited.`,
  })
  resendInvitation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.resendInvitation(viewer, id);
  }

  @Mutation(() => Boolean, {
    description: 'Signed in: a wrong current password answers BAD_USER_INPUT on `currentPassword` (and counts toward the sign-in limit). Ends the other sessions.',
  })
  async changePassword(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangePasswordInput, @Context() context: GraphQLContext): Promise<boolean> {
    await this.service.changePassword(viewer, input, context.req.ip ?? 'unknown');
    return true;
  }

  @Mutation(() => Boolean, { description: 'Signed in: revokes every refresh token of the viewer (access tokens expire within minutes)' })
  async signOutEverywhere(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.service.signOutEverywhere(viewer);
    return true;
  }
}
