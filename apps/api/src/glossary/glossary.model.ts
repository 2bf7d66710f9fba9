import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum GlossaryEntryStatus {
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
  MERGED = 'MERGED',
}
registerEnumType(GlossaryEntryStatus, { name: 'GlossaryEntryStatus', description: 'ACTIVE entries are used by search and matching; RETIRED and MERGED ones are kept for the record' });

export enum GlossaryCategory {
  PRODUCT = 'product',
  BY_PRODUCT = 'by-product',
  PROCESS = 'process',
  COSMETIC = 'cosmetic',
  QUALITY = 'quality',
}
registerEnumType(GlossaryCategory, { name: 'GlossaryCategory' });

@ObjectType({ description: 'A thesaurus or glossary concept: its code and its label in the reader’s language' })
export class ConceptRef {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field({ description: 'true for a concept of the cluster glossary (added or extended)' })
  glossary: boolean;
}

@ObjectType({ description: 'Who added or last changed an entry' })
export class GlossaryActor {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;
}

@ObjectType({ description: 'A concept of the cluster glossary (staff only)' })
export class GlossaryEntryModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The concept code search documents and facets carry (the extended AGROVOC code for an extension)' })
  conceptCode: string;

  @Field({ description: 'The entry’s own code' })
  code: string;

  @Field(() => GlossaryCategory, { nullable: true })
  category: GlossaryCategory | null;

  @Field(() => [String])
  labelsFr: string[];

  @Field(() => [String])
  labelsAr: string[];

  @Field(() => [String])
  labelsEn: string[];

  @Field(() => [String], { description: 'Darija, transliterations, alternative spellings' })
  variants: string[];

  @Field(() => ConceptRef, { nullable: true, description: 'The AGROVOC concept this entry adds labels to' })
  extends: ConceptRef | null;

  @Field(() => [ConceptRef], { description: 'Broader concepts of a new concept' })
  broader: ConceptRef[];

  @Field(() => String, { nullable: true })
  definition: string | null;

  @Field(() => GlossaryEntryStatus)
  status: GlossaryEntryStatus;

  @Field(() => ID, { nullable: true })
  mergedIntoId: string | null;

  @Field({ description: 'STAFF, STARTER (the starter glossary) or IMPORT' })
  source: string;

  @Field(() => GlossaryActor, { nullable: true })
  createdBy: GlossaryActor | null;

  @Field()
  createdAt: Date;

  @Field(() => GlossaryActor, { nullable: true })
  updatedBy: GlossaryActor | null;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'What a glossary change did' })
export class GlossaryChange {
  @Field(() => GlossaryEntryModel, { nullable: true })
  entry: GlossaryEntryModel | null;

  @Field(() => Int, { description: 'Needs whose search documents are being rebuilt' })
  needsReindexed: number;

  @Field(() => Int, { description: 'Researcher profiles whose search documents are being rebuilt' })
  profilesReindexed: number;
}

@ObjectType({ description: 'The glossary at a glance' })
export class GlossaryOverview {
  @Field(() => Int)
  active: number;

  @Field(() => Int)
  retired: number;

  @Field(() => Int)
  merged: number;

  @Field(() => Int, { description: 'Entries of the shipped starter glossary' })
  starterSize: number;

  @Field({ description: 'true while the glossary has no entry at all: the starter glossary may be loaded' })
  canLoadStarter: boolean;
}

@ObjectType({ description: 'Where a suggested word occurs' })
export class GlossarySuggestionContext {
  @Field({ description: 'NEED or PROFILE' })
  kind: string;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'A few words around the word, as written' })
  snippet: string;
}

@ObjectType({ description: 'A word of needs and profiles that maps to no concept' })
export class GlossarySuggestion {
  @Field({ description: 'The word as most often written' })
  word: string;

  @Field({ description: 'fr, ar or en when the texts say so' })
  language: string;

  @Field(() => Int)
  needs: number;

  @Field(() => Int)
  profiles: number;

  @Field(() => [GlossarySuggestionContext])
  contexts: GlossarySuggestionContext[];
}

@ObjectType({ description: 'A search that found nothing (normalised text; no user is recorded)' })
export class ZeroHitQuery {
  @Field()
  query: string;

  @Field({ description: 'needs or researchers' })
  scope: string;

  @Field(() => Int)
  occurrences: number;

  @Field()
  lastAt: Date;
}

@ObjectType({ description: 'One problem of a glossary CSV, in the reader’s language' })
export class GlossaryImportProblem {
  @Field(() => Int, { description: 'Line of the file (the header is line 1)' })
  line: number;

  @Field()
  field: string;

  @Field()
  reason: string;
}

@ObjectType({ description: 'One row of a glossary CSV and what the import does with it' })
export class GlossaryImportRow {
  @Field(() => Int)
  line: number;

  @Field()
  code: string;

  @Field({ description: 'The first French, else English, else Arabic label' })
  label: string;

  @Field({ description: 'CREATE, UPDATE, UNCHANGED or ERROR' })
  action: string;
}

@ObjectType({ description: 'What a glossary import did, or would do when dryRun' })
export class GlossaryImportReport {
  @Field()
  dryRun: boolean;

  @Field(() => Int)
  rows: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [GlossaryImportProblem], { description: 'Sorted by line; while there is any, the import writes nothing' })
  problems: GlossaryImportProblem[];

  @Field(() => [GlossaryImportRow])
  preview: GlossaryImportRow[];
}
