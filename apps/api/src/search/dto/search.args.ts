import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { LanguageCode } from '../../common/language.enum';
import { OrganisationKind, Sector } from '../../members/member.enums';
import { NeedStatus } from '../../needs/need.enums';
import { Availability } from '../../profiles/profile.enums';

export const MAX_QUERY_LENGTH = 1000;
export const MAX_SEARCH_PAGE = 50;

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}

registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'The order of search hits',
  valuesMap: {
    RELEVANCE: { description: 'Best matches first (hits matching more of the query words first); without a query, as NEWEST' },
    NEWEST: {
      description: 'Needs by creation date, profiles by last update, newest first; with a query, among hits matching as many of its words',
    },
  },
});

@ArgsType()
export class SearchArgs {
  @Field({
    nullable: true,
    defaultValue: '',
    description: `What to look for, in French, Arabic or English (at most ${MAX_QUERY_LENGTH} characters). Empty: browse every record the viewer may see that matches the filters`,
  })
  @IsOptional()
  @MaxLength(MAX_QUERY_LENGTH)
  query: string = '';

  @Field(() => SearchSort, { nullable: true, defaultValue: SearchSort.RELEVANCE })
  @IsOptional()
  sort: SearchSort = SearchSort.RELEVANCE;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsOptional()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @MaxLength(100)
  after?: string | null;
}

@InputType()
export class NeedSearchFilters {
  @Field(() => [Sector], { nullable: true })
  sector?: Sector[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  city?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  region?: string[];

  @Field(() => [LanguageCode], { nullable: true })
  language?: LanguageCode[];

  @Field(() => [OrganisationKind], { nullable: true })
  organisationKind?: OrganisationKind[];

  @Field(() => [NeedStatus], { nullable: true })
  status?: NeedStatus[];

  @Field(() => [String], { nullable: true, description: 'AGROVOC concept codes (c_…)' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^c_[0-9a-z]{1,20}$/, { each: true, message: 'conceptCode' })
  concepts?: string[];

  @Field(() => Int, { nullable: true, description: 'Current TRL at least' })
  @IsOptional()
  @Min(1)
  @Max(9)
  trlMin?: number;

  @Field(() => Int, { nullable: true, description: 'Current TRL at most' })
  @IsOptional()
  @Min(1)
  @Max(9)
  trlMax?: number;
}

@InputType()
export class ResearcherSearchFilters {
  @Field(() => [LanguageCode], { nullable: true, description: 'Works in one of these languages' })
  languages?: LanguageCode[];

  @Field(() => [Availability], { nullable: true })
  availability?: Availability[];

  @Field(() => [OrganisationKind], { nullable: true })
  organisationKind?: OrganisationKind[];

  @Field(() => [Sector], { nullable: true })
  sectors?: Sector[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  city?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  region?: string[];

  @Field(() => [String], { nullable: true, description: 'AGROVOC concept codes (c_…)' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^c_[0-9a-z]{1,20}$/, { each: true, message: 'conceptCode' })
  concepts?: string[];

  @Field(() => Int, { nullable: true, description: 'Works at this TRL (within their range)' })
  @IsOptional()
  @Min(1)
  @Max(9)
  trl?: number;
}
