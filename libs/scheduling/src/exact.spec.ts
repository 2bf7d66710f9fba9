import { checkSchedule } from './check';
import { scheduleExactly } from './exact';
import { greedyFirstFit } from './first-fit';
import { generateBrokerageDay } from './generate';
import { Random } from './random';
import { schedule } from './scheduler';
import type { SchedulingInstance } from './types';
import { upperBound } from './upper-bound';

/** Small days: ≤ 12 meetings, ≤ 4 slots, few tables, often industrial ↔ industrial (odd cycles). */
function smallDay(seed: number, maxMeetings = 12): SchedulingInstance {
  const rng = new Random(seed * 104729);
  return generateBrokerageDay({
    seed,
    participants: 3 + rng.int(8),
    meetings: 1 + rng.int(maxMeetings),
    slots: 1 + rng.int(4),
    tables: 1 + rng.int(4),
    unavailableShare: rng.next() * 0.5,
    zipfExponent: rng.next() * 1.5,
    industrialPairsShare: rng.next() * 0.6,
    tableUnavailableShare: rng.next() < 0.5 ? 0 : rng.next() * 0.3,
    pinnedShare: rng.next() < 0.3 ? rng.next() * 0.3 : 0,
  });
}

/** Dense small days: 4–7 participants, 8–12 meetings, 2–4 slots, many industrial ↔ industrial requests. */
function denseDay(seed: number): SchedulingInstance {
  const rng = new Random(seed * 31337);
  return generateBrokerageDay({
    seed,
    participants: 4 + rng.int(4),
    meetings: 8 + rng.int(5),
    slots: 2 + rng.int(3),
    tables: 1 + rng.int(3),
    unavailableShare: rng.next() * 0.4,
    zipfExponent: rng.next(),
    industrialPairsShare: 0.3 + rng.next() * 0.5,
    pinnedShare: rng.next() < 0.3 ? 0.2 : 0,
  });
}

/**
 * The optimum by plain enumeration, sharing no code with the library: every meeting in each slot or
 * in none ((slots + 1)^meetings assignments), kept pins fixed as the scheduler keeps them.
 */
function bruteForce(instance: SchedulingInstance, keptPins: ReadonlyMap<string, string>): number {
  const slotIds = instance.slots.map((s) => s.id);
  const available = (p: string, s: string) => {
    const participant = instance.participants.find((x) => x.id === p);
    return participant !== undefined && (participant.availableSlotIds?.includes(s) ?? true);
  };
  const tablesIn = (s: string) => instance.tables.filter((t) => !(t.unavailableSlotIds ?? []).includes(s)).length;
  const meetings = instance.meetings;
  let best = 0;
  const chosen: (string | null)[] = [];
  const walk = (k: number, placed: number): void => {
    if (placed + (meetings.length - k) <= best) return;
    if (k === meetings.length) {
      best = placed;
      return;
    }
    const meeting = meetings[k];
    const [a, b] = meeting.participantIds;
    const pinned = keptPins.get(meeting.id);
    const options = pinned ? [pinned] : [...slotIds, null];
    for (const s of options) {
      if (s !== null) {
        if (a === b || !available(a, s) || !available(b, s)) continue;
        const inSlot = meetings.slice(0, k).filter((_, i) => chosen[i] === s);
        if (inSlot.length >= tablesIn(s)) continue;
        if (inSlot.some((m) => m.participantIds.includes(a) || m.participantIds.includes(b))) continue;
      }
      chosen[k] = s;
      walk(k + 1, placed + (s === null ? 0 : 1));
    }
    chosen.length = k;
  };
  walk(0, 0);
  return best;
}

function keptPinsOf(result: ReturnType<typeof schedule>): Map<string, string> {
  return new Map(result.placements.filter((p) => p.pin && p.pin.status !== 'MOVED').map((p) => [p.meetingId, p.slotId]));
}

describe('scheduleExactly', () => {
  it('agrees with plain enumeration on 300 tiny days (≤ 7 meetings, ≤ 4 slots)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const instance = smallDay(seed, 7);
      const exact = scheduleExactly(instance);
      expect(exact.optimal).toBe(true);
      expect(checkSchedule(instance, exact)).toEqual([]);
      expect({ seed, placed: exact.stats.placed }).toEqual({ seed, placed: bruteForce(instance, keptPinsOf(exact)) });
    }
  });
});

describe('schedule against the exact optimum on 800 small days (≤ 12 meetings, ≤ 4 slots)', () => {
  const days = [
    ...Array.from({ length: 500 }, (_, i) => ({ seed: i + 1, instance: smallDay(i + 1) })),
    ...Array.from({ length: 300 }, (_, i) => ({ seed: 1000 + i, instance: denseDay(1000 + i) })),
  ];
  const optimum = new Map(days.map(({ seed, instance }) => [seed, scheduleExactly(instance)]));

  it('is never above the optimum, reaches it on at least 99% of days and is never more than one meeting short', () => {
    let equal = 0;
    for (const { seed, instance } of days) {
      const exact = optimum.get(seed)!;
      expect(exact.optimal).toBe(true);
      const result = schedule(instance, { seed });
      expect(checkSchedule(instance, result)).toEqual([]);
      expect(result.stats.placed).toBeLessThanOrEqual(exact.stats.placed);
      expect(exact.stats.placed - result.stats.placed).toBeLessThanOrEqual(1);
      if (result.stats.placed === exact.stats.placed) equal++;
    }
    expect(equal / days.length).toBeGreaterThanOrEqual(0.99);
  });

  it('upperBound is never below the optimum (and not absurdly above it)', () => {
    let tight = 0;
    for (const { seed, instance } of days) {
      const bound = upperBound(instance);
      const best = optimum.get(seed)!.stats.placed;
      expect(bound.value).toBeGreaterThanOrEqual(best);
      expect(bound.value).toBe(Math.min(bound.placeable, bound.slotCapacity, bound.participantCapacity));
      expect(bound.slotCapacity).toBeLessThanOrEqual(bound.tableSlots);
      if (bound.value === best) tight++;
    }
    // The bound ignores pins and odd cycles, so it is not always reached, but mostly.
    expect(tight / days.length).toBeGreaterThan(0.9);
  });

  it('first-fit is never above the optimum, and is below it on some days', () => {
    let below = 0;
    for (const { seed, instance } of days) {
      const placed = greedyFirstFit(instance).stats.placed;
      expect(placed).toBeLessThanOrEqual(optimum.get(seed)!.stats.placed);
      if (placed < optimum.get(seed)!.stats.placed) below++;
    }
    expect(below).toBeGreaterThan(10);
  });
});
