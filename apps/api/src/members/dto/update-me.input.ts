import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { LanguageCode } from '../../common/language.enum';

@InputType()
export class UpdateMeInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 120)
  fullName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,30}$/, { message: 'isPhoneNumber' })
  phone?: string | null;

  @Field(() => LanguageCode, { nullable: true })
  @IsOptional()
  preferredLanguage?: LanguageCode;
}
