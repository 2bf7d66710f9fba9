// The brokerage-day scheduler: as many accepted meetings as possible into (slot, table), nobody
// twice in a slot, everyone only when available, no table twice in a slot, pins kept when possible.
//
// Model. Give each meeting a slot from its list L(e) (slots both are available in that have a
// usable table) so that in each slot the meetings form a matching of at most cap(s) edges: a
// maximum partial list edge colouring of the meeting graph with capacitated colour classes, i.e.
// a maximum partial list colouring of its line graph (meetings sharing a participant conflict).
// The graph is not bipartite in general (industrial ↔ industrial meetings), so König's theorem
// and exact bipartite edge colouring do not apply; the problem is NP-hard and we search:
//
// 1. Pins first (input order), kept when feasible; they never move afterwards.
// 2. Relaxation-guided, most-constrained-first greedy. The upper bound's fractional b-matching
//    (upper-bound.ts, relaxation 3) says which meetings an optimal choice of "who meets whom"
//    would keep when popular participants are asked far more than they have slots: meetings are
//    taken in tiers of their value there (1, then ½, then 0) — a rounding of the LP relaxation.
//    Within a tier, the edge version of DSatur (Brélaz, "New methods to colour the vertices of a
//    graph", CACM 1979): the meeting with the fewest slots still open to it first (ties: busiest
//    participants, then the seed), into the open slot that closes the fewest options of the other
//    waiting meetings, weighted by how few each has left.
// 3. Augmenting paths slot by slot (Berge): the meetings of a slot form a matching; an alternating
//    path between two participants free in that slot, through waiting meetings and meetings of the
//    slot, swaps to place one more (those taken out get another slot if one is open). Then
//    ejection chains: for each meeting left out, place it in a slot by moving
//    the meetings in the way (the other meeting of either participant there, or one meeting of a
//    full slot) to another slot of theirs, recursively, with iterative deepening up to chainDepth.
//    A chain that moves meetings alternately between two slots is a Kempe-chain interchange (the
//    tool of Vizing's and König's edge-colouring proofs); a chain that succeeds is an augmenting
//    path (one more meeting placed, everything placed before still placed).
// 4. Bounded tabu search over partial legal schedules, PartialCol (Blöchliger & Zufferey, "A graph
//    coloring heuristic using partial solutions and a reactive tabu scheme", Computers &
//    Operations Research 35, 2008): a move puts a waiting meeting e into a slot s and takes out
//    the meetings in the way (cost = number taken out − 1). The least costly non-tabu move among
//    those of a window of 256 waiting meetings (all when fewer; random start) is made; those taken
//    out may not return to s for a tenure of 0.6 × waiting + rand(10) iterations and are tried
//    again at once by a short ejection chain; every 50 iterations the slot-by-slot augmenting
//    paths are looked for again. The best schedule seen is kept. Stops at the proven upper bound
//    (the schedule is then optimal), after `patience` iterations without improvement, or after
//    maxTabuIterations.
//
// Everything is deterministic: ties are broken by a seeded generator, no clock is read.
import { Assignment } from './assignment';
import { compile, NONE, type CompiledInstance } from './instance';
import { buildOutcome, fillDirectly, statsOf } from './outcome';
import { Random } from './random';
import type { ScheduleOptions, ScheduleResult, SchedulingInstance } from './types';
import { upperBoundOf } from './upper-bound';

export const DEFAULT_SCHEDULE_OPTIONS = {
  seed: 1,
  patience: 4000,
  chainDepth: 4,
  /** Node budget of one ejection-chain search. */
  chainBudget: 400,
  /** Waiting meetings whose moves the tabu search weighs at each iteration (a rotating window). */
  tabuWindow: 256,
  /** The tabu search looks for augmenting paths slot by slot every this many iterations. */
  augmentEvery: 50,
  stopAtUpperBound: true,
} as const;

export function schedule(instance: SchedulingInstance, options: ScheduleOptions = {}): ScheduleResult {
  const c = compile(instance);
  const a = new Assignment(c);
  const pinConflicts = a.placePins();
  a.commit();
  const relaxation = upperBoundOf(c);
  const stopAtUpperBound = options.stopAtUpperBound ?? DEFAULT_SCHEDULE_OPTIONS.stopAtUpperBound;
  const bound = stopAtUpperBound ? relaxation.value : undefined;
  const search = new Search(c, a, new Random(options.seed ?? DEFAULT_SCHEDULE_OPTIONS.seed), options.chainDepth ?? DEFAULT_SCHEDULE_OPTIONS.chainDepth);
  search.greedy(relaxation.fractional);
  const afterGreedy = a.placed;
  const target = bound ?? Infinity;
  if (a.placed < target) search.augmentSlots();
  if (a.placed < target) search.repairAll();
  if (a.placed < target) search.augmentSlots();
  const afterRepair = a.placed;
  const tabuIterations = search.tabu(target, options.maxTabuIterations ?? Math.max(5000, 10 * c.meetingCount), options.patience ?? DEFAULT_SCHEDULE_OPTIONS.patience);
  fillDirectly(a);
  const outcome = buildOutcome(a, pinConflicts);
  return {
    placements: outcome.placements,
    unplaced: outcome.unplaced,
    stats: statsOf(outcome, { afterGreedy, afterRepair, tabuIterations, upperBound: relaxation.value }),
  };
}

class Search {
  private readonly S: number;
  /** Meetings the search may place or move: valid, with an option, not a kept pin. */
  private readonly movable: Uint8Array;
  /** Meetings on the current ejection chain (never taken out again by the same chain). */
  private readonly onChain: Uint8Array;
  /** Slots each participant could ever use (available and with a usable table). */
  private readonly usableSlots: Int32Array;
  private budget = 0;

  constructor(
    private readonly c: CompiledInstance,
    private readonly a: Assignment,
    private readonly rng: Random,
    private readonly chainDepth: number,
  ) {
    this.S = c.slotCount;
    this.movable = new Uint8Array(c.meetingCount);
    for (let m = 0; m < c.meetingCount; m++) this.movable[m] = c.valid[m] && !a.fixed[m] && c.optionStart[m + 1] > c.optionStart[m] ? 1 : 0;
    this.onChain = new Uint8Array(c.meetingCount);
    this.usableSlots = new Int32Array(c.participantCount);
    for (let p = 0; p < c.participantCount; p++) for (let s = 0; s < this.S; s++) if (c.available[p * this.S + s] && c.capacity[s] > 0) this.usableSlots[p]++;
  }

  // ---- 2. most-constrained-first greedy -------------------------------------------------------

  greedy(fractional: Float64Array): void {
    const { c, a, S } = this;
    const M = c.meetingCount;
    // Meetings the relaxation's optimum uses (x = 1, then ½) come before those it leaves out.
    const tier = new Int32Array(M);
    for (let m = 0; m < M; m++) tier[m] = 2 - Math.round(2 * fractional[m]);
    const open = new Int32Array(M);
    const waiting = new Int32Array(c.participantCount);
    const key = new Float64Array(M);
    const done = new Uint8Array(M);
    for (let m = 0; m < M; m++) {
      key[m] = this.rng.next();
      if (!this.movable[m]) {
        done[m] = 1;
        continue;
      }
      open[m] = a.freeOptions(m);
      waiting[c.first[m]]++;
      waiting[c.second[m]]++;
    }
    const refresh = (m: number): void => {
      if (!done[m]) open[m] = a.freeOptions(m);
    };
    for (;;) {
      let best = -1;
      for (let m = 0; m < M; m++) {
        if (done[m]) continue;
        if (open[m] === 0) {
          done[m] = 1; // nothing open: left to the repairs
          waiting[c.first[m]]--;
          waiting[c.second[m]]--;
          continue;
        }
        if (best < 0) {
          best = m;
          continue;
        }
        const byTier = tier[m] - tier[best];
        const byOpen = byTier !== 0 ? byTier : open[m] - open[best];
        if (byOpen < 0) best = m;
        else if (byOpen === 0) {
          const byLoad = waiting[c.first[m]] + waiting[c.second[m]] - waiting[c.first[best]] - waiting[c.second[best]];
          if (byLoad > 0 || (byLoad === 0 && key[m] < key[best])) best = m;
        }
      }
      if (best < 0) return;
      const u = c.first[best];
      const v = c.second[best];
      let chosen = NONE;
      let chosenHarm = Infinity;
      let chosenTie = Infinity;
      for (let i = c.optionStart[best]; i < c.optionStart[best + 1]; i++) {
        const s = c.options[i];
        if (!a.fits(best, s)) continue;
        let harm = 0;
        for (const p of [u, v]) {
          for (let j = c.incidentStart[p]; j < c.incidentStart[p + 1]; j++) {
            const f = c.incident[j];
            if (f === best || done[f] || (p === v && (c.first[f] === u || c.second[f] === u))) continue;
            if (a.fits(f, s)) harm += 1 / open[f];
          }
        }
        if (a.used[s] + 1 >= c.capacity[s]) {
          // The slot's last table: every waiting meeting that could use s loses it.
          for (let f = 0; f < M; f++) if (!done[f] && f !== best && a.fits(f, s)) harm += 1 / open[f];
        }
        const tie = a.used[s] / c.capacity[s] + this.rng.next() * 1e-6;
        if (harm < chosenHarm - 1e-12 || (Math.abs(harm - chosenHarm) <= 1e-12 && tie < chosenTie)) {
          chosen = s;
          chosenHarm = harm;
          chosenTie = tie;
        }
      }
      a.assign(best, chosen);
      done[best] = 1;
      waiting[u]--;
      waiting[v]--;
      if (a.used[chosen] >= c.capacity[chosen]) {
        for (let f = 0; f < M; f++) if (c.isOption[f * S + chosen]) refresh(f);
      } else {
        for (const p of [u, v]) for (let j = c.incidentStart[p]; j < c.incidentStart[p + 1]; j++) refresh(c.incident[j]);
      }
    }
  }

  // ---- 3a. augmenting paths slot by slot -----------------------------------------------------------

  /**
   * Within one slot s the meetings placed there are a matching M_s of G_s (meetings that may use s).
   * An M_s-alternating path that starts and ends at participants free in s, whose other edges are
   * meetings not placed anywhere, is an augmenting path (Berge 1957): putting its waiting meetings
   * into s and taking its placed ones out places one meeting more, and the ones taken out are then
   * given another slot when one is open. Paths are grown by depth-first search from each
   * participant free in s (Hungarian-tree search without blossom shrinking, so in a non-bipartite
   * G_s some paths may be missed, never a wrong one taken). Repeated over all slots while it gains.
   */
  augmentSlots(): void {
    const { c, a, S } = this;
    const P = c.participantCount;
    const visited = new Int32Array(P);
    let stamp = 0;
    const pathWaiting: number[] = [];
    const pathPlaced: number[] = [];
    const search = (x: number, s: number): boolean => {
      const from = c.incidentStart[x];
      const count = c.incidentStart[x + 1] - from;
      for (let k = 0; k < count; k++) {
        const e = c.incident[from + k];
        if (!this.movable[e] || a.slotOf[e] !== NONE || !c.isOption[e * S + s]) continue;
        const y = c.first[e] === x ? c.second[e] : c.first[e];
        if (visited[y] === stamp) continue;
        visited[y] = stamp;
        const f = a.busy[y * S + s];
        if (f === NONE) {
          pathWaiting.push(e);
          return true;
        }
        if (!this.movable[f]) continue;
        const z = c.first[f] === y ? c.second[f] : c.first[f];
        if (visited[z] === stamp) continue;
        visited[z] = stamp;
        if (search(z, s)) {
          pathWaiting.push(e);
          pathPlaced.push(f);
          return true;
        }
      }
      return false;
    };
    const roots = this.rng.shuffle(Array.from({ length: P }, (_, p) => p));
    for (let round = 0; round < 8; round++) {
      const before = a.placed;
      for (let s = 0; s < S; s++) {
        for (const r of roots) {
          if (a.used[s] >= c.capacity[s]) break;
          if (!c.available[r * S + s] || a.busy[r * S + s] !== NONE) continue;
          visited[r] = ++stamp;
          pathWaiting.length = 0;
          pathPlaced.length = 0;
          if (!search(r, s)) continue;
          for (const f of pathPlaced) a.unassign(f);
          for (const e of pathWaiting) a.assign(e, s);
          for (const f of pathPlaced) {
            for (let i = c.optionStart[f]; i < c.optionStart[f + 1]; i++) {
              if (a.fits(f, c.options[i])) {
                a.assign(f, c.options[i]);
                break;
              }
            }
          }
        }
      }
      a.commit();
      if (a.placed === before) return;
    }
  }

  // ---- 3b. ejection chains ---------------------------------------------------------------------

  /** Try every waiting meeting by ejection chains of growing depth, until a pass places none. */
  repairAll(): void {
    const { c, a } = this;
    let tables = 0;
    for (let s = 0; s < this.S; s++) tables += c.capacity[s];
    for (let pass = 0; pass < 4; pass++) {
      if (a.placed >= tables) return; // every table of every slot is taken: no chain can gain
      const before = a.placed;
      const order = this.rng.shuffle(this.waiting());
      for (const m of order) {
        if (a.slotOf[m] === NONE && !this.saturated(m)) this.tryInsert(m, this.chainDepth);
      }
      a.commit();
      if (a.placed === before) return;
    }
  }

  /** Place m by an ejection chain of depth ≤ maxDepth (iterative deepening); true on success. */
  tryInsert(m: number, maxDepth: number, avoid = NONE): boolean {
    for (let depth = 0; depth <= maxDepth; depth++) {
      this.budget = DEFAULT_SCHEDULE_OPTIONS.chainBudget;
      if (this.insert(m, depth, avoid)) return true;
    }
    return false;
  }

  /**
   * A participant of m is busy in every slot they could use: no chain can place m without taking
   * out another of their meetings, so no augmenting chain exists through them.
   */
  private saturated(m: number): boolean {
    const { c, a, S } = this;
    for (const p of [c.first[m], c.second[m]]) {
      let busy = 0;
      for (let s = 0; s < S; s++) if (a.busy[p * S + s] !== NONE) busy++;
      if (busy >= this.usableSlots[p]) return true;
    }
    return false;
  }

  private insert(m: number, depth: number, avoid: number): boolean {
    const { c, a, S } = this;
    if (this.budget-- <= 0) return false;
    const u = c.first[m];
    const v = c.second[m];
    const from = c.optionStart[m];
    const count = c.optionStart[m + 1] - from;
    const slots: number[] = [];
    const costs: number[] = [];
    const offset = count > 0 ? this.rng.int(count) : 0;
    for (let k = 0; k < count; k++) {
      const s = c.options[from + ((k + offset) % count)];
      if (s === avoid) continue;
      const bu = a.busy[u * S + s];
      const bv = a.busy[v * S + s];
      if (bu !== NONE && (!this.movable[bu] || this.onChain[bu])) continue;
      if (bv !== NONE && (!this.movable[bv] || this.onChain[bv])) continue;
      const blockers = (bu !== NONE ? 1 : 0) + (bv !== NONE && bv !== bu ? 1 : 0);
      const cost = blockers + (a.used[s] - blockers >= c.capacity[s] ? 1 : 0);
      if (cost === 0) {
        a.assign(m, s);
        return true;
      }
      if (depth > 0) {
        slots.push(s);
        costs.push(cost);
      }
    }
    if (slots.length === 0) return false;
    const order = slots.map((_, i) => i).sort((x, y) => costs[x] - costs[y] || x - y);
    this.onChain[m] = 1;
    for (const i of order) {
      const s = slots[i];
      const mark = a.mark();
      const ejected: number[] = [];
      const bu = a.busy[u * S + s];
      const bv = a.busy[v * S + s];
      if (bu !== NONE) {
        a.unassign(bu);
        ejected.push(bu);
      }
      if (bv !== NONE && bv !== bu) {
        a.unassign(bv);
        ejected.push(bv);
      }
      if (a.used[s] >= c.capacity[s]) {
        const victim = this.capacityVictim(s);
        if (victim === NONE) {
          a.rollback(mark);
          continue;
        }
        a.unassign(victim);
        ejected.push(victim);
      }
      a.assign(m, s);
      let ok = true;
      for (const f of ejected) {
        if (!this.insert(f, depth - 1, s)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        this.onChain[m] = 0;
        return true;
      }
      a.rollback(mark);
      if (this.budget <= 0) break;
    }
    this.onChain[m] = 0;
    return false;
  }

  /** A meeting to take out of the full slot s: movable, not on the chain, preferably one that fits elsewhere at once. */
  private capacityVictim(s: number): number {
    const members = this.a.membersOf(s);
    if (members.length === 0) return NONE;
    const offset = this.rng.int(members.length);
    let fallback = NONE;
    for (let k = 0; k < members.length; k++) {
      const g = members[(k + offset) % members.length];
      if (!this.movable[g] || this.onChain[g]) continue;
      if (this.a.freeOptions(g) > 0) return g;
      if (fallback === NONE) fallback = g;
    }
    return fallback;
  }

  private waiting(): number[] {
    const list: number[] = [];
    for (let m = 0; m < this.c.meetingCount; m++) if (this.movable[m] && this.a.slotOf[m] === NONE) list.push(m);
    return list;
  }

  // ---- 4. PartialCol-style tabu search -----------------------------------------------------------

  /** Returns the number of iterations made. */
  tabu(bound: number, maxIterations: number, patience: number): number {
    const { c, a, S } = this;
    if (a.placed >= bound) return 0;
    const tabuUntil = new Int32Array(c.meetingCount * S);
    let best = a.placed;
    let bestSlots = a.slotOf.slice();
    let lastImprovement = 0;
    let iteration = 0;
    for (; iteration < maxIterations && iteration - lastImprovement < patience && best < bound; iteration++) {
      const waiting = this.waiting();
      if (waiting.length === 0) break;
      let moveMeeting = NONE;
      let moveSlot = NONE;
      let moveCost = Infinity;
      let ties = 0;
      // When every move is tabu, the one whose tabu ends first (then the cheapest) is made.
      let oldestMeeting = NONE;
      let oldestSlot = NONE;
      let oldestUntil = Infinity;
      let oldestCost = Infinity;
      // The moves of a window of waiting meetings (all of them when few), from a random start.
      const window = DEFAULT_SCHEDULE_OPTIONS.tabuWindow;
      const start = waiting.length > window ? this.rng.int(waiting.length) : 0;
      const scanned = Math.min(window, waiting.length);
      for (let w = 0; w < scanned; w++) {
        const m = waiting[(start + w) % waiting.length];
        const u = c.first[m];
        const v = c.second[m];
        for (let i = c.optionStart[m]; i < c.optionStart[m + 1]; i++) {
          const s = c.options[i];
          const bu = a.busy[u * S + s];
          const bv = a.busy[v * S + s];
          if ((bu !== NONE && !this.movable[bu]) || (bv !== NONE && !this.movable[bv])) continue;
          const blockers = (bu !== NONE ? 1 : 0) + (bv !== NONE && bv !== bu ? 1 : 0);
          const cost = blockers + (a.used[s] - blockers >= c.capacity[s] ? 1 : 0);
          // Tabu unless it would give a schedule better than the best seen (aspiration).
          const until = tabuUntil[m * S + s];
          if (until > iteration && a.placed + 1 - cost <= best) {
            if (until < oldestUntil || (until === oldestUntil && cost < oldestCost)) {
              oldestMeeting = m;
              oldestSlot = s;
              oldestUntil = until;
              oldestCost = cost;
            }
            continue;
          }
          if (cost < moveCost) {
            moveCost = cost;
            moveMeeting = m;
            moveSlot = s;
            ties = 1;
          } else if (cost === moveCost && this.rng.int(++ties) === 0) {
            moveMeeting = m;
            moveSlot = s;
          }
        }
      }
      if (moveMeeting === NONE) {
        if (oldestMeeting === NONE) break; // every move is blocked by kept pins
        moveMeeting = oldestMeeting;
        moveSlot = oldestSlot;
      }
      const ejected = this.makeMove(moveMeeting, moveSlot);
      if (ejected === null) {
        tabuUntil[moveMeeting * S + moveSlot] = iteration + 1 + this.rng.int(10);
        continue;
      }
      const tenure = Math.floor(0.6 * waiting.length) + this.rng.int(10);
      for (const f of ejected) tabuUntil[f * S + moveSlot] = iteration + 1 + tenure;
      for (const f of ejected) if (a.slotOf[f] === NONE && !this.saturated(f)) this.tryInsert(f, 2, moveSlot);
      if (iteration % DEFAULT_SCHEDULE_OPTIONS.augmentEvery === DEFAULT_SCHEDULE_OPTIONS.augmentEvery - 1) this.augmentSlots();
      a.commit();
      if (a.placed > best) {
        best = a.placed;
        bestSlots = a.slotOf.slice();
        lastImprovement = iteration;
      }
    }
    if (a.placed < best) a.restore(bestSlots);
    return iteration;
  }

  /** Put m into s, taking out whoever is in the way; returns those taken out (null if impossible). */
  private makeMove(m: number, s: number): number[] | null {
    const { c, a, S } = this;
    const mark = a.mark();
    const ejected: number[] = [];
    const bu = a.busy[c.first[m] * S + s];
    const bv = a.busy[c.second[m] * S + s];
    if (bu !== NONE) ejected.push(bu);
    if (bv !== NONE && bv !== bu) ejected.push(bv);
    for (const f of ejected) a.unassign(f);
    if (a.used[s] >= c.capacity[s]) {
      const victim = this.capacityVictim(s);
      if (victim === NONE) {
        a.rollback(mark);
        return null;
      }
      a.unassign(victim);
      ejected.push(victim);
    }
    a.assign(m, s);
    return ejected;
  }
}
