/**
 * POSTs `body` through Node's own http client on a keep-alive agent (no fetch overhead in the
 * measured loop); resolves the response text when `collect`, else null; rejects on a non-200.
 */
import http from 'node:http';

export function post(agent, url, headers, body, collect = true) {
  return new Promise((done, fail) => {
    const req = http.request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => (collect ? chunks.push(chunk) : undefined));
      res.on('end', () => (res.statusCode === 200 ? done(collect ? Buffer.concat(chunks).toString() : null) : fail(new Error(`HTTP ${res.statusCode}`))));
    });
    req.on('error', fail);
    req.end(body);
  });
}
