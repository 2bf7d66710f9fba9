import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID, Max, Min } from 'class-validator';

export const MAX_MATCHES = 50;

@ArgsType()
export class ProposeMatchesArgs {
  @Field(() => ID)
  @IsUUID()
  needId: string;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: `1 to ${MAX_MATCHES}` })
  @IsOptional()
  @Min(1)
  @Max(MAX_MATCHES)
  first = 10;
}

@ArgsType()
export class RecommendedNeedsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: `1 to ${MAX_MATCHES}` })
  @IsOptional()
  @Min(1)
  @Max(MAX_MATCHES)
  first = 10;
}

@ArgsType()
export class RecommendedNeedsForArgs extends RecommendedNeedsArgs {
  @Field(() => ID)
  @IsUUID()
  researcherProfileId: string;
}
