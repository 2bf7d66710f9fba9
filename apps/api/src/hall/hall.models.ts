import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { HallBooking } from '../brokering/hall-booking.entity';
import { HallBookingStatus, HallCalendarKind } from './hall.enums';

@ObjectType({ description: 'Occupancy of one equipment in one month: approved bookings over the days it could be booked' })
export class HallOccupancy {
  @Field(() => ID)
  equipmentId: string;

  @Field()
  equipmentName: string;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Days of the month (within the period asked) held by an APPROVED booking, maintenance days excluded' })
  bookedDays: number;

  @Field(() => Int, { description: 'Days of the month (within the period asked) outside maintenance periods' })
  availableDays: number;

  @Field(() => Float, { description: 'bookedDays / availableDays, between 0 and 1 (0 when no day was available)' })
  rate: number;
}

@ObjectType({ description: "A span of an equipment's calendar. Other organisations' bookings show their days and status only" })
export class HallCalendarEntry {
  @Field(() => HallCalendarKind)
  kind: HallCalendarKind;

  @Field({ description: 'YYYY-MM-DD, first day' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, last day (inclusive)' })
  endsOn: string;

  @Field(() => HallBooking, { nullable: true, description: 'The booking in full, when the viewer may read it (staff, its requester, their organisation)' })
  booking: HallBooking | null;

  @Field(() => String, { nullable: true, description: 'Maintenance note' })
  note: string | null;
}

@ObjectType()
export class HallBookingPage {
  @Field(() => [HallBooking])
  items: HallBooking[];

  @Field(() => Int)
  totalCount: number;
}

export { HallBookingStatus };
