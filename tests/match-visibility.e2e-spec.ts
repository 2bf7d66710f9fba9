import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }`;
const PROPOSE = `mutation($id: ID!) { proposeMatch(id: $id) { status } }`;
const ANSWER = `mutation($id: ID!) { answerMatch(id: $id, input: { answer: INTERESTED }) { status } }`;
const CLOSE = `mutation($id: ID!, $outcome: MatchOutcome!) { closeMatch(id: $id, input: { outcome: $outcome, note: "Note interne du cluster" }) { status } }`;
const SINGLE = `query($id: ID!) { match(id: $id) { id status contacts { industrial { email organisation } researcher { email } } timeline { event } outcomeNote need { id organisation { id } } } }`;
const MINE = `query { myMatches(first: 100) { edges { node { id } } } }`;
const PIPELINE = `query { pipeline(first: 100) { edges { node { id } } } }`;

type State = 'SHORTLISTED' | 'PROPOSED' | 'INTRODUCED' | 'CLOSED after the introduction' | 'CLOSED before the proposal';
type Path = 'myMatches' | 'match(id)' | 'contacts' | 'timeline' | 'outcome note' | 'pipeline' | "an anonymous need's organisation";

const SIDES: ViewerName[] = ['industrialOwner', 'researcherMember'];
const OTHERS: ViewerName[] = ['industrialMember', 'industrialLapsed', 'researcherLapsed'];
const STAFF: ViewerName[] = ['staff', 'admin'];

/** What each kind of viewer reads of a match, state by state (DESIGN.md: the pipeline and double opt-in). */
function expected(viewer: ViewerName, state: State, path: Path): boolean {
  if (STAFF.includes(viewer)) {
    if (path === 'myMatches') return false; // staff are no side of it: they follow it in the pipeline
    if (path === 'outcome note') return state.startsWith('CLOSED');
    return true;
  }
  if (OTHERS.includes(viewer) || path === 'pipeline' || path === 'timeline' || path === 'outcome note') return false;
  const known = state === 'PROPOSED' || state === 'INTRODUCED' || state === 'CLOSED after the introduction';
  if (path === 'myMatches' || path === 'match(id)') return known;
  // Contacts, and who posted an anonymous need, only once both sides said yes (and for the history after).
  const introduced = state === 'INTRODUCED' || state === 'CLOSED after the introduction';
  if (path === "an anonymous need's organisation" && viewer === 'industrialOwner') return known;
  return introduced;
}

describe('who reads a match, state by state and path by path', () => {
  let app: TestApp;
  let world: World;
  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });
  /** One match on a public need and one on an anonymous need, moved through the same states together. */
  let ids: { plain: string; anonymous: string };

  async function reads(viewer: ViewerName, path: Path): Promise<boolean> {
    const id = path === "an anonymous need's organisation" ? ids.anonymous : ids.plain;
    switch (path) {
      case 'myMatches': {
        const result = await app.gql(MINE, {}, as(viewer));
        if (result.errors) return false;
        return result.data!.myMatches.edges.some((e: { node: { id: string } }) => e.node.id === id);
      }
      case 'pipeline': {
        const result = await app.gql(PIPELINE, {}, as(viewer));
        if (result.errors) expect(errorCode(result)).toBe('FORBIDDEN');
        return !result.errors && result.data!.pipeline.edges.some((e: { node: { id: string } }) => e.node.id === id);
      }
      default: {
        const result = await app.gql(SINGLE, { id }, as(viewer));
        if (result.errors) {
          expect(errorCode(result)).toBe('NOT_FOUND');
          return false;
        }
        const match = result.data!.match;
        if (path === 'match(id)') return true;
        if (path === 'contacts') return match.contacts !== null;
        if (path === 'timeline') return match.timeline !== null;
        if (path === 'outcome note') return match.outcomeNote !== null;
        // The need itself stays anonymous (need-policy.ts); the introduction's contact card names the organisation.
        return match.need.organisation !== null || Boolean(match.contacts?.industrial.organisation);
      }
    }
  }

  const PATHS: Path[] = ['myMatches', 'match(id)', 'contacts', 'timeline', 'outcome note', 'pipeline', "an anonymous need's organisation"];
  const VIEWERS: ViewerName[] = [...STAFF, ...SIDES, ...OTHERS];
  const table = (state: State) => VIEWERS.flatMap((viewer) => PATHS.map((path) => [viewer, path, expected(viewer, state, path)] as const));

  async function both(query: string, extra: Record<string, unknown> = {}, viewer: ViewerName = 'staff') {
    for (const id of Object.values(ids)) await app.ok(query, { id, ...extra }, as(viewer));
  }

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    const create = async (needId: string) =>
      (await app.ok(CREATE, { input: { needId, researcherProfileId: world.profiles.researcherMember.id } }, as('staff'))).createMatch.id as string;
    ids = { plain: await create(world.needs.public.id), anonymous: await create(world.needs.anonymousPublic.id) };
  });
  afterAll(() => app.close());

  const check = (state: State) =>
    it.each(table(state))(`${state}: %s reads it through %s → %s`, async (viewer, path, visible) => {
      expect(await reads(viewer, path)).toBe(visible);
    });

  describe('SHORTLISTED (a staff pick)', () => check('SHORTLISTED'));
  describe('PROPOSED (one side has answered)', () => {
    beforeAll(async () => {
      await both(PROPOSE);
      await both(ANSWER, {}, 'researcherMember');
    });
    check('PROPOSED');
  });
  describe('INTRODUCED', () => {
    beforeAll(() => both(ANSWER, {}, 'industrialOwner'));
    check('INTRODUCED');
  });
  describe('CLOSED after the introduction', () => {
    beforeAll(() => both(CLOSE, { outcome: 'ABANDONED' }));
    check('CLOSED after the introduction');
  });
  describe('CLOSED before the proposal (finding 2)', () => {
    beforeAll(async () => {
      const create = async (needId: string) =>
        (await app.ok(CREATE, { input: { needId, researcherProfileId: world.profiles.researcherLapsed.id } }, as('staff'))).createMatch.id as string;
      ids = { plain: await create(world.needs.public.id), anonymous: await create(world.needs.anonymousPublic.id) };
      await both(CLOSE, { outcome: 'NOT_PURSUED' });
    });
    it.each(VIEWERS.flatMap((viewer) => PATHS.map((path) => [viewer, path] as const)))('%s reads it through %s only if staff', async (viewer, path) => {
      const visible = STAFF.includes(viewer) ? expected(viewer, 'CLOSED before the proposal', path) : false;
      expect(await reads(viewer, path)).toBe(visible);
    });
  });
});
