import { Need } from '../apps/api/src/needs/need.entity';
import { NeedStatus, NeedVisibility } from '../apps/api/src/needs/need.enums';
import { buildWorld, need, ViewerName, World } from './support/fixtures';
import { errorCode, GraphQLResponse, TestApp } from './support/test-app';

const CREATE = 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id title organisation { id } author { id } } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id title } }';
const ARCHIVE = 'mutation($id: ID!) { archiveNeed(id: $id) { id archivedAt } }';

let titles = 0;
/** A valid createNeed input with a title no other test uses. */
function newNeed(extra: Record<string, unknown> = {}) {
  titles += 1;
  return {
    title: `Extraction à froid des polyphénols n°${titles}`,
    description: 'Nous cherchons un laboratoire pour extraire et doser les polyphénols de nos coproduits.',
    language: 'fr',
    sector: 'COSMETICS',
    keywords: ['polyphénols'],
    trlCurrent: 3,
    trlTarget: 5,
    ...extra,
  };
}

function fieldsOf(result: GraphQLResponse): string[] {
  return (result.errors?.[0]?.extensions.fields ?? []).map((f) => f.field);
}

describe('needs: who may create, update and archive', () => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  const needs = () => app.db.getRepository(Need);
  /** A fresh need of the owner organisation, so that no test depends on another's changes. */
  const ownersNeed = (visibility: NeedVisibility, extra: Partial<Need> = {}) =>
    need(app.db, world.organisations.owner, world.users.industrialOwner, `Besoin à protéger n°${++titles}`, visibility, extra);

  /** Runs a refused mutation and checks the code, that no row was added and that `row` (if any) did not change. */
  async function expectRefused(viewer: ViewerName, query: string, variables: Record<string, unknown>, code: string, row?: Need) {
    const countBefore = await needs().count();
    const before = row ? await needs().findOneByOrFail({ id: row.id }) : null;
    const result = await app.gql(query, variables, { token: world.tokens[viewer] });
    expect(errorCode(result)).toBe(code);
    expect(result.data ?? null).toBeNull();
    expect(await needs().count()).toBe(countBefore);
    if (before) expect(await needs().findOneBy({ id: before.id })).toEqual(before);
    return result;
  }

  describe('createNeed', () => {
    it('an industrial posts for their own organisation, named or not', async () => {
      for (const organisationId of [undefined, world.organisations.owner.id]) {
        const input = newNeed(organisationId ? { organisationId } : {});
        const data = await app.ok(CREATE, { input }, { token: world.tokens.industrialOwner });
        expect(data.createNeed.organisation.id).toBe(world.organisations.owner.id);
        expect(data.createNeed.author.id).toBe(world.users.industrialOwner.id);
        const row = await needs().findOneByOrFail({ id: data.createNeed.id });
        expect(row).toMatchObject({ organisationId: world.organisations.owner.id, authorId: world.users.industrialOwner.id, title: input.title });
      }
    });

    it.each([
      ['industrialOwner', 'member'],
      ['industrialMember', 'owner'],
      ['industrialLapsed', 'owner'],
    ] as const)('%s posting for the %s organisation is FORBIDDEN and creates nothing', async (viewer, organisation) => {
      const input = newNeed({ organisationId: world.organisations[organisation].id });
      await expectRefused(viewer, CREATE, { input }, 'FORBIDDEN');
      expect(await needs().findOneBy({ title: input.title })).toBeNull();
    });

    it.each(['researcherMember', 'researcherLapsed'] as const)('%s cannot post a need (FORBIDDEN), with or without an organisation', async (viewer) => {
      for (const extra of [{}, { organisationId: world.organisations.lab.id }, { organisationId: world.organisations.owner.id }]) {
        const input = newNeed(extra);
        await expectRefused(viewer, CREATE, { input }, 'FORBIDDEN');
        expect(await needs().findOneBy({ title: input.title })).toBeNull();
      }
    });

    it.each(['staff', 'admin'] as const)('%s must name the organisation (BAD_USER_INPUT on organisationId)', async (viewer) => {
      const input = newNeed();
      const result = await expectRefused(viewer, CREATE, { input }, 'BAD_USER_INPUT');
      expect(fieldsOf(result)).toContain('organisationId');
    });

    it.each(['staff', 'admin'] as const)('%s posts for an industrial organisation', async (viewer) => {
      const input = newNeed({ organisationId: world.organisations.member.id });
      const data = await app.ok(CREATE, { input }, { token: world.tokens[viewer] });
      expect(data.createNeed.organisation.id).toBe(world.organisations.member.id);
      const row = await needs().findOneByOrFail({ id: data.createNeed.id });
      expect(row).toMatchObject({ organisationId: world.organisations.member.id, authorId: world.users[viewer].id });
    });

    it('staff cannot post a need for a research lab (BAD_USER_INPUT on organisationId)', async () => {
      const input = newNeed({ organisationId: world.organisations.lab.id });
      const result = await expectRefused('staff', CREATE, { input }, 'BAD_USER_INPUT');
      expect(fieldsOf(result)).toContain('organisationId');
    });
  });

  describe('updateNeed and archiveNeed refused', () => {
    const update = (id: string) => ({ query: UPDATE, variables: { id, input: { title: 'Titre réécrit par un tiers' } } });
    const archive = (id: string) => ({ query: ARCHIVE, variables: { id } });

    it.each([
      // viewer, mutation, the need's visibility and state, expected code
      ['industrialMember', 'update', NeedVisibility.PUBLIC, {}, 'FORBIDDEN'],
      ['industrialMember', 'archive', NeedVisibility.PUBLIC, {}, 'FORBIDDEN'],
      ['industrialMember', 'update', NeedVisibility.MEMBERS, {}, 'FORBIDDEN'],
      ['industrialLapsed', 'update', NeedVisibility.PUBLIC, {}, 'FORBIDDEN'],
      ['industrialLapsed', 'archive', NeedVisibility.PUBLIC, {}, 'FORBIDDEN'],
      ['researcherMember', 'update', NeedVisibility.PUBLIC, {}, 'FORBIDDEN'],
      ['researcherMember', 'archive', NeedVisibility.MEMBERS, {}, 'FORBIDDEN'],
      ['researcherLapsed', 'update', NeedVisibility.PUBLIC, { anonymous: true }, 'FORBIDDEN'],
      ['researcherLapsed', 'archive', NeedVisibility.PUBLIC, {}, 'FORBIDDEN'],
      // needs the viewer cannot see: NOT_FOUND, as if they did not exist
      ['industrialMember', 'update', NeedVisibility.STAFF_ONLY, {}, 'NOT_FOUND'],
      ['industrialMember', 'archive', NeedVisibility.STAFF_ONLY, { anonymous: true }, 'NOT_FOUND'],
      ['industrialMember', 'update', NeedVisibility.PUBLIC, { status: NeedStatus.DRAFT }, 'NOT_FOUND'],
      ['industrialLapsed', 'update', NeedVisibility.MEMBERS, {}, 'NOT_FOUND'],
      ['researcherLapsed', 'archive', NeedVisibility.MEMBERS, {}, 'NOT_FOUND'],
      ['researcherMember', 'update', NeedVisibility.STAFF_ONLY, {}, 'NOT_FOUND'],
      ['researcherMember', 'update', NeedVisibility.PUBLIC, { archivedAt: new Date('2025-01-01T00:00:00Z') }, 'NOT_FOUND'],
    ] as const)('%s: %s of a %s need %o of the owner → %s, row unchanged', async (viewer, mutation, visibility, extra, code) => {
      const target = await ownersNeed(visibility, { ...extra });
      const { query, variables } = mutation === 'update' ? update(target.id) : archive(target.id);
      await expectRefused(viewer, query, variables, code, target);
    });

    it('updating or archiving a need that does not exist is NOT_FOUND', async () => {
      const missing = '0b6c1a52-7d3e-4f80-9a11-2c3d4e5f6a7b';
      await expectRefused('industrialOwner', UPDATE, { id: missing, input: { title: 'Titre de besoin inexistant' } }, 'NOT_FOUND');
      await expectRefused('staff', ARCHIVE, { id: missing }, 'NOT_FOUND');
    });
  });

  describe('updateNeed and archiveNeed allowed', () => {
    it.each(['industrialOwner', 'staff', 'admin'] as const)('%s updates then archives a need of the owner organisation', async (viewer) => {
      const target = await ownersNeed(NeedVisibility.MEMBERS);
      const updated = await app.ok(UPDATE, { id: target.id, input: { title: `Titre revu par ${viewer}` } }, { token: world.tokens[viewer] });
      expect(updated.updateNeed.title).toBe(`Titre revu par ${viewer}`);
      expect((await needs().findOneByOrFail({ id: target.id })).title).toBe(`Titre revu par ${viewer}`);

      const archived = await app.ok(ARCHIVE, { id: target.id }, { token: world.tokens[viewer] });
      expect(archived.archiveNeed.archivedAt).not.toBeNull();
      expect((await needs().findOneByOrFail({ id: target.id })).archivedAt).toBeInstanceOf(Date);
    });

    it("the owner's update of the title alone keeps an anonymous STAFF_ONLY draft anonymous, STAFF_ONLY and draft", async () => {
      const target = await ownersNeed(NeedVisibility.STAFF_ONLY, { anonymous: true, status: NeedStatus.DRAFT, keywords: ['confidentiel', 'argan'] });
      await app.ok(UPDATE, { id: target.id, input: { title: 'Reformulation confidentielle, version 2' } }, { token: world.tokens.industrialOwner });
      const row = await needs().findOneByOrFail({ id: target.id });
      expect(row).toMatchObject({
        title: 'Reformulation confidentielle, version 2',
        anonymous: true,
        visibility: NeedVisibility.STAFF_ONLY,
        status: NeedStatus.DRAFT,
        keywords: ['confidentiel', 'argan'],
      });
      // and so it stays out of other members' sight
      const seen = await app.gql('query($id: ID!) { need(id: $id) { id } }', { id: target.id }, { token: world.tokens.industrialMember });
      expect(errorCode(seen)).toBe('NOT_FOUND');
    });
  });
});
