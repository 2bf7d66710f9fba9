import { Brackets } from 'typeorm';
import { isStaff, Viewer } from '../common/viewer';
import { BrokerageEvent } from './entities/event.entity';
import { EventStatus, MeetingStatus, RegistrationStatus } from './events.enums';
import { contactPolicy } from '../members/contact.policy';

/**
 * Who may see and do what at a brokerage day — the one statement of the rule, used by every list,
 * single read and nested field of the events module:
 * - an event: staff always; members once it is published (not DRAFT);
 * - the participants' catalogue and suggestions: staff, and members registered (not withdrawn);
 * - a participant's contacts (e-mail, phone): staff, the participant, and the other side of a
 *   meeting that was ACCEPTED (whatever became of it afterwards: scheduled, held);
 * - a meeting request: staff and its two sides;
 * - managing (edit, status, sessions, tables, scheduling, attendance, matches, KPIs): staff.
 */
export function eventVisibleTo(viewer: Viewer, alias: string): Brackets {
  return new Brackets((where) => {
    if (!isStaff(viewer)) where.where(`${alias}.status <> '${EventStatus.DRAFT}'`);
  });
}

export function canSeeEvent(viewer: Viewer, event: Pick<BrokerageEvent, 'status'>): boolean {
  return isStaff(viewer) || event.status !== EventStatus.DRAFT;
}

export function canSeeCatalogue(viewer: Viewer, myRegistration: { status: RegistrationStatus } | null): boolean {
  return isStaff(viewer) || myRegistration?.status === RegistrationStatus.REGISTERED;
}

/** Meeting statuses after which the two sides may reach each other. */
export const CONTACT_STATUSES = [MeetingStatus.ACCEPTED];

/** The contact rule of members/contact.policy.ts, applied to a brokerage day's participants. */
export const canSeeContact = contactPolicy.seesParticipantContact;

export function canSeeMeeting(viewer: Viewer, meeting: { requesterUserId: string; recipientUserId: string }): boolean {
  return isStaff(viewer) || viewer.id === meeting.requesterUserId || viewer.id === meeting.recipientUserId;
}
