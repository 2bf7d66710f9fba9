import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Viewer } from '../common/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { NotificationKind } from '../notifications/notification.enums';
import { EventMeeting } from './entities/event-meeting.entity';
import { EventRegistration } from './entities/event-registration.entity';
import { EventRegistrationsService } from './event-registrations.service';
import { LIVE, lockEvent, meetingViews, notifyChanged, participantRows } from './event-records';
import { EventStatus, MeetingRequestMode, MeetingStatus, RegistrationStatus } from './events.enums';
import { EventMeetingView } from './events.models';
import { canSeeMeeting } from './events.policy';
import { EventsService } from './events.service';

/** Meeting requests between participants: asking (within the event's limit), answering, cancelling, reading. */
@Injectable()
export class EventMeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly registrations: EventRegistrationsService,
    private readonly notifications: NotificationsService,
  ) {}

  async requestMeeting(viewer: Viewer, eventId: string, recipientId: string, message: string): Promise<EventMeetingView> {
    const event = await this.events.get(viewer, eventId);
    const mine = await this.registrations.ownRegistration(viewer, eventId);
    if (event.status !== EventStatus.OPEN || (event.requestsExpireAt && event.requestsExpireAt.getTime() <= Date.now())) throw new ConflictError('eventClosedForRequests');
    if (recipientId === mine.id) throw InvalidInputError.field('recipientId', 'eventSelfRequest');
    const recipient = await this.db.getRepository(EventRegistration).findOneBy({ id: recipientId, eventId, status: RegistrationStatus.REGISTERED });
    if (!recipient) throw new NotFoundError('EventParticipant', recipientId);
    const autoAccept = event.requestMode === MeetingRequestMode.AUTO_ACCEPT;
    const id = await this.db.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      await this.events.expireRequests(eventId, manager);
      const [{ sent }] = await manager.query(`SELECT count(*)::int AS sent FROM event_meetings WHERE requester_id = $1 AND status IN ('PENDING', 'ACCEPTED')`, [mine.id]);
      if (sent >= event.maxRequests) throw new ConflictError('eventRequestLimit', { max: event.maxRequests });
      const existing = await manager.query(
        `SELECT status FROM event_meetings WHERE event_id = $1 AND status IN ('PENDING', 'ACCEPTED')
         AND ((requester_id = $2 AND recipient_id = $3) OR (requester_id = $3 AND recipient_id = $2))`,
        [eventId, mine.id, recipientId],
      );
      if (existing.length) throw new ConflictError('eventMeetingExists', { status: existing[0].status });
      const meeting = await manager.getRepository(EventMeeting).save({
        eventId,
        requesterId: mine.id,
        recipientId,
        message: message.trim(),
        status: autoAccept ? MeetingStatus.ACCEPTED : MeetingStatus.PENDING,
        answeredAt: autoAccept ? new Date() : null,
        pinned: false,
        matchCreated: false,
      });
      const [requester] = await participantRows(manager, eventId, [mine.id]);
      await this.notifications.notify(manager, [
        {
          userId: recipient.userId,
          kind: NotificationKind.EVENT_MEETING_REQUESTED,
          params: { eventTitle: event.title, requesterName: requester.fullName, requesterOrganisation: requester.organisationName ?? '', message: message.trim(), accepted: autoAccept ? 'true' : '' },
        },
      ]);
      return meeting.id;
    });
    return this.meetingView(viewer, id);
  }

  async answerMeeting(viewer: Viewer, meetingId: string, accept: boolean, reason: string | null): Promise<EventMeetingView> {
    const meeting = await this.visibleMeeting(viewer, meetingId);
    if (meeting.recipientUserId !== viewer.id) throw new ForbiddenError();
    const event = await this.events.get(viewer, meeting.eventId);
    await this.db.transaction(async (manager) => {
      await lockEvent(manager, event.id);
      await this.events.expireRequests(event.id, manager);
      const row = await manager.getRepository(EventMeeting).findOneByOrFail({ id: meetingId });
      if (row.status !== MeetingStatus.PENDING) throw new ConflictError('eventMeetingNotPending', { status: row.status });
      Object.assign(row, { status: accept ? MeetingStatus.ACCEPTED : MeetingStatus.DECLINED, declineReason: accept ? null : reason?.trim() || null, answeredAt: new Date() });
      await manager.getRepository(EventMeeting).save(row);
      await this.notifications.notify(manager, [
        {
          userId: meeting.requesterUserId,
          kind: NotificationKind.EVENT_MEETING_ANSWERED,
          params: { eventTitle: event.title, counterpartName: meeting.recipient.fullName, counterpartOrganisation: meeting.recipient.organisationName ?? '', answer: accept ? 'ACCEPTED' : 'DECLINED', reason: row.declineReason ?? '' },
        },
      ]);
    });
    return this.meetingView(viewer, meetingId);
  }

  /** Staff, or either side, cancel a live request or meeting; the other side is told. */
  async cancelMeeting(viewer: Viewer, meetingId: string): Promise<EventMeetingView> {
    const meeting = await this.visibleMeeting(viewer, meetingId);
    const event = await this.events.get(viewer, meeting.eventId);
    await this.db.transaction(async (manager) => {
      await lockEvent(manager, event.id);
      const row = await manager.getRepository(EventMeeting).findOneByOrFail({ id: meetingId });
      if (!LIVE.includes(row.status)) throw new ConflictError('eventMeetingNotPending', { status: row.status });
      const wasAccepted = row.status === MeetingStatus.ACCEPTED;
      Object.assign(row, { status: MeetingStatus.CANCELLED, slotId: null, tableId: null, pinned: false });
      await manager.getRepository(EventMeeting).save(row);
      if (wasAccepted) await notifyChanged(this.notifications, manager, event, [row], null, viewer.id);
    });
    return this.meetingView(viewer, meetingId);
  }

  /** The viewer's requests (both directions) or, for staff, every request of the event; newest first. */
  async meetings(viewer: Viewer, eventId: string): Promise<EventMeetingView[]> {
    await this.events.get(viewer, eventId);
    await this.events.expireRequests(eventId);
    const views = await meetingViews(this.db.manager, viewer, eventId);
    return views.filter((m) => canSeeMeeting(viewer, m));
  }

  private async visibleMeeting(viewer: Viewer, meetingId: string): Promise<EventMeetingView> {
    const row = await this.db.getRepository(EventMeeting).findOneBy({ id: meetingId });
    if (!row) throw new NotFoundError('EventMeeting', meetingId);
    await this.events.get(viewer, row.eventId).catch(() => {
      throw new NotFoundError('EventMeeting', meetingId);
    });
    await this.events.expireRequests(row.eventId);
    const view = (await meetingViews(this.db.manager, viewer, row.eventId, [meetingId]))[0];
    if (!view || !canSeeMeeting(viewer, view)) throw new NotFoundError('EventMeeting', meetingId);
    return view;
  }

  async meetingView(viewer: Viewer, meetingId: string): Promise<EventMeetingView> {
    return this.visibleMeeting(viewer, meetingId);
  }
}
