import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Who an invitation is for, shown on the page where they choose their password' })
export class InvitationInfo {
  @Field()
  email: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Null for staff, who belong to no organisation' })
  organisationName: string | null;
}

@ObjectType()
export class InvitationReport {
  @Field(() => Int, { description: 'People sent an invitation e-mail' })
  invited: number;

  @Field(() => Int, {
    description:
      'People left out: those already holding a live invitation, and staff accounts unless the viewer is an admin; with ids, also those unknown, not ACTIVE or with a password',
  })
  skipped: number;
}
