import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role, STAFF_ROLES } from '../members/member.enums';
import { ForbiddenError, UnauthenticatedError } from './domain-errors';
import { GraphQLContext } from './viewer';

export const ROLES = 'roles';

/**
 * Refuses a resolver to anyone whose role is not among those declared with @Roles (FORBIDDEN,
 * "reserved for the roles: …" in the caller's language), before its arguments are read and before
 * anything changes. Runs after the global AuthGuard, which has loaded the viewer.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles?.length) return true;
    const viewer = GqlExecutionContext.create(context).getContext<GraphQLContext>().viewer;
    if (!viewer) throw new UnauthenticatedError();
    if (!roles.includes(viewer.role)) throw new ForbiddenError('forbiddenRole', { roles: roles.join(', ') });
    return true;
  }
}

/** Declares who may call a resolver (method or class): the role check is read off the code, not written in it. */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES, roles), UseGuards(RolesGuard));

/** Staff and admins only. */
export const StaffOnly = () => Roles(...STAFF_ROLES);

/** Admins only. */
export const AdminOnly = () => Roles(Role.ADMIN);
