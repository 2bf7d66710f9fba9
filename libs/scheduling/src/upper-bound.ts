// A proven upper bound on the number of accepted meetings any schedule can place.
//
// A schedule is a set M of meetings, each given a slot s(e) among its options L(e) (slots both
// participants are available in and that have a usable table), such that in every slot the
// meetings form a matching (nobody twice) of at most cap(s) meetings (cap(s) = usable tables).
// Three relaxations, each computed exactly, each ≥ |M| for every schedule, so their minimum is too:
//
// 1. placeable: meetings with at least one option. Trivially |M| ≤ placeable.
//
// 2. slot capacity: Σ_s min(cap(s), ⌊ν*(G_s)⌋), where G_s is the graph of meetings that have s as
//    an option and ν*(G_s) its fractional matching number. The meetings placed in s form a
//    matching of G_s with at most cap(s) edges; a matching is a fractional matching, so its size is
//    ≤ ν*(G_s) and, being an integer, ≤ ⌊ν*(G_s)⌋. ν*(G) is computed exactly as half a maximum
//    matching of the bipartite double cover of G (each participant p gets a left copy p′ and a right
//    copy p″, each edge uv the arcs u′→v″ and v′→u″): a matching N of G gives the double-cover
//    matching {u′v″, v′u″ : uv ∈ N} of size 2|N|, and any double-cover matching halves to a
//    fractional matching of G. Exact also when G is not bipartite (industrial ↔ industrial).
//
// 3. participant capacity: ⌊F/2⌋, F the maximum flow of the double cover of the whole meeting
//    graph with capacity b(p) on p′ and p″ and 1 on each meeting's two arcs, where b(p) is the
//    largest number of p's meetings that can be given pairwise different slots, each one of its
//    own options (a maximum bipartite matching meetings → slots, ≤ the slots p is available in).
//    In any schedule p's meetings occupy pairwise different slots, each an option of the meeting,
//    so p has at most b(p) of them: M is a b-matching. Sending one unit on u′→v″ and one on v′→u″
//    for each e = uv ∈ M is a flow of value 2|M| respecting every capacity, so 2|M| ≤ F.
//    This is the LP relaxation of maximum b-matching (without odd-set constraints), exact on the
//    bipartite industrial ↔ researcher part and an upper bound on the rest.
//
// Pins only restrict schedules further, so the bound also holds for schedules that keep them.
import { compile, type CompiledInstance } from './instance';
import { MaxFlow } from './max-flow';
import type { SchedulingInstance } from './types';

export interface UpperBound {
  /** min(placeable, slotCapacity, participantCapacity). */
  readonly value: number;
  readonly placeable: number;
  readonly slotCapacity: number;
  readonly participantCapacity: number;
  /** Σ over slots of usable tables (the loosest bound, for comparison). */
  readonly tableSlots: number;
}

export function upperBound(instance: SchedulingInstance): UpperBound {
  const { value, placeable, slotCapacity, participantCapacity, tableSlots } = upperBoundOf(compile(instance));
  return { value, placeable, slotCapacity, participantCapacity, tableSlots };
}

/**
 * The bound, and the optimum of relaxation 3 as x(e) ∈ {0, ½, 1} per meeting (the flow on its two
 * arcs, halved), which the scheduler uses to decide which meetings to place first.
 */
export function upperBoundOf(c: CompiledInstance): UpperBound & { readonly fractional: Float64Array } {
  const S = c.slotCount;
  const P = c.participantCount;
  let placeable = 0;
  for (let m = 0; m < c.meetingCount; m++) if (c.optionStart[m + 1] > c.optionStart[m]) placeable++;
  let tableSlots = 0;
  for (let s = 0; s < S; s++) tableSlots += c.capacity[s];

  // 2. Per slot: min(tables, ⌊fractional matching number⌋).
  let slotCapacity = 0;
  for (let s = 0; s < S; s++) {
    if (c.capacity[s] === 0) continue;
    const flow = new MaxFlow(2 * P + 2);
    const source = 2 * P;
    const sink = 2 * P + 1;
    for (let p = 0; p < P; p++) {
      if (!c.available[p * S + s]) continue;
      flow.addArc(source, p, 1);
      flow.addArc(P + p, sink, 1);
    }
    for (let m = 0; m < c.meetingCount; m++) {
      if (!c.isOption[m * S + s]) continue;
      flow.addArc(c.first[m], P + c.second[m], 1);
      flow.addArc(c.second[m], P + c.first[m], 1);
    }
    slotCapacity += Math.min(c.capacity[s], Math.floor(flow.run(source, sink) / 2));
  }

  // 3. b(p): most meetings of p with pairwise different slots (bipartite matching meetings → slots).
  const b = new Int32Array(P);
  for (let p = 0; p < P; p++) {
    const from = c.incidentStart[p];
    const to = c.incidentStart[p + 1];
    if (from === to) continue;
    const count = to - from;
    const flow = new MaxFlow(count + S + 2);
    const source = count + S;
    const sink = source + 1;
    for (let i = from; i < to; i++) {
      const m = c.incident[i];
      flow.addArc(source, i - from, 1);
      for (let k = c.optionStart[m]; k < c.optionStart[m + 1]; k++) flow.addArc(i - from, count + c.options[k], 1);
    }
    for (let s = 0; s < S; s++) if (c.available[p * S + s] && c.capacity[s] > 0) flow.addArc(count + s, sink, 1);
    b[p] = flow.run(source, sink);
  }
  const flow = new MaxFlow(2 * P + 2);
  const source = 2 * P;
  const sink = 2 * P + 1;
  for (let p = 0; p < P; p++) {
    if (b[p] === 0) continue;
    flow.addArc(source, p, b[p]);
    flow.addArc(P + p, sink, b[p]);
  }
  const arcs = new Int32Array(c.meetingCount).fill(-1);
  for (let m = 0; m < c.meetingCount; m++) {
    if (c.optionStart[m + 1] === c.optionStart[m]) continue;
    arcs[m] = flow.addArc(c.first[m], P + c.second[m], 1);
    flow.addArc(c.second[m], P + c.first[m], 1);
  }
  const participantCapacity = Math.floor(flow.run(source, sink) / 2);
  const fractional = new Float64Array(c.meetingCount);
  for (let m = 0; m < c.meetingCount; m++) if (arcs[m] >= 0) fractional[m] = (flow.flowOn(arcs[m]) + flow.flowOn(arcs[m] + 2)) / 2;

  return { value: Math.min(placeable, slotCapacity, participantCapacity), placeable, slotCapacity, participantCapacity, tableSlots, fractional };
}
