import { Field, InputType } from '@nestjs/graphql';
import { Transform, TransformFnParams } from 'class-transformer';
import { IsNotEmpty, IsOptional, Length, Matches, ValidateIf } from 'class-validator';
import { LanguageCode } from '../../common/language.enum';

const trimmed = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() : value);
/** A blank phone number removes it, like null. */
const trimmedOrNull = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() || null : value);

/** The account page: what a person changes of their own account. Omitted fields stay as they are. */
@InputType()
export class UpdateMeInput {
  @Field({ nullable: true, description: 'Omit to keep; cannot be null' })
  @Transform(trimmed)
  @ValidateIf((input: UpdateMeInput) => input.fullName !== undefined)
  @IsNotEmpty()
  @Length(2, 120)
  fullName?: string;

  @Field(() => String, { nullable: true, description: 'Null or blank removes it' })
  @Transform(trimmedOrNull)
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,30}$/, { message: 'isPhoneNumber' })
  phone?: string | null;

  @Field(() => LanguageCode, { nullable: true, description: 'Also the language of e-mails and API messages; omit to keep; cannot be null' })
  @ValidateIf((input: UpdateMeInput) => input.preferredLanguage !== undefined)
  @IsNotEmpty()
  preferredLanguage?: LanguageCode;
}
