import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { HallBookingsResolver } from './hall-bookings.resolver';
import { HallBookingsService } from './hall-bookings.service';
import { HallLoader } from './hall.loader';
import { HallResolver } from './hall.resolver';
import { HallService } from './hall.service';

/** The technology hall: equipment catalogue, maintenance, booking requests and occupancy. */
@Module({
  imports: [NotificationsModule],
  providers: [HallResolver, HallBookingsResolver, HallService, HallBookingsService, HallLoader],
  exports: [HallBookingsService],
})
export class HallModule {}
