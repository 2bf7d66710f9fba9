import { MatchEvent } from '../apps/api/src/brokering/match-event.entity';
import { Match } from '../apps/api/src/brokering/match.entity';
import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { buildWorld, need, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

type Status = 'SUGGESTED' | 'SHORTLISTED' | 'PROPOSED' | 'DECLINED' | 'INTRODUCED' | 'COLLABORATING' | 'CLOSED';

/** Every command of the pipeline as staff send it through GraphQL. */
const COMMANDS: Record<string, { query: string; input?: Record<string, unknown> }> = {
  shortlist: { query: 'mutation($id: ID!) { m: shortlistMatch(id: $id) { status } }' },
  unshortlist: { query: 'mutation($id: ID!) { m: unshortlistMatch(id: $id) { status } }' },
  propose: { query: 'mutation($id: ID!) { m: proposeMatch(id: $id) { status } }' },
  industrialYes: { query: 'mutation($id: ID!, $input: AnswerMatchInput!) { m: answerMatch(id: $id, input: $input) { status } }', input: { answer: 'INTERESTED', side: 'INDUSTRIAL' } },
  industrialNo: { query: 'mutation($id: ID!, $input: AnswerMatchInput!) { m: answerMatch(id: $id, input: $input) { status } }', input: { answer: 'DECLINED', reason: 'BUDGET', side: 'INDUSTRIAL' } },
  researcherYes: { query: 'mutation($id: ID!, $input: AnswerMatchInput!) { m: answerMatch(id: $id, input: $input) { status } }', input: { answer: 'INTERESTED', side: 'RESEARCHER' } },
  researcherNo: { query: 'mutation($id: ID!, $input: AnswerMatchInput!) { m: answerMatch(id: $id, input: $input) { status } }', input: { answer: 'DECLINED', reason: 'NO_CAPACITY', side: 'RESEARCHER' } },
  start: { query: 'mutation($id: ID!, $input: StartCollaborationInput!) { m: startCollaboration(matchId: $id, input: $input) { status } }', input: { title: 'Projet pilote', startDate: '2027-01-04' } },
  success: { query: 'mutation($id: ID!, $input: CloseMatchInput!) { m: closeMatch(id: $id, input: $input) { status } }', input: { outcome: 'SUCCESS' } },
  abandoned: { query: 'mutation($id: ID!, $input: CloseMatchInput!) { m: closeMatch(id: $id, input: $input) { status } }', input: { outcome: 'ABANDONED', note: 'Le partenaire industriel a changé de priorités' } },
  notPursued: { query: 'mutation($id: ID!, $input: CloseMatchInput!) { m: closeMatch(id: $id, input: $input) { status } }', input: { outcome: 'NOT_PURSUED' } },
};

/** From DESIGN.md's lifecycle: in each status, the commands accepted and the status they lead to. */
const LEGAL: Record<Status, Record<string, Status>> = {
  SUGGESTED: { shortlist: 'SHORTLISTED', notPursued: 'CLOSED' },
  SHORTLISTED: { unshortlist: 'SUGGESTED', propose: 'PROPOSED', notPursued: 'CLOSED' },
  PROPOSED: { industrialYes: 'PROPOSED', researcherYes: 'PROPOSED', industrialNo: 'DECLINED', researcherNo: 'DECLINED', notPursued: 'CLOSED' },
  DECLINED: {},
  INTRODUCED: { start: 'COLLABORATING', abandoned: 'CLOSED' },
  COLLABORATING: { success: 'CLOSED', abandoned: 'CLOSED' },
  CLOSED: {},
};

/** How staff bring a fresh match to each status, through the API. */
const ROUTE: Record<Status, string[]> = {
  SUGGESTED: ['unshortlist'],
  SHORTLISTED: [],
  PROPOSED: ['propose'],
  DECLINED: ['propose', 'industrialNo'],
  INTRODUCED: ['propose', 'industrialYes', 'researcherYes'],
  COLLABORATING: ['propose', 'industrialYes', 'researcherYes', 'start'],
  CLOSED: ['notPursued'],
};

const CASES = (Object.keys(LEGAL) as Status[]).flatMap((status) => Object.keys(COMMANDS).map((command) => [status, command] as const));

describe('the match lifecycle through GraphQL: every command in every status', () => {
  let app: TestApp;
  let world: World;
  let count = 0;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  const send = (command: string, id: string) => {
    const { query, input } = COMMANDS[command];
    return app.gql(query, { id, ...(input ? { input } : {}) }, { token: world.tokens.staff });
  };

  async function matchIn(status: Status): Promise<string> {
    count += 1;
    const posted = await need(app.db, world.organisations.owner, world.users.industrialOwner, `Besoin du cycle de vie n° ${count}`, NeedVisibility.PUBLIC);
    const created = await app.ok('mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }', {
      input: { needId: posted.id, researcherProfileId: world.profiles.researcherMember.id },
    }, { token: world.tokens.staff });
    const id = created.createMatch.id;
    for (const step of ROUTE[status]) {
      const result = await send(step, id);
      if (result.errors) throw new Error(`route to ${status}: ${step} failed: ${JSON.stringify(result.errors)}`);
    }
    return id;
  }

  it.each(CASES)('%s + %s', async (status, command) => {
    const id = await matchIn(status);
    const before = await app.db.getRepository(Match).findOneByOrFail({ id });
    const eventsBefore = await app.db.getRepository(MatchEvent).countBy({ matchId: id });
    const result = await send(command, id);
    const expected = LEGAL[status][command];
    if (expected) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.m.status).toBe(expected);
      expect(await app.db.getRepository(MatchEvent).countBy({ matchId: id })).toBe(eventsBefore + 1);
      return;
    }
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await app.db.getRepository(Match).findOneByOrFail({ id })).toEqual(before);
    expect(await app.db.getRepository(MatchEvent).countBy({ matchId: id })).toBe(eventsBefore);
  });
});
