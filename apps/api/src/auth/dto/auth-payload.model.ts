import { Field, ID, ObjectType } from '@nestjs/graphql';
import { User } from '../../members/user.entity';
import { UserStatus } from '../../members/member.enums';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>"; short-lived' })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Exchange with refreshToken(token) for a new pair; single use' })
  refreshToken: string;

  @Field(() => User)
  user: User;
}

@ObjectType()
export class Registration {
  @Field(() => ID)
  userId: string;

  @Field(() => UserStatus)
  status: UserStatus;
}
