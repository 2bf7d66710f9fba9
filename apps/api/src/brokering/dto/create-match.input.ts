import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Length } from 'class-validator';

@InputType()
export class CreateMatchInput {
  @Field(() => ID)
  @IsUUID()
  needId: string;

  @Field(() => ID)
  @IsUUID()
  researcherProfileId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  note?: string | null;
}
