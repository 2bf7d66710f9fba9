import { Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * How far the need's matches went. Each match counts once per stage it reached, whatever it is now:
 * a match closed after its introduction still counts as proposed and introduced. Read from the
 * dates the pipeline sets when a match first reaches a stage (proposedAt, introducedAt,
 * collaborationStartedAt); a later stage implies the earlier ones.
 */
@ObjectType()
export class NeedMatchCounts {
  @Field(() => Int, { description: "Every match of the need, whatever its status (engine suggestions and staff's shortlist included)" })
  total: number;

  @Field(() => Int, { description: 'Matches that reached PROPOSED or later (DECLINED, INTRODUCED, COLLABORATING, or CLOSED after a proposal)' })
  proposed: number;

  @Field(() => Int, { description: 'Matches that reached INTRODUCED or later' })
  introduced: number;

  @Field(() => Int, { description: 'Matches that reached COLLABORATING or later' })
  collaborating: number;
}
