import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { NeedsLoader } from './needs.loader';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({
  imports: [MembersModule],
  providers: [NeedsResolver, NeedsService, NeedsLoader],
  exports: [NeedsService],
})
export class NeedsModule {}
