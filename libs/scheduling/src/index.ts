// libs/scheduling: the brokerage-day scheduler (accepted meetings into slots and tables), its
// proven upper bound, the first-fit baseline, an exact solver for small instances and a seeded
// instance generator. Framework-free; imports nothing outside this folder.
export { schedule, DEFAULT_SCHEDULE_OPTIONS } from './scheduler';
export { greedyFirstFit } from './first-fit';
export { scheduleExactly, type ExactResult } from './exact';
export { upperBound, type UpperBound } from './upper-bound';
export { generateBrokerageDay, type BrokerageDayOptions } from './generate';
export { checkSchedule, type CheckedSchedule } from './check';
export { slotOptions, type SlotOption, type SlotStatus } from './slot-options';
export * from './types';
