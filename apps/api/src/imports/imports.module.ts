import { Module } from '@nestjs/common';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

@Module({
  providers: [ImportsResolver, ImportsService],
})
export class ImportsModule {}
