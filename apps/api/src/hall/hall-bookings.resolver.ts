import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { HallBooking } from '../brokering/hall-booking.entity';
import { IdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, Viewer } from '../common/viewer';
import { HallPageArgs, ReasonArgs } from './dto/hall.args';
import { DaysInput, HallBookingFilter, HallBookingRequestInput } from './dto/hall.input';
import { HallBookingsService } from './hall-bookings.service';
import { today } from './hall-days';
import { HallEquipment } from './hall-equipment.entity';
import { HallBookingPage } from './hall.models';
import { hallPolicy } from './hall.policy';
import { HallLoader } from './hall.loader';

/**
 * Every path that returns a HallBooking has applied hall.policy first (the list's SQL predicate,
 * maySeeBooking, the calendar's redaction, the collaboration's parties): these fields answer for a
 * booking the viewer may read in full.
 */
@Resolver(() => HallBooking)
export class HallBookingsResolver {
  constructor(
    private readonly service: HallBookingsService,
    private readonly loader: HallLoader,
  ) {}

  @Query(() => HallBookingPage, { description: "Bookings and requests the viewer may read: staff all; a member their own and their organisation's. Soonest first" })
  hallBookings(
    @CurrentViewer() viewer: Viewer,
    @Args() page: HallPageArgs,
    @Args('filter', { type: () => HallBookingFilter, nullable: true }) filter?: HallBookingFilter,
  ) {
    return this.service.list(viewer, filter ?? {}, page.first, page.offset);
  }

  @Query(() => HallBooking, { description: "Staff, its requester, and its organisation's people" })
  hallBooking(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(viewer, id);
  }

  @Mutation(() => HallBooking, { description: 'Members ask for equipment (PENDING; staff are told); staff book directly (APPROVED). Days held by another booking, request or maintenance are refused' })
  requestHallBooking(@CurrentViewer() viewer: Viewer, @Args('input') input: HallBookingRequestInput) {
    return this.service.request(viewer, input);
  }

  @Mutation(() => HallBooking, { description: 'Staff: PENDING → APPROVED (the requester is told)' })
  approveHallBooking(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.approve(viewer, id);
  }

  @Mutation(() => HallBooking, { description: 'Staff: PENDING → REFUSED with a reason (the requester is told)' })
  refuseHallBooking(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args() { reason }: ReasonArgs) {
    return this.service.refuse(viewer, id, reason);
  }

  @Mutation(() => HallBooking, { description: 'Staff: other days for a booking or request, checked like a new one (the requester is told)' })
  moveHallBooking(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: DaysInput) {
    return this.service.move(viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'Staff cancel any booking that still holds its days (the requester is told); the requester cancels their own' })
  async cancelHallBooking(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ) {
    await this.service.cancel(viewer, id, reason?.slice(0, 1000) ?? null);
    return true;
  }

  @ResolveField(() => HallEquipment)
  equipment(@Parent() booking: HallBooking, @Context() context: GraphQLContext) {
    return this.loader.equipment(context, booking.equipmentId);
  }

  @ResolveField(() => String)
  async requesterName(@Parent() booking: HallBooking, @Context() context: GraphQLContext) {
    return (await this.loader.user(context, booking.requestedBy))?.fullName ?? '';
  }

  @ResolveField(() => String, { nullable: true, description: 'The organisation it is for' })
  async organisationName(@Parent() booking: HallBooking, @Context() context: GraphQLContext) {
    return booking.organisationId ? ((await this.loader.organisation(context, booking.organisationId))?.name ?? null) : null;
  }

  @ResolveField(() => ID, { nullable: true })
  collaborationId(@Parent() booking: HallBooking) {
    return booking.collaborationId;
  }

  @ResolveField(() => String, { nullable: true })
  async collaborationTitle(@Parent() booking: HallBooking, @Context() context: GraphQLContext) {
    return booking.collaborationId ? ((await this.loader.collaboration(context, booking.collaborationId))?.title ?? null) : null;
  }

  @ResolveField(() => Boolean, { description: 'The viewer may cancel it now' })
  mayCancel(@CurrentViewer() viewer: Viewer, @Parent() booking: HallBooking) {
    return hallPolicy.mayCancel(viewer, booking) && (booking.status === 'PENDING' || booking.status === 'APPROVED') && booking.endsOn >= today();
  }
}
