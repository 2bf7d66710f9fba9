import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { GlossaryCategory, GlossaryEntryStatus } from '../glossary.model';

export const MAX_LABELS = 20;
export const MAX_LABEL_LENGTH = 120;

@InputType({ description: 'A glossary entry: at least one label in French, Arabic or English' })
export class GlossaryEntryInput {
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @MaxLength(MAX_LABEL_LENGTH, { each: true })
  labelsFr: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @MaxLength(MAX_LABEL_LENGTH, { each: true })
  labelsAr: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @MaxLength(MAX_LABEL_LENGTH, { each: true })
  labelsEn: string[];

  @Field(() => [String], { defaultValue: [], description: 'Darija (Arabic or Latin script), transliterations, other spellings' })
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @MaxLength(MAX_LABEL_LENGTH, { each: true })
  variants: string[];

  @Field(() => GlossaryCategory, { nullable: true })
  @IsOptional()
  @IsEnum(GlossaryCategory)
  category?: GlossaryCategory | null;

  @Field(() => String, { nullable: true, description: 'An AGROVOC concept code this entry adds labels to' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  extendsCode?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Broader concepts (AGROVOC or glossary codes) of a new concept' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  broaderCodes: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  definition?: string | null;
}

@ArgsType()
export class GlossaryEntriesArgs {
  @Field(() => String, { nullable: true, description: 'Words of a label, a variant or the definition, any language' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => GlossaryEntryStatus, { nullable: true, description: 'Default: ACTIVE' })
  @IsOptional()
  @IsEnum(GlossaryEntryStatus)
  status?: GlossaryEntryStatus | null;

  @Field(() => GlossaryCategory, { nullable: true })
  @IsOptional()
  @IsEnum(GlossaryCategory)
  category?: GlossaryCategory | null;
}

@ArgsType()
export class GlossaryEntryIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class UpdateGlossaryEntryArgs extends GlossaryEntryIdArgs {
  @Field(() => GlossaryEntryInput)
  input: GlossaryEntryInput;
}

@ArgsType()
export class MergeGlossaryEntriesArgs {
  @Field(() => ID, { description: 'The entry that disappears (becomes MERGED)' })
  @IsUUID()
  sourceId: string;

  @Field(() => ID, { description: 'The entry that receives its labels' })
  @IsUUID()
  targetId: string;
}

@ArgsType()
export class ThesaurusConceptsArgs {
  @Field({ description: 'Words of a label, any language' })
  @IsString()
  @MaxLength(120)
  search: string;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(50)
  first: number;
}

@ArgsType()
export class GlossarySuggestionsArgs {
  @Field(() => Int, { defaultValue: 30 })
  @Min(1)
  @Max(100)
  first: number;
}

@InputType()
export class ImportGlossaryInput {
  @Field({ description: 'The CSV text (UTF-8, `,` or `;` separated, header on line 1; lists separated by `|`): at most 2 MB and 5,000 rows' })
  @IsString()
  csv: string;

  @Field({ defaultValue: true, description: 'true (the default): report what would happen and write nothing' })
  @IsBoolean()
  dryRun: boolean;
}
