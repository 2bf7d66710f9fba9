import { Field, InputType, Int } from '@nestjs/graphql';
import { IsOptional, Length, Min } from 'class-validator';

/** What every pipeline action may carry: a note for the timeline, and the version the actor saw. */
@InputType()
export class TransitionInput {
  @Field(() => String, { nullable: true, description: 'Written to the audit log with the transition' })
  @IsOptional()
  @Length(1, 2000)
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'Refuse with CONFLICT if the match changed since this version' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}
