import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../apps/api/src/web-client';
import { buildWorld, World } from './support/fixtures';
import { TestApp } from './support/test-app';

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { userId } }';

/** Issue 12, findings 10 and 11: what a production deployment answers, headers first. */
describe('production defaults', () => {
  describe('security headers (finding 11)', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await TestApp.start();
    });
    afterAll(() => app.close());

    const expectSecurityHeaders = (response: Response, what: string) => {
      expect([what, response.headers.get('content-security-policy')]).toEqual([what, CONTENT_SECURITY_POLICY]);
      expect([what, response.headers.get('x-content-type-options')]).toEqual([what, 'nosniff']);
      expect([what, response.headers.get('x-frame-options')]).toEqual([what, 'DENY']);
      expect([what, response.headers.get('referrer-policy')]).toEqual([what, 'strict-origin-when-cross-origin']);
      expect([what, response.headers.get('x-powered-by')]).toEqual([what, null]);
      expect([what, response.headers.get('strict-transport-security')]).toEqual([what, null]); // not outside production behind https
    };

    it('are on the page, its assets, the API, health and errors', async () => {
      const graphql = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expectSecurityHeaders(graphql, 'POST /graphql');
      expectSecurityHeaders(await fetch(`${app.url}/health`), '/health');
      expectSecurityHeaders(await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }), 'bad JSON');
      expectSecurityHeaders(await fetch(`${app.url}/nothing-here.txt`), '404');
    });

    it('keep API answers out of every cache', async () => {
      const graphql = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(graphql.headers.get('cache-control')).toBe('no-store');
      expect((await fetch(`${app.url}/health`)).headers.get('cache-control')).toBe('no-store');
    });

    const built = existsSync(join(process.cwd(), 'dist/apps/web/index.html'));
    (built ? it : it.skip)('the built web client fits its CSP: same-origin scripts and styles, no inline script', async () => {
      const page = await fetch(`${app.url}/`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expectSecurityHeaders(page, '/');
      const html = await page.text();
      // Every <script> has a same-origin src (script-src 'self' forbids inline code) …
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc="\/[^/]/);
        expect(body.trim()).toBe('');
      }
      // … no inline event handlers, and every linked resource is same-origin.
      expect(html).not.toMatch(/\son[a-z]+=/i);
      for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^\/[^/]/);
      const asset = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)][0][1];
      expectSecurityHeaders(await fetch(`${app.url}${asset}`), asset);
    });
  });

  describe('in production (finding 11)', () => {
    let app: TestApp;
    let world: World;
    beforeAll(async () => {
      app = await TestApp.start({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://unused@127.0.0.1/unused', // TestApp connects to its own database
        SMTP_URL: 'smtp://127.0.0.1:9',
        MAIL_FROM: 'Cluster <no-reply@cluster.example.org>',
        PUBLIC_URL: 'https://passerelle.example.org',
      });
      world = await buildWorld(app);
    });
    afterAll(() => app.close());

    it('sends HSTS, suggests no field names, and answers no introspection', async () => {
      const response = await fetch(`${app.url}/health`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      const typo = await app.gql('{ needz { totalCount } }', {}, { token: world.tokens.researcherMember });
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
      const typoInArgument = await app.gql('{ needs(frist: 1) { totalCount } }', {}, { token: world.tokens.researcherMember });
      expect(typoInArgument.errors?.[0].message).not.toMatch(/Did you mean/);
      // Variables are checked after validation: a misspelt input field or enum value suggests nothing either.
      const UPDATE_ME = 'mutation($input: UpdateMeInput!) { updateMe(input: $input) { id } }';
      for (const input of [{ fulName: 'X' }, { preferredLanguage: 'FR' }]) {
        const result = await app.gql(UPDATE_ME, { input }, { token: world.tokens.researcherMember });
        expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
      }
      const introspection = await app.gql('{ __schema { types { name } } }');
      expect(introspection.data).toBeUndefined();
      expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    });

    it('serves no GraphiQL page', async () => {
      const page = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/graphiql/i);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    });
  });

  describe('TRUST_PROXY (finding 10)', () => {
    it('false: a client cannot escape the per-address limit by sending X-Forwarded-For', async () => {
      const app = await TestApp.start({ TRUST_PROXY: 'false' });
      try {
        const world = await buildWorld(app);
        const input = (i: number) => ({ email: `spoof${i}@test.example`, password: 'a long enough password', fullName: 'Spoof', role: 'RESEARCHER', organisationId: world.organisations.lab.id });
        for (let i = 0; i < 10; i++) await app.ok(REGISTER, { input: input(i) }, { headers: { 'x-forwarded-for': `198.51.100.${i}` } });
        const refused = await app.gql(REGISTER, { input: input(10) }, { headers: { 'x-forwarded-for': '198.51.100.200' } });
        expect(refused.errors?.[0].extensions.code).toBe('RATE_LIMITED');
        // Nor can it read the health details by claiming an internal address.
        expect((await fetch(`${app.url}/health/details`, { headers: { 'x-forwarded-for': '10.0.0.1' } })).status).toBe(200); // the peer is loopback itself
      } finally {
        await app.close();
      }
    });

    it('a proxy in the Docker network: its clients are told apart, others cannot pretend to be one', async () => {
      // The test client is 127.0.0.1: trusted as the proxy here, as nginx is in the compose network.
      const app = await TestApp.start({ TRUST_PROXY: '127.0.0.1/32, 172.16.0.0/12' });
      try {
        const world = await buildWorld(app);
        const input = (i: number) => ({ email: `proxied${i}@test.example`, password: 'a long enough password', fullName: 'Proxied', role: 'RESEARCHER', organisationId: world.organisations.lab.id });
        for (let i = 0; i < 10; i++) await app.ok(REGISTER, { input: input(i) }, { headers: { 'x-forwarded-for': '198.51.100.7' } });
        expect((await app.gql(REGISTER, { input: input(10) }, { headers: { 'x-forwarded-for': '198.51.100.7' } })).errors?.[0].extensions.code).toBe('RATE_LIMITED');
        // Another client behind the same proxy is not blocked by the first one.
        expect((await app.gql(REGISTER, { input: input(11) }, { headers: { 'x-forwarded-for': '198.51.100.8' } })).errors).toBeUndefined();
        // A client that prepends a forged address is still seen as itself (the right-most untrusted hop).
        expect((await app.gql(REGISTER, { input: input(12) }, { headers: { 'x-forwarded-for': '198.51.100.9, 198.51.100.7' } })).errors?.[0].extensions.code).toBe('RATE_LIMITED');
      } finally {
        await app.close();
      }
    });
  });
});
