import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { ServiceUnavailableError } from '../common/domain-errors';
import { StaffOnly } from '../common/roles.decorator';
import { BackupFile, BackupStatus } from './backups.model';
import { BackupsService } from './backups.service';

@Resolver()
export class BackupsResolver {
  constructor(private readonly backups: BackupsService) {}

  @StaffOnly()
  @Query(() => BackupStatus, { description: 'Staff: scheduled backups, the age of the last good one, and the backups kept' })
  backupStatus(): BackupStatus {
    return this.backups.status() as BackupStatus;
  }

  @StaffOnly()
  @Mutation(() => BackupFile, { description: 'Staff: write a backup into the backup directory now (pruned like scheduled ones)' })
  async runBackup(): Promise<BackupFile> {
    const entry = await this.backups.runNow().catch(() => null);
    if (!entry) throw new ServiceUnavailableError('backupFailed');
    return entry;
  }
}
