import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

/**
 * brokering/interest-policy.ts, path by path: an expression of interest (the member researcher on
 * the cooperative's public need) and an introduction request (the cooperative asking for that
 * researcher on the same need), while the need is public, after it turned STAFF_ONLY, and once
 * archived. Staff read the whole queue; the researcher their own expression of interest while the
 * need is visible to them; the cooperative its own request (its need stays visible to it); nobody
 * else either. Dismissing is staff work: a refused call changes nothing.
 */
type Viewer = ViewerName | 'anonymous';
type State = 'public need' | 'need turned STAFF_ONLY' | 'need archived';
type Record = 'expression of interest' | 'introduction request';
type Path = 'interests list' | 'list filtered by its need' | 'list filtered by its kind' | 'dismissInterest (refused unless staff: nothing changes)';

const STATES: State[] = ['public need', 'need turned STAFF_ONLY', 'need archived'];
const RECORDS: Record[] = ['expression of interest', 'introduction request'];
const PATHS: Path[] = ['interests list', 'list filtered by its need', 'list filtered by its kind', 'dismissInterest (refused unless staff: nothing changes)'];
const VIEWERS: Viewer[] = ['anonymous', 'researcherMember', 'researcherLapsed', 'industrialOwner', 'industrialMember', 'industrialLapsed', 'staff', 'admin'];
const KIND: { [R in Record]: string } = { 'expression of interest': 'EXPRESSION_OF_INTEREST', 'introduction request': 'INTRODUCTION_REQUEST' };

function expected(viewer: Viewer, state: State, record: Record, path: Path): boolean {
  const staff = viewer === 'staff' || viewer === 'admin';
  if (path.startsWith('dismissInterest')) return false; // probed by non-staff only (below): never reaches it
  if (staff) return true;
  if (record === 'expression of interest') return viewer === 'researcherMember' && state === 'public need';
  return viewer === 'industrialOwner';
}

describe('who reads an expression of interest or an introduction request, state by state and path by path', () => {
  let app: TestApp;
  let world: World;
  const ids = {} as { [R in Record]: string };
  const as = (viewer: Viewer) => (viewer === 'anonymous' ? {} : { token: world.tokens[viewer] });

  async function reads(viewer: Viewer, record: Record, path: Path): Promise<boolean> {
    const id = ids[record];
    if (path.startsWith('dismissInterest')) {
      const before = await app.db.query('SELECT status, updated_at FROM need_interests WHERE id = $1', [id]);
      const result = await app.gql('mutation($id: ID!) { dismissInterest(id: $id) { id status } }', { id }, as(viewer));
      expect(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(result));
      expect(await app.db.query('SELECT status, updated_at FROM need_interests WHERE id = $1', [id])).toEqual(before);
      return result.data != null;
    }
    const variables = path === 'list filtered by its need' ? { needId: world.needs.public.id } : path === 'list filtered by its kind' ? { kind: KIND[record] } : {};
    const result = await app.gql(
      'query($needId: ID, $kind: InterestKind) { interests(first: 100, needId: $needId, kind: $kind) { edges { node { id need { id } } } } }',
      variables,
      as(viewer),
    );
    if (viewer === 'anonymous') {
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      return false;
    }
    expect(result.errors).toBeUndefined();
    return result.data!.interests.edges.some((e: { node: { id: string } }) => e.node.id === id);
  }

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    const needId = world.needs.public.id;
    ids['expression of interest'] = (
      await app.ok('mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }', { input: { needId, message: 'Nous avons un Rancimat et un protocole prêt.' } }, as('researcherMember'))
    ).expressInterest.id;
    ids['introduction request'] = (
      await app.ok(
        'mutation($input: RequestIntroductionInput!) { requestIntroduction(input: $input) { id } }',
        { input: { needId, researcherProfileId: world.profiles.researcherMember.id, message: 'Pourriez-vous nous présenter ce laboratoire ?' } },
        as('industrialOwner'),
      )
    ).requestIntroduction.id;
  });
  afterAll(() => app.close());

  async function setState(state: State): Promise<void> {
    const visibility = state === 'need turned STAFF_ONLY' ? NeedVisibility.STAFF_ONLY : NeedVisibility.PUBLIC;
    await app.db.query('UPDATE needs SET visibility = $2, archived_at = $3 WHERE id = $1', [world.needs.public.id, visibility, state === 'need archived' ? new Date() : null]);
  }

  describe.each(STATES)('%s', (state) => {
    beforeAll(() => setState(state));
    afterAll(() => setState('public need'));
    const cases = RECORDS.flatMap((record) =>
      VIEWERS.flatMap((viewer) =>
        PATHS.filter((path) => !path.startsWith('dismissInterest') || (viewer !== 'staff' && viewer !== 'admin')).map((path) => [record, viewer, path, expected(viewer, state, record, path)] as const),
      ),
    );
    it.each(cases)('%s: %s through %s → %s', async (record, viewer, path, visible) => {
      expect(await reads(viewer, record, path)).toBe(visible);
    });
  });
});
