import { Module } from '@nestjs/common';
import { BrokeringModule } from '../brokering/brokering.module';
import { MatchingModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchModule } from '../search/search.module';
import { EventParticipantResolver, EventsResolver } from './events.resolver';
import { EventMeetingsService } from './event-meetings.service';
import { EventRegistrationsService } from './event-registrations.service';
import { EventScheduleService } from './event-schedule.service';
import { EventFiguresService } from './event-figures';
import { EventSuggestionsService } from './event-suggestions.service';
import { EventsService } from './events.service';

/** Brokerage days; suggested meetings are scored by matching's own matcher. */
@Module({
  imports: [SearchModule, BrokeringModule, NotificationsModule, MatchingModule],
  providers: [EventsResolver, EventParticipantResolver, EventsService, EventRegistrationsService, EventMeetingsService, EventScheduleService, EventSuggestionsService, EventFiguresService],
  exports: [EventFiguresService],
})
export class EventsModule {}
