import { TestApp } from './support/test-app';

describe('GET /health', () => {
  let app: TestApp;
  let staffToken: string;
  let memberToken: string;
  beforeAll(async () => {
    app = await TestApp.start();
    const { buildWorld } = await import('./support/fixtures');
    const world = await buildWorld(app);
    staffToken = world.tokens.staff;
    memberToken = world.tokens.researcherMember;
  });
  afterAll(() => app.close());

  /** A client on the internet, as the API sees it behind a trusted (loopback) proxy. */
  const outside = { 'x-forwarded-for': '203.0.113.9' };

  it('answers liveness publicly with a status and nothing else', async () => {
    for (const headers of [{}, outside]) {
      const response = await fetch(`${app.url}/health`, { headers });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    }
  });

  it('shows details to the machine itself, the internal network and staff, not to others', async () => {
    const local = await fetch(`${app.url}/health/details`);
    expect(local.status).toBe(200);
    expect(await local.json()).toMatchObject({ status: 'ok', database: { status: 'up' }, search: { engine: 'embedded', backlog: expect.any(Object) }, matching: { state: 'on-demand', backlog: null }, mail: { transport: 'files' } });
    expect((await fetch(`${app.url}/health/details`, { headers: { 'x-forwarded-for': '10.1.2.3' } })).status).toBe(200);

    const stranger = await fetch(`${app.url}/health/details`, { headers: outside });
    expect(stranger.status).toBe(403);
    expect(JSON.stringify(await stranger.json())).not.toMatch(/backlog|embedded|files|latency/);
    expect((await fetch(`${app.url}/health/details`, { headers: { ...outside, authorization: `Bearer ${memberToken}` } })).status).toBe(403);
    expect((await fetch(`${app.url}/health/details`, { headers: { ...outside, authorization: 'Bearer not-a-token' } })).status).toBe(403);
    const staff = await fetch(`${app.url}/health/details`, { headers: { ...outside, authorization: `Bearer ${staffToken}` } });
    expect(staff.status).toBe(200);
    expect(await staff.json()).toMatchObject({ database: { status: 'up' } });
  });

  it('answers 503 when the database is gone', async () => {
    await app.db.destroy();
    try {
      const response = await fetch(`${app.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'down' });
      const details = await fetch(`${app.url}/health/details`);
      expect(details.status).toBe(503);
      expect(((await details.json()) as { database: { status: string } }).database.status).toBe('down');
    } finally {
      await app.db.initialize();
    }
  });
});
