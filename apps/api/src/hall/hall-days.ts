import { FieldProblem, InvalidInputError } from '../common/domain-errors';

/** Longest booking or maintenance period, in days. */
export const MAX_PERIOD_DAYS = 92;

/** Today in UTC, YYYY-MM-DD (dates of the hall are whole days). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function dayCount(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The days a person asks for: in order, not too long, and (unless `allowPast`) not already gone. */
export function assertDays(days: { startsOn: string; endsOn: string }, options: { prefix?: string; allowPast?: boolean; maxDays?: number } = {}): void {
  const prefix = options.prefix ?? '';
  const problems: FieldProblem[] = [];
  if (days.endsOn < days.startsOn) problems.push({ field: `${prefix}endsOn`, reason: 'bookingOrder' });
  else if (dayCount(days.startsOn, days.endsOn) > (options.maxDays ?? MAX_PERIOD_DAYS)) {
    problems.push({ field: `${prefix}endsOn`, reason: 'hallTooLong', params: { days: options.maxDays ?? MAX_PERIOD_DAYS } });
  }
  if (!options.allowPast && days.startsOn < today()) problems.push({ field: `${prefix}startsOn`, reason: 'hallDayInPast' });
  if (problems.length) throw new InvalidInputError(problems);
}
