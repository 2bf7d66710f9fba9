import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Sector } from '../../members/member.enums';
import { MatchStatus } from '../brokering.enums';

@InputType()
export class PipelineFilter {
  @Field(() => [MatchStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  statuses?: MatchStatus[] | null;

  @Field(() => Sector, { nullable: true, description: "The need's sector" })
  @IsOptional()
  sector?: Sector | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who follows the match' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only matches nobody follows yet' })
  @IsOptional()
  unassigned?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only matches whose status has not changed for this many days' })
  @IsOptional()
  @Min(0)
  @Max(3650)
  olderThanDays?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  needId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  researcherProfileId?: string | null;
}
