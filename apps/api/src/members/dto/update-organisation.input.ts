import { Field, InputType, PartialType } from '@nestjs/graphql';
import { IsNotEmpty, ValidateIf } from 'class-validator';
import { MembershipStatus } from '../member.enums';
import { CreateOrganisationInput } from './create-organisation.input';

/**
 * Omitted fields stay as they are; null is refused (BAD_USER_INPUT) for every field that cannot be
 * empty (skipNullProperties: false), and clears size, description and website.
 */
@InputType()
export class UpdateOrganisationInput extends PartialType(CreateOrganisationInput, { skipNullProperties: false }) {
  @Field(() => MembershipStatus, { nullable: true, description: 'Staff only; omit to keep; cannot be null' })
  @ValidateIf((input: UpdateOrganisationInput) => input.membershipStatus !== undefined)
  @IsNotEmpty()
  membershipStatus?: MembershipStatus;
}
