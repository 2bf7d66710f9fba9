// From a slot-level assignment to what the caller gets: a table for every placed meeting, what
// became of each pin, and for every meeting left out the most specific reason that is true of the
// schedule returned.
import type { Assignment } from './assignment';
import { NONE, UNKNOWN, type CompiledInstance } from './instance';
import type { PinConflict, PinOutcome, Placement, ScheduleStats, TableConflict, UnplacedMeeting, UnplacedReason } from './types';

/** Place every meeting that still fits directly (a no-op after the scheduler, which leaves none). */
export function fillDirectly(a: Assignment): void {
  const c = a.c;
  for (let m = 0; m < c.meetingCount; m++) {
    if (!c.valid[m] || a.slotOf[m] !== NONE) continue;
    for (let i = c.optionStart[m]; i < c.optionStart[m + 1]; i++) {
      if (a.fits(m, c.options[i])) {
        a.assign(m, c.options[i]);
        break;
      }
    }
  }
  a.commit();
}

/** True when p has a meeting in every slot they are available in that has a usable table (and there is one). */
function isFull(c: CompiledInstance, a: Pick<Assignment, 'busy'>, p: number): boolean {
  const S = c.slotCount;
  let usable = 0;
  for (let s = 0; s < S; s++) {
    if (!c.available[p * S + s] || c.capacity[s] === 0) continue;
    if (a.busy[p * S + s] === NONE) return false;
    usable++;
  }
  return usable > 0;
}

/**
 * The reason meeting m (not placed) has no place in assignment a, and the participants it names:
 * the full ones (PARTICIPANT_FULL), or those busy in every common slot (PARTICIPANTS_BUSY, if any).
 */
export function unplacedReason(c: CompiledInstance, a: Pick<Assignment, 'busy' | 'used'>, m: number): { reason: UnplacedReason; participants?: number[] } {
  if (!c.valid[m]) return { reason: 'INVALID_MEETING' };
  const S = c.slotCount;
  const u = c.first[m];
  const v = c.second[m];
  const from = c.commonStart[m];
  const to = c.commonStart[m + 1];
  if (from === to) return { reason: 'NO_COMMON_AVAILABILITY' };
  const full = [u, v].filter((p) => isFull(c, a, p));
  if (full.length > 0) return { reason: 'PARTICIPANT_FULL', participants: full };
  let uAll = true;
  let vAll = true;
  let bothFree = false;
  for (let i = from; i < to; i++) {
    const s = c.common[i];
    const uBusy = a.busy[u * S + s] !== NONE;
    const vBusy = a.busy[v * S + s] !== NONE;
    uAll &&= uBusy;
    vAll &&= vBusy;
    if (!uBusy && !vBusy) bothFree = true;
  }
  if (bothFree) return { reason: 'NO_TABLE' };
  const busy = [...(uAll ? [u] : []), ...(vAll ? [v] : [])];
  return busy.length > 0 ? { reason: 'PARTICIPANTS_BUSY', participants: busy } : { reason: 'PARTICIPANTS_BUSY' };
}

export interface Outcome {
  placements: Placement[];
  unplaced: UnplacedMeeting[];
  pinnedKept: number;
  pinnedMoved: number;
}

/** Tables for the placed meetings (pinned tables first when usable), pins' outcomes, reasons. */
export function buildOutcome(a: Assignment, pinConflicts: ReadonlyMap<number, PinConflict>): Outcome {
  const c = a.c;
  const S = c.slotCount;
  const { source } = c;
  const tableOf = new Int32Array(c.meetingCount).fill(NONE);
  const tableConflict = new Map<number, TableConflict>();
  const taken = new Uint8Array(c.tableCount * S);
  // Kept pins that name a table claim it first, in input order.
  for (let m = 0; m < c.meetingCount; m++) {
    if (!a.fixed[m] || c.pinTable[m] === NONE) continue;
    const s = a.slotOf[m];
    const t = c.pinTable[m];
    if (t === UNKNOWN) tableConflict.set(m, 'UNKNOWN_TABLE');
    else if (!c.tableFree[t * S + s]) tableConflict.set(m, 'TABLE_UNAVAILABLE');
    else if (taken[t * S + s]) tableConflict.set(m, 'TABLE_TAKEN');
    else {
      taken[t * S + s] = 1;
      tableOf[m] = t;
    }
  }
  // Everyone else: the first free usable table of the slot, in table order.
  const nextTable = new Int32Array(S);
  for (let m = 0; m < c.meetingCount; m++) {
    const s = a.slotOf[m];
    if (s === NONE || tableOf[m] !== NONE) continue;
    let t = nextTable[s];
    while (t < c.tableCount && (!c.tableFree[t * S + s] || taken[t * S + s])) t++;
    if (t >= c.tableCount) throw new Error(`internal: slot ${source.slots[s].id} holds more meetings than tables`);
    taken[t * S + s] = 1;
    tableOf[m] = t;
    nextTable[s] = t + 1;
  }

  const placements: Placement[] = [];
  const unplaced: UnplacedMeeting[] = [];
  let pinnedKept = 0;
  let pinnedMoved = 0;
  for (let m = 0; m < c.meetingCount; m++) {
    const meeting = source.meetings[m];
    let pin: PinOutcome | undefined;
    if (meeting.pinned) {
      const conflict = pinConflicts.get(m);
      if (conflict) {
        pin = { status: 'MOVED', reason: conflict };
        pinnedMoved++;
      } else {
        const tableProblem = tableConflict.get(m);
        pin = tableProblem ? { status: 'TABLE_CHANGED', reason: tableProblem } : { status: 'KEPT' };
        pinnedKept++;
      }
    }
    const s = a.slotOf[m];
    if (s !== NONE) {
      placements.push({
        meetingId: meeting.id,
        slotId: source.slots[s].id,
        tableId: source.tables[tableOf[m]].id,
        participantIds: [meeting.participantIds[0], meeting.participantIds[1]],
        ...(pin ? { pin } : {}),
      });
    } else {
      const { reason, participants } = unplacedReason(c, a, m);
      const commonSlotIds: string[] = [];
      for (let i = c.commonStart[m]; i < c.commonStart[m + 1]; i++) commonSlotIds.push(source.slots[c.common[i]].id);
      unplaced.push({
        meetingId: meeting.id,
        reason,
        ...(participants ? { participantIds: participants.map((p) => source.participants[p].id) } : {}),
        commonSlotIds,
        ...(pin ? { pin } : {}),
      });
    }
  }
  return { placements, unplaced, pinnedKept, pinnedMoved };
}

export function statsOf(outcome: Outcome, extra: Omit<ScheduleStats, 'meetings' | 'placed' | 'pinnedKept' | 'pinnedMoved'>): ScheduleStats {
  return {
    meetings: outcome.placements.length + outcome.unplaced.length,
    placed: outcome.placements.length,
    pinnedKept: outcome.pinnedKept,
    pinnedMoved: outcome.pinnedMoved,
    ...extra,
  };
}
