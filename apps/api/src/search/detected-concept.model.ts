import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An AGROVOC thesaurus concept found in a text, as search and matching extract it' })
export class DetectedConcept {
  @Field({ description: 'AGROVOC concept code (c_…), the same in every language' })
  code: string;

  @Field({ description: "The concept's preferred label in the reader's language, else French, else English" })
  label: string;

  @Field(() => String, { nullable: true, description: 'The span of the text that mentioned it first, as written' })
  matched: string | null;
}
