import { SearchEngine } from '../libs/search/src';
import { AuthService } from '../apps/api/src/auth/auth.service';
import { Need } from '../apps/api/src/needs/need.entity';
import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { canSeeNeed } from '../apps/api/src/needs/need-policy';
import { Organisation } from '../apps/api/src/members/organisation.entity';
import { OrganisationKind } from '../apps/api/src/members/member.enums';
import { SEARCH_ENGINE } from '../apps/api/src/search/search-engine.provider';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { SearchIndexes } from '../apps/api/src/search/search-indexes';
import { buildWorld, need, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

/**
 * Issue 12, findings 2, 3 and 4: three paths that showed a need beyond its visibility rule
 * (apps/api/src/needs/need-policy.ts), each checked for every kind of member.
 */
describe('need leaks', () => {
  let app: TestApp;
  let world: World;
  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });
  const members: ViewerName[] = ['industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  it('the rule on a loaded need agrees with the SQL one, for every viewer and need', async () => {
    const auth = app.app.get(AuthService);
    const disagreements: string[] = [];
    for (const viewerName of Object.keys(world.tokens) as ViewerName[]) {
      const viewer = await auth.viewerFromToken(world.tokens[viewerName]);
      for (const [needName, stored] of Object.entries(world.needs)) {
        const fresh = await app.db.getRepository(Need).findOneByOrFail({ id: stored.id });
        const bySql = errorCode(await app.gql('query($id: ID!) { need(id: $id) { id } }', { id: stored.id }, as(viewerName))) === undefined;
        if (canSeeNeed(viewer, fresh, true) !== bySql) disagreements.push(`${viewerName} × ${needName}: SQL ${bySql}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  describe('a match closed before it was proposed (finding 2)', () => {
    const MY = '{ myMatches(first: 50) { edges { node { id need { title description } } } } }';
    const GET = 'query($id: ID!) { match(id: $id) { id need { title } } }';

    it('stays unknown to both sides: not in myMatches, NOT_FOUND by id', async () => {
      const created = await app.ok('mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }', { input: { needId: world.needs.staffOnly.id, researcherProfileId: world.profiles.researcherMember.id } }, as('staff'));
      const id = created.createMatch.id;
      await app.ok('mutation($id: ID!) { closeMatch(id: $id, input: { outcome: NOT_PURSUED }) { status } }', { id }, as('staff'));
      for (const viewer of members) {
        const mine = await app.gql(MY, {}, as(viewer));
        expect([viewer, JSON.stringify(mine)]).not.toEqual([viewer, expect.stringContaining(world.needs.staffOnly.title)]);
        expect([viewer, errorCode(await app.gql(GET, { id }, as(viewer)))]).toEqual([viewer, 'NOT_FOUND']);
      }
      // Staff still see it on the board.
      expect((await app.ok(GET, { id }, as('staff'))).match.need.title).toBe(world.needs.staffOnly.title);
    });

    it('a match proposed, then closed, stays with both sides', async () => {
      const created = await app.ok('mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }', { input: { needId: world.needs.public.id, researcherProfileId: world.profiles.researcherMember.id } }, as('staff'));
      const id = created.createMatch.id;
      await app.ok('mutation($id: ID!) { proposeMatch(id: $id) { status } }', { id }, as('staff'));
      await app.ok('mutation($id: ID!) { closeMatch(id: $id, input: { outcome: NOT_PURSUED }) { status } }', { id }, as('staff'));
      for (const viewer of ['industrialOwner', 'researcherMember'] as const) {
        expect((await app.ok(GET, { id }, as(viewer))).match.id).toBe(id);
      }
    });
  });

  describe('Interest.need (finding 3)', () => {
    const INTERESTS = '{ interests(first: 50) { edges { node { id need { id title description } } } } }';

    it('follows the need: once STAFF_ONLY, edited and archived, the researcher no longer reads it', async () => {
      const posted = await need(app.db, world.organisations.owner, world.users.industrialOwner, 'Séchage solaire du cactus', NeedVisibility.PUBLIC);
      await app.ok('mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }', { input: { needId: posted.id, message: 'Nous avons un séchoir pilote.' } }, as('researcherMember'));
      expect(JSON.stringify(await app.ok(INTERESTS, {}, as('researcherMember')))).toContain('Séchage solaire du cactus');

      const secret = 'Texte confidentiel : fournisseur exclusif à Tiznit';
      await app.ok('mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id } }', { id: posted.id, input: { visibility: 'STAFF_ONLY', description: secret } }, as('industrialOwner'));
      const afterStaffOnly = await app.gql(INTERESTS, {}, as('researcherMember'));
      expect(JSON.stringify(afterStaffOnly)).not.toContain(secret);
      expect(JSON.stringify(afterStaffOnly)).not.toContain('Séchage solaire du cactus');

      await app.ok('mutation($id: ID!) { archiveNeed(id: $id) { id } }', { id: posted.id }, as('industrialOwner'));
      expect(JSON.stringify(await app.gql(INTERESTS, {}, as('researcherMember')))).not.toContain(secret);

      // Staff still read the interest and its need in full.
      expect(JSON.stringify(await app.ok(INTERESTS, {}, as('staff')))).toContain(secret);
    });
  });

  describe('anonymous needs in search (finding 4)', () => {
    const SEARCH = `query($filters: NeedSearchFilters) { searchNeeds(filters: $filters, first: 50) {
      total hits { need { id } } facets { name values { value count } } } }`;

    it('carry neither region nor organisation kind: filters and facets cannot single out their organisation', async () => {
      // The only start-up of its region posts an anonymous need.
      const startup = await app.db.getRepository(Organisation).save({
        name: 'Cosmétiques Dakhla Start', kind: OrganisationKind.STARTUP, sectors: ['COSMETICS'] as never, city: 'Dakhla', region: 'Dakhla-Oued Ed-Dahab',
        size: null, description: '', website: null, membershipStatus: 'ACTIVE' as never,
      });
      const anonymous = await need(app.db, startup, world.users.industrialOwner, 'Conservateur naturel pour crème solaire', NeedVisibility.PUBLIC, { anonymous: true });
      const named = await need(app.db, startup, world.users.industrialOwner, 'Emballage recyclable pour savon', NeedVisibility.PUBLIC);
      await app.db.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('need', $1), ('need', $2)`, [anonymous.id, named.id]);
      await app.app.get(SearchIndexer).drain();

      for (const viewer of ['researcherMember', 'industrialMember'] as const) {
        const byRegion = (await app.ok(SEARCH, { filters: { region: ['Dakhla-Oued Ed-Dahab'] } }, as(viewer))).searchNeeds;
        expect(byRegion.hits.map((h: { need: { id: string } }) => h.need.id)).toEqual([named.id]);
        const byKind = (await app.ok(SEARCH, { filters: { organisationKind: ['STARTUP'] } }, as(viewer))).searchNeeds;
        expect(byKind.hits.map((h: { need: { id: string } }) => h.need.id)).toEqual([named.id]);
        const all = (await app.ok(SEARCH, {}, as(viewer))).searchNeeds;
        const facet = (name: string) => all.facets.find((f: { name: string }) => f.name === name)?.values ?? [];
        expect(facet('region')).toContainEqual({ value: 'Dakhla-Oued Ed-Dahab', count: 1 });
        expect(facet('organisationKind')).toContainEqual({ value: 'STARTUP', count: 1 });
      }

      // The document itself, as stored in the engine (the same builder feeds Meilisearch).
      const engine = app.app.get<SearchEngine>(SEARCH_ENGINE);
      const indexes = app.app.get(SearchIndexes);
      const stored = await engine.search(indexes.needs, { query: '', limit: 1000 });
      const document = stored.hits.map((h) => h.document).find((d) => d.id === anonymous.id)!;
      expect(document).toBeDefined();
      expect(document).toMatchObject({ organisationName: '', city: '', region: '', organisationKind: '' });
    });
  });
});
