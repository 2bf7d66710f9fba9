// The garbage collector's pauses as bench/request-cost/gc-probe.cjs wrote them (one file per thread of
// the API), summarised per phase, and set beside the requests that were slow.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const MINOR = 1;

/** Map of thread id (0: the main thread) → pauses { start, duration, kind } sorted by start (ms since the epoch). */
export function gcPauses(file) {
  const pauses = new Map();
  if (!existsSync(dirname(file))) return pauses;
  for (const name of readdirSync(dirname(file)).filter((n) => n.startsWith(`${basename(file)}.`))) {
    const list = readFileSync(join(dirname(file), name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [start, duration, kind] = line.split(' ').map(Number);
        return { start, duration, kind };
      });
    pauses.set(Number(name.split('.').at(-1)), list.sort((a, b) => a.start - b.start));
  }
  return pauses;
}

/** Rows per window ({ label, from, to } in ms since the epoch) and thread: minor and major pauses, the longest, the share of the window spent paused. */
export function gcTable(pauses, windows) {
  const rows = [];
  for (const { label, from, to } of windows) {
    for (const [thread, list] of [...pauses].sort((a, b) => a[0] - b[0])) {
      const inside = list.filter((p) => p.start >= from && p.start < to);
      const minor = inside.filter((p) => p.kind === MINOR);
      const major = inside.filter((p) => p.kind !== MINOR);
      const sum = (l) => l.reduce((t, p) => t + p.duration, 0);
      rows.push([
        label,
        thread === 0 ? 'main' : `worker ${thread}`,
        minor.length,
        Math.round(sum(minor)),
        major.length,
        Math.round(sum(major)),
        inside.length ? Math.max(...inside.map((p) => p.duration)).toFixed(1) : '–',
        `${((100 * sum(inside)) / (to - from)).toFixed(1)} %`,
      ]);
    }
  }
  return rows;
}

/**
 * Of the requests (flat [sent, answered, …] pairs, ms since the epoch) slower than `limitMs`, how many
 * were in flight while one of `pauses` of at least `minPauseMs` ran; and the longest request.
 */
export function slowDuringPauses(spans, pauses, limitMs, minPauseMs) {
  const long = pauses.filter((p) => p.duration >= minPauseMs);
  const overlaps = (from, to) => {
    // The first pause ending after `from` (pauses do not overlap each other within a thread).
    let lo = 0;
    let hi = long.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (long[mid].start + long[mid].duration <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < long.length && long[lo].start < to;
  };
  let slow = 0;
  let duringPause = 0;
  let longest = 0;
  let longestDuringPause = false;
  for (let i = 0; i < spans.length; i += 2) {
    const [from, to] = [spans[i], spans[i + 1]];
    if (to - from > longest) {
      longest = to - from;
      longestDuringPause = overlaps(from, to);
    }
    if (to - from <= limitMs) continue;
    slow++;
    if (overlaps(from, to)) duringPause++;
  }
  return { slow, duringPause, longest, longestDuringPause };
}
