import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LanguageCode } from '../../common/language.enum';
import { Availability } from '../profile.enums';

@InputType()
export class PublicationInput {
  @Field()
  @Length(3, 400)
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  abstract: string;

  @Field(() => Int)
  @Min(1950)
  @Max(2100)
  year: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^10\.\d{4,9}\/\S+$/, { message: 'isDoi' })
  doi?: string | null;
}

@InputType({ description: "A researcher's whole profile (saving replaces it)" })
export class ProfileInput {
  @Field()
  @Length(5, 200)
  headline: string;

  @Field()
  @Length(20, 10000)
  expertise: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @Length(1, 80, { each: true })
  keywords: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @Length(1, 80, { each: true })
  techniques: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @Length(1, 120, { each: true })
  equipment: string[];

  @Field(() => [PublicationInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PublicationInput)
  publications: PublicationInput[];

  @Field(() => [LanguageCode])
  @ArrayMinSize(1)
  languages: LanguageCode[];

  @Field(() => Availability, { defaultValue: Availability.AVAILABLE })
  availability: Availability;

  @Field(() => Int)
  @Min(1)
  @Max(9)
  trlMin: number;

  @Field(() => Int)
  @Min(1)
  @Max(9)
  trlMax: number;
}
