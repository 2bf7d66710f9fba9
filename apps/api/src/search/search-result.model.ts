import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../common/connection';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';

@ObjectType()
export class SearchHighlight {
  @Field()
  field: string;

  @Field(() => [String], {
    description:
      'Fragments of the field with the matched words in <mark>…</mark>. Each is HTML: the text is escaped exactly once (& < > as &amp; &lt; &gt;) and <mark> and </mark> are its only tags, so it can be inserted as HTML as it is (or unescaped once after removing the tags, for plain text). Only fragments with a match are listed; an empty query has none.',
  })
  snippets: string[];
}

@ObjectType()
export class FacetValue {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;

  @Field(() => String, { nullable: true, description: "For concepts: the label in the reader's language" })
  label: string | null;
}

@ObjectType()
export class SearchFacet {
  @Field()
  name: string;

  @Field(() => [FacetValue], { description: 'At most 100 values, most frequent first (ties in alphabetical order).' })
  values: FacetValue[];
}

@ObjectType()
export class NeedSearchHit {
  @Field(() => Need)
  need: Need;

  @Field(() => Float)
  score: number;

  @Field(() => [SearchHighlight])
  highlights: SearchHighlight[];
}

@ObjectType()
export class ResearcherSearchHit {
  @Field(() => ResearcherProfile)
  researcher: ResearcherProfile;

  @Field(() => Float)
  score: number;

  @Field(() => [SearchHighlight])
  highlights: SearchHighlight[];
}

@ObjectType()
export class NeedSearchResult {
  @Field(() => Int, { description: 'Matching needs the viewer may see, all pages' })
  total: number;

  @Field(() => [NeedSearchHit])
  hits: NeedSearchHit[];

  @Field(() => [SearchFacet])
  facets: SearchFacet[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType()
export class ResearcherSearchResult {
  @Field(() => Int)
  total: number;

  @Field(() => [ResearcherSearchHit])
  hits: ResearcherSearchHit[];

  @Field(() => [SearchFacet])
  facets: SearchFacet[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
