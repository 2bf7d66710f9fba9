import { Field, InputType } from '@nestjs/graphql';
import { MatchOutcome } from '../brokering.enums';
import { TransitionInput } from './transition.input';

@InputType()
export class CloseMatchInput extends TransitionInput {
  @Field(() => MatchOutcome, { description: 'SUCCESS after a collaboration; ABANDONED after an introduction (say why in the note); NOT_PURSUED before one' })
  outcome: MatchOutcome;
}
