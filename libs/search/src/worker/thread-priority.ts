import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Lowers the calling thread's scheduling priority by `steps` nice levels (at most to 19), leaving
 * the rest of the process as it was. Linux only (/proc/thread-self is `<pid>/task/<tid>`);
 * elsewhere, or where a sandbox forbids setpriority, the thread keeps its priority. Only ever
 * lowered: an unprivileged process may not raise a priority back.
 */
export function lowerThreadPriority(steps: number): void {
  if (steps <= 0) return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(tid, Math.min(19, getPriority(tid) + steps));
  } catch {
    // not Linux, or not allowed: nothing to lower
  }
}
