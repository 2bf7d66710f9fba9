import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { DeclineReason, MatchSide, SideAnswer } from '../brokering.enums';
import { TransitionInput } from './transition.input';

@InputType()
export class AnswerMatchInput extends TransitionInput {
  @Field(() => SideAnswer, { description: 'INTERESTED or DECLINED' })
  @IsIn([SideAnswer.INTERESTED, SideAnswer.DECLINED], { message: 'answerValue' })
  answer: SideAnswer.INTERESTED | SideAnswer.DECLINED;

  @Field(() => DeclineReason, { nullable: true, description: 'Required when declining; OTHER also needs a note' })
  @IsOptional()
  reason?: DeclineReason | null;

  @Field(() => MatchSide, { nullable: true, description: 'Staff answering on behalf of a side (e.g. after a phone call); members answer for their own side' })
  @IsOptional()
  side?: MatchSide | null;
}
