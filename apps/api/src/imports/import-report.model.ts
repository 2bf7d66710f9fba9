import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One problem of the file, in the reader’s language' })
export class ImportProblem {
  @Field(() => Int, { description: 'Line of the file (the header is line 1)' })
  line: number;

  @Field({ description: 'The CSV column (e.g. email), or csv for the row as a whole' })
  field: string;

  @Field()
  reason: string;
}

@ObjectType({ description: 'What a member import did, or would do when dryRun' })
export class ImportReport {
  @Field()
  dryRun: boolean;

  @Field(() => Int, { description: 'Data rows of the file (blank lines not counted)' })
  rows: number;

  @Field(() => Int)
  okRows: number;

  @Field(() => Int)
  errorRows: number;

  @Field(() => [ImportProblem], { description: 'Sorted by line; while there is any, apply refuses the file' })
  problems: ImportProblem[];

  @Field(() => [ImportProblem], { description: 'Unknown columns, roles kept: they do not block the import' })
  warnings: ImportProblem[];

  @Field(() => Int)
  organisationsCreated: number;

  @Field(() => Int)
  organisationsUpdated: number;

  @Field(() => Int)
  usersCreated: number;

  @Field(() => Int)
  usersUpdated: number;

  @Field(() => Int, { description: 'Valid rows whose person and organisation are already as the file says' })
  unchanged: number;
}
