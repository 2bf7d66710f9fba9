// An instance turned into dense integer arrays (slots, tables, participants and meetings by index),
// which every algorithm of this library works on.
import { SchedulingInputError, type PinConflict, type SchedulingInstance } from './types';

export const NONE = -1;
/** pinSlot value of a pin naming a slot that does not exist. */
export const UNKNOWN = -2;

export interface CompiledInstance {
  readonly source: SchedulingInstance;
  readonly slotCount: number;
  readonly tableCount: number;
  readonly participantCount: number;
  readonly meetingCount: number;
  /** Usable tables per slot. */
  readonly capacity: Int32Array;
  /** tableFree[t * slotCount + s] = 1 when table t can host a meeting in slot s. */
  readonly tableFree: Uint8Array;
  /** available[p * slotCount + s] = 1 when participant p can meet in slot s. */
  readonly available: Uint8Array;
  /** Participants of each meeting (NONE for an invalid meeting). */
  readonly first: Int32Array;
  readonly second: Int32Array;
  readonly valid: Uint8Array;
  /** Slots both participants are available in (CSR: commonStart[m]..commonStart[m+1]). */
  readonly commonStart: Int32Array;
  readonly common: Int32Array;
  /** The slots a meeting can use: common slots with at least one usable table (CSR, time order). */
  readonly optionStart: Int32Array;
  readonly options: Int32Array;
  /** isOption[m * slotCount + s] = 1 when s is one of m's options. */
  readonly isOption: Uint8Array;
  /** Valid meetings of each participant (CSR). */
  readonly incidentStart: Int32Array;
  readonly incident: Int32Array;
  /** Pinned slot (NONE: not pinned; UNKNOWN: a slot that does not exist) and table (NONE/UNKNOWN/index). */
  readonly pinSlot: Int32Array;
  readonly pinTable: Int32Array;
}

function indexOf(kind: string, ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, index) => {
    if (map.has(id)) throw new SchedulingInputError(`duplicate ${kind} id "${id}"`);
    map.set(id, index);
  });
  return map;
}

export function compile(instance: SchedulingInstance): CompiledInstance {
  const S = instance.slots.length;
  const T = instance.tables.length;
  const P = instance.participants.length;
  const M = instance.meetings.length;
  const slotIndex = indexOf('slot', instance.slots.map((s) => s.id));
  const tableIndex = indexOf('table', instance.tables.map((t) => t.id));
  const participantIndex = indexOf('participant', instance.participants.map((p) => p.id));
  indexOf('meeting', instance.meetings.map((m) => m.id));
  const slot = (id: string, where: string): number => {
    const index = slotIndex.get(id);
    if (index === undefined) throw new SchedulingInputError(`unknown slot "${id}" in ${where}`);
    return index;
  };

  const tableFree = new Uint8Array(T * S).fill(1);
  const capacity = new Int32Array(S).fill(T);
  instance.tables.forEach((table, t) => {
    for (const id of table.unavailableSlotIds ?? []) {
      const s = slot(id, `table "${table.id}"`);
      if (tableFree[t * S + s]) {
        tableFree[t * S + s] = 0;
        capacity[s]--;
      }
    }
  });

  const available = new Uint8Array(P * S);
  instance.participants.forEach((participant, p) => {
    if (participant.availableSlotIds === undefined) available.fill(1, p * S, (p + 1) * S);
    else for (const id of participant.availableSlotIds) available[p * S + slot(id, `participant "${participant.id}"`)] = 1;
  });

  const first = new Int32Array(M).fill(NONE);
  const second = new Int32Array(M).fill(NONE);
  const valid = new Uint8Array(M);
  const commonStart = new Int32Array(M + 1);
  const optionStart = new Int32Array(M + 1);
  const common: number[] = [];
  const options: number[] = [];
  const isOption = new Uint8Array(M * S);
  const degree = new Int32Array(P);
  const pinSlot = new Int32Array(M).fill(NONE);
  const pinTable = new Int32Array(M).fill(NONE);
  instance.meetings.forEach((meeting, m) => {
    const [a, b] = meeting.participantIds;
    const u = participantIndex.get(a);
    const v = participantIndex.get(b);
    if (u !== undefined && v !== undefined && u !== v) {
      first[m] = u;
      second[m] = v;
      valid[m] = 1;
      degree[u]++;
      degree[v]++;
      for (let s = 0; s < S; s++) {
        if (!available[u * S + s] || !available[v * S + s]) continue;
        common.push(s);
        if (capacity[s] > 0) {
          options.push(s);
          isOption[m * S + s] = 1;
        }
      }
    }
    commonStart[m + 1] = common.length;
    optionStart[m + 1] = options.length;
    if (meeting.pinned) {
      pinSlot[m] = slotIndex.get(meeting.pinned.slotId) ?? UNKNOWN;
      if (meeting.pinned.tableId !== undefined) pinTable[m] = tableIndex.get(meeting.pinned.tableId) ?? UNKNOWN;
    }
  });

  const incidentStart = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) incidentStart[p + 1] = incidentStart[p] + degree[p];
  const incident = new Int32Array(incidentStart[P]);
  const fill = incidentStart.slice(0, P);
  for (let m = 0; m < M; m++) {
    if (!valid[m]) continue;
    incident[fill[first[m]]++] = m;
    incident[fill[second[m]]++] = m;
  }

  return {
    source: instance,
    slotCount: S,
    tableCount: T,
    participantCount: P,
    meetingCount: M,
    capacity,
    tableFree,
    available,
    first,
    second,
    valid,
    commonStart,
    common: Int32Array.from(common),
    optionStart,
    options: Int32Array.from(options),
    isOption,
    incidentStart,
    incident,
    pinSlot,
    pinTable,
  };
}

/** The other participant of meeting m. */
export function other(c: CompiledInstance, m: number, p: number): number {
  return c.first[m] === p ? c.second[m] : c.first[m];
}

/** Why meeting m could not be kept in its pinned slot given the pins already kept, or null if it can. */
export function pinConflict(c: CompiledInstance, m: number, s: number, busy: Int32Array, used: Int32Array): PinConflict | null {
  if (!c.valid[m]) return 'INVALID_MEETING';
  if (s < 0) return 'UNKNOWN_SLOT';
  const S = c.slotCount;
  const u = c.first[m];
  const v = c.second[m];
  if (!c.available[u * S + s] || !c.available[v * S + s]) return 'PARTICIPANT_UNAVAILABLE';
  if (busy[u * S + s] !== NONE || busy[v * S + s] !== NONE) return 'PARTICIPANT_DOUBLE_BOOKED';
  if (used[s] >= c.capacity[s]) return 'NO_TABLE';
  return null;
}
