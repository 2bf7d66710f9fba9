// Where one meeting could go as a schedule stands: for staff moving a single meeting, or a
// participant proposing another slot. Works on the ids of a schedule (the scheduler's or one changed
// by hand); the meeting's own current place does not count against it.
import { SchedulingInputError, type Placement, type SchedulingInstance } from './types';

/**
 * OPEN: both available and free, a usable table free. Otherwise the first that applies:
 * UNAVAILABLE (a participant is not available, or unknown), PARTICIPANT_BUSY (a participant has
 * another meeting then), NO_TABLE (every usable table is taken).
 */
export type SlotStatus = 'OPEN' | 'UNAVAILABLE' | 'PARTICIPANT_BUSY' | 'NO_TABLE';

export interface SlotOption {
  readonly slotId: string;
  readonly status: SlotStatus;
  /** PARTICIPANT_BUSY: who has another meeting in the slot. */
  readonly busyParticipantIds: readonly string[];
  /** Usable tables nobody else uses in the slot, in table order. */
  readonly freeTableIds: readonly string[];
}

export function slotOptions(instance: SchedulingInstance, placements: readonly Pick<Placement, 'meetingId' | 'slotId' | 'tableId'>[], meetingId: string): SlotOption[] {
  const meeting = instance.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new SchedulingInputError(`unknown meeting "${meetingId}"`);
  const participants = new Map(instance.participants.map((p) => [p.id, p]));
  const participantsOf = new Map(instance.meetings.map((m) => [m.id, m.participantIds]));
  const [a, b] = meeting.participantIds;
  const others = placements.filter((p) => p.meetingId !== meetingId);
  return instance.slots.map((slot) => {
    const here = others.filter((p) => p.slotId === slot.id);
    const taken = new Set(here.map((p) => p.tableId));
    const freeTableIds = instance.tables.filter((t) => !(t.unavailableSlotIds ?? []).includes(slot.id) && !taken.has(t.id)).map((t) => t.id);
    const available = (id: string) => {
      const participant = participants.get(id);
      return participant !== undefined && (participant.availableSlotIds?.includes(slot.id) ?? true);
    };
    const busy = [...new Set([a, b])].filter((id) => here.some((p) => participantsOf.get(p.meetingId)?.includes(id)));
    const status: SlotStatus = a === b || !available(a) || !available(b) ? 'UNAVAILABLE' : busy.length > 0 ? 'PARTICIPANT_BUSY' : freeTableIds.length === 0 ? 'NO_TABLE' : 'OPEN';
    return { slotId: slot.id, status, busyParticipantIds: busy, freeTableIds };
  });
}
