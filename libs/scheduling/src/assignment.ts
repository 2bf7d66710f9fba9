// A partial schedule at slot level (which slot each meeting is in; tables are given out at the
// end, which always succeeds since a slot never holds more meetings than it has usable tables),
// with an undo log so that a repair that fails half-way can be taken back.
import { NONE, pinConflict, type CompiledInstance } from './instance';
import type { PinConflict } from './types';

export class Assignment {
  readonly slotOf: Int32Array;
  /** busy[p * S + s] = the meeting participant p has in slot s, or NONE. */
  readonly busy: Int32Array;
  /** Meetings per slot. */
  readonly used: Int32Array;
  /** Meetings that must not move (kept pins). */
  readonly fixed: Uint8Array;
  /** The meetings of each slot: members[s * stride + i] for i < used[s]; position[m] its index there. */
  private readonly members: Int32Array;
  private readonly position: Int32Array;
  private readonly stride: number;
  private readonly log: number[] = [];
  placed = 0;

  constructor(readonly c: CompiledInstance) {
    this.slotOf = new Int32Array(c.meetingCount).fill(NONE);
    this.busy = new Int32Array(c.participantCount * c.slotCount).fill(NONE);
    this.used = new Int32Array(c.slotCount);
    this.fixed = new Uint8Array(c.meetingCount);
    this.stride = Math.max(1, c.tableCount);
    this.members = new Int32Array(c.slotCount * this.stride);
    this.position = new Int32Array(c.meetingCount);
  }

  /** True when m can go into slot s as things are (both free, a table left, s one of its options). */
  fits(m: number, s: number): boolean {
    const c = this.c;
    const S = c.slotCount;
    return c.isOption[m * S + s] === 1 && this.used[s] < c.capacity[s] && this.busy[c.first[m] * S + s] === NONE && this.busy[c.second[m] * S + s] === NONE;
  }

  /** Number of slots m could go into right now. */
  freeOptions(m: number): number {
    const c = this.c;
    let count = 0;
    for (let i = c.optionStart[m]; i < c.optionStart[m + 1]; i++) if (this.fits(m, c.options[i])) count++;
    return count;
  }

  membersOf(s: number): Int32Array {
    return this.members.subarray(s * this.stride, s * this.stride + this.used[s]);
  }

  assign(m: number, s: number): void {
    this.log.push(m, NONE);
    this.put(m, s);
  }

  unassign(m: number): void {
    this.log.push(m, this.slotOf[m]);
    this.take(m);
  }

  /** A point to roll back to. */
  mark(): number {
    return this.log.length;
  }

  rollback(mark: number): void {
    const log = this.log;
    while (log.length > mark) {
      const previous = log.pop()!;
      const m = log.pop()!;
      if (previous === NONE) this.take(m);
      else this.put(m, previous);
    }
  }

  /** Forget the undo log (what is done stays done). */
  commit(): void {
    this.log.length = 0;
  }

  /** Replace the whole assignment by a saved copy of slotOf (fixed meetings included). */
  restore(slotOf: Int32Array): void {
    this.busy.fill(NONE);
    this.used.fill(0);
    this.slotOf.fill(NONE);
    this.placed = 0;
    this.log.length = 0;
    for (let m = 0; m < slotOf.length; m++) if (slotOf[m] !== NONE) this.put(m, slotOf[m]);
  }

  /**
   * Keep the pins that can be kept, in input order (a pin is kept when its meeting is valid, the
   * slot exists, both participants are available in it, neither has a pin kept there already and a
   * table is left). Returns the conflict of each pin not kept.
   */
  placePins(): Map<number, PinConflict> {
    const c = this.c;
    const conflicts = new Map<number, PinConflict>();
    for (let m = 0; m < c.meetingCount; m++) {
      const s = c.pinSlot[m];
      if (s === NONE) continue;
      const conflict = pinConflict(c, m, s, this.busy, this.used);
      if (conflict) conflicts.set(m, conflict);
      else {
        this.put(m, s);
        this.fixed[m] = 1;
      }
    }
    return conflicts;
  }

  private put(m: number, s: number): void {
    const c = this.c;
    const S = c.slotCount;
    this.slotOf[m] = s;
    this.busy[c.first[m] * S + s] = m;
    this.busy[c.second[m] * S + s] = m;
    const at = this.used[s]++;
    this.members[s * this.stride + at] = m;
    this.position[m] = at;
    this.placed++;
  }

  private take(m: number): void {
    const c = this.c;
    const S = c.slotCount;
    const s = this.slotOf[m];
    this.slotOf[m] = NONE;
    this.busy[c.first[m] * S + s] = NONE;
    this.busy[c.second[m] * S + s] = NONE;
    const last = --this.used[s];
    const at = this.position[m];
    const moved = this.members[s * this.stride + last];
    this.members[s * this.stride + at] = moved;
    this.position[moved] = at;
    this.placed--;
  }
}
