import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';

@InputType()
export class RequestAccountDeletionInput {
  @Field(() => String, { nullable: true, description: 'Optional word to the staff (erased with the account)' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
