import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Length } from 'class-validator';

@InputType()
export class RequestIntroductionInput {
  @Field(() => ID, { description: "A need of the requester's organisation, OPEN" })
  @IsUUID()
  needId: string;

  @Field(() => ID, { description: 'The expert to be introduced to (e.g. one of proposeMatches)' })
  @IsUUID()
  researcherProfileId: string;

  @Field({ description: 'To the cluster staff: why this expert, what you expect (1 to 2000 characters); never shown to the researcher' })
  @Length(1, 2000)
  message: string;
}
