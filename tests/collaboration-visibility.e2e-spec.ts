import { Milestone } from '../apps/api/src/brokering/milestone.entity';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const SINGLE = `query($id: ID!) { collaboration(id: $id) { id title milestones { id title } } }`;
const NESTED = `query($match: ID!) { match(id: $match) { collaboration { id } } }`;
const MINE = `query { myMatches(first: 100) { edges { node { collaboration { id } } } } }`;
const PIPELINE = `query { pipeline(first: 100) { edges { node { collaboration { id } } } } }`;
const NOTIFICATIONS = `query { notifications(first: 100) { edges { node { kind matchId } } } }`;
const ADD_MILESTONE = `mutation($id: ID!) { addMilestone(collaborationId: $id, input: { title: "Essais de stabilité", dueDate: "2027-06-30" }) { id } }`;
const UPDATE_MILESTONE = `mutation($id: ID!) { updateMilestone(id: $id, input: { status: IN_PROGRESS, title: "Protocole validé" }) { id } }`;

type Viewer = ViewerName | 'anonymous';
type State = 'COLLABORATING' | 'CLOSED (SUCCESS)';
type Path =
  | 'collaboration(id)'
  | 'match.collaboration'
  | 'myMatches collaboration'
  | 'pipeline collaboration'
  | 'COLLABORATION_STARTED notification'
  | 'addMilestone'
  | 'updateMilestone';
const PATHS: Path[] = ['collaboration(id)', 'match.collaboration', 'myMatches collaboration', 'pipeline collaboration', 'COLLABORATION_STARTED notification', 'addMilestone', 'updateMilestone'];
const VIEWERS: Viewer[] = ['anonymous', 'industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed', 'staff', 'admin'];
const STAFF: Viewer[] = ['staff', 'admin'];
const SIDES: Viewer[] = ['industrialOwner', 'researcherMember'];

/** collaboration.policy.ts: its two parties and staff, through every path; nobody else even learns it exists. */
function expected(viewer: Viewer, path: Path): boolean {
  if (STAFF.includes(viewer)) return path !== 'myMatches collaboration' && path !== 'COLLABORATION_STARTED notification';
  if (SIDES.includes(viewer)) return path !== 'pipeline collaboration';
  return false;
}

describe('who reads and edits a collaboration', () => {
  let app: TestApp;
  let world: World;
  let matchId: string;
  let collaborationId: string;
  let milestoneId: string;
  const as = (viewer: Viewer) => (viewer === 'anonymous' ? {} : { token: world.tokens[viewer] });

  function refused(result: { errors?: unknown[] }, codes = ['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN']): false {
    expect(codes).toContain(errorCode(result as never));
    return false;
  }

  async function reaches(viewer: Viewer, path: Path): Promise<boolean> {
    const edgesHold = (edges: { node: { collaboration: { id: string } | null } }[]) => edges.some((e) => e.node.collaboration?.id === collaborationId);
    switch (path) {
      case 'collaboration(id)': {
        const result = await app.gql(SINGLE, { id: collaborationId }, as(viewer));
        return result.errors ? refused(result, ['UNAUTHENTICATED', 'NOT_FOUND']) : result.data!.collaboration.id === collaborationId;
      }
      case 'match.collaboration': {
        const result = await app.gql(NESTED, { match: matchId }, as(viewer));
        return result.errors ? refused(result, ['UNAUTHENTICATED', 'NOT_FOUND']) : result.data!.match.collaboration?.id === collaborationId;
      }
      case 'myMatches collaboration': {
        const result = await app.gql(MINE, {}, as(viewer));
        return result.errors ? refused(result) : edgesHold(result.data!.myMatches.edges);
      }
      case 'pipeline collaboration': {
        const result = await app.gql(PIPELINE, {}, as(viewer));
        return result.errors ? refused(result) : edgesHold(result.data!.pipeline.edges);
      }
      case 'COLLABORATION_STARTED notification': {
        const result = await app.gql(NOTIFICATIONS, {}, as(viewer));
        if (result.errors) return refused(result);
        return result.data!.notifications.edges.some((e: { node: { kind: string; matchId: string } }) => e.node.kind === 'COLLABORATION_STARTED' && e.node.matchId === matchId);
      }
      case 'addMilestone': {
        const before = await app.db.getRepository(Milestone).countBy({ collaborationId });
        const result = await app.gql(ADD_MILESTONE, { id: collaborationId }, as(viewer));
        if (!result.errors) return true;
        expect(await app.db.getRepository(Milestone).countBy({ collaborationId })).toBe(before); // refused: nothing changed
        return refused(result, ['UNAUTHENTICATED', 'NOT_FOUND']);
      }
      case 'updateMilestone': {
        const before = await app.db.getRepository(Milestone).findOneByOrFail({ id: milestoneId });
        const result = await app.gql(UPDATE_MILESTONE, { id: milestoneId }, as(viewer));
        if (!result.errors) {
          await app.db.getRepository(Milestone).save(before); // as it was, for the next viewer
          return true;
        }
        expect(await app.db.getRepository(Milestone).findOneByOrFail({ id: milestoneId })).toEqual(before);
        return refused(result, ['UNAUTHENTICATED', 'NOT_FOUND']);
      }
    }
  }

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    const staff = as('staff');
    matchId = (
      await app.ok(`mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }`, { input: { needId: world.needs.public.id, researcherProfileId: world.profiles.researcherMember.id } }, staff)
    ).createMatch.id;
    await app.ok(`mutation($id: ID!) { proposeMatch(id: $id) { status } }`, { id: matchId }, staff);
    for (const side of ['industrialOwner', 'researcherMember'] as const) {
      await app.ok(`mutation($id: ID!) { answerMatch(id: $id, input: { answer: INTERESTED }) { status } }`, { id: matchId }, as(side));
    }
    await app.ok(
      `mutation($id: ID!) { startCollaboration(matchId: $id, input: { title: "Huile d'argan stabilisée", startDate: "2027-01-04", milestones: [{ title: "Protocole", dueDate: "2027-02-01" }] }) { status } }`,
      { id: matchId },
      staff,
    );
    const collaboration = (await app.ok(NESTED, { match: matchId }, staff)).match.collaboration;
    collaborationId = collaboration.id;
    milestoneId = (await app.ok(SINGLE, { id: collaborationId }, staff)).collaboration.milestones[0].id;
  });
  afterAll(() => app.close());

  const table = VIEWERS.flatMap((viewer) => PATHS.map((path) => [viewer, path, expected(viewer, path)] as const));

  describe('COLLABORATING', () => {
    it.each(table)('%s reaches it through %s → %s', async (viewer, path, visible) => {
      expect(await reaches(viewer, path)).toBe(visible);
    });
  });

  describe('CLOSED (SUCCESS)', () => {
    beforeAll(() => app.ok(`mutation($id: ID!) { closeMatch(id: $id, input: { outcome: SUCCESS, note: "Brevet déposé" }) { status } }`, { id: matchId }, as('staff')));
    it.each(table)('%s reaches it through %s → %s', async (viewer, path, visible) => {
      expect(await reaches(viewer, path)).toBe(visible);
    });
  });

  it('an unknown id answers NOT_FOUND exactly like a collaboration one may not see', async () => {
    const unknown = await app.gql(SINGLE, { id: '7d1c7f0e-5b1e-4c55-9a55-3b8f1c0e2a11' }, as('industrialMember'));
    const hidden = await app.gql(SINGLE, { id: collaborationId }, as('industrialMember'));
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(hidden.errors![0].message.replace(collaborationId, 'ID')).toBe(unknown.errors![0].message.replace('7d1c7f0e-5b1e-4c55-9a55-3b8f1c0e2a11', 'ID'));
  });
});
