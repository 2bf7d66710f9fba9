import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum IndexingStateKind {
  /** Follows the changes as they are written (pending: how many are not applied yet). */
  CURRENT = 'CURRENT',
  /** Restored from a snapshot at start, replaying the changes written since. */
  CATCHING_UP = 'CATCHING_UP',
  /** Being built from the database, with no previous version answering meanwhile (at start, for instance). */
  REBUILDING = 'REBUILDING',
  /** Being rebuilt in the background (after a glossary change) while the previous version answers. */
  REFRESHING = 'REFRESHING',
  /** Matching only, without snapshots: its statistics are built when first asked for. */
  ON_DEMAND = 'ON_DEMAND',
}
registerEnumType(IndexingStateKind, { name: 'IndexingState' });

@ObjectType({ description: "How far search or matching has applied the changes written to needs, profiles and the glossary" })
export class IndexingProgress {
  @Field(() => IndexingStateKind)
  state: IndexingStateKind;

  @Field(() => Int, { nullable: true, description: 'Changes written but not applied yet (null when matching is built on demand)' })
  pending: number | null;

  @Field(() => Int, { nullable: true, description: 'Age in seconds of the oldest of them' })
  oldestSeconds: number | null;
}

@ObjectType({ description: "Staff: whether this instance's search index and matching statistics have applied every change" })
export class IndexingStatus {
  @Field(() => IndexingProgress)
  search: IndexingProgress;

  @Field(() => IndexingProgress)
  matching: IndexingProgress;
}
