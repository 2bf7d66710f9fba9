import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsISO8601, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { LanguageCode } from '../../common/language.enum';
import { Sector } from '../../members/member.enums';
import { NeedStatus, NeedVisibility } from '../need.enums';

@InputType()
export class CreateNeedInput {
  @Field(() => ID, { nullable: true, description: "Staff only: the organisation to post for (members post for their own)" })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field()
  @Length(8, 160)
  title: string;

  @Field()
  @Length(20, 10000)
  description: string;

  @Field(() => LanguageCode)
  language: LanguageCode;

  @Field(() => Sector)
  sector: Sector;

  @Field(() => [String], { nullable: true, description: 'Default: none' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 60, { each: true })
  keywords?: string[] | null;

  @Field(() => Int)
  @Min(1)
  @Max(9)
  trlCurrent: number;

  @Field(() => Int)
  @Min(1)
  @Max(9)
  trlTarget: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1_000_000_000)
  budgetMinMad?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1_000_000_000)
  budgetMaxMad?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the past' })
  @IsOptional()
  @MaxLength(10)
  @IsISO8601({ strict: true })
  deadline?: string | null;

  // No GraphQL default values here: UpdateNeedInput derives from this class, and a default
  // would silently overwrite the stored value of every field an update leaves out.
  @Field(() => NeedVisibility, { nullable: true, description: 'Default: PUBLIC' })
  visibility?: NeedVisibility | null;

  @Field(() => Boolean, { nullable: true, description: 'Default: false' })
  anonymous?: boolean | null;

  @Field(() => NeedStatus, { nullable: true, description: 'DRAFT or OPEN (default)' })
  status?: NeedStatus | null;
}
