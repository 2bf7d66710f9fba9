import { createServer } from 'node:net';

/** A TCP port free on 127.0.0.1 right now (for a Postgres or an API a benchmark starts). */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}
