import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DeclineReason, MatchStatus, SideAnswer } from './brokering.enums';

@ObjectType({ description: "One side's answer to a proposal; the other side sees the answer, not the reason" })
export class MatchSideView {
  @Field(() => SideAnswer, { nullable: true, description: 'Null until the match is proposed (or the researcher expressed interest)' })
  answer: SideAnswer | null;

  @Field(() => DeclineReason, { nullable: true })
  reason: DeclineReason | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;
}

@ObjectType({ description: 'How to reach one side, shared by the double opt-in' })
export class ContactCard {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType()
export class MatchContacts {
  @Field(() => ContactCard, { description: "The need's author and organisation" })
  industrial: ContactCard;

  @Field(() => ContactCard)
  researcher: ContactCard;
}

@ObjectType()
export class StatusCount {
  @Field(() => MatchStatus)
  status: MatchStatus;

  @Field(() => Int)
  count: number;
}
