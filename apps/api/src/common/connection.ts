import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidInputError } from './domain-errors';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `1 to ${MAX_PAGE_SIZE}` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for `T`, named `${T}Connection`. */
export function Connection<T>(nodeType: Type<T>): Type<ConnectionShape<T>> {
  @ObjectType(`${nodeType.name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${nodeType.name}Connection`, { isAbstract: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

/** Lists cost their page size in the complexity limit. */
export const connectionComplexity = ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
  1 + childComplexity * Math.min(args.first ?? 20, MAX_PAGE_SIZE);

interface Row extends ObjectLiteral {
  id: string;
  createdAt: Date;
}

/**
 * Keyset pagination, newest first, over `created_at, id` (created_at has millisecond precision,
 * like the cursor): stable while rows are added.
 * The query builder must already carry the viewer's visibility rules and filters.
 */
export async function paginate<T extends Row>(query: SelectQueryBuilder<T>, page: PageArgs): Promise<ConnectionShape<T>> {
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  if (page.after) {
    const [createdAt, id] = decodeCursor(page.after);
    query.andWhere(`(${alias}.created_at, ${alias}.id) < (:cursorCreatedAt, :cursorId)`, {
      cursorCreatedAt: createdAt,
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(page.first + 1)
    .getMany();
  const hasNextPage = rows.length > page.first;
  const edges = rows.slice(0, page.first).map((node) => ({ node, cursor: encodeCursor(node) }));
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

function encodeCursor(row: Row): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && !Number.isNaN(Date.parse(value[0])) && UUID.test(String(value[1]))) {
      return [value[0], value[1]];
    }
  } catch {
    // reported below
  }
  throw InvalidInputError.field('after', 'invalidCursor');
}
