import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { perRequest } from '../common/per-request-loader';
import { GraphQLContext } from '../common/viewer';
import { Organisation } from './organisation.entity';
import { organisationPolicy } from './organisation.policy';
import { User } from './user.entity';

/** Batches organisation and user look-ups of one request into one query each. */
@Injectable()
export class MembersLoader {
  static readonly MAX_PEOPLE = 200;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The people of an organisation, by name; callers check the viewer may list them (staff). */
  peopleOf(context: GraphQLContext, organisationId: string): Promise<User[]> {
    const loader = perRequest(
      context,
      'peopleByOrganisation',
      () =>
        new DataLoader<string, User[]>(async (ids) => {
          const rows = await this.db
            .getRepository(User)
            .createQueryBuilder('u')
            .where('u.organisation_id IN (:...ids)', { ids: [...ids] })
            .orderBy('lower(u.full_name)')
            .addOrderBy('u.id')
            .getMany();
          return ids.map((id) => rows.filter((row) => row.organisationId === id).slice(0, MembersLoader.MAX_PEOPLE));
        }),
    );
    return loader.load(organisationId);
  }

  /** The organisation if the viewer may see it (organisation.policy.ts: not PENDING or archived, unless staff or their own). */
  async organisation(context: GraphQLContext, id: string): Promise<Organisation | null> {
    const organisation = await perRequest(context, 'organisationById', () => byId(this.db, Organisation)).load(id);
    return organisation && organisationPolicy.maySee(context.viewer, organisation) ? organisation : null;
  }

  user(context: GraphQLContext, id: string): Promise<User | null> {
    return perRequest(context, 'userById', () => byId(this.db, User)).load(id);
  }

  /** Whether the user holds an invitation that is neither used nor expired (one query per request for a page of users). */
  hasLiveInvitation(context: GraphQLContext, userId: string): Promise<boolean> {
    const loader = perRequest(
      context,
      'liveInvitationByUser',
      () =>
        new DataLoader<string, boolean>(async (ids) => {
          const rows: { user_id: string }[] = await this.db.query(
            `SELECT DISTINCT user_id FROM account_tokens
             WHERE user_id = ANY($1::uuid[]) AND purpose = 'INVITATION' AND used_at IS NULL AND expires_at > now()`,
            [[...ids]],
          );
          const invited = new Set(rows.map((row) => row.user_id));
          return ids.map((id) => invited.has(id));
        }),
    );
    return loader.load(userId);
  }
}

/** A DataLoader of `entity` rows by id (null for unknown ids), for one request. */
export function byId<T extends { id: string }>(db: DataSource, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
