import { TestApp } from './support/test-app';

// `npm test` builds the web client first when its sources changed (pretest).
describe('web client served by the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('serves the page at / on the same origin as /graphql, with its script', async () => {
    const page = await fetch(`${app.url}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const script = html.match(/<script[^>]+src="([^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${app.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(await asset.text()).toContain('/graphql');
  });

  it('answers client-side routes with the page, and leaves the API alone', async () => {
    const route = await fetch(`${app.url}/needs/some-id`, { headers: { accept: 'text/html' } });
    expect(await route.text()).toContain('<div id="root">');
    const search = await fetch(`${app.url}/search?q=huile%20d%27argan&sector=COSMETICS`, { headers: { accept: 'text/html' } });
    expect(await search.text()).toContain('<div id="root">');
    const health = await fetch(`${app.url}/health`, { headers: { accept: 'text/html' } });
    expect(health.headers.get('content-type')).toMatch(/json/);
  });

  it('answers HEAD for the page and its routes, as link checkers and load balancers ask', async () => {
    for (const path of ['/', '/needs/some-id', '/sign-up']) {
      const head = await fetch(`${app.url}${path}`, { method: 'HEAD', headers: { accept: 'text/html' } });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toMatch(/html/);
      expect(await head.text()).toBe('');
    }
  });
});
