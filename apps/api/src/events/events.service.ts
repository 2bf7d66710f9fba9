import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Viewer } from '../common/viewer';
import { EventInput, SessionInput, TablesInput } from './dto/events.input';
import { BrokerageEvent } from './entities/event.entity';
import { EventSession, EventSlot, EventTable } from './entities/event-session.entity';
import { slotTimes } from './event-slots';
import { lockEvent } from './event-records';
import { EVENT_TRANSITIONS, EventStatus } from './events.enums';
import { canSeeEvent, eventVisibleTo } from './events.policy';

const SWEEP_INTERVAL_MS = 5 * 60_000;

/** Events themselves: their details and status, sessions, slots and tables; and the request-expiry sweep. */
@Injectable()
export class EventsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventsService.name);
  private sweeper: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onApplicationBootstrap(): void {
    this.sweeper = setInterval(() => {
      this.expireRequests().catch((error: unknown) => this.logger.error({ msg: 'Meeting request expiry sweep failed', error: String(error) }));
    }, SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /** Requests not answered by their event's expiry date become EXPIRED (all events, or one). Answers how many. */
  async expireRequests(eventId?: string, manager: EntityManager = this.db.manager): Promise<number> {
    const [, count]: [unknown, number] = await manager.query(
      `UPDATE event_meetings m SET status = 'EXPIRED', updated_at = now()
       FROM events e
       WHERE e.id = m.event_id AND m.status = 'PENDING' AND e.requests_expire_at IS NOT NULL AND e.requests_expire_at <= now()
         AND ($1::uuid IS NULL OR m.event_id = $1::uuid)`,
      [eventId ?? null],
    );
    return count;
  }

  // --- Events --------------------------------------------------------------------------------

  list(viewer: Viewer): Promise<BrokerageEvent[]> {
    return this.db.getRepository(BrokerageEvent).createQueryBuilder('e').where(eventVisibleTo(viewer, 'e')).orderBy('e.starts_on', 'DESC').addOrderBy('e.created_at', 'DESC').getMany();
  }

  async get(viewer: Viewer, id: string, manager: EntityManager = this.db.manager): Promise<BrokerageEvent> {
    const event = await manager.getRepository(BrokerageEvent).findOneBy({ id });
    if (!event || !canSeeEvent(viewer, event)) throw new NotFoundError('Event', id);
    return event;
  }

  async create(viewer: Viewer, input: EventInput): Promise<BrokerageEvent> {
    checkEventInput(input);
    const repository = this.db.getRepository(BrokerageEvent);
    return repository.save(repository.create({ ...eventFields(input), status: EventStatus.DRAFT, createdBy: viewer.id }));
  }

  async update(viewer: Viewer, id: string, input: EventInput): Promise<BrokerageEvent> {
    checkEventInput(input);
    const event = await this.get(viewer, id);
    if (input.meetingMinutes !== event.meetingMinutes) {
      const [{ count }] = await this.db.query('SELECT count(*)::int AS count FROM event_sessions WHERE event_id = $1', [id]);
      if (count > 0) throw InvalidInputError.field('meetingMinutes', 'eventMeetingLengthLocked');
    }
    Object.assign(event, eventFields(input));
    return this.db.getRepository(BrokerageEvent).save(event);
  }

  async setStatus(viewer: Viewer, id: string, status: EventStatus): Promise<BrokerageEvent> {
    const event = await this.get(viewer, id);
    if (!EVENT_TRANSITIONS[event.status].includes(status)) throw new ConflictError('eventStatusChange', { from: event.status, to: status });
    event.status = status;
    return this.db.getRepository(BrokerageEvent).save(event);
  }

  // --- Sessions, slots, tables -----------------------------------------------------------------

  sessions(eventId: string): Promise<EventSession[]> {
    return this.db.getRepository(EventSession).find({ where: { eventId }, order: { startsAt: 'ASC' } });
  }

  slots(eventId: string): Promise<EventSlot[]> {
    return this.db.getRepository(EventSlot).find({ where: { eventId }, order: { startsAt: 'ASC' } });
  }

  tables(eventId: string): Promise<EventTable[]> {
    return this.db.getRepository(EventTable).find({ where: { eventId }, order: { position: 'ASC', name: 'ASC' } });
  }

  /** Adds a session and its slots: meetings of the event's length, separated by the break, as many as fit. */
  async addSession(viewer: Viewer, eventId: string, input: SessionInput): Promise<EventSession> {
    const event = await this.get(viewer, eventId);
    if (input.endsAt <= input.startsAt) throw InvalidInputError.field('endsAt', 'eventSessionTooShort');
    const first = new Date(`${event.startsOn}T00:00:00Z`).getTime() - 14 * 3_600_000;
    const last = new Date(`${event.endsOn}T00:00:00Z`).getTime() + 38 * 3_600_000;
    if (input.startsAt.getTime() < first || input.startsAt.getTime() > last) throw InvalidInputError.field('startsAt', 'eventSessionOutsideDays');
    const slots = slotTimes(input.startsAt, input.endsAt, event.meetingMinutes, input.breakMinutes);
    if (!slots.length) throw InvalidInputError.field('endsAt', 'eventSessionTooShort');
    return this.db.transaction(async (manager) => {
      const session = await manager.getRepository(EventSession).save({ eventId, name: input.name.trim(), startsAt: input.startsAt, endsAt: input.endsAt, breakMinutes: input.breakMinutes });
      await manager.getRepository(EventSlot).insert(slots.map(([startsAt, endsAt]) => ({ eventId, sessionId: session.id, startsAt, endsAt })));
      return session;
    });
  }

  /** Removes a session and its slots; meetings placed in them go back to unplaced. */
  async removeSession(viewer: Viewer, sessionId: string): Promise<boolean> {
    const session = await this.db.getRepository(EventSession).findOneBy({ id: sessionId });
    if (!session) throw new NotFoundError('EventSession', sessionId);
    await this.db.transaction(async (manager) => {
      await lockEvent(manager, session.eventId);
      await manager.query(
        `UPDATE event_meetings SET slot_id = NULL, table_id = NULL, pinned = false, updated_at = now()
         WHERE slot_id IN (SELECT id FROM event_slots WHERE session_id = $1)`,
        [sessionId],
      );
      await manager.query(`UPDATE event_registrations SET available_slot_ids = array(SELECT unnest(available_slot_ids) EXCEPT SELECT id FROM event_slots WHERE session_id = $1) WHERE event_id = $2 AND available_slot_ids IS NOT NULL`, [
        sessionId,
        session.eventId,
      ]);
      await manager.getRepository(EventSession).delete({ id: sessionId });
    });
    return true;
  }

  /** Replaces the event's tables (numbered, or named); meetings placed at them go back to unplaced. */
  async setTables(viewer: Viewer, eventId: string, input: TablesInput): Promise<EventTable[]> {
    await this.get(viewer, eventId);
    const names = input.names?.map((n) => n.trim()).filter(Boolean) ?? (input.count ? Array.from({ length: input.count }, (_, i) => `${i + 1}`) : []);
    if (!names.length) throw InvalidInputError.field('count', 'eventTablesMissing');
    if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) throw InvalidInputError.field('names', 'invalid');
    await this.db.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      await manager.query(`UPDATE event_meetings SET slot_id = NULL, table_id = NULL, pinned = false, updated_at = now() WHERE event_id = $1 AND table_id IS NOT NULL`, [eventId]);
      await manager.getRepository(EventTable).delete({ eventId });
      await manager.getRepository(EventTable).insert(names.map((name, position) => ({ eventId, name, position })));
    });
    return this.tables(eventId);
  }
}

function checkEventInput(input: EventInput): void {
  if (input.endsOn < input.startsOn) throw InvalidInputError.field('endsOn', 'eventEndsBeforeStart');
  if (input.registrationClosesAt <= input.registrationOpensAt) throw InvalidInputError.field('registrationClosesAt', 'eventWindowOrder');
}

function eventFields(input: EventInput): Partial<BrokerageEvent> {
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    venue: input.venue?.trim() || null,
    online: input.online,
    onlineUrl: input.onlineUrl?.trim() || null,
    registrationOpensAt: input.registrationOpensAt,
    registrationClosesAt: input.registrationClosesAt,
    meetingMinutes: input.meetingMinutes,
    capacity: input.capacity ?? null,
    requestMode: input.requestMode,
    requestsExpireAt: input.requestsExpireAt ?? null,
    maxRequests: input.maxRequests,
  };
}
