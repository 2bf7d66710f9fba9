import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { LanguageCode } from '../../common/language.enum';
import { Availability } from '../profile.enums';

@InputType()
export class ProfileFilter {
  @Field(() => Availability, { nullable: true })
  availability?: Availability;

  @Field(() => LanguageCode, { nullable: true, description: 'Works in this language' })
  language?: LanguageCode;

  @Field(() => ID, { nullable: true, description: 'The lab or university' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field({ nullable: true, description: 'Staff, or own profile' })
  includeArchived?: boolean;
}
