import { slotOptions } from './slot-options';
import { SchedulingInputError, type SchedulingInstance } from './types';

const instance: SchedulingInstance = {
  slots: [{ id: 's1' }, { id: 's2' }, { id: 's3' }, { id: 's4' }],
  tables: [{ id: 't1' }, { id: 't2', unavailableSlotIds: ['s3'] }],
  participants: [{ id: 'a', availableSlotIds: ['s1', 's2', 's3'] }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }],
  meetings: [
    { id: 'ab', participantIds: ['a', 'b'] },
    { id: 'bc', participantIds: ['b', 'c'] },
    { id: 'de', participantIds: ['d', 'e'] },
  ],
};

describe('slotOptions', () => {
  it('says for each slot whether the meeting could move there, and why not', () => {
    const placements = [
      { meetingId: 'ab', slotId: 's2', tableId: 't1' },
      { meetingId: 'bc', slotId: 's1', tableId: 't1' },
      { meetingId: 'de', slotId: 's3', tableId: 't1' },
    ];
    expect(slotOptions(instance, placements, 'ab')).toEqual([
      { slotId: 's1', status: 'PARTICIPANT_BUSY', busyParticipantIds: ['b'], freeTableIds: ['t2'] },
      // Its own place counts as free.
      { slotId: 's2', status: 'OPEN', busyParticipantIds: [], freeTableIds: ['t1', 't2'] },
      // t2 unusable in s3 and t1 taken by de.
      { slotId: 's3', status: 'NO_TABLE', busyParticipantIds: [], freeTableIds: [] },
      { slotId: 's4', status: 'UNAVAILABLE', busyParticipantIds: [], freeTableIds: ['t1', 't2'] },
    ]);
  });

  it('refuses an unknown meeting', () => {
    expect(() => slotOptions(instance, [], 'zz')).toThrow(SchedulingInputError);
  });
});
