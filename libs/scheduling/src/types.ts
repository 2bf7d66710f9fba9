// The shapes going in and out of the scheduler. Identifiers are the caller's (database ids); the
// scheduler never invents any. Everything is plain data, so the API can build an instance from
// its rows and store the result as it is.

/** One meeting slot of the day, given in time order (slots of a session are consecutive). */
export interface SlotInput {
  readonly id: string;
  /** The session (morning, afternoon…) the slot belongs to; informative only. */
  readonly sessionId?: string;
}

/** A table or room. By default it is usable in every slot. */
export interface TableInput {
  readonly id: string;
  /** Slots in which this table cannot host a meeting (a room taken by a talk, a table removed). */
  readonly unavailableSlotIds?: readonly string[];
}

/** A registered participant. */
export interface ParticipantInput {
  readonly id: string;
  /** Slots in which the participant can meet; undefined means every slot. */
  readonly availableSlotIds?: readonly string[];
}

/** Where staff put (or moved) a meeting by hand; the scheduler keeps it there when it can. */
export interface PinInput {
  readonly slotId: string;
  readonly tableId?: string;
}

/** An accepted meeting request between two participants (either side first). */
export interface MeetingInput {
  readonly id: string;
  readonly participantIds: readonly [string, string];
  readonly pinned?: PinInput;
}

export interface SchedulingInstance {
  readonly slots: readonly SlotInput[];
  readonly tables: readonly TableInput[];
  readonly participants: readonly ParticipantInput[];
  readonly meetings: readonly MeetingInput[];
}

/**
 * Why an accepted meeting has no place, the most specific reason that is true of the returned
 * schedule (which is maximal: no unplaced meeting fits anywhere as it stands), first that applies:
 * - INVALID_MEETING: a participant is unknown, or both sides are the same participant;
 * - NO_COMMON_AVAILABILITY: no slot in which both participants are available;
 * - PARTICIPANT_FULL: `participantIds` (one or both) have a meeting in every slot they are
 *   available in (that has a usable table);
 * - NO_TABLE: in every common slot in which both are free, every usable table is taken (or none
 *   exists) — and there is such a slot;
 * - PARTICIPANTS_BUSY: in every common slot one of the two has another meeting (neither is full);
 *   `participantIds` names whoever is busy in all of the common slots, when someone is.
 */
export type UnplacedReason = 'INVALID_MEETING' | 'NO_COMMON_AVAILABILITY' | 'PARTICIPANT_FULL' | 'PARTICIPANTS_BUSY' | 'NO_TABLE';

/** Why a pin could not be kept as given. */
export type PinConflict =
  /** The pinned slot (or table) is not part of the instance. */
  | 'UNKNOWN_SLOT'
  /** A participant is not available in the pinned slot. */
  | 'PARTICIPANT_UNAVAILABLE'
  /** A participant already has a pinned meeting (earlier in the input) in that slot. */
  | 'PARTICIPANT_DOUBLE_BOOKED'
  /** Every usable table of the slot is taken by pinned meetings earlier in the input. */
  | 'NO_TABLE'
  /** The meeting itself is invalid (see INVALID_MEETING). */
  | 'INVALID_MEETING';

export type TableConflict = 'UNKNOWN_TABLE' | 'TABLE_UNAVAILABLE' | 'TABLE_TAKEN';

/**
 * What became of a pin: KEPT (slot and table), TABLE_CHANGED (slot kept, the table could not be),
 * or MOVED (the slot could not be kept; the meeting was scheduled like any other, or not at all).
 */
export type PinOutcome =
  | { readonly status: 'KEPT' }
  | { readonly status: 'TABLE_CHANGED'; readonly reason: TableConflict }
  | { readonly status: 'MOVED'; readonly reason: PinConflict };

export interface Placement {
  readonly meetingId: string;
  readonly slotId: string;
  readonly tableId: string;
  readonly participantIds: readonly [string, string];
  /** Present when the meeting was pinned. */
  readonly pin?: PinOutcome;
}

export interface UnplacedMeeting {
  readonly meetingId: string;
  readonly reason: UnplacedReason;
  /** PARTICIPANT_FULL: who has no free slot at all; PARTICIPANTS_BUSY: who is busy in every common slot (if anyone). */
  readonly participantIds?: readonly string[];
  /** The slots in which both participants are available (empty for NO_COMMON_AVAILABILITY). */
  readonly commonSlotIds: readonly string[];
  readonly pin?: PinOutcome;
}

export interface ScheduleStats {
  readonly meetings: number;
  readonly placed: number;
  readonly pinnedKept: number;
  /** Pins whose slot could not be kept. */
  readonly pinnedMoved: number;
  /** Placed after the pins and the most-constrained-first greedy, before any repair. */
  readonly afterGreedy: number;
  /** Placed after the repairs (slot-by-slot augmenting paths, ejection chains), before the tabu search. */
  readonly afterRepair: number;
  readonly tabuIterations: number;
  /** The proven upper bound of upperBound() (the search stops when it reaches it); undefined for the baseline. */
  readonly upperBound?: number;
}

export interface ScheduleResult {
  /** Placed meetings, in the input order of meetings. */
  readonly placements: readonly Placement[];
  /** Meetings without a place, in input order, each with its reason. */
  readonly unplaced: readonly UnplacedMeeting[];
  readonly stats: ScheduleStats;
}

export interface ScheduleOptions {
  /** Seed of every tie-break; the same instance and seed always give the same schedule. Default 1. */
  readonly seed?: number;
  /** Tabu-search iterations at most (default: 10 × the number of meetings, at least 5,000). */
  readonly maxTabuIterations?: number;
  /** Stop the tabu search after this many iterations without improvement (default 4,000). */
  readonly patience?: number;
  /** Longest ejection chain tried when repairing (default 4). */
  readonly chainDepth?: number;
  /** Compute the upper bound first and stop as soon as it is reached (default true). */
  readonly stopAtUpperBound?: boolean;
}

/** Thrown for an instance that is not well-formed (duplicate ids, an unknown slot in an availability). */
export class SchedulingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchedulingInputError';
  }
}
