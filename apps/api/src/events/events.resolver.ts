import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { perRequest } from '../common/per-request-loader';
import { IdPipe, OptionalIdPipe } from '../common/validation';
import { CurrentViewer, GraphQLContext, isStaff, Viewer } from '../common/viewer';
import {
  AnswerMeetingInput,
  AttendanceInput,
  EventInput,
  EventStatusInput,
  MeetingRequestInput,
  MoveMeetingInput,
  ParticipantFilter,
  RegistrationInput,
  SessionInput,
  TablesInput,
} from './dto/events.input';
import { BrokerageEvent } from './entities/event.entity';
import { EventRegistration } from './entities/event-registration.entity';
import { EventSession, EventSlot, EventTable } from './entities/event-session.entity';
import {
  EventKpis,
  EventMeetingView,
  EventParticipant,
  MeetingNeedOption,
  ParticipantContact,
  RegistrationDefaults,
  ScheduleRunResult,
  SuggestedMeeting,
} from './events.models';
import { EventMeetingsService } from './event-meetings.service';
import { EventRegistrationsService } from './event-registrations.service';
import { EventScheduleService } from './event-schedule.service';
import { EventSuggestionsService } from './event-suggestions.service';
import { EventsService } from './events.service';
import { StaffOnly } from '../common/roles.decorator';

const listComplexity = ({ childComplexity }: { childComplexity: number }) => 10 + childComplexity * 20;

@Resolver(() => BrokerageEvent)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly registrations: EventRegistrationsService,
    private readonly meetings: EventMeetingsService,
    private readonly schedule: EventScheduleService,
    private readonly suggestions: EventSuggestionsService,
  ) {}

  @Query(() => [BrokerageEvent], { description: 'Brokerage days: published ones for members, every one for staff; latest first', complexity: listComplexity })
  events(@CurrentViewer() viewer: Viewer) {
    return this.service.list(viewer);
  }

  @Query(() => BrokerageEvent, { description: 'One brokerage day (drafts: staff only)' })
  event(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(viewer, id);
  }

  @Query(() => [EventMeetingView], { description: "The viewer's meeting requests at the event (both directions); staff: every request", complexity: listComplexity })
  eventMeetings(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }, IdPipe) eventId: string) {
    return this.meetings.meetings(viewer, eventId);
  }

  @Query(() => [EventMeetingView], { description: "A participant's placed meetings in time order: the viewer's own; staff may name a registration", complexity: listComplexity })
  eventAgenda(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Args('participantId', { type: () => ID, nullable: true }, OptionalIdPipe) participantId?: string | null,
  ) {
    return this.schedule.agenda(viewer, eventId, participantId);
  }

  @Query(() => String, { description: 'The same agenda as an iCalendar (.ics) document' })
  eventAgendaIcs(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Args('participantId', { type: () => ID, nullable: true }, OptionalIdPipe) participantId?: string | null,
  ) {
    return this.schedule.agendaCalendar(viewer, eventId, participantId);
  }

  @Query(() => [SuggestedMeeting], { description: 'Participants the matcher suggests the signed-in participant meets, with reasons', complexity: listComplexity })
  eventSuggestions(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ) {
    return this.suggestions.suggestions(viewer, eventId, Math.max(1, Math.min(first, 50)));
  }

  @StaffOnly()
  @Query(() => EventKpis, { description: 'Staff: the event in figures' })
  eventKpis(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }, IdPipe) eventId: string) {
    return this.schedule.kpis(viewer, eventId);
  }

  @Query(() => RegistrationDefaults, { description: "What the registration form starts with: the member's open needs or expertise profile" })
  eventRegistrationDefaults(@CurrentViewer() viewer: Viewer) {
    return this.registrations.registrationDefaults(viewer);
  }

  @StaffOnly()
  @Query(() => [MeetingNeedOption], { description: "Staff: the industrial side's needs a meeting may become a match for" })
  eventMeetingNeeds(@CurrentViewer() viewer: Viewer, @Args('meetingId', { type: () => ID }, IdPipe) meetingId: string) {
    return this.schedule.meetingNeedOptions(viewer, meetingId);
  }

  @StaffOnly()
  @Mutation(() => BrokerageEvent, { description: 'Staff: a new event, as a DRAFT' })
  createEvent(@CurrentViewer() viewer: Viewer, @Args('input') input: EventInput) {
    return this.service.create(viewer, input);
  }

  @StaffOnly()
  @Mutation(() => BrokerageEvent, { description: 'Staff' })
  updateEvent(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: EventInput) {
    return this.service.update(viewer, id, input);
  }

  @StaffOnly()
  @Mutation(() => BrokerageEvent, { description: 'Staff: DRAFT → OPEN → CLOSED → HELD (CLOSED may reopen)' })
  setEventStatus(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: EventStatusInput) {
    return this.service.setStatus(viewer, id, input.status);
  }

  @StaffOnly()
  @Mutation(() => EventSession, { description: "Staff: a session; its slots are generated from the event's meeting length and the break" })
  addEventSession(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }, IdPipe) eventId: string, @Args('input') input: SessionInput) {
    return this.service.addSession(viewer, eventId, input);
  }

  @StaffOnly()
  @Mutation(() => Boolean, { description: 'Staff: removes a session and its slots (meetings placed there become unplaced)' })
  removeEventSession(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.removeSession(viewer, id);
  }

  @StaffOnly()
  @Mutation(() => [EventTable], { description: 'Staff: replaces the tables (numbered or named); placed meetings become unplaced' })
  setEventTables(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }, IdPipe) eventId: string, @Args('input') input: TablesInput) {
    return this.service.setTables(viewer, eventId, input);
  }

  @Mutation(() => EventParticipant, { description: 'Members: join an OPEN event while its registration window is open' })
  registerForEvent(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }, IdPipe) eventId: string, @Args('input') input: RegistrationInput) {
    return this.registrations.register(viewer, eventId, input);
  }

  @Mutation(() => EventParticipant, { description: 'Members: change what they offer, seek, their languages and availability' })
  updateEventRegistration(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }, IdPipe) eventId: string, @Args('input') input: RegistrationInput) {
    return this.registrations.updateRegistration(viewer, eventId, input);
  }

  @Mutation(() => Boolean, { description: 'Members: leave the event; their live requests and meetings are cancelled' })
  withdrawFromEvent(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }, IdPipe) eventId: string) {
    return this.registrations.withdraw(viewer, eventId);
  }

  @Mutation(() => EventMeetingView, { description: 'Participants: ask another participant for a meeting' })
  requestEventMeeting(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }, IdPipe) eventId: string, @Args('input') input: MeetingRequestInput) {
    return this.meetings.requestMeeting(viewer, eventId, input.recipientId, input.message);
  }

  @Mutation(() => EventMeetingView, { description: 'The requested side accepts or declines (optional reason)' })
  answerEventMeeting(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: AnswerMeetingInput) {
    return this.meetings.answerMeeting(viewer, id, input.accept, input.reason ?? null);
  }

  @Mutation(() => EventMeetingView, { description: 'Staff or either side: cancel a live request or meeting' })
  cancelEventMeeting(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.meetings.cancelMeeting(viewer, id);
  }

  @StaffOnly()
  @Mutation(() => ScheduleRunResult, { description: 'Staff: place every accepted meeting in slots and tables (libs/scheduling)' })
  scheduleEvent(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }, IdPipe) eventId: string) {
    return this.schedule.scheduleAll(viewer, eventId);
  }

  @StaffOnly()
  @Mutation(() => EventMeetingView, { description: 'Staff: put a meeting in a slot at a table (refused on a double booking)' })
  moveEventMeeting(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: MoveMeetingInput) {
    return this.schedule.moveMeeting(viewer, id, input);
  }

  @Mutation(() => EventMeetingView, { description: 'A side of an accepted meeting proposes another slot; staff apply it' })
  proposeEventMeetingSlot(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('slotId', { type: () => ID }, IdPipe) slotId: string) {
    return this.schedule.proposeSlot(viewer, id, slotId);
  }

  @StaffOnly()
  @Mutation(() => EventMeetingView, { description: 'Staff: move a meeting to the slot a side proposed, at a free table (refused on a double booking)' })
  applyEventMeetingProposal(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.schedule.applyProposedSlot(viewer, id);
  }

  @StaffOnly()
  @Mutation(() => Int, { description: 'Staff: send each participant their agenda (in-app and e-mail); answers how many were sent' })
  sendEventAgendas(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }, IdPipe) eventId: string) {
    return this.schedule.sendAgendas(viewer, eventId);
  }

  @StaffOnly()
  @Mutation(() => EventMeetingView, { description: 'Staff: the meeting was held, or someone did not come' })
  markEventMeeting(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: AttendanceInput) {
    return this.schedule.markAttendance(viewer, id, input.attendance);
  }

  @Mutation(() => EventMeetingView, { description: 'A side notes whether the meeting is worth continuing' })
  setEventMeetingFollowUp(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('worthContinuing') worthContinuing: boolean) {
    return this.schedule.setFollowUp(viewer, id, worthContinuing);
  }

  @StaffOnly()
  @Mutation(() => EventMeetingView, { description: "Staff: a held meeting becomes a SHORTLISTED match for one of the industrial's needs (an existing pair is linked, not duplicated)" })
  convertEventMeetingToMatch(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('needId', { type: () => ID }, IdPipe) needId: string) {
    return this.schedule.convertToMatch(viewer, id, needId);
  }

  @ResolveField(() => [EventSession])
  sessions(@Parent() event: BrokerageEvent) {
    return this.service.sessions(event.id);
  }

  @ResolveField(() => [EventSlot], { description: 'Meeting slots of every session, in time order' })
  slots(@Parent() event: BrokerageEvent) {
    return this.service.slots(event.id);
  }

  @ResolveField(() => [EventTable])
  tables(@Parent() event: BrokerageEvent) {
    return this.service.tables(event.id);
  }

  @ResolveField(() => Int, { description: 'Registered participants' })
  participantCount(@Parent() event: BrokerageEvent, @Context() context: GraphQLContext) {
    const loader = perRequest(context, 'events.participantCount', () => new DataLoader<string, number>(async (ids) => {
      const counts = await this.registrations.participantCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }));
    return loader.load(event.id);
  }

  @ResolveField(() => EventParticipant, { nullable: true, description: "The viewer's registration (withdrawn ones too); null when never registered" })
  async myRegistration(@Parent() event: BrokerageEvent, @Context() context: GraphQLContext) {
    const viewer = context.viewer!;
    const loader = perRequest(context, 'events.myRegistration', () => new DataLoader<string, EventRegistration | null>(async (ids) => {
      const rows = await this.registrations.registrationsOf(viewer.id, ids);
      return ids.map((id) => rows.get(id) ?? null);
    }));
    const registration = await loader.load(event.id);
    return registration ? this.registrations.ownParticipant(event.id, registration.id) : null;
  }

  @ResolveField(() => [EventParticipant], { description: 'The participants’ catalogue: staff, and registered participants (empty for others)', complexity: listComplexity })
  participants(@CurrentViewer() viewer: Viewer, @Parent() event: BrokerageEvent, @Args('filter', { type: () => ParticipantFilter, nullable: true }) filter?: ParticipantFilter) {
    return this.registrations.participants(viewer, event.id, filter ?? {});
  }

  @ResolveField(() => Boolean, { description: 'The registration window is open now and the event is OPEN' })
  registrationOpen(@Parent() event: BrokerageEvent) {
    const now = Date.now();
    return event.status === 'OPEN' && event.registrationOpensAt.getTime() <= now && now <= event.registrationClosesAt.getTime();
  }
}

@Resolver(() => EventParticipant)
export class EventParticipantResolver {
  constructor(private readonly registrations: EventRegistrationsService) {}

  @ResolveField(() => ParticipantContact, { nullable: true, description: 'E-mail and phone: staff, the participant, and the other side of an accepted meeting; null for everyone else' })
  async contact(@CurrentViewer() viewer: Viewer, @Parent() participant: EventParticipant, @Context() context: GraphQLContext) {
    const loader = perRequest(context, 'events.acceptedCounterparts', () => new DataLoader<string, Set<string>>((eventIds) => Promise.all(eventIds.map((id) => this.registrations.acceptedCounterparts(viewer, id)))));
    const counterparts = await loader.load(participant.eventId);
    return this.registrations.contactOf(viewer, participant, counterparts);
  }

  @ResolveField(() => [ID], { nullable: true, description: 'Slots the participant can meet in (null: all): the participant and staff' })
  availableSlotIds(@CurrentViewer() viewer: Viewer, @Parent() participant: EventParticipant) {
    return isStaff(viewer) || viewer.id === participant.userId ? participant.availableSlotIds : null;
  }
}
