import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { NeedsModule } from '../needs/needs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { HallModule } from '../hall/hall.module';
import { BrokeringLoader } from './brokering.loader';
import { BrokeringResolver, MatchEventResolver } from './brokering.resolver';
import { BrokeringService } from './brokering.service';
import { CollaborationsResolver } from './collaborations.resolver';
import { CollaborationsService } from './collaborations.service';
import { InterestsResolver } from './interests.resolver';
import { InterestsService } from './interests.service';

@Module({
  imports: [MembersModule, NeedsModule, ProfilesModule, NotificationsModule, HallModule],
  providers: [
    BrokeringResolver,
    MatchEventResolver,
    BrokeringService,
    BrokeringLoader,
    CollaborationsResolver,
    CollaborationsService,
    InterestsResolver,
    InterestsService,
  ],
  exports: [BrokeringService, BrokeringLoader],
})
export class BrokeringModule {}
