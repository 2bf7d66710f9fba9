import { registerEnumType } from '@nestjs/graphql';

/** What happened, and to whom (see valuesMap below); each kind's title and body are in notification-templates.ts. */
export enum NotificationKind {
  MATCH_PROPOSED = 'MATCH_PROPOSED',
  MATCH_ANSWERED = 'MATCH_ANSWERED',
  MATCH_DECLINED = 'MATCH_DECLINED',
  MATCH_INTRODUCED = 'MATCH_INTRODUCED',
  COLLABORATION_STARTED = 'COLLABORATION_STARTED',
  MATCH_CLOSED = 'MATCH_CLOSED',
  INTEREST_EXPRESSED = 'INTEREST_EXPRESSED',
  INTRODUCTION_REQUESTED = 'INTRODUCTION_REQUESTED',
  SIGN_UP_PENDING = 'SIGN_UP_PENDING',
  HALL_BOOKING_REQUESTED = 'HALL_BOOKING_REQUESTED',
  HALL_BOOKING_APPROVED = 'HALL_BOOKING_APPROVED',
  HALL_BOOKING_REFUSED = 'HALL_BOOKING_REFUSED',
  HALL_BOOKING_MOVED = 'HALL_BOOKING_MOVED',
  HALL_BOOKING_CANCELLED = 'HALL_BOOKING_CANCELLED',
  EVENT_MEETING_REQUESTED = 'EVENT_MEETING_REQUESTED',
  EVENT_MEETING_ANSWERED = 'EVENT_MEETING_ANSWERED',
  EVENT_MEETING_CHANGED = 'EVENT_MEETING_CHANGED',
  EVENT_AGENDA = 'EVENT_AGENDA',
}

export const NOTIFICATION_KINDS = Object.values(NotificationKind);

export enum EmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Given up after the last attempt, or refused for good by the server. */
  DEAD = 'DEAD',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesMap: {
    MATCH_PROPOSED: { description: 'Staff propose an introduction (to each side)' },
    MATCH_ANSWERED: { description: "One side answered a proposal (to the match's staff owner)" },
    MATCH_DECLINED: { description: 'The other side declined a proposal, without its reason (to the side that had not declined)' },
    MATCH_INTRODUCED: { description: "Both sides were interested: the other side's contact details (to each side)" },
    COLLABORATION_STARTED: { description: 'The collaboration started (to each side)' },
    MATCH_CLOSED: { description: 'The match was closed, with its outcome (to each side)' },
    INTEREST_EXPRESSED: { description: 'A researcher expressed interest in a need (to staff)' },
    INTRODUCTION_REQUESTED: { description: "An industrial asked for an introduction to an expert for their organisation's need (to staff)" },
    SIGN_UP_PENDING: { description: 'Someone signed up and waits for approval (to staff); its link is /approvals' },
    HALL_BOOKING_REQUESTED: { description: 'A member asked for technology-hall equipment (to staff); its link is /hall-bookings' },
    HALL_BOOKING_APPROVED: { description: 'Staff approved a hall booking request (to its requester)' },
    HALL_BOOKING_REFUSED: { description: 'Staff refused a hall booking request, with a reason (to its requester)' },
    HALL_BOOKING_MOVED: { description: 'Staff moved a hall booking to other days (to its requester)' },
    HALL_BOOKING_CANCELLED: { description: 'Staff cancelled a hall booking (to its requester)' },
    EVENT_MEETING_REQUESTED: { description: 'A participant of a brokerage day asks for a meeting (to the other side); its link is /events' },
    EVENT_MEETING_ANSWERED: { description: 'The other side accepted or declined a meeting request (to the requester); its link is /events' },
    EVENT_MEETING_CHANGED: { description: 'A meeting of a brokerage day was moved or cancelled (to each side); its link is /events' },
    EVENT_AGENDA: { description: 'Staff sent the participant their agenda of a brokerage day; its link is /events' },
  },
});
