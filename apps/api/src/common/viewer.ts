import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { LanguageCode } from './language.enum';
import { Role, STAFF_ROLES } from '../members/member.enums';

/** Who is asking: loaded from the database on every request, so a suspension applies at once. */
export interface Viewer {
  id: string;
  role: Role;
  organisationId: string | null;
  /** The viewer's organisation is an active member of the cluster (MEMBERS needs are for them). */
  organisationIsMember: boolean;
  language: LanguageCode;
  /** The refresh token (session) the access token was issued with; absent for tokens issued before sessions were named. */
  sessionId?: string | null;
}

export interface GraphQLContext {
  req: Request;
  viewer?: Viewer;
  /** Per-request DataLoaders, created lazily by each module's loader. */
  loaders: Map<string, unknown>;
}

export function isStaff(viewer: Viewer): boolean {
  return STAFF_ROLES.includes(viewer.role);
}

export const IS_PUBLIC = 'isPublic';
/** Marks a resolver or route that answers without a signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<GraphQLContext>().viewer;
  if (!viewer) throw new Error('CurrentViewer used on a public resolver');
  return viewer;
});
