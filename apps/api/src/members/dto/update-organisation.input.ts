import { Field, InputType, PartialType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { MembershipStatus } from '../member.enums';
import { CreateOrganisationInput } from './create-organisation.input';

@InputType()
export class UpdateOrganisationInput extends PartialType(CreateOrganisationInput) {
  @Field(() => MembershipStatus, { nullable: true, description: 'Staff only' })
  @IsOptional()
  membershipStatus?: MembershipStatus;
}
