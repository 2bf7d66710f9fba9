// A load of HTTP POSTs at N connections, back to back or at a set rate; shared by the benchmarks
// that load the real API from outside (under-load.mjs, bench/glossary-change.mjs).
import http from 'node:http';
import { post } from './keep-alive-post.mjs';

/**
 * Keeps `connections` requests in flight on as many keep-alive sockets until stopped; latencies in ms
 * per kind, and when each was sent and answered (`spans`: ms since the epoch, flat pairs per kind).
 * `next()` gives { kind, url, requests: [{ headers, body }] } or { kind, url, headers, body }.
 * With a `rate`, each connection sends a request every connections/rate seconds instead, and a
 * request sent late (the previous one took longer) counts its latency from when it was due.
 */
export function startLoop(connections, next, rate = null) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = new Map();
  const bytes = new Map();
  const spans = new Map();
  let errors = 0;
  let firstError = null;
  let stopping = false;
  const started = performance.now();
  const workers = Array.from({ length: connections }, async (_, k) => {
    const every = rate ? (1000 * connections) / rate : 0;
    let due = started + (k * every) / connections;
    while (!stopping) {
      const item = next();
      for (const request of item.requests ?? [item]) {
        if (rate) {
          if (due > performance.now()) await new Promise((done) => setTimeout(done, due - performance.now()));
          if (stopping) break;
        }
        const t0 = rate ? due : performance.now();
        due += every;
        try {
          const body = await post(agent, item.url, request.headers, request.body, item.kind !== 'me');
          if (body !== null && body.includes('"errors"')) {
            errors++;
            firstError ??= `${item.kind}: ${body.slice(0, 300)}`;
          }
          else {
            if (!latencies.has(item.kind)) latencies.set(item.kind, []);
            if (!spans.has(item.kind)) spans.set(item.kind, []);
            const end = performance.now();
            latencies.get(item.kind).push(end - t0);
            spans.get(item.kind).push(performance.timeOrigin + t0, performance.timeOrigin + end); // flat: sent, answered, sent, …
            if (body !== null) bytes.set(item.kind, (bytes.get(item.kind) ?? 0) + Buffer.byteLength(body));
          }
        } catch (error) {
          errors++;
          firstError ??= `${item.kind}: ${error instanceof Error ? error.message : String(error)}`;
        }
      }
    }
  });
  return {
    async stop() {
      stopping = true;
      await Promise.all(workers);
      agent.destroy();
      if (firstError) console.log(`${errors} error(s), the first: ${firstError}`);
      return { latencies, spans, bytes, errors, seconds: (performance.now() - started) / 1000 };
    },
  };
}
