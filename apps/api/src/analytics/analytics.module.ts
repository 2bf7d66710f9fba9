import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';

@Module({
  imports: [EventsModule],
  providers: [AnalyticsResolver, AnalyticsService],
})
export class AnalyticsModule {}
