import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { OrganisationKind } from '../member.enums';

export const MAX_SIGN_UP_CHOICES = 20;

@ArgsType()
export class SignUpOrganisationsArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name; case and accents ignored' })
  @IsOptional()
  @MaxLength(100)
  query?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: MAX_SIGN_UP_CHOICES, description: `1 to ${MAX_SIGN_UP_CHOICES}` })
  @IsOptional()
  @Min(1)
  @Max(MAX_SIGN_UP_CHOICES)
  first = MAX_SIGN_UP_CHOICES;
}

@ObjectType({ description: 'An organisation a visitor may join at sign-up: only what the sign-up page needs' })
export class OrganisationChoice {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field()
  city: string;
}
