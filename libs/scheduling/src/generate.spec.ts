import { generateBrokerageDay } from './generate';

describe('generateBrokerageDay', () => {
  const day = generateBrokerageDay({ seed: 4, participants: 400, meetings: 2000, slots: 16, tables: 100, unavailableShare: 0.25, zipfExponent: 1, industrialPairsShare: 0.1 });

  it('makes the day asked for: each participant unavailable for the share of slots, distinct pairs, no self-meeting', () => {
    expect(day.slots).toHaveLength(16);
    expect(day.tables).toHaveLength(100);
    expect(day.meetings).toHaveLength(2000);
    for (const participant of day.participants) expect(participant.availableSlotIds).toHaveLength(12);
    const pairs = new Set(day.meetings.map((m) => [...m.participantIds].sort().join('|')));
    expect(pairs.size).toBe(2000);
    expect(day.meetings.every((m) => m.participantIds[0] !== m.participantIds[1])).toBe(true);
    expect(new Set(day.slots.map((s) => s.sessionId))).toEqual(new Set(['session-1', 'session-2']));
  });

  it('is skewed: a few participants are asked by many', () => {
    const degree = new Map<string, number>();
    for (const m of day.meetings) for (const p of m.participantIds) degree.set(p, (degree.get(p) ?? 0) + 1);
    const sorted = [...degree.values()].sort((x, y) => y - x);
    expect(sorted[0]).toBeGreaterThan(100); // uniform would be ~10 each
    expect(sorted.slice(0, 4).reduce((s, x) => s + x, 0) / 4000).toBeGreaterThan(0.1);
    const industrialPairs = day.meetings.filter((m) => m.participantIds.every((p) => p.startsWith('industrial'))).length;
    expect(industrialPairs).toBeGreaterThan(100);
    expect(industrialPairs).toBeLessThan(300);
  });

  it('is deterministic by seed', () => {
    const options = { seed: 9, participants: 30, meetings: 80, slots: 6, tables: 5, pinnedShare: 0.2, tableUnavailableShare: 0.2 };
    expect(generateBrokerageDay(options)).toEqual(generateBrokerageDay(options));
    expect(generateBrokerageDay({ ...options, seed: 10 })).not.toEqual(generateBrokerageDay(options));
  });
});
