import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsISO8601, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class HallPageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: '1 to 100' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first = 50;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @Min(0)
  @Max(100_000)
  offset = 0;
}

@ArgsType()
export class PeriodArgs {
  @Field({ description: 'YYYY-MM-DD, first day' })
  @MaxLength(10)
  @IsISO8601({ strict: true })
  from: string;

  @Field({ description: 'YYYY-MM-DD, last day (inclusive)' })
  @MaxLength(10)
  @IsISO8601({ strict: true })
  to: string;
}

@ArgsType()
export class ReasonArgs {
  @Field({ description: 'Told to the requester' })
  @Length(2, 1000)
  reason: string;
}
