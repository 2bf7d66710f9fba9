// Summarises a V8 .cpuprofile (node --cpu-prof) over a window of CLOCK_MONOTONIC microseconds
// (process.hrtime, as the profile counts): self time by package / source folder and by function.
import { table } from '../search/stats.mjs';

/** The 25 functions with the most self time, and self time grouped by package / source folder. */
export function summariseProfile(profile, from, to, root) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  let at = profile.startTime;
  let inWindow = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    at += deltas[i] ?? 0;
    if (at < from || at > to) continue;
    inWindow += 1;
    const next = deltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + next);
  }
  console.log(`${inWindow} of ${profile.samples.length} samples in the measured phase`);
  const total = [...self.values()].reduce((s, x) => s + x, 0);
  const functions = new Map();
  const places = new Map();
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${shortUrl(url, root)}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
    const place = placeOf(url, functionName, root);
    places.set(place, (places.get(place) ?? 0) + micros);
  }
  const pct = (micros) => `${((100 * micros) / total).toFixed(1)} %`;
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, pct(v)]);
  console.log('\nself time by place');
  console.log(table(['place', 'self'], top(places, 20)));
  console.log('\nself time by function');
  console.log(table(['function', 'self'], top(functions, 25)));
  // Each sample charged to the innermost frame of the project's own code on its stack (apps/, libs/):
  // which of our functions the time spent in packages and natives is spent for.
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const owners = new Map();
  for (const [id, micros] of self) {
    let node = byId.get(id);
    while (node && !/(^|\/)(apps|libs)\/[^/]+\/src\//.test(shortUrl(node.callFrame.url, root))) node = byId.get(parent.get(node.id));
    const key = node ? `${node.callFrame.functionName || '(anonymous)'} ${projectPath(node.callFrame.url, root)}:${node.callFrame.lineNumber + 1}` : '(no project frame)';
    owners.set(key, (owners.get(key) ?? 0) + micros);
  }
  console.log('\ntime by innermost project function on the stack (apps/, libs/)');
  console.log(table(['function', 'total'], top(owners, 20)));
  // And to the outermost frame of the API's own code (apps/api/src): which request or background job it is for.
  const callers = new Map();
  for (const [id, micros] of self) {
    let outermost = null;
    for (let node = byId.get(id); node; node = byId.get(parent.get(node.id))) {
      if (/(^|\/)apps\/api\/src\//.test(shortUrl(node.callFrame.url, root))) outermost = node;
    }
    const key = outermost ? `${outermost.callFrame.functionName || '(anonymous)'} ${projectPath(outermost.callFrame.url, root)}:${outermost.callFrame.lineNumber + 1}` : '(no API frame)';
    callers.set(key, (callers.get(key) ?? 0) + micros);
  }
  console.log('\ntime by outermost API function on the stack (apps/api/src)');
  console.log(table(['function', 'total'], top(callers, 15)));
}

function projectPath(url, root) {
  return shortUrl(url, root).replace(/^(.*?\/)?((apps|libs)\/)/, '$2');
}

function shortUrl(url, root) {
  return url.replace(/^file:\/\//, '').replace(`${root}/`, '').replace(/^.*node_modules\//, '~/');
}

function placeOf(url, name, root) {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const path = shortUrl(url, root);
  const pkg = path.match(/^~\/((@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  if (path.startsWith('node:')) return path;
  const src = path.match(/apps\/api\/src\/([^/]+)/);
  if (src) return `api/${src[1]}`;
  const lib = path.match(/libs\/([^/]+)\/src\/([^/.]+)/);
  return lib ? `libs/${lib[1]}/${lib[2]}` : path;
}
