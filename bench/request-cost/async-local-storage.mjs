// What an AsyncLocalStorage costs the rest of the process once it has run once (why bulk pacing is
// passed down as a flag, apps/api/src/common/yielding-map.ts): the time of an awaited call to an async
// function, before any AsyncLocalStorage.run, then after one (Node keeps its promise hooks on from
// then on), several rounds of each in one process (they cannot alternate: the hooks stay on). Prints
// ns per awaited call per round and the ratio of the medians.
//
// Usage: node bench/request-cost/async-local-storage.mjs [--rounds=5]
import { AsyncLocalStorage } from 'node:async_hooks';

const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 5);
const CALLS = 200;
const REPEATS = 5000;

async function step(i) {
  return i;
}

async function awaitedCalls() {
  let sum = 0;
  for (let i = 0; i < CALLS; i++) sum += await step(i);
  return sum;
}

async function nsPerCall() {
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < REPEATS; k++) await awaitedCalls();
  return Number(process.hrtime.bigint() - t0) / REPEATS / CALLS;
}

await nsPerCall(); // warm-up
const before = [];
for (let r = 0; r < rounds; r++) before.push(await nsPerCall());
await new AsyncLocalStorage().run(true, async () => undefined);
await nsPerCall(); // warm-up with the hooks
const after = [];
for (let r = 0; r < rounds; r++) after.push(await nsPerCall());
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`node ${process.version}; ${rounds} rounds of ${REPEATS} × ${CALLS} awaited calls`);
console.log(`before any AsyncLocalStorage.run: ${before.map((x) => x.toFixed(1)).join(' / ')} ns per awaited call (median ${median(before).toFixed(1)})`);
console.log(`after one AsyncLocalStorage.run:  ${after.map((x) => x.toFixed(1)).join(' / ')} ns per awaited call (median ${median(after).toFixed(1)})`);
console.log(`ratio of the medians: ${(median(after) / median(before)).toFixed(2)}×`);
