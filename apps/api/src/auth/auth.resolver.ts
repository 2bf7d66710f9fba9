import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { GraphQLContext, Public } from '../common/viewer';
import { AuthService } from './auth.service';
import { AuthPayload, Registration } from './dto/auth-payload.model';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';

@Resolver()
export class AuthResolver {
  constructor(private readonly service: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Failed attempts are limited per e-mail and per address' })
  async login(@Args('input') input: LoginInput, @Context() context: GraphQLContext) {
    const issued = await this.service.login(input.email, input.password, context.req.ip ?? 'unknown');
    context.viewer = await this.service.viewerFromToken(issued.accessToken);
    return issued;
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Trade a refresh token for a new pair (the old one is spent)' })
  async refreshToken(@Args('token') token: string, @Context() context: GraphQLContext) {
    const issued = await this.service.refresh(token);
    context.viewer = await this.service.viewerFromToken(issued.accessToken);
    return issued;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Revokes the refresh token; true if it was live' })
  logout(@Args('refreshToken') refreshToken: string) {
    return this.service.logout(refreshToken);
  }

  @Public()
  @Mutation(() => Registration, { description: 'At most 10 sign-ups per client address and hour (RATE_LIMITED beyond)' })
  async register(@Args('input') input: RegisterInput, @Context() context: GraphQLContext): Promise<Registration> {
    const user = await this.service.register(input, context.req.ip ?? 'unknown');
    return { userId: user.id, status: user.status };
  }
}
