import { ArgsType, Field } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';

export const MAX_CONCEPT_TEXT_LENGTH = 20_000;

@ArgsType()
export class DetectConceptsArgs {
  @Field({ description: `Free text in French, Arabic or English (at most ${MAX_CONCEPT_TEXT_LENGTH} characters)` })
  @MaxLength(MAX_CONCEPT_TEXT_LENGTH)
  text: string;
}
