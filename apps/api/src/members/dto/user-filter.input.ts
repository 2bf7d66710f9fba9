import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Role, UserStatus } from '../member.enums';

@InputType()
export class UserFilter {
  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => UserStatus, { nullable: true })
  status?: UserStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name (case, accents and Arabic vowel marks ignored) or of the e-mail' })
  @IsOptional()
  @MaxLength(100)
  query?: string | null;
}
