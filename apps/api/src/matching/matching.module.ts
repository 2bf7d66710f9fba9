import { Module } from '@nestjs/common';
import { BrokeringModule } from '../brokering/brokering.module';
import { NeedsModule } from '../needs/needs.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { SearchModule } from '../search/search.module';
import { MatcherProvider } from './matcher.provider';
import { MatchingResolver, ProposedMatchResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

@Module({
  imports: [SearchModule, NeedsModule, ProfilesModule, BrokeringModule],
  providers: [MatchingResolver, ProposedMatchResolver, MatchingService, MatcherProvider],
})
export class MatchingModule {}
