// An independent checker of a schedule against its instance, written directly on the ids (no shared
// code with the scheduler), for tests and for the API to verify a schedule staff changed by hand.
// Returns one readable line per problem; an empty list means the schedule is valid and every
// reason it gives is true.
import type { Placement, SchedulingInstance, UnplacedMeeting } from './types';

export interface CheckedSchedule {
  readonly placements: readonly Pick<Placement, 'meetingId' | 'slotId' | 'tableId' | 'pin'>[];
  /** When given: every meeting must be placed or listed here, and each reason must be true. */
  readonly unplaced?: readonly UnplacedMeeting[];
}

export function checkSchedule(instance: SchedulingInstance, result: CheckedSchedule): string[] {
  const problems: string[] = [];
  const slots = new Set(instance.slots.map((s) => s.id));
  const meetings = new Map(instance.meetings.map((m) => [m.id, m]));
  const participants = new Map(instance.participants.map((p) => [p.id, p]));
  const tables = new Map(instance.tables.map((t) => [t.id, t]));
  const isAvailable = (participantId: string, slotId: string): boolean => {
    const participant = participants.get(participantId);
    return participant !== undefined && (participant.availableSlotIds === undefined || participant.availableSlotIds.includes(slotId));
  };
  const tableUsable = (tableId: string, slotId: string): boolean => !(tables.get(tableId)?.unavailableSlotIds ?? []).includes(slotId);
  const usableTables = (slotId: string): number => instance.tables.filter((t) => tableUsable(t.id, slotId)).length;
  const isValid = (meetingId: string): boolean => {
    const [a, b] = meetings.get(meetingId)!.participantIds;
    return a !== b && participants.has(a) && participants.has(b);
  };

  const placedSlot = new Map<string, string>();
  const whoWhere = new Map<string, string>(); // participant|slot → meeting
  const tableWhere = new Map<string, string>(); // table|slot → meeting
  for (const placement of result.placements) {
    const meeting = meetings.get(placement.meetingId);
    if (!meeting) {
      problems.push(`${placement.meetingId}: not an accepted meeting of the instance`);
      continue;
    }
    if (placedSlot.has(meeting.id)) problems.push(`${meeting.id}: placed twice`);
    placedSlot.set(meeting.id, placement.slotId);
    if (!slots.has(placement.slotId)) problems.push(`${meeting.id}: unknown slot ${placement.slotId}`);
    if (!tables.has(placement.tableId)) problems.push(`${meeting.id}: unknown table ${placement.tableId}`);
    else if (!tableUsable(placement.tableId, placement.slotId)) problems.push(`${meeting.id}: table ${placement.tableId} is unavailable in ${placement.slotId}`);
    if (!isValid(meeting.id)) problems.push(`${meeting.id}: an invalid meeting was placed`);
    for (const participantId of new Set(meeting.participantIds)) {
      if (!isAvailable(participantId, placement.slotId)) problems.push(`${meeting.id}: ${participantId} is not available in ${placement.slotId}`);
      const key = `${participantId}|${placement.slotId}`;
      if (whoWhere.has(key)) problems.push(`${meeting.id}: ${participantId} already meets in ${placement.slotId} (${whoWhere.get(key)})`);
      whoWhere.set(key, meeting.id);
    }
    const tableKey = `${placement.tableId}|${placement.slotId}`;
    if (tableWhere.has(tableKey)) problems.push(`${meeting.id}: table ${placement.tableId} already hosts ${tableWhere.get(tableKey)} in ${placement.slotId}`);
    tableWhere.set(tableKey, meeting.id);
  }

  // Pins: kept ones where they were put; each one not kept for a reason true of the pins before it.
  const pinOf = new Map([...result.placements, ...(result.unplaced ?? [])].map((r) => [r.meetingId, r.pin]));
  const keptPins: { slotId: string; participantIds: readonly string[] }[] = [];
  for (const meeting of instance.meetings) {
    if (!meeting.pinned) continue;
    const outcome = pinOf.get(meeting.id);
    const placement = result.placements.find((p) => p.meetingId === meeting.id);
    const { slotId, tableId } = meeting.pinned;
    if (!outcome) {
      if (result.unplaced) problems.push(`${meeting.id}: pinned but no pin outcome`);
      continue;
    }
    if (outcome.status === 'MOVED') {
      const earlier = keptPins.filter((k) => k.slotId === slotId);
      const truth: Record<string, boolean> = {
        INVALID_MEETING: !isValid(meeting.id),
        UNKNOWN_SLOT: !slots.has(slotId),
        PARTICIPANT_UNAVAILABLE: isValid(meeting.id) && slots.has(slotId) && meeting.participantIds.some((p) => !isAvailable(p, slotId)),
        PARTICIPANT_DOUBLE_BOOKED: earlier.some((k) => k.participantIds.some((p) => meeting.participantIds.includes(p))),
        NO_TABLE: slots.has(slotId) && earlier.length >= usableTables(slotId),
      };
      if (!truth[outcome.reason]) problems.push(`${meeting.id}: pin not kept for ${outcome.reason}, which is not true`);
      continue;
    }
    keptPins.push({ slotId, participantIds: meeting.participantIds });
    if (placement?.slotId !== slotId) problems.push(`${meeting.id}: pin reported ${outcome.status} but the meeting is not in ${slotId}`);
    if (outcome.status === 'KEPT' && tableId !== undefined && placement?.tableId !== tableId) problems.push(`${meeting.id}: pin reported KEPT but not at table ${tableId}`);
    if (outcome.status === 'TABLE_CHANGED') {
      const earlierAtTable = result.placements.some((p) => p.slotId === slotId && p.tableId === tableId && p.meetingId !== meeting.id && meetings.get(p.meetingId)?.pinned?.tableId === tableId && instance.meetings.indexOf(meetings.get(p.meetingId)!) < instance.meetings.indexOf(meeting));
      const truth = tableId === undefined ? false : !tables.has(tableId) ? outcome.reason === 'UNKNOWN_TABLE' : !tableUsable(tableId, slotId) ? outcome.reason === 'TABLE_UNAVAILABLE' : outcome.reason === 'TABLE_TAKEN' && earlierAtTable;
      if (!truth) problems.push(`${meeting.id}: table change for ${outcome.reason}, which is not true`);
    }
  }

  const perSlot = new Map<string, number>();
  for (const placement of result.placements) perSlot.set(placement.slotId, (perSlot.get(placement.slotId) ?? 0) + 1);
  if (result.unplaced) {
    const listed = new Set<string>();
    for (const entry of result.unplaced) {
      const meeting = meetings.get(entry.meetingId);
      if (!meeting) {
        problems.push(`${entry.meetingId}: listed as unplaced but not a meeting of the instance`);
        continue;
      }
      if (listed.has(meeting.id) || placedSlot.has(meeting.id)) problems.push(`${meeting.id}: listed twice`);
      listed.add(meeting.id);
      const problem = falseReason(entry);
      if (problem) problems.push(`${meeting.id}: ${entry.reason} is not true (${problem})`);
    }
    for (const meeting of instance.meetings) if (!placedSlot.has(meeting.id) && !listed.has(meeting.id)) problems.push(`${meeting.id}: neither placed nor listed as unplaced`);
  }
  return problems;

  /** Why the reason given for an unplaced meeting is false, or null when it is true. */
  function falseReason(entry: UnplacedMeeting): string | null {
    const meeting = meetings.get(entry.meetingId)!;
    if (!isValid(meeting.id)) return entry.reason === 'INVALID_MEETING' ? null : 'the meeting is invalid';
    if (entry.reason === 'INVALID_MEETING') return 'the meeting is valid';
    const [a, b] = meeting.participantIds;
    const common = instance.slots.map((s) => s.id).filter((s) => isAvailable(a, s) && isAvailable(b, s));
    if (common.join() !== entry.commonSlotIds.join()) return `common slots are ${common.join(', ')}`;
    const busy = (p: string, s: string) => whoWhere.has(`${p}|${s}`);
    const tablesTaken = (s: string) => perSlot.get(s) ?? 0;
    // It must be impossible to add the meeting as the schedule stands.
    const open = common.find((s) => !busy(a, s) && !busy(b, s) && tablesTaken(s) < usableTables(s));
    if (open) return `it fits in ${open}`;
    if (common.length === 0) return entry.reason === 'NO_COMMON_AVAILABILITY' ? null : 'they have no common slot';
    // Full: a meeting in every slot one is available in that has a usable table.
    const full = [a, b].filter((p) => {
      const usable = instance.slots.map((s) => s.id).filter((s) => isAvailable(p, s) && usableTables(s) > 0);
      return usable.length > 0 && usable.every((s) => busy(p, s));
    });
    const bothFree = common.filter((s) => !busy(a, s) && !busy(b, s));
    const busyInAll = [a, b].filter((p) => common.every((s) => busy(p, s)));
    switch (entry.reason) {
      case 'NO_COMMON_AVAILABILITY':
        return 'they have common slots';
      case 'PARTICIPANT_FULL':
        return full.length > 0 && full.join() === (entry.participantIds ?? []).join() ? null : `full: ${full.join(', ') || 'nobody'}`;
      case 'NO_TABLE':
        if (full.length > 0) return `${full.join(', ')} full`;
        return bothFree.length > 0 && bothFree.every((s) => tablesTaken(s) >= usableTables(s)) ? null : 'no common slot where both are free';
      case 'PARTICIPANTS_BUSY':
        if (full.length > 0) return `${full.join(', ')} full`;
        if (bothFree.length > 0) return `both free in ${bothFree[0]}`;
        return busyInAll.join() === (entry.participantIds ?? []).join() ? null : `busy in every common slot: ${busyInAll.join(', ') || 'nobody'}`;
      default:
        return 'unknown reason';
    }
  }
}
