import { Need } from '../apps/api/src/needs/need.entity';
import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { buildWorld, need, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateNeedInput!) {
  createNeed(input: $input) { id title language sector keywords trlCurrent trlTarget visibility anonymous status deadline
    organisation { id } author { id } }
}`;
const UPDATE = 'mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id title status trlTarget keywords } }';

const validNeed = (overrides: Record<string, unknown> = {}) => ({
  title: 'Conservation de la pulpe de figue de Barbarie',
  description: 'Nous cherchons un procédé pour prolonger la durée de conservation de la pulpe sans additifs.',
  language: 'fr',
  sector: 'AGRIFOOD',
  keywords: ['figue de Barbarie', ' conservation ', 'figue de Barbarie'],
  trlCurrent: 2,
  trlTarget: 5,
  budgetMinMad: 50000,
  budgetMaxMad: 150000,
  deadline: '2099-06-30',
  ...overrides,
});

describe('needs', () => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  describe('create, read, update, archive', () => {
    it('an industrial posts a need for their organisation and reads it back', async () => {
      const created = (await app.ok(CREATE, { input: validNeed() }, { token: world.tokens.industrialOwner })).createNeed;
      expect(created).toMatchObject({
        language: 'fr',
        visibility: 'PUBLIC',
        anonymous: false,
        status: 'OPEN',
        deadline: '2099-06-30',
        keywords: ['figue de Barbarie', 'conservation'],
        organisation: { id: world.organisations.owner.id },
        author: { id: world.users.industrialOwner.id },
      });
      const read = await app.ok('query($id: ID!) { need(id: $id) { title } }', { id: created.id }, { token: world.tokens.researcherMember });
      expect(read.need.title).toBe('Conservation de la pulpe de figue de Barbarie');
    });

    it('updates only the fields given', async () => {
      const created = await need(app.db, world.organisations.owner, world.users.industrialOwner, 'Séchage solaire du safran', NeedVisibility.PUBLIC);
      const updated = (await app.ok(UPDATE, { id: created.id, input: { trlTarget: 8 } }, { token: world.tokens.industrialOwner })).updateNeed;
      expect(updated).toMatchObject({ title: 'Séchage solaire du safran', trlTarget: 8, keywords: ['argan'] });
      const stored = await app.db.getRepository(Need).findOneByOrFail({ id: created.id });
      expect(stored.version).toBe(created.version + 1);
    });

    it('archiving hides the need from lists but keeps it', async () => {
      const created = await need(app.db, world.organisations.owner, world.users.industrialOwner, 'Besoin à archiver bientôt', NeedVisibility.PUBLIC);
      await app.ok('mutation($id: ID!) { archiveNeed(id: $id) { archivedAt } }', { id: created.id }, { token: world.tokens.industrialOwner });
      const list = await app.ok('{ needs(first: 100) { edges { node { id } } } }', {}, { token: world.tokens.staff });
      expect(list.needs.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(created.id);
      expect(await app.db.getRepository(Need).findOneBy({ id: created.id })).not.toBeNull();
    });

    it.each([
      ['OPEN', 'DRAFT'],
      ['CLOSED', 'IN_PROGRESS'],
    ])('refuses a status change from %s to %s', async (from, to) => {
      const created = await need(app.db, world.organisations.owner, world.users.industrialOwner, `Besoin au statut ${from}`, NeedVisibility.PUBLIC, { status: from as Need['status'] });
      const result = await app.gql(UPDATE, { id: created.id, input: { status: to } }, { token: world.tokens.industrialOwner, language: 'en' });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      // In the viewer's preferred language (French), whatever the header says.
      expect(result.errors?.[0].extensions.fields).toEqual([{ field: 'status', reason: `passage de ${from} à ${to} impossible` }]);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a title too short', { title: 'Court' }, 'title'],
      ['a TRL above 9', { trlTarget: 12 }, 'trlTarget'],
      ['a TRL below 1', { trlCurrent: 0 }, 'trlCurrent'],
      ['a target TRL under the current one', { trlCurrent: 6, trlTarget: 4 }, 'trlTarget'],
      ['a budget maximum under the minimum', { budgetMinMad: 90000, budgetMaxMad: 1000 }, 'budgetMaxMad'],
      ['a malformed deadline', { deadline: '30/06/2099' }, 'deadline'],
      ['a deadline in the past', { deadline: '2001-01-01' }, 'deadline'],
      ['a keyword over 60 characters', { keywords: ['x'.repeat(61)] }, 'keywords'],
      ['a published status other than DRAFT or OPEN', { status: 'CLOSED' }, 'status'],
    ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_, overrides, field) => {
      const before = await app.db.getRepository(Need).count();
      const result = await app.gql(CREATE, { input: validNeed(overrides) }, { token: world.tokens.industrialOwner });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual([field]);
      expect(await app.db.getRepository(Need).count()).toBe(before);
    });

    it('refuses an unknown enum value through GraphQL itself', async () => {
      const result = await app.gql(CREATE, { input: validNeed({ sector: 'MINING' }) }, { token: world.tokens.industrialOwner });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toContain('sector');
    });

    it('a bad update changes nothing', async () => {
      const before = await app.db.getRepository(Need).findOneByOrFail({ id: world.needs.public.id });
      const result = await app.gql(UPDATE, { id: before.id, input: { trlCurrent: 9, title: 'Nouveau titre valide' } }, { token: world.tokens.industrialOwner });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(await app.db.getRepository(Need).findOneByOrFail({ id: before.id })).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const unknown = await app.gql('query($id: ID!) { need(id: $id) { id } }', { id: '6f1c1d7e-0000-4000-8000-000000000000' }, { token: world.tokens.staff });
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      const malformed = await app.gql('query($id: ID!) { need(id: $id) { id } }', { id: 'not-a-uuid' }, { token: world.tokens.staff });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors?.[0].extensions.fields).toEqual([{ field: 'id', reason: expect.any(String) }]);
    });

    it('shows reasons in the reader’s language', async () => {
      const input = { input: validNeed({ title: 'Court' }) };
      const fr = await app.gql(CREATE, input, { token: world.tokens.industrialOwner });
      const ar = await app.gql(CREATE, input, { token: world.tokens.industrialOwner, language: 'ar' });
      // The user's preferred language (French in the fixtures) wins over the header.
      expect(fr.errors?.[0].extensions.fields?.[0].reason).toBe('doit contenir entre 8 et 160 caractères');
      expect(ar.errors?.[0].extensions.fields?.[0].reason).toBe('doit contenir entre 8 et 160 caractères');
      const anonymous = await app.gql('mutation { login(input: {email: "x", password: "y"}) { accessToken } }', {}, { language: 'ar' });
      expect(anonymous.errors?.[0].extensions.fields?.[0].reason).toBe('يجب أن يكون بريدا إلكترونيا صالحا');
    });
  });

  describe('lists', () => {
    let ids: string[];

    beforeAll(async () => {
      const many = [];
      for (let i = 0; i < 50; i++) {
        many.push(await need(app.db, world.organisations.member, world.users.industrialMember, `Besoin numéro ${i}`, NeedVisibility.PUBLIC));
      }
      ids = many.map((n) => n.id);
    });

    it('pages through every visible need exactly once with cursors', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: any = (await app.ok(
          'query($after: String) { needs(first: 7, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }',
          { after },
          { token: world.tokens.staff },
        )).needs;
        total = page.totalCount;
        seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(total);
      expect(seen).toEqual(expect.arrayContaining(ids));
    });

    it('filters by sector, language and status', async () => {
      const filtered = await app.ok(
        '{ needs(first: 100, filter: {sector: COSMETICS, language: fr, status: [OPEN]}) { edges { node { sector language status } } } }',
        {},
        { token: world.tokens.staff },
      );
      expect(filtered.needs.edges.length).toBeGreaterThan(0);
      for (const { node } of filtered.needs.edges) expect(node).toEqual({ sector: 'COSMETICS', language: 'fr', status: 'OPEN' });
    });

    it.each([[0], [101]])('refuses first: %i', async (first) => {
      const result = await app.gql('query($first: Int) { needs(first: $first) { totalCount } }', { first }, { token: world.tokens.staff });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields?.[0].field).toBe('first');
    });

    it('refuses a forged cursor', async () => {
      const result = await app.gql('{ needs(after: "bm90IGEgY3Vyc29y") { totalCount } }', {}, { token: world.tokens.staff });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields?.[0].field).toBe('after');
    });

    it('loads 50 needs with organisations, authors and their organisations in a constant number of statements', async () => {
      const query = `query($first: Int) { needs(first: $first) { edges { node { id organisation { name } author { fullName organisation { name } } } } } }`;
      const forFive = await app.countStatements(() => app.ok(query, { first: 5 }, { token: world.tokens.staff }));
      const forFifty = await app.countStatements(() => app.ok(query, { first: 50 }, { token: world.tokens.staff }));
      expect(forFifty).toBe(forFive);
      // viewer + count + page + organisations + authors (the authors' organisations are already batched with the needs' ones or one more)
      expect(forFifty).toBeLessThanOrEqual(6);
    });
  });
});
