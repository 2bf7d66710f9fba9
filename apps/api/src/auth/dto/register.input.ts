import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LanguageCode } from '../../common/language.enum';
import { Role } from '../../members/member.enums';
import { CreateOrganisationInput } from '../../members/dto/create-organisation.input';

@InputType({ description: 'A sign-up: the account stays PENDING until the cluster staff approve it' })
export class RegisterInput {
  @Field()
  @MaxLength(254)
  @IsEmail()
  email: string;

  @Field()
  @Length(10, 200)
  password: string;

  @Field()
  @Length(2, 120)
  fullName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,30}$/, { message: 'isPhoneNumber' })
  phone?: string | null;

  @Field(() => Role, { description: 'INDUSTRIAL or RESEARCHER' })
  role: Role;

  @Field(() => LanguageCode, { defaultValue: LanguageCode.fr })
  preferredLanguage: LanguageCode;

  @Field(() => ID, { nullable: true, description: 'Join an existing organisation…' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => CreateOrganisationInput, { nullable: true, description: '…or propose a new one (PENDING membership)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CreateOrganisationInput)
  organisation?: CreateOrganisationInput | null;
}
