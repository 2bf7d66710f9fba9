import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { StaffOnly } from '../common/roles.decorator';
import { IdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, Viewer } from '../common/viewer';
import { BrokeringLoader } from './brokering.loader';
import { Collaboration } from './collaboration.entity';
import { CollaborationsService } from './collaborations.service';
import { HallBookingInput, MilestoneInput, StartCollaborationInput, UpdateMilestoneInput } from './dto/collaboration.input';
import { HallBooking } from './hall-booking.entity';
import { Match } from './match.entity';
import { Milestone } from './milestone.entity';

@Resolver(() => Collaboration)
export class CollaborationsResolver {
  constructor(
    private readonly service: CollaborationsService,
    private readonly loader: BrokeringLoader,
  ) {}

  @Query(() => Collaboration, { description: 'Staff, and the two sides of its match' })
  collaboration(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(viewer, id);
  }

  @StaffOnly()
  @Mutation(() => Match, { description: 'Staff: INTRODUCED → COLLABORATING, with milestones and an optional technology-hall booking' })
  startCollaboration(@CurrentViewer() viewer: Viewer, @Args('matchId', { type: () => ID }, IdPipe) matchId: string, @Args('input') input: StartCollaborationInput) {
    return this.service.start(viewer, matchId, input);
  }

  @Mutation(() => Milestone, { description: 'Staff and both sides' })
  addMilestone(@CurrentViewer() viewer: Viewer, @Args('collaborationId', { type: () => ID }, IdPipe) collaborationId: string, @Args('input') input: MilestoneInput) {
    return this.service.addMilestone(viewer, collaborationId, input);
  }

  @Mutation(() => Milestone, { description: 'Staff and both sides' })
  updateMilestone(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: UpdateMilestoneInput) {
    return this.service.updateMilestone(viewer, id, input);
  }

  @StaffOnly()
  @Mutation(() => [HallBooking], { description: 'Staff: prototyping time at the technology hall, one approved booking per equipment; days already held (booking, request, maintenance) are refused' })
  bookTechnologyHall(@CurrentViewer() viewer: Viewer, @Args('collaborationId', { type: () => ID }, IdPipe) collaborationId: string, @Args('input') input: HallBookingInput) {
    return this.service.book(viewer, collaborationId, input);
  }

  @ResolveField(() => Match)
  match(@Parent() collaboration: Collaboration, @Context() context: GraphQLContext) {
    return this.loader.match(context, collaboration.matchId);
  }

  @ResolveField(() => [Milestone])
  milestones(@Parent() collaboration: Collaboration, @Context() context: GraphQLContext) {
    return this.loader.milestones(context, collaboration.id);
  }

  @ResolveField(() => [HallBooking], { description: "The collaboration's technology-hall bookings and requests (its parties read them in full)" })
  bookings(@Parent() collaboration: Collaboration, @Context() context: GraphQLContext) {
    return this.loader.bookings(context, collaboration.id);
  }
}
