import { buildWorld, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

/**
 * The width and complexity limits are computed once per document text (and operation, and
 * variables when the operation declares some), not per request: a document refused once is
 * refused every time, and page sizes sent as variables are judged for each value sent.
 */
describe('GraphQL limits computed once per document', () => {
  let app: TestApp;
  let world: World;
  const staff = () => ({ token: world.tokens.staff });

  beforeAll(async () => {
    app = await TestApp.start({ GRAPHQL_MAX_DEPTH: '5', GRAPHQL_MAX_COMPLEXITY: '500' });
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  it('judges each variable value of one document, however the values alternate', async () => {
    const query = `query($first: Int) { needs(first: $first) { edges { node { id title description organisation { name city } author { fullName } } } } }`;
    for (const round of [1, 2, 3]) {
      expect([round, errorCode(await app.gql(query, { first: 10 }, staff()))]).toEqual([round, undefined]);
      expect([round, errorCode(await app.gql(query, { first: 100 }, staff()))]).toEqual([round, 'QUERY_TOO_COMPLEX']);
    }
  });

  it('judges each operation of a document with several by its own name', async () => {
    const roots = Array.from({ length: 21 }, (_, i) => `n${i}: needs(first: 1) { totalCount }`).join(' ');
    const document = `query Wide { ${roots} } query Narrow { needs(first: 1) { totalCount } }`;
    const send = (operationName: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${world.tokens.staff}` },
        body: JSON.stringify({ query: document, operationName }),
      }).then((r) => r.json() as Promise<{ errors?: { extensions: { code: string } }[] }>);
    for (const round of [1, 2]) {
      expect([round, (await send('Wide')).errors?.[0].extensions.code]).toEqual([round, 'QUERY_TOO_WIDE']);
      expect([round, (await send('Narrow')).errors]).toEqual([round, undefined]);
    }
  });

  it('refuses a too-wide document every time it is sent', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `t${i}: title`).join(' ');
    const query = `{ needs(first: 1) { edges { node { ${aliases} } } } }`;
    for (let i = 0; i < 3; i += 1) expect(errorCode(await app.gql(query, {}, staff()))).toBe('QUERY_TOO_WIDE');
  });
});
