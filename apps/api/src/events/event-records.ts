import { EntityManager, In } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../common/domain-errors';
import { LanguageCode } from '../common/language.enum';
import { isStaff, Viewer } from '../common/viewer';
import { Role, Sector } from '../members/member.enums';
import { Notice, NotificationsService } from '../notifications/notifications.service';
import { NotificationKind } from '../notifications/notification.enums';
import { BrokerageEvent } from './entities/event.entity';
import { EventMeeting } from './entities/event-meeting.entity';
import { EventSlot, EventTable } from './entities/event-session.entity';
import { AgendaEntry } from './events-agenda';
import { MeetingStatus, ParticipantKind } from './events.enums';
import { EventMeetingView, EventParticipant } from './events.models';
import { organisationPolicy } from '../members/organisation.policy';

/** Reading and guarding helpers shared by the events services (no state, no injection). */

export const LIVE = [MeetingStatus.PENDING, MeetingStatus.ACCEPTED];

export interface ParticipantRow extends EventParticipant {
  email: string;
  phone: string | null;
  profileId: string | null;
  region: string | null;
  updatedAt: Date;
  organisationIdInternal: string | null;
}

export function assertStaff(viewer: Viewer): void {
  if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
}

export function participantKind(viewer: Viewer): ParticipantKind {
  if (viewer.role === Role.INDUSTRIAL) return ParticipantKind.INDUSTRIAL;
  if (viewer.role === Role.RESEARCHER) return ParticipantKind.RESEARCHER;
  throw new ForbiddenError('eventMembersOnly');
}

export async function lockEvent(manager: EntityManager, eventId: string): Promise<void> {
  const rows = await manager.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [eventId]);
  if (!rows.length) throw new NotFoundError('Event', eventId);
}

/**
 * Registrations of the event (or the given ones) with the person's and organisation's details, by
 * name. An organisation that is archived or waiting for approval is not named (organisation.policy.ts):
 * these rows reach other participants' catalogues, suggestions and notifications.
 */
export async function participantRows(manager: EntityManager, eventId: string, ids?: string[]): Promise<ParticipantRow[]> {
  const rows: Record<string, any>[] = await manager.query(
    `SELECT r.id, r.event_id, r.user_id, r.kind, r.offer, r.seek, r.languages, r.available_slot_ids, r.status, r.created_at, r.updated_at, r.organisation_id,
            u.full_name, u.email, u.phone, o.name AS organisation_name, o.city, o.region, o.sectors, p.id AS profile_id
     FROM event_registrations r
     JOIN users u ON u.id = r.user_id
     LEFT JOIN organisations o ON o.id = r.organisation_id AND ${organisationPolicy.listedSql('o')}
     LEFT JOIN researcher_profiles p ON p.user_id = r.user_id AND p.archived_at IS NULL
     WHERE r.event_id = $1 AND ($2::uuid[] IS NULL OR r.id = ANY($2::uuid[]))
     ORDER BY u.full_name`,
    [eventId, ids ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    userId: r.user_id,
    kind: r.kind,
    fullName: r.full_name,
    organisationName: r.organisation_name ?? null,
    organisationIdInternal: r.organisation_id ?? null,
    city: r.city ?? null,
    region: r.region ?? null,
    sectors: pgArray(r.sectors) as Sector[],
    offer: r.offer,
    seek: r.seek,
    languages: pgArray(r.languages) as LanguageCode[],
    availableSlotIds: r.available_slot_ids ? pgArray(r.available_slot_ids) : null,
    status: r.status,
    registeredAt: r.created_at,
    updatedAt: r.updated_at,
    email: r.email,
    phone: r.phone,
    profileId: r.profile_id ?? null,
  }));
}

/** The event's meetings (or the given ones) as the viewer sees them, newest first; staff-only fields blanked for members. */
export async function meetingViews(manager: EntityManager, viewer: Viewer, eventId: string, ids?: string[]): Promise<EventMeetingView[]> {
  const meetings = await manager.getRepository(EventMeeting).find({ where: { eventId, ...(ids ? { id: In(ids) } : {}) }, order: { createdAt: 'DESC' } });
  if (!meetings.length) return [];
  const participants = new Map((await participantRows(manager, eventId, [...new Set(meetings.flatMap((m) => [m.requesterId, m.recipientId]))])).map((p) => [p.id, p]));
  const slots = new Map((await manager.getRepository(EventSlot).findBy({ eventId })).map((s) => [s.id, s]));
  const tables = new Map((await manager.getRepository(EventTable).findBy({ eventId })).map((t) => [t.id, t]));
  const staff = isStaff(viewer);
  return meetings.map((m) => {
    const requester = participants.get(m.requesterId)!;
    const recipient = participants.get(m.recipientId)!;
    const slot = m.slotId ? slots.get(m.slotId) : undefined;
    const mine = viewer.id === requester.userId ? m.requesterFollowUp : viewer.id === recipient.userId ? m.recipientFollowUp : null;
    return {
      id: m.id,
      eventId: m.eventId,
      requester,
      recipient,
      requesterUserId: requester.userId,
      recipientUserId: recipient.userId,
      message: m.message,
      status: m.status,
      declineReason: m.declineReason,
      answeredAt: m.answeredAt,
      startsAt: slot?.startsAt ?? null,
      endsAt: slot?.endsAt ?? null,
      slotId: m.slotId,
      tableId: m.tableId,
      tableName: m.tableId ? (tables.get(m.tableId)?.name ?? null) : null,
      pinned: m.pinned,
      unplacedReason: staff ? m.unplacedReason : null,
      proposedSlotId: m.proposedSlotId,
      proposedById: m.proposedBy,
      attendance: m.attendance,
      myFollowUp: mine ?? null,
      requesterFollowUp: staff ? m.requesterFollowUp : null,
      recipientFollowUp: staff ? m.recipientFollowUp : null,
      matchId: staff ? m.matchId : null,
      createdAt: m.createdAt,
    };
  });
}

/** Tells each side of the meetings (but the one who acted) where and when they now stand. */
export async function notifyChanged(notifications: NotificationsService, manager: EntityManager, event: BrokerageEvent, meetings: EventMeeting[], exceptRegistrationId: string | null, exceptUserId?: string): Promise<void> {
  if (!meetings.length) return;
  const ids = [...new Set(meetings.flatMap((m) => [m.requesterId, m.recipientId]))];
  const rows = new Map((await participantRows(manager, event.id, ids)).map((r) => [r.id, r]));
  const slots = new Map((await manager.getRepository(EventSlot).findBy({ eventId: event.id })).map((s) => [s.id, s]));
  const tables = new Map((await manager.getRepository(EventTable).findBy({ eventId: event.id })).map((t) => [t.id, t]));
  const notices: Notice[] = [];
  for (const meeting of meetings) {
    for (const [self, other] of [
      [meeting.requesterId, meeting.recipientId],
      [meeting.recipientId, meeting.requesterId],
    ]) {
      const me = rows.get(self);
      const them = rows.get(other);
      if (!me || !them || self === exceptRegistrationId || me.userId === exceptUserId) continue;
      const slot = meeting.slotId ? slots.get(meeting.slotId) : undefined;
      notices.push({
        userId: me.userId,
        kind: NotificationKind.EVENT_MEETING_CHANGED,
        params: {
          ...eventParams(event),
          counterpartName: them.fullName,
          counterpartOrganisation: them.organisationName ?? '',
          status: meeting.status,
          startsAt: slot ? slot.startsAt.toISOString() : '',
          endsAt: slot ? slot.endsAt.toISOString() : '',
          tableName: meeting.tableId ? (tables.get(meeting.tableId)?.name ?? '') : '',
        },
      });
    }
  }
  await notifications.notify(manager, notices);
}

export function eventParams(event: BrokerageEvent): Record<string, string> {
  return { eventTitle: event.title, venue: event.venue ?? event.onlineUrl ?? '' };
}

export function agendaEntry(meeting: EventMeetingView, registrationId: string): AgendaEntry {
  const other = meeting.requester.id === registrationId ? meeting.recipient : meeting.requester;
  return {
    meetingId: meeting.id,
    startsAt: meeting.startsAt!,
    endsAt: meeting.endsAt!,
    tableName: meeting.tableName,
    counterpartName: other.fullName,
    counterpartOrganisation: other.organisationName,
  };
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** node-postgres returns arrays of enum-less varchar as arrays, but uuid[] and custom types sometimes as "{a,b}". */
export function pgArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === 'string') return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return [];
}
