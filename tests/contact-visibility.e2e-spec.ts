import { User } from '../apps/api/src/members/user.entity';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const CONTACT = '{ email phone }';
const CARDS = `contacts { industrial ${CONTACT} researcher ${CONTACT} }`;
const QUERIES = {
  me: `query { me ${CONTACT} }`,
  'need.author': `query($need: ID!) { need(id: $need) { author ${CONTACT} } }`,
  'profile.researcher': `query($profile: ID!) { researcherProfile(id: $profile) { researcher ${CONTACT} } }`,
  'organisation.people': `query($owner: ID!, $lab: ID!) { owner: organisation(id: $owner) { people ${CONTACT} } lab: organisation(id: $lab) { people ${CONTACT} } }`,
  'users list': `query { users(first: 100) { edges { node ${CONTACT} } } }`,
  'interest.requestedBy': `query { interests(first: 100) { edges { node { requestedBy ${CONTACT} } } } }`,
  'match.contacts': `query($match: ID!) { match(id: $match) { ${CARDS} } }`,
  'myMatches contacts': `query { myMatches(first: 100) { edges { node { ${CARDS} } } } }`,
  'pipeline contacts': `query { pipeline(first: 100) { edges { node { ${CARDS} } } } }`,
  'search hits': `query { searchNeeds(query: "", first: 50) { hits { need { author ${CONTACT} } } } searchResearchers(query: "") { hits { researcher { researcher ${CONTACT} } } } }`,
  notifications: `query { notifications(first: 100) { edges { node { title body } } } }`,
  'myPersonalData export': `query { myPersonalData { json } }`,
} as const;
type Path = keyof typeof QUERIES;
const PATHS = Object.keys(QUERIES) as Path[];

type Viewer = ViewerName | 'anonymous';
type Subject = 'industrialOwner' | 'researcherMember';
type State = 'SHORTLISTED' | 'PROPOSED (the researcher said yes)' | 'INTRODUCED' | 'CLOSED after the introduction';
const VIEWERS: Viewer[] = ['anonymous', 'industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed', 'staff', 'admin'];
const SUBJECTS: Subject[] = ['industrialOwner', 'researcherMember'];
const STAFF: Viewer[] = ['staff', 'admin'];
/** Distinct numbers, so that a phone found in an answer says whose it is. */
const PHONES: Record<Subject, string> = { industrialOwner: '+212 661 11 22 33', researcherMember: '+212 662 44 55 66' };

/**
 * contact.policy.ts, path by path: whether `viewer` reads the e-mail or phone of `subject` — the
 * cooperative's need author and the lab's researcher, the two sides of one match on the public
 * need — as the match goes through the double opt-in.
 */
function expected(viewer: Viewer, subject: Subject, state: State, path: Path): boolean {
  if (viewer === 'anonymous') return false;
  const staff = STAFF.includes(viewer);
  const self = viewer === subject;
  const side = viewer === 'industrialOwner' || viewer === 'researcherMember';
  const introduced = state === 'INTRODUCED' || state === 'CLOSED after the introduction';
  switch (path) {
    case 'me':
      return self;
    case 'need.author':
      return subject === 'industrialOwner' && (staff || self);
    case 'profile.researcher':
    case 'interest.requestedBy':
      return subject === 'researcherMember' && (staff || self);
    case 'search hits':
      return staff || self;
    case 'organisation.people':
    case 'users list':
    case 'pipeline contacts':
      return staff;
    case 'match.contacts':
      return staff || (side && introduced);
    case 'myMatches contacts':
      return side && introduced;
    case 'notifications':
      // MATCH_INTRODUCED tells each side how to reach the other (never themself, never the staff).
      return side && !self && introduced;
    case 'myPersonalData export':
      // One's own account, and what one was told: the notifications above.
      return self || (side && introduced);
  }
}

describe("who reads a person's e-mail and phone", () => {
  let app: TestApp;
  let world: World;
  let matchId: string;
  const as = (viewer: Viewer) => (viewer === 'anonymous' ? {} : { token: world.tokens[viewer] });

  /** What `viewer` reads through `path`, as one text to look for contact details in. */
  async function answer(viewer: Viewer, path: Path): Promise<string> {
    const variables = {
      need: world.needs.public.id,
      profile: world.profiles.researcherMember.id,
      owner: world.organisations.owner.id,
      lab: world.organisations.lab.id,
      match: matchId,
    };
    const query = QUERIES[path];
    const used = Object.fromEntries(Object.entries(variables).filter(([name]) => query.includes(`$${name}`)));
    const result = await app.gql(query, used, as(viewer));
    if (result.errors) expect(['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN']).toContain(errorCode(result));
    return JSON.stringify(result.data ?? null);
  }

  const reads = (text: string, subject: Subject) => text.includes(world.users[subject].email) || text.includes(PHONES[subject]);

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    for (const subject of SUBJECTS) await app.db.getRepository(User).update({ id: world.users[subject].id }, { phone: PHONES[subject] });
    await app.ok(
      `mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }`,
      { input: { needId: world.needs.members.id, message: 'Notre laboratoire a une longue pratique de ce sujet et souhaite en discuter.' } },
      as('researcherMember'),
    );
    matchId = (
      await app.ok(
        `mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }`,
        { input: { needId: world.needs.public.id, researcherProfileId: world.profiles.researcherMember.id } },
        as('staff'),
      )
    ).createMatch.id;
    await app.app.get(SearchIndexer).drain();
  });
  afterAll(() => app.close());

  const answerMatch = (side: Subject) => app.ok(`mutation($id: ID!) { answerMatch(id: $id, input: { answer: INTERESTED }) { status } }`, { id: matchId }, as(side));
  const steps: [State, () => Promise<unknown>][] = [
    ['SHORTLISTED', async () => undefined],
    [
      'PROPOSED (the researcher said yes)',
      async () => {
        await app.ok(`mutation($id: ID!) { proposeMatch(id: $id) { status } }`, { id: matchId }, as('staff'));
        await answerMatch('researcherMember');
      },
    ],
    ['INTRODUCED', () => answerMatch('industrialOwner')],
    [
      'CLOSED after the introduction',
      () => app.ok(`mutation($id: ID!) { closeMatch(id: $id, input: { outcome: ABANDONED, note: "Pas de budget" }) { status } }`, { id: matchId }, as('staff')),
    ],
  ];

  describe.each(steps)('%s', (state, step) => {
    beforeAll(() => step());
    it.each(VIEWERS.flatMap((viewer) => PATHS.flatMap((path) => SUBJECTS.map((subject) => [viewer, subject, path, expected(viewer, subject, state, path)] as const))))(
      "%s reads %s's contact through %s → %s",
      async (viewer, subject, path, visible) => {
        expect(reads(await answer(viewer, path), subject)).toBe(visible);
      },
    );
  });
});
