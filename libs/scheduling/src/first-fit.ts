// The baseline: pins as the scheduler keeps them, then every other meeting in input order into
// the first slot (time order) in which both are available and free and a table is left, at the
// first free table. What a spreadsheet or a naive loop does.
import { Assignment } from './assignment';
import { compile } from './instance';
import { buildOutcome, statsOf } from './outcome';
import type { ScheduleResult, SchedulingInstance } from './types';

export function greedyFirstFit(instance: SchedulingInstance): ScheduleResult {
  const c = compile(instance);
  const a = new Assignment(c);
  const pinConflicts = a.placePins();
  for (let m = 0; m < c.meetingCount; m++) {
    if (!c.valid[m] || a.fixed[m]) continue;
    for (let i = c.optionStart[m]; i < c.optionStart[m + 1]; i++) {
      if (a.fits(m, c.options[i])) {
        a.assign(m, c.options[i]);
        break;
      }
    }
  }
  a.commit();
  const outcome = buildOutcome(a, pinConflicts);
  return { placements: outcome.placements, unplaced: outcome.unplaced, stats: statsOf(outcome, { afterGreedy: a.placed, afterRepair: a.placed, tabuIterations: 0 }) };
}
