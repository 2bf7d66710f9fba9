// Seeded brokerage days for the tests and the benchmark: industrials and researchers, each
// unavailable for a random share of the slots, and accepted requests whose invited side is chosen
// with a Zipf-like popularity (a few participants are asked by many).
import { Random } from './random';
import type { MeetingInput, ParticipantInput, SchedulingInstance, SlotInput, TableInput } from './types';

export interface BrokerageDayOptions {
  readonly seed: number;
  readonly participants: number;
  readonly meetings: number;
  readonly slots: number;
  readonly tables: number;
  /** Sessions the slots are split into (default 2). */
  readonly sessions?: number;
  /** Share of the slots each participant is unavailable for (default 0.25). */
  readonly unavailableShare?: number;
  /** Exponent of the invited side's popularity, weight 1 / rank^exponent (default 1; 0 = uniform). */
  readonly zipfExponent?: number;
  /** Share of industrials among participants (default 0.5). */
  readonly industrialShare?: number;
  /** Share of industrial ↔ industrial requests (default 0.1). */
  readonly industrialPairsShare?: number;
  /** Share of (table, slot) pairs in which the table is unusable (default 0). */
  readonly tableUnavailableShare?: number;
  /** Share of meetings pinned by staff to a random slot, half of them to a table too (default 0). */
  readonly pinnedShare?: number;
}

export function generateBrokerageDay(options: BrokerageDayOptions): SchedulingInstance {
  const rng = new Random(options.seed);
  const sessions = Math.max(1, options.sessions ?? 2);
  const slots: SlotInput[] = Array.from({ length: options.slots }, (_, s) => ({
    id: `slot-${s + 1}`,
    sessionId: `session-${Math.min(sessions, Math.floor((s * sessions) / Math.max(1, options.slots)) + 1)}`,
  }));
  const tableUnavailable = options.tableUnavailableShare ?? 0;
  const tables: TableInput[] = Array.from({ length: options.tables }, (_, t) => ({
    id: `table-${t + 1}`,
    unavailableSlotIds: slots.filter(() => rng.next() < tableUnavailable).map((s) => s.id),
  }));
  const unavailable = Math.round((options.unavailableShare ?? 0.25) * options.slots);
  const industrials = Math.max(1, Math.round((options.industrialShare ?? 0.5) * options.participants));
  const participants: ParticipantInput[] = Array.from({ length: options.participants }, (_, p) => {
    const off = new Set(rng.shuffle(slots.map((_, s) => s)).slice(0, unavailable));
    return { id: `${p < industrials ? 'industrial' : 'researcher'}-${p + 1}`, availableSlotIds: slots.filter((_, s) => !off.has(s)).map((s) => s.id) };
  });
  const industrialIds = participants.slice(0, industrials).map((p) => p.id);
  const researcherIds = participants.slice(industrials).map((p) => p.id);

  const exponent = options.zipfExponent ?? 1;
  const popularity = (ids: string[]) => {
    const ranked = rng.shuffle([...ids]);
    const cumulative: number[] = [];
    let total = 0;
    ranked.forEach((_, rank) => cumulative.push((total += 1 / Math.pow(rank + 1, exponent))));
    return () => {
      const x = rng.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return ranked[lo];
    };
  };
  const popularIndustrial = popularity(industrialIds);
  const popularResearcher = popularity(researcherIds);
  const uniform = (ids: string[]) => ids[rng.int(ids.length)];
  const pairShare = options.industrialPairsShare ?? 0.1;
  const seen = new Set<string>();
  const meetings: MeetingInput[] = [];
  for (let k = 0; k < options.meetings; k++) {
    let pair: [string, string] = ['', ''];
    for (let attempt = 0; attempt < 50; attempt++) {
      if (researcherIds.length === 0 || rng.next() < pairShare) pair = [uniform(industrialIds), popularIndustrial()];
      else if (rng.next() < 0.5) pair = [uniform(industrialIds), popularResearcher()];
      else pair = [uniform(researcherIds), popularIndustrial()];
      const key = [...pair].sort().join('|');
      if (pair[0] !== pair[1] && !seen.has(key)) {
        seen.add(key);
        break;
      }
    }
    const pinned =
      rng.next() < (options.pinnedShare ?? 0)
        ? { slotId: slots[rng.int(slots.length)].id, ...(rng.next() < 0.5 && tables.length > 0 ? { tableId: tables[rng.int(tables.length)].id } : {}) }
        : undefined;
    meetings.push({ id: `meeting-${k + 1}`, participantIds: pair, ...(pinned ? { pinned } : {}) });
  }
  return { slots, tables, participants, meetings };
}
