import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEmail, Length, Matches, MaxLength } from 'class-validator';
import { SECRET_TOKEN_PATTERN } from '../secret-tokens';

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @MaxLength(254)
  @IsEmail()
  email: string;
}

@InputType({ description: 'The token of a reset e-mail (its link: /reset-password?token=…) and the new password' })
export class ResetPasswordInput {
  @Field()
  @Matches(SECRET_TOKEN_PATTERN, { message: 'invalidToken' })
  token: string;

  @Field({ description: '10 to 200 characters, like at sign-up' })
  @Length(10, 200)
  password: string;
}
