import { Module } from '@nestjs/common';
import { BackupsResolver } from './backups.resolver';
import { BackupsService } from './backups.service';

@Module({ providers: [BackupsService, BackupsResolver], exports: [BackupsService] })
export class BackupsModule {}
