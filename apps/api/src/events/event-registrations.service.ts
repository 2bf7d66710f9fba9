import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ConflictError, InvalidInputError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { Role, Sector } from '../members/member.enums';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { NeedStatus } from '../needs/need.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { ParticipantFilter, RegistrationInput } from './dto/events.input';
import { EventMeeting } from './entities/event-meeting.entity';
import { EventRegistration } from './entities/event-registration.entity';
import { fold, LIVE, lockEvent, notifyChanged, participantKind, participantRows } from './event-records';
import { EventStatus, MeetingStatus, RegistrationStatus } from './events.enums';
import { EventParticipant, RegistrationDefaults } from './events.models';
import { canSeeCatalogue, canSeeContact } from './events.policy';
import { EventsService } from './events.service';

/** Taking part: registration and withdrawal, the registration form's defaults, the participants' catalogue and contacts. */
@Injectable()
export class EventRegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
  ) {}

  async myRegistration(viewer: Viewer, eventId: string): Promise<EventRegistration | null> {
    return this.db.getRepository(EventRegistration).findOneBy({ eventId, userId: viewer.id });
  }

  async ownRegistration(viewer: Viewer, eventId: string): Promise<EventRegistration> {
    const registration = await this.myRegistration(viewer, eventId);
    if (!registration || registration.status !== RegistrationStatus.REGISTERED) throw new ConflictError('eventNotRegistered');
    return registration;
  }

  async register(viewer: Viewer, eventId: string, input: RegistrationInput): Promise<EventParticipant> {
    const kind = participantKind(viewer);
    const event = await this.events.get(viewer, eventId);
    if (event.status !== EventStatus.OPEN || Date.now() < event.registrationOpensAt.getTime() || Date.now() > event.registrationClosesAt.getTime()) {
      throw new ConflictError('eventRegistrationClosed');
    }
    await this.checkSlots(eventId, input.availableSlotIds);
    const id = await this.db.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      const repository = manager.getRepository(EventRegistration);
      const existing = await repository.findOneBy({ eventId, userId: viewer.id });
      if (existing?.status === RegistrationStatus.REGISTERED) return existing.id;
      if (event.capacity !== null) {
        const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM event_registrations WHERE event_id = $1 AND status = 'REGISTERED'`, [eventId]);
        if (count >= event.capacity) throw new ConflictError('eventFull');
      }
      const fields = {
        eventId,
        userId: viewer.id,
        organisationId: viewer.organisationId,
        kind,
        offer: input.offer.trim(),
        seek: input.seek.trim(),
        languages: [...new Set(input.languages)],
        availableSlotIds: input.availableSlotIds ?? null,
        status: RegistrationStatus.REGISTERED,
        withdrawnAt: null,
      };
      if (existing) {
        Object.assign(existing, fields);
        return (await repository.save(existing)).id;
      }
      return (await repository.save(repository.create(fields))).id;
    });
    return (await participantRows(this.db.manager, eventId, [id]))[0];
  }

  async updateRegistration(viewer: Viewer, eventId: string, input: RegistrationInput): Promise<EventParticipant> {
    const event = await this.events.get(viewer, eventId);
    const registration = await this.ownRegistration(viewer, eventId);
    if (event.status === EventStatus.HELD) throw new ConflictError('eventRegistrationClosed');
    await this.checkSlots(eventId, input.availableSlotIds);
    Object.assign(registration, { offer: input.offer.trim(), seek: input.seek.trim(), languages: [...new Set(input.languages)], availableSlotIds: input.availableSlotIds ?? null });
    await this.db.getRepository(EventRegistration).save(registration);
    return (await participantRows(this.db.manager, eventId, [registration.id]))[0];
  }

  /** Leaves the event: the participant's live requests and meetings are cancelled, the other sides told. */
  async withdraw(viewer: Viewer, eventId: string): Promise<boolean> {
    const event = await this.events.get(viewer, eventId);
    if (event.status === EventStatus.HELD) throw new ConflictError('eventRegistrationClosed');
    const registration = await this.ownRegistration(viewer, eventId);
    await this.db.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      const meetings = await manager.getRepository(EventMeeting).find({
        where: [
          { requesterId: registration.id, status: In(LIVE) },
          { recipientId: registration.id, status: In(LIVE) },
        ],
      });
      for (const meeting of meetings) Object.assign(meeting, { status: MeetingStatus.CANCELLED, slotId: null, tableId: null, pinned: false });
      await manager.getRepository(EventMeeting).save(meetings);
      await manager.getRepository(EventRegistration).update({ id: registration.id }, { status: RegistrationStatus.WITHDRAWN, withdrawnAt: new Date() });
      const accepted = meetings.filter((m) => m.answeredAt);
      await notifyChanged(this.notifications, manager, event, accepted, registration.id);
    });
    return true;
  }

  /** What the registration form starts with: the industrial's open needs, or the researcher's profile. */
  async registrationDefaults(viewer: Viewer): Promise<RegistrationDefaults> {
    const languages = [viewer.language];
    if (viewer.role === Role.RESEARCHER) {
      const profile = await this.db.getRepository(ResearcherProfile).findOneBy({ userId: viewer.id });
      if (!profile) return { offer: '', seek: '', languages };
      const offer = [profile.headline, profile.expertise, profile.keywords.length ? profile.keywords.join(', ') : ''].filter(Boolean).join('\n');
      return { offer, seek: '', languages: profile.languages.length ? profile.languages : languages };
    }
    if (viewer.role === Role.INDUSTRIAL && viewer.organisationId) {
      const needs = await this.db.getRepository(Need).find({ where: { organisationId: viewer.organisationId, status: In([NeedStatus.OPEN]) }, order: { createdAt: 'DESC' }, take: 5 });
      const organisation = await this.db.getRepository(Organisation).findOneBy({ id: viewer.organisationId });
      return {
        offer: organisation?.description ?? '',
        seek: needs.filter((n) => !n.archivedAt).map((n) => `${n.title} — ${n.description}`).join('\n\n').slice(0, 4000),
        languages,
      };
    }
    return { offer: '', seek: '', languages };
  }

  // --- Catalogue and suggestions -----------------------------------------------------------------

  async participants(viewer: Viewer, eventId: string, filter: ParticipantFilter = {}): Promise<EventParticipant[]> {
    await this.events.get(viewer, eventId);
    if (!canSeeCatalogue(viewer, await this.myRegistration(viewer, eventId))) return [];
    let rows = await participantRows(this.db.manager, eventId);
    if (!isStaff(viewer)) rows = rows.filter((r) => r.status === RegistrationStatus.REGISTERED);
    if (filter.kind) rows = rows.filter((r) => r.kind === filter.kind);
    if (filter.sector) rows = rows.filter((r) => r.sectors.includes(filter.sector as Sector));
    if (filter.language) rows = rows.filter((r) => r.languages.includes(filter.language!));
    if (filter.search?.trim()) {
      const words = fold(filter.search).split(/\s+/).filter(Boolean);
      rows = rows.filter((r) => {
        const text = fold([r.fullName, r.organisationName, r.city, r.offer, r.seek].filter(Boolean).join(' '));
        return words.every((w) => text.includes(w));
      });
    }
    return rows;
  }

  /** The users the viewer has an accepted meeting with at this event (they may read each other's contacts). */
  async acceptedCounterparts(viewer: Viewer, eventId: string): Promise<Set<string>> {
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT other.user_id FROM event_meetings m
       JOIN event_registrations mine ON mine.id IN (m.requester_id, m.recipient_id) AND mine.user_id = $2
       JOIN event_registrations other ON other.id IN (m.requester_id, m.recipient_id) AND other.id <> mine.id
       WHERE m.event_id = $1 AND m.status = 'ACCEPTED'`,
      [eventId, viewer.id],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /** The participant's e-mail and phone when the viewer may read them (events.policy.ts), else null. */
  async contactOf(viewer: Viewer, participant: EventParticipant, acceptedCounterparts: ReadonlySet<string>): Promise<{ email: string; phone: string | null } | null> {
    if (!canSeeContact(viewer, participant.userId, acceptedCounterparts)) return null;
    const user = await this.db.getRepository(User).findOneBy({ id: participant.userId });
    return user ? { email: user.email, phone: user.phone } : null;
  }

  async ownParticipant(eventId: string, registrationId: string): Promise<EventParticipant | null> {
    return (await participantRows(this.db.manager, eventId, [registrationId]))[0] ?? null;
  }

  private async checkSlots(eventId: string, slotIds: string[] | null | undefined): Promise<void> {
    if (!slotIds?.length) return;
    const known = new Set((await this.events.slots(eventId)).map((s) => s.id));
    if (slotIds.some((id) => !known.has(id))) throw InvalidInputError.field('availableSlotIds', 'eventSlotUnknown');
  }

  /** Registered participants per event, for the events list. */
  async participantCounts(eventIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { event_id: string; count: number }[] = await this.db.query(
      `SELECT event_id, count(*)::int AS count FROM event_registrations WHERE event_id = ANY($1::uuid[]) AND status = 'REGISTERED' GROUP BY event_id`,
      [eventIds],
    );
    return new Map(rows.map((r) => [r.event_id, r.count]));
  }

  async registrationsOf(userId: string, eventIds: readonly string[]): Promise<Map<string, EventRegistration>> {
    const rows = await this.db.getRepository(EventRegistration).findBy({ userId, eventId: In([...eventIds]) });
    return new Map(rows.map((r) => [r.eventId, r]));
  }
}
