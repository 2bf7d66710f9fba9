import { HallBooking } from '../brokering/hall-booking.entity';
import { ForbiddenError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { Role } from '../members/member.enums';
import { HallBookingStatus } from './hall.enums';

/**
 * Who may see and do what in the technology hall — one rule, used by every list, single read,
 * nested field, calendar and notification of the hall.
 *
 * - The catalogue (equipment, maintenance periods) is read by every signed-in person; staff keep it.
 * - A booking is read in full (purpose, requester, organisation, collaboration, reason) by staff,
 *   by its requester and by the people of the organisation it is for. Anyone else sees, on an
 *   equipment's calendar, only the days it holds and whether it is approved or pending.
 * - Members (INDUSTRIAL, RESEARCHER) ask for equipment; staff book directly (approved at once).
 * - Staff approve, refuse, move and cancel; the requester may cancel their own.
 */
export const hallPolicy = {
  maySeeBooking(viewer: Viewer, booking: Pick<HallBooking, 'requestedBy' | 'organisationId'>): boolean {
    if (isStaff(viewer)) return true;
    if (booking.requestedBy === viewer.id) return true;
    return viewer.organisationId !== null && booking.organisationId === viewer.organisationId;
  },

  /** The SQL predicate of maySeeBooking, on the alias `b`, with its parameters from $`first`. */
  visibleBookingsSql(viewer: Viewer, first: number): { sql: string; params: unknown[] } {
    if (isStaff(viewer)) return { sql: 'true', params: [] };
    if (viewer.organisationId) return { sql: `(b.requested_by = $${first} OR b.organisation_id = $${first + 1})`, params: [viewer.id, viewer.organisationId] };
    return { sql: `b.requested_by = $${first}`, params: [viewer.id] };
  },

  /** What a calendar shows of a booking: in full, or its days only. */
  redact(viewer: Viewer, booking: HallBooking): HallBooking | null {
    return this.maySeeBooking(viewer, booking) ? booking : null;
  },

  assertManagesCatalogue(viewer: Viewer): void {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
  },

  assertMayRequest(viewer: Viewer): void {
    if (!isStaff(viewer) && viewer.role !== Role.INDUSTRIAL && viewer.role !== Role.RESEARCHER) throw new ForbiddenError();
  },

  assertDecides(viewer: Viewer): void {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
  },

  /** Staff cancel any booking; the requester cancels their own. */
  mayCancel(viewer: Viewer, booking: Pick<HallBooking, 'requestedBy' | 'status'>): boolean {
    if (isStaff(viewer)) return true;
    return booking.requestedBy === viewer.id && (booking.status === HallBookingStatus.PENDING || booking.status === HallBookingStatus.APPROVED);
  },

  /** Staff see the archived equipment too. */
  seesArchived(viewer: Viewer): boolean {
    return isStaff(viewer);
  },
};
