import { Field, InputType } from '@nestjs/graphql';
import { Length } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @Length(1, 200)
  currentPassword: string;

  @Field({ description: '10 to 200 characters, like at sign-up' })
  @Length(10, 200)
  newPassword: string;
}
