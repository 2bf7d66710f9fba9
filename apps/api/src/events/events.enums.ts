import { registerEnumType } from '@nestjs/graphql';

export enum EventStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  HELD = 'HELD',
}

export enum MeetingRequestMode {
  OPT_IN = 'OPT_IN',
  AUTO_ACCEPT = 'AUTO_ACCEPT',
}

export enum ParticipantKind {
  INDUSTRIAL = 'INDUSTRIAL',
  RESEARCHER = 'RESEARCHER',
}

export enum RegistrationStatus {
  REGISTERED = 'REGISTERED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum MeetingStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
}

export enum MeetingAttendance {
  HELD = 'HELD',
  NO_SHOW = 'NO_SHOW',
}

/** Staff move an event forward only, one step at a time (DRAFT → OPEN → CLOSED → HELD); CLOSED may reopen. */
export const EVENT_TRANSITIONS: Record<EventStatus, EventStatus[]> = {
  [EventStatus.DRAFT]: [EventStatus.OPEN],
  [EventStatus.OPEN]: [EventStatus.CLOSED],
  [EventStatus.CLOSED]: [EventStatus.OPEN, EventStatus.HELD],
  [EventStatus.HELD]: [],
};

registerEnumType(EventStatus, {
  name: 'EventStatus',
  valuesMap: {
    DRAFT: { description: 'Being prepared: staff only' },
    OPEN: { description: 'Published; registration and requests within the windows' },
    CLOSED: { description: 'Published; no more registrations or requests (scheduling)' },
    HELD: { description: 'The day took place' },
  },
});
registerEnumType(MeetingRequestMode, {
  name: 'MeetingRequestMode',
  valuesMap: { OPT_IN: { description: 'The other side accepts or declines' }, AUTO_ACCEPT: { description: 'Requests are accepted at once' } },
});
registerEnumType(ParticipantKind, { name: 'ParticipantKind' });
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  valuesMap: { EXPIRED: { description: 'Not answered by the event’s expiry date' }, CANCELLED: { description: 'Cancelled by staff or a participant’s withdrawal' } },
});
registerEnumType(MeetingAttendance, { name: 'MeetingAttendance' });
