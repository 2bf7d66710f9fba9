import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { schedule, SchedulingInstance } from '../../../../libs/scheduling/src';
import { BrokeringService } from '../brokering/brokering.service';
import { Match } from '../brokering/match.entity';
import { ConflictError, DomainError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { LanguageCode } from '../common/language.enum';
import { isStaff, Viewer } from '../common/viewer';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { Notice, NotificationsService } from '../notifications/notifications.service';
import { NotificationKind } from '../notifications/notification.enums';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { MoveMeetingInput } from './dto/events.input';
import { EventMeeting } from './entities/event-meeting.entity';
import { EventMeetingsService } from './event-meetings.service';
import { agendaEntry, eventParams, lockEvent, meetingViews, notifyChanged } from './event-records';
import { EventRegistration } from './entities/event-registration.entity';
import { EventRegistrationsService } from './event-registrations.service';
import { EventSlot, EventTable } from './entities/event-session.entity';
import { agendaIcs } from './events-agenda';
import { eventFigures } from './event-figures';
import { MeetingAttendance, MeetingStatus, ParticipantKind, RegistrationStatus } from './events.enums';
import { EventKpis, EventMeetingView, MeetingNeedOption, ScheduleRunResult } from './events.models';
import { EventsService } from './events.service';

const SUMMARY_PREFIX: Record<LanguageCode, string> = { fr: 'Rendez-vous\u00a0: ', ar: 'موعد: ', en: 'Meeting: ' };
const TABLE_LABEL: Record<LanguageCode, (name: string) => string> = { fr: (name) => `Table ${name}`, ar: (name) => `الطاولة ${name}`, en: (name) => `Table ${name}` };

/** Accepted meetings in slots and at tables, agendas (.ics), the day itself, follow-ups, matches and figures. */
@Injectable()
export class EventScheduleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly registrations: EventRegistrationsService,
    private readonly meetings: EventMeetingsService,
    private readonly notifications: NotificationsService,
    private readonly brokering: BrokeringService,
  ) {}

  // --- Scheduling -------------------------------------------------------------------------------

  /** Staff: places every accepted meeting (pins kept where possible) with libs/scheduling, and stores the result. */
  async scheduleAll(viewer: Viewer, eventId: string): Promise<ScheduleRunResult> {
    await this.events.get(viewer, eventId);
    return this.db.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      const slots = await manager.getRepository(EventSlot).find({ where: { eventId }, order: { startsAt: 'ASC' } });
      const tables = await manager.getRepository(EventTable).find({ where: { eventId }, order: { position: 'ASC' } });
      const registrations = await manager.getRepository(EventRegistration).findBy({ eventId, status: RegistrationStatus.REGISTERED });
      const meetings = await manager.getRepository(EventMeeting).find({ where: { eventId, status: MeetingStatus.ACCEPTED }, order: { createdAt: 'ASC' } });
      const slotIds = new Set(slots.map((s) => s.id));
      const instance: SchedulingInstance = {
        slots: slots.map((s) => ({ id: s.id, sessionId: s.sessionId })),
        tables: tables.map((t) => ({ id: t.id })),
        participants: registrations.map((r) => ({ id: r.id, ...(r.availableSlotIds ? { availableSlotIds: r.availableSlotIds.filter((id) => slotIds.has(id)) } : {}) })),
        meetings: meetings.map((m) => ({
          id: m.id,
          participantIds: [m.requesterId, m.recipientId] as const,
          ...(m.pinned && m.slotId ? { pinned: { slotId: m.slotId, ...(m.tableId ? { tableId: m.tableId } : {}) } } : {}),
        })),
      };
      const result = schedule(instance);
      await manager.query(`UPDATE event_meetings SET slot_id = NULL, table_id = NULL, unplaced_reason = NULL WHERE event_id = $1 AND status = 'ACCEPTED'`, [eventId]);
      for (const placement of result.placements) {
        const kept = placement.pin?.status === 'KEPT' || placement.pin?.status === 'TABLE_CHANGED';
        await manager.getRepository(EventMeeting).update({ id: placement.meetingId }, { slotId: placement.slotId, tableId: placement.tableId, pinned: kept, unplacedReason: null });
      }
      for (const unplaced of result.unplaced) {
        await manager.getRepository(EventMeeting).update({ id: unplaced.meetingId }, { slotId: null, tableId: null, pinned: false, unplacedReason: unplaced.reason });
      }
      return {
        meetings: meetings.length,
        placed: result.placements.length,
        upperBound: result.stats.upperBound ?? null,
        unplaced: result.unplaced.map((u) => ({ meetingId: u.meetingId, reason: u.reason })),
      };
    });
  }

  /** Staff put one meeting in a slot at a table; refused when the table or either person is taken then. */
  async moveMeeting(viewer: Viewer, meetingId: string, input: MoveMeetingInput): Promise<EventMeetingView> {
    const meeting = await this.meetings.meetingView(viewer, meetingId);
    const event = await this.events.get(viewer, meeting.eventId);
    await this.db.transaction(async (manager) => {
      await lockEvent(manager, event.id);
      const row = await manager.getRepository(EventMeeting).findOneByOrFail({ id: meetingId });
      if (row.status !== MeetingStatus.ACCEPTED) throw new ConflictError('eventMeetingNotAccepted', { status: row.status });
      const slot = await manager.getRepository(EventSlot).findOneBy({ id: input.slotId, eventId: event.id });
      if (!slot) throw InvalidInputError.field('slotId', 'eventSlotUnknown');
      const table = await manager.getRepository(EventTable).findOneBy({ id: input.tableId, eventId: event.id });
      if (!table) throw InvalidInputError.field('tableId', 'eventTableUnknown');
      const taken = await manager.query(`SELECT 1 FROM event_meetings WHERE slot_id = $1 AND table_id = $2 AND status = 'ACCEPTED' AND id <> $3`, [slot.id, table.id, row.id]);
      if (taken.length) throw new ConflictError('eventTableTaken');
      for (const side of [meeting.requester, meeting.recipient]) {
        const busy = await manager.query(
          `SELECT 1 FROM event_meetings WHERE slot_id = $1 AND status = 'ACCEPTED' AND id <> $2 AND (requester_id = $3 OR recipient_id = $3)`,
          [slot.id, row.id, side.id],
        );
        if (busy.length) throw new ConflictError('eventParticipantBusy', { name: side.fullName });
        if (side.availableSlotIds && !side.availableSlotIds.includes(slot.id)) throw new ConflictError('eventParticipantUnavailable', { name: side.fullName });
      }
      Object.assign(row, { slotId: slot.id, tableId: table.id, pinned: true, unplacedReason: null, proposedSlotId: null, proposedBy: null });
      await manager.getRepository(EventMeeting).save(row);
      await notifyChanged(this.notifications, manager, event, [row], null);
    });
    return this.meetings.meetingView(viewer, meetingId);
  }

  /** A side of an accepted meeting proposes another slot (one in which both are available); staff apply it. */
  async proposeSlot(viewer: Viewer, meetingId: string, slotId: string): Promise<EventMeetingView> {
    const meeting = await this.meetings.meetingView(viewer, meetingId);
    const side = viewer.id === meeting.requesterUserId ? meeting.requester : viewer.id === meeting.recipientUserId ? meeting.recipient : null;
    if (!side) throw new ForbiddenError();
    if (meeting.status !== MeetingStatus.ACCEPTED) throw new ConflictError('eventMeetingNotAccepted', { status: meeting.status });
    const slot = await this.db.getRepository(EventSlot).findOneBy({ id: slotId, eventId: meeting.eventId });
    if (!slot) throw InvalidInputError.field('slotId', 'eventSlotUnknown');
    for (const participant of [meeting.requester, meeting.recipient]) {
      if (participant.availableSlotIds && !participant.availableSlotIds.includes(slot.id)) throw new ConflictError('eventParticipantUnavailable', { name: participant.fullName });
    }
    await this.db.getRepository(EventMeeting).update({ id: meetingId }, { proposedSlotId: slot.id, proposedBy: side.id });
    return this.meetings.meetingView(viewer, meetingId);
  }

  /** Staff: moves a meeting to the slot a side proposed, at the first table free then. */
  async applyProposedSlot(viewer: Viewer, meetingId: string): Promise<EventMeetingView> {
    const row = await this.db.getRepository(EventMeeting).findOneBy({ id: meetingId });
    if (!row?.proposedSlotId) throw new ConflictError('eventNoProposal');
    const [free] = await this.db.query(
      `SELECT t.id FROM event_tables t WHERE t.event_id = $1
         AND NOT EXISTS (SELECT 1 FROM event_meetings m WHERE m.table_id = t.id AND m.slot_id = $2 AND m.status = 'ACCEPTED' AND m.id <> $3)
       ORDER BY t.position, t.name LIMIT 1`,
      [row.eventId, row.proposedSlotId, row.id],
    );
    if (!free) throw new ConflictError('eventTableTaken');
    return this.moveMeeting(viewer, meetingId, { slotId: row.proposedSlotId, tableId: free.id });
  }

  // --- Agendas --------------------------------------------------------------------------------------

  /** A participant's placed meetings in time order: their own (members), anyone's (staff, with `registrationId`). */
  async agenda(viewer: Viewer, eventId: string, registrationId?: string | null): Promise<EventMeetingView[]> {
    await this.events.get(viewer, eventId);
    const target = await this.agendaOwner(viewer, eventId, registrationId);
    if (!target) return [];
    const views = await meetingViews(this.db.manager, viewer, eventId);
    return views
      .filter((m) => m.status === MeetingStatus.ACCEPTED && m.startsAt && (m.requester.id === target.id || m.recipient.id === target.id))
      .sort((a, b) => a.startsAt!.getTime() - b.startsAt!.getTime());
  }

  async agendaCalendar(viewer: Viewer, eventId: string, registrationId?: string | null): Promise<string> {
    const event = await this.events.get(viewer, eventId);
    const target = await this.agendaOwner(viewer, eventId, registrationId);
    const language = target ? ((await this.db.getRepository(User).findOneBy({ id: target.userId }))?.preferredLanguage ?? viewer.language) : viewer.language;
    const meetings = target ? await this.agenda(viewer, eventId, target.id) : [];
    return agendaIcs({
      eventId,
      eventTitle: event.title,
      venue: event.venue,
      onlineUrl: event.onlineUrl,
      summaryPrefix: SUMMARY_PREFIX[language] ?? SUMMARY_PREFIX.fr,
      tableLabel: TABLE_LABEL[language] ?? TABLE_LABEL.fr,
      entries: target ? meetings.map((m) => agendaEntry(m, target.id)) : [],
    });
  }

  /** Staff: sends each participant with placed meetings their agenda (in-app and e-mail in their language). Answers how many. */
  async sendAgendas(viewer: Viewer, eventId: string): Promise<number> {
    const event = await this.events.get(viewer, eventId);
    const views = (await meetingViews(this.db.manager, viewer, eventId)).filter((m) => m.status === MeetingStatus.ACCEPTED && m.startsAt);
    const registrations = await this.db.getRepository(EventRegistration).findBy({ eventId, status: RegistrationStatus.REGISTERED });
    const notices: Notice[] = [];
    for (const registration of registrations) {
      const own = views.filter((m) => m.requester.id === registration.id || m.recipient.id === registration.id).sort((a, b) => a.startsAt!.getTime() - b.startsAt!.getTime());
      if (!own.length) continue;
      notices.push({ userId: registration.userId, kind: NotificationKind.EVENT_AGENDA, params: { ...eventParams(event), agenda: JSON.stringify(own.map((m) => agendaEntry(m, registration.id))) } });
    }
    await this.db.transaction((manager) => this.notifications.notify(manager, notices));
    return notices.length;
  }

  // --- On the day and after ------------------------------------------------------------------------

  async markAttendance(viewer: Viewer, meetingId: string, attendance: MeetingAttendance): Promise<EventMeetingView> {
    const meeting = await this.meetings.meetingView(viewer, meetingId);
    if (meeting.status !== MeetingStatus.ACCEPTED) throw new ConflictError('eventMeetingNotAccepted', { status: meeting.status });
    await this.db.getRepository(EventMeeting).update({ id: meetingId }, { attendance });
    return this.meetings.meetingView(viewer, meetingId);
  }

  /** A side notes whether the meeting is worth continuing. */
  async setFollowUp(viewer: Viewer, meetingId: string, worthContinuing: boolean): Promise<EventMeetingView> {
    const meeting = await this.meetings.meetingView(viewer, meetingId);
    if (meeting.status !== MeetingStatus.ACCEPTED) throw new ConflictError('eventMeetingNotAccepted', { status: meeting.status });
    if (viewer.id === meeting.requesterUserId) await this.db.getRepository(EventMeeting).update({ id: meetingId }, { requesterFollowUp: worthContinuing });
    else if (viewer.id === meeting.recipientUserId) await this.db.getRepository(EventMeeting).update({ id: meetingId }, { recipientFollowUp: worthContinuing });
    else throw new ForbiddenError();
    return this.meetings.meetingView(viewer, meetingId);
  }

  /** Staff: the industrial side's needs a held meeting may become a match for. */
  async meetingNeedOptions(viewer: Viewer, meetingId: string): Promise<MeetingNeedOption[]> {
    const meeting = await this.meetings.meetingView(viewer, meetingId);
    const industrial = [meeting.requester, meeting.recipient].find((p) => p.kind === ParticipantKind.INDUSTRIAL);
    const organisationId = industrial ? (await this.db.getRepository(EventRegistration).findOneBy({ id: industrial.id }))?.organisationId : null;
    if (!organisationId) return [];
    const needs = await this.db.getRepository(Need).find({ where: { organisationId }, order: { createdAt: 'DESC' } });
    return needs.filter((n) => !n.archivedAt).map((n) => ({ id: n.id, title: n.title }));
  }

  /**
   * Staff turn a held industrial–researcher meeting into a pipeline match (SHORTLISTED, by
   * BrokeringService.create). A match that already exists for the need and the researcher is
   * linked instead of duplicated.
   */
  async convertToMatch(viewer: Viewer, meetingId: string, needId: string): Promise<EventMeetingView> {
    const meeting = await this.meetings.meetingView(viewer, meetingId);
    const event = await this.events.get(viewer, meeting.eventId);
    if (meeting.attendance !== MeetingAttendance.HELD) throw new ConflictError('eventMeetingNotHeld');
    if (meeting.matchId) throw new ConflictError('eventMeetingHasMatch');
    const industrial = [meeting.requester, meeting.recipient].find((p) => p.kind === ParticipantKind.INDUSTRIAL);
    const researcher = [meeting.requester, meeting.recipient].find((p) => p.kind === ParticipantKind.RESEARCHER);
    if (!industrial || !researcher) throw new ConflictError('eventMeetingNotPair');
    if (!(await this.meetingNeedOptions(viewer, meetingId)).some((n) => n.id === needId)) throw InvalidInputError.field('needId', 'eventNeedNotOfParticipant');
    const profile = await this.db.getRepository(ResearcherProfile).findOneBy({ userId: researcher.userId });
    if (!profile || profile.archivedAt) throw new ConflictError('eventNoResearcherProfile');
    const pair = { needId, researcherProfileId: profile.id };
    let matchId: string;
    let created = false;
    const existing = await this.db.getRepository(Match).findOneBy(pair);
    if (existing) matchId = existing.id;
    else {
      try {
        matchId = (await this.brokering.create(viewer, { ...pair, note: `${event.title} — ${meeting.requester.fullName} / ${meeting.recipient.fullName}` })).id;
        created = true;
      } catch (error) {
        const raced = error instanceof DomainError && error.messageKey === 'matchExists' ? await this.db.getRepository(Match).findOneBy(pair) : null;
        if (!raced) throw error;
        matchId = raced.id;
      }
    }
    const [, linked]: [unknown, number] = await this.db.query(`UPDATE event_meetings SET match_id = $2, match_created = $3, updated_at = now() WHERE id = $1 AND match_id IS NULL`, [
      meetingId,
      matchId,
      created,
    ]);
    if (!linked) throw new ConflictError('eventMeetingHasMatch');
    return this.meetings.meetingView(viewer, meetingId);
  }

  async kpis(viewer: Viewer, eventId: string): Promise<EventKpis> {
    await this.events.get(viewer, eventId);
    await this.events.expireRequests(eventId);
    const [row] = await eventFigures(this.db.manager, { eventIds: [eventId] });
    return row;
  }

  private async agendaOwner(viewer: Viewer, eventId: string, registrationId?: string | null): Promise<EventRegistration | null> {
    if (registrationId) {
      const registration = await this.db.getRepository(EventRegistration).findOneBy({ id: registrationId, eventId });
      if (!registration || (!isStaff(viewer) && registration.userId !== viewer.id)) throw new NotFoundError('EventParticipant', registrationId);
      return registration;
    }
    return this.registrations.myRegistration(viewer, eventId);
  }
}
