import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';

@ObjectType({ description: "One feature's share of a match score" })
export class MatchFeature {
  @Field({ description: 'lexical, concepts, sector, trl, techniques, equipment, languages or place' })
  name: string;

  @Field(() => Float, { description: 'weight × value; the contributions sum to the score' })
  contribution: number;

  @Field({ description: 'What was measured' })
  detail: string;
}

@ObjectType({ description: 'An expert proposed for a need, with the score explained' })
export class ProposedMatch {
  /** The need it is proposed for (resolves introductionRequested). */
  needId: string;

  @Field(() => ResearcherProfile)
  researcher: ResearcherProfile;

  @Field(() => Float)
  score: number;

  @Field(() => [MatchFeature])
  features: MatchFeature[];

  @Field(() => [String], { description: "Sentences in the viewer's language, strongest evidence first" })
  reasons: string[];
}

@ObjectType({ description: 'A need recommended to the signed-in researcher, with the score explained' })
export class RecommendedNeed {
  @Field(() => Need)
  need: Need;

  @Field(() => Float)
  score: number;

  @Field(() => [MatchFeature])
  features: MatchFeature[];

  @Field(() => [String])
  reasons: string[];
}
