import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({
  imports: [MembersModule],
  providers: [NeedsResolver, NeedsService],
  exports: [NeedsService],
})
export class NeedsModule {}
