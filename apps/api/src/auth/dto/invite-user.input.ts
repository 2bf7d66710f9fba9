import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { LanguageCode } from '../../common/language.enum';
import { Role } from '../../members/member.enums';

export const MAX_BULK_INVITATIONS = 1000;

@InputType({ description: 'A person to invite. For an existing account that never set a password, only the e-mail counts: the invitation is sent again.' })
export class InviteUserInput {
  @Field()
  @MaxLength(254)
  @IsEmail()
  email: string;

  @Field()
  @Length(2, 120)
  fullName: string;

  @Field(() => Role, { description: 'INDUSTRIAL, RESEARCHER, or STAFF (admins only)' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for INDUSTRIAL (a company, start-up or cooperative) and RESEARCHER (a lab or university)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,30}$/, { message: 'isPhoneNumber' })
  phone?: string | null;

  @Field(() => LanguageCode, { defaultValue: LanguageCode.fr, description: 'Also the language of the invitation e-mail' })
  preferredLanguage: LanguageCode;
}

@ArgsType()
export class InviteMembersArgs {
  @Field(() => [ID], {
    nullable: true,
    description: `Omitted or null: every ACTIVE person who never set a password and has no live invitation (e.g. people imported from CSV). At most ${MAX_BULK_INVITATIONS}.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_BULK_INVITATIONS)
  @IsUUID('all', { each: true })
  userIds?: string[] | null;
}
