import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const LIST = `query { researcherProfiles(first: 100) { edges { node { id } } } }`;
const LIST_ARCHIVED = `query { researcherProfiles(first: 100, filter: { includeArchived: true }) { edges { node { id } } } }`;
const SINGLE = `query($id: ID!) { researcherProfile(id: $id) { id } }`;
const SEARCH = `query { searchResearchers(query: "") { total hits { researcher { id } } facets { name values { value count } } } }`;
const SUSPEND = `mutation($id: ID!) { suspendUser(id: $id) { status } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(id: $id) { status } }`;
const ARCHIVE = `mutation($id: ID!) { archiveResearcherProfile(id: $id) { id } }`;

type Path = 'list' | 'list with archived' | 'single' | 'search hits' | 'search total and facets';
const PATHS: Path[] = ['list', 'list with archived', 'single', 'search hits', 'search total and facets'];
const OTHERS: ViewerName[] = ['industrialOwner', 'industrialLapsed', 'researcherLapsed'];
const STAFF: ViewerName[] = ['staff', 'admin'];

/**
 * profile-policy.ts, path by path: who sees the profile of researcherMember (an Agadir lab's
 * chemist) when it is listed, when its owner is suspended (finding 15) and when it is archived.
 */
describe('who sees a researcher profile', () => {
  let app: TestApp;
  let world: World;
  let profileId: string;
  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });
  const drain = () => app.app.get(SearchIndexer).drain();

  /** Whether `viewer` meets the profile through `path`. */
  async function sees(viewer: ViewerName, path: Path): Promise<boolean> {
    const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id);
    switch (path) {
      case 'list':
        return ids((await app.ok(LIST, {}, as(viewer))).researcherProfiles.edges).includes(profileId);
      case 'list with archived':
        return ids((await app.ok(LIST_ARCHIVED, {}, as(viewer))).researcherProfiles.edges).includes(profileId);
      case 'single': {
        const result = await app.gql(SINGLE, { id: profileId }, as(viewer));
        if (result.errors) expect(errorCode(result)).toBe('NOT_FOUND');
        return !result.errors;
      }
      case 'search hits':
        return (await app.ok(SEARCH, {}, as(viewer))).searchResearchers.hits.some((h: { researcher: { id: string } }) => h.researcher.id === profileId);
      case 'search total and facets': {
        // Counted at all: the total and the facet counts are those of the listed state.
        const { total, facets } = (await app.ok(SEARCH, {}, as(viewer))).searchResearchers;
        return total === listed.total && JSON.stringify(facets) === JSON.stringify(listed.facets);
      }
    }
  }
  let listed: { total: number; facets: unknown };

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    profileId = world.profiles.researcherMember.id;
    await drain();
    listed = (await app.ok(SEARCH, {}, as('industrialOwner'))).searchResearchers;
  });
  afterAll(() => app.close());

  describe('listed (active account, not archived)', () => {
    it.each([...OTHERS, ...STAFF].flatMap((viewer) => PATHS.map((path) => [viewer, path] as const)))('%s sees it through %s', async (viewer, path) => {
      expect(await sees(viewer, path)).toBe(true);
    });
  });

  describe('owner suspended', () => {
    beforeAll(async () => {
      await app.ok(SUSPEND, { id: world.users.researcherMember.id }, as('staff'));
      await drain();
    });
    afterAll(async () => {
      await app.ok(REACTIVATE, { id: world.users.researcherMember.id }, as('staff'));
      await drain();
    });

    it.each(OTHERS.flatMap((viewer) => PATHS.map((path) => [viewer, path] as const)))('%s no longer meets it through %s', async (viewer, path) => {
      expect(await sees(viewer, path)).toBe(false);
    });
    it.each(STAFF.flatMap((viewer) => (['list', 'single'] as Path[]).map((path) => [viewer, path] as const)))('%s still reads it through %s', async (viewer, path) => {
      expect(await sees(viewer, path)).toBe(true);
    });
  });

  describe('archived by its owner', () => {
    beforeAll(async () => {
      await app.ok(ARCHIVE, { id: profileId }, as('researcherMember'));
      await drain();
    });

    it.each(OTHERS.flatMap((viewer) => PATHS.map((path) => [viewer, path] as const)))('%s no longer meets it through %s', async (viewer, path) => {
      expect(await sees(viewer, path)).toBe(false);
    });
    it.each(['list with archived', 'single'] as Path[])('its owner still reads it through %s', async (path) => {
      expect(await sees('researcherMember', path)).toBe(true);
    });
    it.each(STAFF.flatMap((viewer) => (['list with archived', 'single'] as Path[]).map((path) => [viewer, path] as const)))('%s still reads it through %s', async (viewer, path) => {
      expect(await sees(viewer, path)).toBe(true);
    });
  });
});
