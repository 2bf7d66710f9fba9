import { TestApp } from './support/test-app';

describe('GET /health', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('reports the database as up', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('answers 503 when the database is gone', async () => {
    await app.db.destroy();
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { database: { status: string } }).database.status).toBe('down');
    await app.db.initialize();
  });
});
