import { checkSchedule } from './check';
import { schedule } from './scheduler';
import type { Placement, SchedulingInstance, UnplacedMeeting } from './types';

// The checker is what the property tests trust: each kind of broken schedule must be caught.
const instance: SchedulingInstance = {
  slots: [{ id: 's1' }, { id: 's2' }],
  tables: [{ id: 't1' }, { id: 't2', unavailableSlotIds: ['s2'] }],
  participants: [{ id: 'a' }, { id: 'b' }, { id: 'c', availableSlotIds: ['s1'] }, { id: 'd' }],
  meetings: [
    { id: 'ab', participantIds: ['a', 'b'] },
    { id: 'ac', participantIds: ['a', 'c'], pinned: { slotId: 's1', tableId: 't2' } },
    { id: 'cd', participantIds: ['c', 'd'] },
  ],
};
const at = (meetingId: string, slotId: string, tableId: string, extra: Partial<Placement> = {}) => ({ meetingId, slotId, tableId, ...extra });

describe('checkSchedule', () => {
  const valid = schedule(instance);

  it('accepts the scheduler’s result', () => {
    expect(valid.placements).toHaveLength(2);
    expect(valid.unplaced).toEqual([expect.objectContaining({ meetingId: 'cd', reason: 'PARTICIPANT_FULL', participantIds: ['c'] })]);
    expect(checkSchedule(instance, valid)).toEqual([]);
  });

  it.each([
    ['a participant twice in a slot', [at('ab', 's1', 't1'), at('ac', 's1', 't2', { pin: { status: 'KEPT' } })], /a already meets in s1/],
    ['a table twice in a slot', [at('ab', 's2', 't1'), at('cd', 's2', 't1')], /table t1 already hosts ab in s2/],
    ['an unavailable participant', [at('cd', 's2', 't1')], /c is not available in s2/],
    ['an unusable table', [at('ab', 's2', 't2')], /table t2 is unavailable in s2/],
    ['a meeting that was never accepted', [at('bd', 's1', 't1')], /bd: not an accepted meeting/],
    ['a meeting placed twice', [at('ab', 's1', 't1'), at('ab', 's2', 't1')], /ab: placed twice/],
    ['a pin said kept that moved', [at('ac', 's1', 't1', { pin: { status: 'KEPT' } })], /pin reported KEPT but not at table t2/],
    ['a pin said moved for no true reason', [at('ac', 's2', 't1', { pin: { status: 'MOVED', reason: 'NO_TABLE' } })], /pin not kept for NO_TABLE, which is not true/],
  ])('catches %s', (_, placements, problem) => {
    expect(checkSchedule(instance, { placements })).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('catches false reasons and meetings left unaccounted for', () => {
    const unplaced = (entry: Partial<UnplacedMeeting>): UnplacedMeeting[] => [{ meetingId: 'cd', reason: 'NO_TABLE', commonSlotIds: ['s1'], ...entry }];
    const placements = valid.placements;
    expect(checkSchedule(instance, { placements, unplaced: unplaced({ reason: 'NO_TABLE' }) })).toEqual([expect.stringMatching(/NO_TABLE is not true \(c full\)/)]);
    expect(checkSchedule(instance, { placements, unplaced: unplaced({ reason: 'PARTICIPANTS_BUSY', participantIds: ['c'] }) })).toEqual([expect.stringMatching(/PARTICIPANTS_BUSY is not true \(c full\)/)]);
    expect(checkSchedule(instance, { placements, unplaced: unplaced({ reason: 'PARTICIPANT_FULL', participantIds: ['d'] }) })).toEqual([expect.stringMatching(/PARTICIPANT_FULL is not true \(full: c\)/)]);
    expect(checkSchedule(instance, { placements, unplaced: unplaced({ reason: 'NO_COMMON_AVAILABILITY' }) })).toEqual([expect.stringMatching(/they have common slots/)]);
    expect(checkSchedule(instance, { placements, unplaced: unplaced({ reason: 'PARTICIPANT_FULL', participantIds: ['c'], commonSlotIds: ['s1', 's2'] }) })).toEqual([expect.stringMatching(/common slots are s1/)]);
    expect(checkSchedule(instance, { placements, unplaced: [] })).toEqual([expect.stringMatching(/cd: neither placed nor listed/)]);
    // A meeting said unplaceable that still fits.
    const withoutAb = placements.filter((p) => p.meetingId !== 'ab');
    expect(checkSchedule(instance, { placements: withoutAb, unplaced: [...valid.unplaced, { meetingId: 'ab', reason: 'PARTICIPANTS_BUSY', commonSlotIds: ['s1', 's2'] }] })).toEqual([expect.stringMatching(/ab: PARTICIPANTS_BUSY is not true \(it fits in s2\)/)]);
  });
});
