import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Collaboration } from '../brokering/collaboration.entity';
import { HallBooking } from '../brokering/hall-booking.entity';
import { loadParties, sideOf, staffRecipients } from '../brokering/match-parties';
import { Match } from '../brokering/match.entity';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { UserStatus } from '../members/member.enums';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { NotificationKind } from '../notifications/notification.enums';
import { Notice, NotificationsService } from '../notifications/notifications.service';
import { DaysInput, HallBookingFilter, HallBookingRequestInput } from './dto/hall.input';
import { assertDays, today } from './hall-days';
import { HallEquipment } from './hall-equipment.entity';
import { isExclusionViolation, lockEquipment } from './hall-locks';
import { HallBookingStatus, HallCalendarKind, HOLDING_STATUSES } from './hall.enums';
import { HallBookingPage, HallCalendarEntry } from './hall.models';
import { hallPolicy } from './hall.policy';

/** Booking requests of the technology hall: asked, approved or refused, moved, cancelled. */
@Injectable()
export class HallBookingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** A member asks (PENDING, staff are told); staff book directly (APPROVED). */
  async request(viewer: Viewer, input: HallBookingRequestInput): Promise<HallBooking> {
    hallPolicy.assertMayRequest(viewer);
    assertDays(input, { allowPast: isStaff(viewer) }); // staff may record days already spent
    if (input.organisationId && !isStaff(viewer)) throw InvalidInputError.field('organisationId', 'hallStaffOnlyField');
    const collaboration = input.collaborationId ? await this.collaborationOf(viewer, input.collaborationId) : null;
    const organisationId = isStaff(viewer) ? (input.organisationId ?? collaboration?.organisationId ?? null) : viewer.organisationId;
    if (input.organisationId && !(await this.db.getRepository(Organisation).existsBy({ id: input.organisationId }))) {
      throw InvalidInputError.field('organisationId', 'isUuid');
    }
    const status = isStaff(viewer) ? HallBookingStatus.APPROVED : HallBookingStatus.PENDING;
    return this.db.transaction(async (manager) => {
      const booking = await this.insert(manager, viewer, {
        equipmentId: input.equipmentId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        purpose: input.purpose.trim(),
        collaborationId: collaboration?.id ?? null,
        organisationId,
        status,
      });
      if (status === HallBookingStatus.PENDING) await this.notifyStaff(manager, booking);
      return booking;
    });
  }

  /**
   * Staff, when starting or following a collaboration: approved bookings of several equipment on
   * the same days, in the caller's transaction (all or none).
   */
  async bookForCollaboration(
    manager: EntityManager,
    viewer: Viewer,
    collaboration: Pick<Collaboration, 'id' | 'title' | 'matchId'>,
    input: { equipmentIds: string[]; startsOn: string; endsOn: string; note?: string | null },
    prefix = '',
  ): Promise<HallBooking[]> {
    hallPolicy.assertDecides(viewer);
    assertDays(input, { prefix, allowPast: true }); // staff may record days already spent
    const match = await manager.getRepository(Match).findOneByOrFail({ id: collaboration.matchId });
    const need = await manager.getRepository(Need).findOneByOrFail({ id: match.needId });
    const bookings: HallBooking[] = [];
    for (const equipmentId of [...new Set(input.equipmentIds)].sort()) {
      bookings.push(
        await this.insert(manager, viewer, {
          equipmentId,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          purpose: input.note?.trim() || collaboration.title,
          collaborationId: collaboration.id,
          organisationId: need.organisationId,
          status: HallBookingStatus.APPROVED,
        }, { equipment: `${prefix}equipmentIds`, days: `${prefix}startsOn` }),
      );
    }
    return bookings;
  }

  async approve(viewer: Viewer, id: string): Promise<HallBooking> {
    hallPolicy.assertDecides(viewer);
    return this.db.transaction(async (manager) => {
      const booking = await this.locked(manager, id);
      if (booking.status !== HallBookingStatus.PENDING) throw InvalidInputError.field('id', 'hallBookingNotPending');
      await this.assertFree(manager, booking.equipmentId, booking, booking.id, 'id');
      Object.assign(booking, { status: HallBookingStatus.APPROVED, decidedBy: viewer.id, decidedAt: new Date(), decisionReason: null });
      const saved = await manager.getRepository(HallBooking).save(booking);
      await this.notifyRequester(manager, viewer, saved, NotificationKind.HALL_BOOKING_APPROVED);
      return saved;
    });
  }

  async refuse(viewer: Viewer, id: string, reason: string): Promise<HallBooking> {
    hallPolicy.assertDecides(viewer);
    return this.db.transaction(async (manager) => {
      const booking = await this.locked(manager, id);
      if (booking.status !== HallBookingStatus.PENDING) throw InvalidInputError.field('id', 'hallBookingNotPending');
      Object.assign(booking, { status: HallBookingStatus.REFUSED, decidedBy: viewer.id, decidedAt: new Date(), decisionReason: reason.trim() });
      const saved = await manager.getRepository(HallBooking).save(booking);
      await this.notifyRequester(manager, viewer, saved, NotificationKind.HALL_BOOKING_REFUSED, { reason: reason.trim() });
      return saved;
    });
  }

  /** Staff cancel any booking that still holds its days; the requester cancels their own. */
  async cancel(viewer: Viewer, id: string, reason: string | null): Promise<HallBooking> {
    return this.db.transaction(async (manager) => {
      const booking = await this.locked(manager, id);
      if (!hallPolicy.maySeeBooking(viewer, booking)) throw new NotFoundError('HallBooking', id);
      if (!hallPolicy.mayCancel(viewer, booking)) throw new ForbiddenError();
      if (!HOLDING_STATUSES.includes(booking.status)) throw InvalidInputError.field('id', 'hallBookingClosed');
      if (booking.endsOn < today()) throw InvalidInputError.field('id', 'hallBookingPast');
      const note = reason?.trim() || null;
      Object.assign(booking, { status: HallBookingStatus.CANCELLED, decidedBy: viewer.id, decidedAt: new Date(), decisionReason: note });
      const saved = await manager.getRepository(HallBooking).save(booking);
      await this.notifyRequester(manager, viewer, saved, NotificationKind.HALL_BOOKING_CANCELLED, note ? { reason: note } : {});
      return saved;
    });
  }

  /** Staff give a booking (or a request) other days, checked like a new one. */
  async move(viewer: Viewer, id: string, days: DaysInput): Promise<HallBooking> {
    hallPolicy.assertDecides(viewer);
    assertDays(days);
    return this.translated(days, () =>
      this.db.transaction(async (manager) => {
        const booking = await this.locked(manager, id);
        if (!HOLDING_STATUSES.includes(booking.status)) throw InvalidInputError.field('id', 'hallBookingClosed');
        if (booking.endsOn < today()) throw InvalidInputError.field('id', 'hallBookingPast');
        await this.assertFree(manager, booking.equipmentId, days, booking.id, 'startsOn');
        const previous = { previousStartsOn: booking.startsOn, previousEndsOn: booking.endsOn };
        Object.assign(booking, { startsOn: days.startsOn, endsOn: days.endsOn });
        const saved = await manager.getRepository(HallBooking).save(booking);
        await this.notifyRequester(manager, viewer, saved, NotificationKind.HALL_BOOKING_MOVED, previous);
        return saved;
      }),
    );
  }

  async get(viewer: Viewer, id: string): Promise<HallBooking> {
    const booking = await this.db.getRepository(HallBooking).findOneBy({ id });
    if (!booking || !hallPolicy.maySeeBooking(viewer, booking)) throw new NotFoundError('HallBooking', id);
    return booking;
  }

  /** What the viewer may read in full, soonest first. */
  async list(viewer: Viewer, filter: HallBookingFilter, first: number, offset: number): Promise<HallBookingPage> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(params.length));
    };
    const mine = filter.mine && isStaff(viewer) ? { ...viewer, role: 'INDUSTRIAL' as Viewer['role'] } : viewer;
    const visible = hallPolicy.visibleBookingsSql(mine, 1);
    conditions.push(visible.sql);
    params.push(...visible.params);
    if (filter.statuses?.length) add((n) => `b.status = ANY($${n}::varchar[])`, filter.statuses);
    if (filter.equipmentId) add((n) => `b.equipment_id = $${n}`, filter.equipmentId);
    if (filter.upcoming) add((n) => `b.ends_on >= $${n}`, today());
    const where = conditions.join(' AND ');
    const [{ count }]: { count: number }[] = await this.db.query(`SELECT count(*)::int AS count FROM hall_bookings b WHERE ${where}`, params);
    const ids: { id: string }[] = await this.db.query(
      `SELECT b.id FROM hall_bookings b WHERE ${where} ORDER BY b.starts_on, b.created_at, b.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, first, offset],
    );
    const rows = await this.db.getRepository(HallBooking).findBy({ id: In(ids.map((r) => r.id)) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { items: ids.map((r) => byId.get(r.id)!).filter(Boolean), totalCount: count };
  }

  /** The equipment's bookings that hold days, and its maintenance, between two days; others' bookings as days only. */
  async calendar(viewer: Viewer, equipmentId: string, from: string, to: string): Promise<HallCalendarEntry[]> {
    assertDays({ startsOn: from, endsOn: to }, { allowPast: true, maxDays: 400, prefix: '' });
    const bookings = await this.db
      .getRepository(HallBooking)
      .createQueryBuilder('b')
      .where('b.equipment_id = :equipmentId AND b.status IN (:...statuses) AND b.starts_on <= :to AND b.ends_on >= :from', { equipmentId, statuses: HOLDING_STATUSES, from, to })
      .orderBy('b.starts_on')
      .getMany();
    const maintenance: { startsOn: string; endsOn: string; note: string | null }[] = await this.db.query(
      `SELECT starts_on::text AS "startsOn", ends_on::text AS "endsOn", note FROM hall_maintenance WHERE equipment_id = $1 AND starts_on <= $3 AND ends_on >= $2 ORDER BY starts_on`,
      [equipmentId, from, to],
    );
    const entries: HallCalendarEntry[] = [
      ...bookings.map((b) => ({
        kind: b.status === HallBookingStatus.APPROVED ? HallCalendarKind.APPROVED : HallCalendarKind.PENDING,
        startsOn: b.startsOn,
        endsOn: b.endsOn,
        booking: hallPolicy.redact(viewer, b),
        note: null,
      })),
      ...maintenance.map((m) => ({ kind: HallCalendarKind.MAINTENANCE, startsOn: m.startsOn, endsOn: m.endsOn, booking: null, note: m.note })),
    ];
    return entries.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  }

  private async insert(
    manager: EntityManager,
    viewer: Viewer,
    row: Pick<HallBooking, 'equipmentId' | 'startsOn' | 'endsOn' | 'purpose' | 'collaborationId' | 'organisationId' | 'status'>,
    fields = { equipment: 'equipmentId', days: 'startsOn' },
  ): Promise<HallBooking> {
    const equipment = await lockEquipment(manager, row.equipmentId, { allowArchived: false, field: fields.equipment });
    await this.assertFree(manager, row.equipmentId, row, null, fields.days);
    const decided = row.status === HallBookingStatus.APPROVED ? { decidedBy: viewer.id, decidedAt: new Date() } : {};
    try {
      return await manager.getRepository(HallBooking).save({ ...row, requestedBy: viewer.id, ...decided });
    } catch (error) {
      if (isExclusionViolation(error)) throw InvalidInputError.field(fields.days, 'hallBookingClash', { equipment: equipment.name, from: row.startsOn, to: row.endsOn });
      throw error;
    }
  }

  /** BAD_USER_INPUT naming the days that clash: maintenance first, then a booking or request that holds them. */
  private async assertFree(manager: EntityManager, equipmentId: string, days: { startsOn: string; endsOn: string }, except: string | null, field: string): Promise<void> {
    const error = await this.clashError(manager, equipmentId, days, except, field);
    if (error) throw error;
  }

  private async clashError(manager: EntityManager, equipmentId: string, days: { startsOn: string; endsOn: string }, except: string | null, field: string): Promise<InvalidInputError | null> {
    const equipment = await manager.getRepository(HallEquipment).findOneByOrFail({ id: equipmentId });
    const [maintenance]: { startsOn: string; endsOn: string }[] = await manager.query(
      `SELECT starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM hall_maintenance WHERE equipment_id = $1 AND starts_on <= $3 AND ends_on >= $2 ORDER BY starts_on LIMIT 1`,
      [equipmentId, days.startsOn, days.endsOn],
    );
    if (maintenance) return InvalidInputError.field(field, 'hallMaintenanceClash', { equipment: equipment.name, from: maintenance.startsOn, to: maintenance.endsOn });
    const [booking]: { startsOn: string; endsOn: string }[] = await manager.query(
      `SELECT starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM hall_bookings
        WHERE equipment_id = $1 AND status = ANY($4::varchar[]) AND starts_on <= $3 AND ends_on >= $2 AND ($5::uuid IS NULL OR id <> $5) ORDER BY starts_on LIMIT 1`,
      [equipmentId, days.startsOn, days.endsOn, HOLDING_STATUSES, except],
    );
    if (booking) return InvalidInputError.field(field, 'hallBookingClash', { equipment: equipment.name, from: booking.startsOn, to: booking.endsOn });
    return null;
  }

  private async locked(manager: EntityManager, id: string): Promise<HallBooking> {
    const found = await manager.getRepository(HallBooking).findOneBy({ id });
    if (!found) throw new NotFoundError('HallBooking', id);
    await lockEquipment(manager, found.equipmentId);
    return manager.getRepository(HallBooking).findOneByOrFail({ id }); // as it is once the equipment is ours
  }

  /** The exclusion constraint, should it ever refuse what the locked check let through, as the same BAD_USER_INPUT. */
  private async translated<T>(days: DaysInput, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (isExclusionViolation(error)) throw InvalidInputError.field('startsOn', 'hallBookingClash', { equipment: '—', from: days.startsOn, to: days.endsOn });
      throw error;
    }
  }

  /** The collaboration a booking is for: staff may name any; a member only one they are a party of. */
  private async collaborationOf(viewer: Viewer, id: string): Promise<{ id: string; organisationId: string }> {
    const collaboration = await this.db.getRepository(Collaboration).findOneBy({ id });
    const refused = InvalidInputError.field('collaborationId', 'hallNotYourCollaboration');
    if (!collaboration) throw refused;
    const match = await this.db.getRepository(Match).findOneByOrFail({ id: collaboration.matchId });
    const parties = await loadParties(this.db.manager, match.needId, match.researcherProfileId);
    if (!isStaff(viewer) && !sideOf(viewer, parties)) throw refused;
    return { id: collaboration.id, organisationId: parties.need.organisationId };
  }

  private async describe(manager: EntityManager, booking: HallBooking): Promise<Record<string, string>> {
    const equipment = await manager.getRepository(HallEquipment).findOneByOrFail({ id: booking.equipmentId });
    return { equipmentName: equipment.name, startsOn: booking.startsOn, endsOn: booking.endsOn };
  }

  private async notifyStaff(manager: EntityManager, booking: HallBooking): Promise<void> {
    const requester = await manager.getRepository(User).findOneByOrFail({ id: booking.requestedBy });
    const organisation = booking.organisationId ? await manager.getRepository(Organisation).findOneBy({ id: booking.organisationId }) : null;
    const params = { ...(await this.describe(manager, booking)), requesterName: requester.fullName, ...(organisation ? { organisationName: organisation.name } : {}) };
    const notices: Notice[] = (await staffRecipients(manager)).map((userId) => ({ userId, kind: NotificationKind.HALL_BOOKING_REQUESTED, params }));
    await this.notifications.notify(manager, notices);
  }

  /** The requester hears of what staff did to their booking (not of what they did themselves). */
  private async notifyRequester(manager: EntityManager, viewer: Viewer, booking: HallBooking, kind: NotificationKind, extra: Record<string, string> = {}): Promise<void> {
    if (booking.requestedBy === viewer.id) return;
    const requester = await manager.getRepository(User).findOneBy({ id: booking.requestedBy, status: In([UserStatus.ACTIVE]) });
    if (!requester) return;
    await this.notifications.notify(manager, [{ userId: requester.id, kind, params: { ...(await this.describe(manager, booking)), ...extra } }]);
  }
}
