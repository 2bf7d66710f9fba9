import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../common/domain-errors';
import { GraphQLContext, IS_PUBLIC } from '../common/viewer';
import { AuthService } from './auth.service';

/** Every GraphQL operation needs a valid access token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (context.getType<string>() !== 'graphql') return isPublic ?? false;
    const gqlContext = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    if (gqlContext.viewer) return true;
    const token = bearerToken(gqlContext.req.headers.authorization);
    if (!token) {
      if (isPublic) return true;
      throw new UnauthenticatedError();
    }
    gqlContext.viewer = await this.auth.viewerFromToken(token);
    return true;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1] : null;
}
