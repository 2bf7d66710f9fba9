import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { ForbiddenError, ServiceUnavailableError } from '../common/domain-errors';
import { CurrentViewer, isStaff, Viewer } from '../common/viewer';
import { BackupFile, BackupStatus } from './backups.model';
import { BackupsService } from './backups.service';

@Resolver()
export class BackupsResolver {
  constructor(private readonly backups: BackupsService) {}

  @Query(() => BackupStatus, { description: 'Staff: scheduled backups, the age of the last good one, and the backups kept' })
  backupStatus(@CurrentViewer() viewer: Viewer): BackupStatus {
    if (!isStaff(viewer)) throw new ForbiddenError();
    return this.backups.status() as BackupStatus;
  }

  @Mutation(() => BackupFile, { description: 'Staff: write a backup into the backup directory now (pruned like scheduled ones)' })
  async runBackup(@CurrentViewer() viewer: Viewer): Promise<BackupFile> {
    if (!isStaff(viewer)) throw new ForbiddenError();
    const entry = await this.backups.runNow().catch(() => null);
    if (!entry) throw new ServiceUnavailableError('backupFailed');
    return entry;
  }
}
