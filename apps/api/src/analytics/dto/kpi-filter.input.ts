import { Field, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, MaxLength } from 'class-validator';
import { Sector } from '../../members/member.enums';

@InputType()
export class KpiFilter {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, first day counted (default: the first day of the month, 11 months ago)' })
  @IsOptional()
  @MaxLength(10)
  @IsISO8601({ strict: true })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last day counted (default: today)' })
  @IsOptional()
  @MaxLength(10)
  @IsISO8601({ strict: true })
  to?: string | null;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  sector?: Sector | null;
}
