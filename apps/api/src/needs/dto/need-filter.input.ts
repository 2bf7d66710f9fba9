import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { LanguageCode } from '../../common/language.enum';
import { Sector } from '../../members/member.enums';
import { NeedStatus, NeedVisibility } from '../need.enums';

@InputType()
export class NeedFilter {
  @Field(() => [NeedStatus], { nullable: true })
  status?: NeedStatus[];

  @Field(() => Sector, { nullable: true })
  sector?: Sector;

  @Field(() => NeedVisibility, { nullable: true })
  visibility?: NeedVisibility;

  @Field(() => LanguageCode, { nullable: true })
  language?: LanguageCode;

  @Field(() => ID, { nullable: true, description: "Anonymous needs are listed here only for staff and their own organisation" })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field({ nullable: true, description: "Only my organisation's needs" })
  mine?: boolean;

  @Field({ nullable: true, description: 'Staff, or own organisation' })
  includeArchived?: boolean;
}
