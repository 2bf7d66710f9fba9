import { MaxFlow } from './max-flow';
import type { MeetingInput, SchedulingInstance } from './types';
import { upperBound } from './upper-bound';

const slots = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}` }));
const tables = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i + 1}` }));
const meetings = (...pairs: [string, string][]): MeetingInput[] => pairs.map(([a, b]) => ({ id: `${a}-${b}`, participantIds: [a, b] }));

describe('MaxFlow', () => {
  it('finds the maximum flow of the textbook network (CLRS figure 26.1: 23)', () => {
    const flow = new MaxFlow(6);
    const arcs: [number, number, number][] = [
      [0, 1, 16], [0, 2, 13], [2, 1, 4], [1, 3, 12], [3, 2, 9], [2, 4, 14], [4, 3, 7], [3, 5, 20], [4, 5, 4],
    ];
    const ids = arcs.map(([from, to, capacity]) => flow.addArc(from, to, capacity));
    expect(flow.run(0, 5)).toBe(23);
    // Conservation at every inner node, capacities respected.
    ids.forEach((id, i) => expect(flow.flowOn(id)).toBeLessThanOrEqual(arcs[i][2]));
    for (let node = 1; node <= 4; node++) {
      const net = arcs.reduce((sum, [from, to], i) => sum + (to === node ? flow.flowOn(ids[i]) : 0) - (from === node ? flow.flowOn(ids[i]) : 0), 0);
      expect(net).toBe(0);
    }
  });

  it('is a maximum bipartite matching on a unit network', () => {
    // Left 0..2, right 3..5: 0–3, 0–4, 1–3, 2–3 → only two can be matched (1 and 2 both need 3).
    const flow = new MaxFlow(8);
    for (const l of [0, 1, 2]) flow.addArc(6, l, 1);
    for (const r of [3, 4, 5]) flow.addArc(r, 7, 1);
    for (const [l, r] of [[0, 3], [0, 4], [1, 3], [2, 3]]) flow.addArc(l, r, 1);
    expect(flow.run(6, 7)).toBe(2);
  });
});

describe('upperBound', () => {
  it('counts a triangle of industrials in two slots as 2 (a slot holds one meeting of a triangle: ⌊1.5⌋)', () => {
    const bound = upperBound({ slots: slots(2), tables: tables(9), participants: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], meetings: meetings(['a', 'b'], ['b', 'c'], ['c', 'a']) });
    expect(bound).toEqual({ value: 2, placeable: 3, slotCapacity: 2, participantCapacity: 3, tableSlots: 18 });
  });

  it('rounds an odd cycle down (five-cycle in one slot: fractional matching 2.5 → 2)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const bound = upperBound({ slots: slots(1), tables: tables(9), participants: ids.map((id) => ({ id })), meetings: meetings(...ids.map((id, i): [string, string] => [id, ids[(i + 1) % 5]])) });
    expect(bound.slotCapacity).toBe(2);
    expect(bound.participantCapacity).toBe(2);
    expect(bound.value).toBe(2);
  });

  it('caps a popular participant by the slots their meetings can really use (Hall), not only by their own availability', () => {
    const fans = Array.from({ length: 10 }, (_, i) => `fan${i}`);
    const instance: SchedulingInstance = {
      slots: slots(4),
      tables: tables(20),
      participants: [{ id: 'star', availableSlotIds: ['s1', 's2', 's3'] }, ...fans.map((id) => ({ id, availableSlotIds: ['s1', 's4'] }))],
      meetings: meetings(...fans.map((id): [string, string] => ['star', id])),
    };
    // star is available in 3 slots but every fan only shares s1 with star: one meeting at most.
    expect(upperBound(instance)).toMatchObject({ value: 1, placeable: 10, participantCapacity: 1 });
  });

  it('counts tables per slot, less the unusable ones', () => {
    const people = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}` }));
    const instance: SchedulingInstance = {
      slots: slots(2),
      tables: [{ id: 't1' }, { id: 't2', unavailableSlotIds: ['s2'] }],
      participants: people,
      meetings: meetings(['p0', 'p1'], ['p2', 'p3'], ['p4', 'p5'], ['p6', 'p7'], ['p8', 'p9']),
    };
    expect(upperBound(instance)).toMatchObject({ value: 3, slotCapacity: 3, tableSlots: 3, placeable: 5, participantCapacity: 5 });
  });

  it('leaves out meetings without a common slot or with an unknown participant', () => {
    const instance: SchedulingInstance = {
      slots: slots(2),
      tables: tables(2),
      participants: [{ id: 'a', availableSlotIds: ['s1'] }, { id: 'b', availableSlotIds: ['s2'] }, { id: 'c' }],
      meetings: meetings(['a', 'b'], ['a', 'zz'], ['b', 'c']),
    };
    expect(upperBound(instance)).toMatchObject({ value: 1, placeable: 1 });
  });
});
