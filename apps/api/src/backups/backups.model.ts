import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum BackupHealthKind {
  /** The newest good backup is younger than twice the interval. */
  OK = 'OK',
  /** It is older: something stopped the scheduled backups. */
  STALE = 'STALE',
  /** No good backup at all in the backup directory. */
  NONE = 'NONE',
}
registerEnumType(BackupHealthKind, { name: 'BackupHealth' });

@ObjectType({ description: 'One backup in the backup directory' })
export class BackupFile {
  @Field({ description: 'File name without .dump / .manifest.json' })
  name: string;

  @Field()
  createdAt: Date;

  @Field(() => Float)
  bytes: number;

  @Field(() => String, { nullable: true, description: 'The newest migration of the database backed up' })
  schemaVersion: string | null;

  @Field(() => Int)
  rows: number;
}

@ObjectType({ description: 'Staff: scheduled backups and the age of the last good one' })
export class BackupStatus {
  @Field()
  directory: string;

  @Field({ description: 'BACKUP_INTERVAL_HOURS > 0' })
  scheduled: boolean;

  @Field(() => Float)
  intervalHours: number;

  @Field(() => Int)
  keep: number;

  @Field(() => BackupHealthKind)
  health: BackupHealthKind;

  @Field(() => Float, { description: 'Twice the interval (48 h when backups are not scheduled)' })
  warnAfterHours: number;

  @Field(() => BackupFile, { nullable: true })
  last: BackupFile | null;

  @Field(() => Float, { nullable: true })
  lastAgeHours: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last scheduled backup of this instance failed, if it did' })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  lastErrorAt: Date | null;

  @Field(() => [BackupFile], { description: 'Newest first' })
  backups: BackupFile[];
}
