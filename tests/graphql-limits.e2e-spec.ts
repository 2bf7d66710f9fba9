import { buildWorld, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

describe('GraphQL limits', () => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await TestApp.start({ GRAPHQL_MAX_DEPTH: '5', GRAPHQL_MAX_COMPLEXITY: '500' });
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  it('refuses a query nested deeper than the limit, through fragments too', async () => {
    const deep = `{ needs { edges { node { author { organisation { name } } } } } }`;
    const refused = await app.gql(deep, {}, { token: world.tokens.staff });
    expect(errorCode(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.errors?.[0].message).toBe('Query depth 6 exceeds the limit of 5');
    const viaFragment = `{ needs { edges { ...E } } } fragment E on NeedEdge { node { author { organisation { name } } } }`;
    expect((await app.gql(viaFragment, {}, { token: world.tokens.staff })).errors?.[0].message).toBe('Query depth 6 exceeds the limit of 5');
    const allowed = `{ needs { edges { node { author { fullName } } } } }`;
    expect(errorCode(await app.gql(allowed, {}, { token: world.tokens.staff }))).toBeUndefined();
  });

  it('counts list sizes in the complexity and refuses what is too costly', async () => {
    const query = `query($first: Int) { needs(first: $first) { edges { node { id title description organisation { name city } author { fullName } } } } }`;
    expect(errorCode(await app.gql(query, { first: 10 }, { token: world.tokens.staff }))).toBeUndefined();
    const tooCostly = await app.gql(query, { first: 100 }, { token: world.tokens.staff });
    expect(errorCode(tooCostly)).toBe('QUERY_TOO_COMPLEX');
    expect(tooCostly.data).toBeUndefined();
  });

  it('answers the limits with HTTP 400, a client error (finding 8 of issue 12)', async () => {
    const post = (query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${world.tokens.staff}` },
        body: JSON.stringify({ query, variables }),
      });
    const complex = await post(`query($first: Int) { needs(first: $first) { edges { node { id title description organisation { name city } author { fullName } } } } }`, { first: 100 });
    expect(complex.status).toBe(400);
    expect(((await complex.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    const deep = await post(`{ needs { edges { node { author { organisation { name } } } } } }`);
    expect(deep.status).toBe(400);
  });

  it('answers an unexpected failure with a bare internal error, leaking no SQL or stack', async () => {
    await app.db.destroy();
    try {
      const result = await app.gql('{ needs { totalCount } }', {}, { token: world.tokens.staff });
      expect(result.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
      expect(JSON.stringify(result)).not.toMatch(/stack|node_modules|DataSource|SELECT/);
    } finally {
      await app.db.initialize();
    }
  });
});
