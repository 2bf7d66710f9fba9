// Small measurement helpers: percentiles, memory snapshots, formatting.

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1; // nearest rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export function latencySummary(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  const total = ms.reduce((s, x) => s + x, 0);
  return {
    n: ms.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
    qps: ms.length ? (ms.length * 1000) / total : NaN,
  };
}

export function mean(values) {
  return values.length ? values.reduce((s, x) => s + x, 0) / values.length : NaN;
}

export const gcAvailable = typeof globalThis.gc === 'function';

export function memory() {
  if (gcAvailable) {
    globalThis.gc();
    globalThis.gc();
  }
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external + m.arrayBuffers, arrayBuffers: m.arrayBuffers };
}

export const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
export const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '–');
export const secs = (x) => (x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(x < 10000 ? 2 : 1)} s`);
export const int = (x) => Math.round(x).toLocaleString('en-US');
export const pct = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');

export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export async function timed(fn) {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}
