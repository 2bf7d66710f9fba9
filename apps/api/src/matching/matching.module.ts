import { Module } from '@nestjs/common';
import { BrokeringModule } from '../brokering/brokering.module';
import { NeedsModule } from '../needs/needs.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { SearchModule } from '../search/search.module';
import { MatcherProvider } from './matcher.provider';
import { MatchingResolver, ProposedMatchResolver } from './matching.resolver';
import { MatchingService } from './matching.service';
import { MatcherSnapshots } from './matcher-snapshots';

/** MatcherProvider is exported: one matcher (and its corpus statistics) per process, shared with brokerage days. */
@Module({
  imports: [SearchModule, NeedsModule, ProfilesModule, BrokeringModule],
  providers: [MatchingResolver, ProposedMatchResolver, MatchingService, MatcherProvider, MatcherSnapshots],
  exports: [MatcherProvider],
})
export class MatchingModule {}
