import { registerEnumType } from '@nestjs/graphql';

/** What happened, and to whom (see valuesMap below); each kind's title and body are in notification-templates.ts. */
export enum NotificationKind {
  MATCH_PROPOSED = 'MATCH_PROPOSED',
  MATCH_ANSWERED = 'MATCH_ANSWERED',
  MATCH_INTRODUCED = 'MATCH_INTRODUCED',
  COLLABORATION_STARTED = 'COLLABORATION_STARTED',
  MATCH_CLOSED = 'MATCH_CLOSED',
  INTEREST_EXPRESSED = 'INTEREST_EXPRESSED',
  INTRODUCTION_REQUESTED = 'INTRODUCTION_REQUESTED',
  SIGN_UP_PENDING = 'SIGN_UP_PENDING',
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
    MATCH_INTRODUCED: { description: "Both sides were interested: the other side's contact details (to each side)" },
    COLLABORATION_STARTED: { description: 'The collaboration started (to each side)' },
    MATCH_CLOSED: { description: 'The match was closed, with its outcome (to each side)' },
    INTEREST_EXPRESSED: { description: 'A researcher expressed interest in a need (to staff)' },
    INTRODUCTION_REQUESTED: { description: "An industrial asked for an introduction to an expert for their organisation's need (to staff)" },
    SIGN_UP_PENDING: { description: 'Someone signed up and waits for approval (to staff); its link is /approvals' },
  },
});
