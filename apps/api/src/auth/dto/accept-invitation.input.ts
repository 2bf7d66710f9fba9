import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Length, Matches } from 'class-validator';
import { SECRET_TOKEN_PATTERN } from '../secret-tokens';

@ArgsType()
export class InvitationArgs {
  @Field({ description: 'The token of an invitation e-mail (its link: /invitation?token=…)' })
  @Matches(SECRET_TOKEN_PATTERN, { message: 'invalidToken' })
  token: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token of the invitation e-mail (its link: /invitation?token=…)' })
  @Matches(SECRET_TOKEN_PATTERN, { message: 'invalidToken' })
  token: string;

  @Field({ description: '10 to 200 characters, like at sign-up' })
  @Length(10, 200)
  password: string;
}
