// Writing the embedded engine's snapshot to disk and reading it back. Plain JSON (one
// JSON.stringify, one JSON.parse) when the text fits in a V8 string (at most ~512 MB); otherwise
// "chunked JSON": one JSON line per subtree, small enough for a string each, reassembled on read.
import { open, readFile } from 'node:fs/promises';

const MAX_DEPTH = 3;

export async function writeSnapshot(file, snapshot, { chunked = false } = {}) {
  const started = performance.now();
  if (!chunked) try {
    const json = JSON.stringify(snapshot);
    const stringifyMs = performance.now() - started;
    const t = performance.now();
    const handle = await open(file, 'w');
    await handle.writeFile(json);
    await handle.close();
    return { format: 'json', stringifyMs, writeMs: performance.now() - t };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const failedMs = performance.now() - started;
  const t = performance.now();
  const handle = await open(file, 'w');
  let pending = [];
  let buffered = 0;
  const flush = async () => {
    if (!pending.length) return;
    await handle.write(pending.join(''));
    pending = [];
    buffered = 0;
  };
  const emit = async (line) => {
    if (line.length > 8 * 1048576) {
      await flush();
      await handle.write(line);
      await handle.write('\n');
      return;
    }
    pending.push(line, '\n');
    buffered += line.length;
    if (buffered > 8 * 1048576) await flush();
  };
  const walk = async (value, path) => {
    const container = value !== null && typeof value === 'object';
    if (container && path.length < MAX_DEPTH) {
      await emit(JSON.stringify({ p: path, t: Array.isArray(value) ? 'a' : 'o' }));
      for (const key of Object.keys(value)) await walk(value[key], [...path, Array.isArray(value) ? Number(key) : key]);
      return;
    }
    let line;
    try {
      line = JSON.stringify({ p: path, v: value });
    } catch (error) {
      if (!(error instanceof RangeError) || !container) throw error;
      await emit(JSON.stringify({ p: path, t: Array.isArray(value) ? 'a' : 'o' }));
      for (const key of Object.keys(value)) await walk(value[key], [...path, Array.isArray(value) ? Number(key) : key]);
      return;
    }
    await emit(line);
  };
  await walk(snapshot, []);
  await flush();
  await handle.close();
  // Serialising and writing are interleaved here: the total goes to "write", the failed attempt at
  // one string to "stringify".
  return { format: 'chunked-json', stringifyMs: failedMs, writeMs: performance.now() - t };
}

export async function readSnapshot(file, format) {
  let t = performance.now();
  if (format === 'json') {
    const text = await readFile(file, 'utf8');
    const readMs = performance.now() - t;
    t = performance.now();
    const value = JSON.parse(text);
    return { value, readMs, parseMs: performance.now() - t };
  }
  const buffer = await readFile(file);
  const readMs = performance.now() - t;
  t = performance.now();
  let root;
  let start = 0;
  while (start < buffer.length) {
    let end = buffer.indexOf(10, start);
    if (end < 0) end = buffer.length;
    if (end > start) {
      const line = JSON.parse(buffer.toString('utf8', start, end));
      const value = line.t ? (line.t === 'a' ? [] : {}) : line.v;
      if (line.p.length === 0) root = value;
      else {
        let parent = root;
        for (const key of line.p.slice(0, -1)) parent = parent[key];
        parent[line.p[line.p.length - 1]] = value;
      }
    }
    start = end + 1;
  }
  return { value: root, readMs, parseMs: performance.now() - t };
}
