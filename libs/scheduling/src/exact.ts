// An exact solver by branch and bound, for small instances (tests, and checking the heuristic):
// pins are kept exactly as the scheduler keeps them, then every other meeting is tried in each of
// its open slots and left out, most constrained first; a branch is cut when the meetings placed
// plus those still able to fit somewhere cannot beat the best found, and the search stops early
// when it reaches the upper bound.
import { Assignment } from './assignment';
import { compile, NONE } from './instance';
import { buildOutcome, statsOf } from './outcome';
import type { ScheduleResult, SchedulingInstance } from './types';
import { upperBoundOf } from './upper-bound';

export interface ExactResult extends ScheduleResult {
  /** False when the node limit stopped the search (the result is then only the best found). */
  readonly optimal: boolean;
  readonly nodes: number;
}

export function scheduleExactly(instance: SchedulingInstance, options: { maxNodes?: number } = {}): ExactResult {
  const maxNodes = options.maxNodes ?? 5_000_000;
  const c = compile(instance);
  const a = new Assignment(c);
  const pinConflicts = a.placePins();
  a.commit();
  const bound = upperBoundOf(c).value;
  const order: number[] = [];
  for (let m = 0; m < c.meetingCount; m++) if (c.valid[m] && !a.fixed[m] && c.optionStart[m + 1] > c.optionStart[m]) order.push(m);
  order.sort((x, y) => c.optionStart[x + 1] - c.optionStart[x] - (c.optionStart[y + 1] - c.optionStart[y]) || x - y);
  let best = a.placed;
  let bestSlots = a.slotOf.slice();
  let nodes = 0;
  let stopped = false;

  const stillFitting = (from: number): number => {
    let count = 0;
    for (let k = from; k < order.length; k++) if (a.freeOptions(order[k]) > 0) count++;
    return count;
  };
  const branch = (k: number): void => {
    if (stopped || best >= bound) return;
    if (++nodes > maxNodes) {
      stopped = true;
      return;
    }
    if (a.placed > best) {
      best = a.placed;
      bestSlots = a.slotOf.slice();
    }
    if (k === order.length || a.placed + stillFitting(k) <= best) return;
    const m = order[k];
    for (let i = c.optionStart[m]; i < c.optionStart[m + 1]; i++) {
      const s = c.options[i];
      if (!a.fits(m, s)) continue;
      const mark = a.mark();
      a.assign(m, s);
      branch(k + 1);
      a.rollback(mark);
    }
    branch(k + 1);
  };
  branch(0);
  a.restore(bestSlots);
  for (let m = 0; m < c.meetingCount; m++) if (a.fixed[m] && a.slotOf[m] === NONE) throw new Error('internal: a pin was lost');
  const outcome = buildOutcome(a, pinConflicts);
  return {
    placements: outcome.placements,
    unplaced: outcome.unplaced,
    stats: statsOf(outcome, { afterGreedy: best, afterRepair: best, tabuIterations: 0, upperBound: bound }),
    optimal: !stopped,
    nodes,
  };
}
