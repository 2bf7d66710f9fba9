import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { MembershipStatus, OrganisationKind, Sector } from '../member.enums';

@InputType()
export class OrganisationFilter {
  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind;

  @Field(() => Sector, { nullable: true })
  sector?: Sector;

  @Field(() => MembershipStatus, { nullable: true })
  membershipStatus?: MembershipStatus;

  @Field({ nullable: true, description: 'Part of the name; case, accents and Arabic vowel marks ignored' })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;

  @Field({ nullable: true, defaultValue: false, description: 'Staff only' })
  includeArchived?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Staff only: true, only archived organisations; false, only those not archived; omit for includeArchived' })
  archived?: boolean | null;
}
