import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Length } from 'class-validator';

@InputType()
export class ExpressInterestInput {
  @Field(() => ID)
  @IsUUID()
  needId: string;

  @Field({ description: 'A short message to the cluster staff: why you, what you would do' })
  @Length(10, 2000)
  message: string;
}
