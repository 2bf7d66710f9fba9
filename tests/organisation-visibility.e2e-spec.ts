import { LanguageCode } from '../apps/api/src/common/language.enum';
import { Role, UserStatus } from '../apps/api/src/members/member.enums';
import { Organisation } from '../apps/api/src/members/organisation.entity';
import { User } from '../apps/api/src/members/user.entity';
import { Availability } from '../apps/api/src/profiles/profile.enums';
import { ResearcherProfile } from '../apps/api/src/profiles/researcher-profile.entity';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const SIGN_UP = `query { signUpOrganisations(query: "Tifawt") { id name kind city } }`;
const LIST = `query { organisations(first: 100) { edges { node { id } } } }`;
const LIST_ARCHIVED = `query { organisations(first: 100, filter: { includeArchived: true }) { edges { node { id } } } }`;
const LIST_BY_MEMBERSHIP = `query($status: MembershipStatus!) { organisations(first: 100, filter: { includeArchived: true, membershipStatus: $status }) { edges { node { id } } } }`;
const SINGLE = `query($id: ID!) { organisation(id: $id) { id name kind city } }`;
const MEMBERSHIP = `query($id: ID!) { organisation(id: $id) { id membershipStatus } }`;
const PEOPLE = `query($id: ID!) { organisation(id: $id) { id people { id } } }`;
const NEED = `query($id: ID!) { need(id: $id) { id organisation { id name } author { organisation { id } } } }`;
const PROFILE = `query($id: ID!) { researcherProfile(id: $id) { id organisation { id } researcher { organisation { id } } } }`;
const SEARCH = `query { searchNeeds(query: "", first: 50) { hits { need { id organisation { id } } } } }`;
const SEARCH_BY_NAME = `query { searchNeeds(query: "Tifawt", first: 50) { total hits { need { id } } } }`;
const RESEARCHERS_BY_NAME = `query { searchResearchers(query: "Tifawt") { hits { researcher { id } } } }`;
const EXPORTS = `query { exportNeeds { content } exportMatches { content } }`;
const MATCH = `query($id: ID!) { match(id: $id) { id need { organisation { id } } } }`;

type Viewer = ViewerName | 'anonymous';
type State = 'active' | 'lapsed (not a member)' | 'pending (proposed at sign-up)' | 'archived';
type Path =
  | 'signUpOrganisations (public)'
  | 'list'
  | 'list with archived'
  | 'list filtered by its membership'
  | 'single'
  | 'membershipStatus'
  | 'people'
  | 'need.organisation'
  | 'need.author.organisation'
  | "an anonymous need's organisation"
  | 'profile.organisation'
  | 'profile.researcher.organisation'
  | 'search hit need.organisation'
  | 'search by its name'
  | 'researcher search by its name'
  | 'match need.organisation'
  | 'CSV exports (needs, matches)';

const VIEWERS: Viewer[] = ['anonymous', 'industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed', 'staff', 'admin'];
const PATHS: Path[] = [
  'signUpOrganisations (public)',
  'list',
  'list with archived',
  'list filtered by its membership',
  'single',
  'membershipStatus',
  'people',
  'need.organisation',
  'need.author.organisation',
  "an anonymous need's organisation",
  'profile.organisation',
  'profile.researcher.organisation',
  'search hit need.organisation',
  'search by its name',
  'researcher search by its name',
  'match need.organisation',
  'CSV exports (needs, matches)',
];
const STATES: State[] = ['active', 'lapsed (not a member)', 'pending (proposed at sign-up)', 'archived'];
const STAFF: Viewer[] = ['staff', 'admin'];

/**
 * organisation.policy.ts, path by path. The subject is the argan cooperative of the fixtures
 * (industrialOwner is one of its people): it posted a public and an anonymous need, one of its
 * people also keeps a researcher profile, and its public need has an introduced match with
 * researcherMember.
 */
function expected(viewer: Viewer, state: State, path: Path): boolean {
  const listed = state === 'active' || state === 'lapsed (not a member)';
  // Visitors signing up choose among the organisations one may join: the same for everyone.
  if (path === 'signUpOrganisations (public)') return listed;
  if (viewer === 'anonymous') return false; // every other path asks for a signed-in person
  const staff = STAFF.includes(viewer);
  const own = viewer === 'industrialOwner';
  if (path === 'people' || path === 'CSV exports (needs, matches)') return staff;
  if (path === 'membershipStatus' || path === 'list filtered by its membership') return staff || own;
  if (path === "an anonymous need's organisation") return staff || own;
  if (path === 'list') return staff ? state !== 'archived' : own || listed;
  if (path === 'match need.organisation') return staff || own || (viewer === 'researcherMember' && listed);
  // Search documents are one for every reader: an unlisted organisation's name is in none of them
  // (staff find it on the organisations page, its own people their needs under "my needs").
  if (path === 'search by its name' || path === 'researcher search by its name') return listed;
  return staff || own || listed;
}

describe('who sees an organisation, state by state and path by path', () => {
  let app: TestApp;
  let world: World;
  let subject: Organisation;
  let profileId: string;
  let matchId: string;
  const as = (viewer: Viewer) => (viewer === 'anonymous' ? {} : { token: world.tokens[viewer] });

  async function reads(viewer: Viewer, path: Path): Promise<boolean> {
    const listed = async (query: string, variables: Record<string, unknown> = {}) => {
      const result = await app.gql(query, variables, as(viewer));
      if (result.errors) return refused(result);
      return result.data!.organisations.edges.some((e: { node: { id: string } }) => e.node.id === subject.id);
    };
    const nested = async (query: string, id: string, pick: (data: any) => { id: string } | null | undefined) => {
      const result = await app.gql(query, { id }, as(viewer));
      if (result.errors) return refused(result);
      return pick(result.data)?.id === subject.id;
    };
    switch (path) {
      case 'signUpOrganisations (public)': {
        const choices: { id: string }[] = (await app.ok(SIGN_UP, {}, as(viewer))).signUpOrganisations;
        return choices.some((choice) => choice.id === subject.id);
      }
      case 'list':
        return listed(LIST);
      case 'list with archived':
        return listed(LIST_ARCHIVED);
      case 'list filtered by its membership':
        return listed(LIST_BY_MEMBERSHIP, { status: subject.membershipStatus });
      case 'single':
        return nested(SINGLE, subject.id, (data) => data.organisation);
      case 'membershipStatus':
        return nested(MEMBERSHIP, subject.id, (data) => (data.organisation.membershipStatus === subject.membershipStatus ? data.organisation : null));
      case 'people':
        return nested(PEOPLE, subject.id, (data) => (data.organisation.people?.length ? data.organisation : null));
      case 'need.organisation':
        return nested(NEED, world.needs.public.id, (data) => data.need.organisation);
      case 'need.author.organisation':
        return nested(NEED, world.needs.public.id, (data) => data.need.author?.organisation);
      case "an anonymous need's organisation": {
        const result = await app.gql(NEED, { id: world.needs.anonymousPublic.id }, as(viewer));
        if (result.errors) return refused(result);
        const need = result.data!.need;
        // Named by its organisation or by its author's, it is traced.
        return need.organisation?.id === subject.id || need.author?.organisation?.id === subject.id;
      }
      case 'profile.organisation':
        return nested(PROFILE, profileId, (data) => data.researcherProfile.organisation);
      case 'profile.researcher.organisation':
        return nested(PROFILE, profileId, (data) => data.researcherProfile.researcher.organisation);
      case 'search hit need.organisation': {
        const result = await app.gql(SEARCH, {}, as(viewer));
        if (result.errors) return refused(result);
        const hits: { need: { id: string; organisation: { id: string } | null } }[] = result.data!.searchNeeds.hits;
        expect(hits.find((h) => h.need.id === world.needs.anonymousPublic.id)?.need.organisation ?? null).toEqual(
          STAFF.includes(viewer) || viewer === 'industrialOwner' ? { id: subject.id } : null,
        );
        return hits.some((h) => h.need.id === world.needs.public.id && h.need.organisation?.id === subject.id);
      }
      case 'search by its name': {
        // Its name found its (non-anonymous) needs: the reader learns they are the cooperative's.
        const result = await app.gql(SEARCH_BY_NAME, {}, as(viewer));
        if (result.errors) return refused(result);
        // Whoever asks, its name never finds its anonymous needs (their documents carry no poster).
        const anonymous = [world.needs.anonymousPublic.id, world.needs.anonymousMembers.id];
        expect(result.data!.searchNeeds.hits.filter((h: { need: { id: string } }) => anonymous.includes(h.need.id))).toEqual([]);
        return result.data!.searchNeeds.total > 0;
      }
      case 'researcher search by its name': {
        // Its name finds the profile of one of its people: the reader learns where they work.
        const result = await app.gql(RESEARCHERS_BY_NAME, {}, as(viewer));
        if (result.errors) return refused(result);
        return result.data!.searchResearchers.hits.some((h: { researcher: { id: string } }) => h.researcher.id === profileId);
      }
      case 'CSV exports (needs, matches)': {
        const result = await app.gql(EXPORTS, {}, as(viewer));
        if (result.errors) return refused(result);
        const { exportNeeds, exportMatches } = result.data!;
        return exportNeeds.content.includes(subject.name) && exportMatches.content.includes(subject.name);
      }
      case 'match need.organisation':
        return nested(MATCH, matchId, (data) => data.match.need.organisation);
    }
  }

  /** A refusal is one of the API's answers for "not yours to see", never an internal error. */
  function refused(result: { errors?: { extensions: { code: string } }[] }): false {
    expect(['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN']).toContain(errorCode(result as never));
    return false;
  }

  /** Through the staff's own mutations (audited, and followed by the search outbox), then the index catches up. */
  async function setState(state: State) {
    const staff = { token: world.tokens.staff };
    const membership = { active: 'ACTIVE', 'lapsed (not a member)': 'LAPSED', 'pending (proposed at sign-up)': 'PENDING', archived: 'ACTIVE' }[state];
    await app.ok(`mutation($id: ID!) { unarchiveOrganisation(id: $id) { id } }`, { id: subject.id }, staff);
    await app.ok(`mutation($id: ID!, $status: MembershipStatus!) { updateOrganisation(id: $id, input: { membershipStatus: $status }) { id } }`, { id: subject.id, status: membership }, staff);
    if (state === 'archived') await app.ok(`mutation($id: ID!) { archiveOrganisation(id: $id) { id } }`, { id: subject.id }, staff);
    subject = await app.db.getRepository(Organisation).findOneByOrFail({ id: subject.id });
    await app.app.get(SearchIndexer).drain();
  }

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    subject = world.organisations.owner;
    // One of the cooperative's people keeps a researcher profile (its R&D lead).
    const lead = await app.db.getRepository(User).save({
      email: 'rd-lead@test.example',
      passwordHash: world.users.industrialOwner.passwordHash,
      fullName: 'Test R&D lead',
      phone: null,
      role: Role.RESEARCHER,
      organisationId: subject.id,
      preferredLanguage: LanguageCode.fr,
      status: UserStatus.ACTIVE,
    });
    profileId = (
      await app.db.getRepository(ResearcherProfile).save({
        userId: lead.id,
        headline: 'Procédés de pressage à froid',
        expertise: 'Pressage à froid et filtration des huiles.',
        keywords: ['argan'],
        techniques: [],
        equipment: [],
        publications: [],
        languages: [LanguageCode.fr],
        availability: Availability.AVAILABLE,
        trlMin: 2,
        trlMax: 7,
      })
    ).id;
    const staff = { token: world.tokens.staff };
    matchId = (await app.ok(`mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }`, { input: { needId: world.needs.public.id, researcherProfileId: world.profiles.researcherMember.id } }, staff)).createMatch.id;
    await app.ok(`mutation($id: ID!) { proposeMatch(id: $id) { status } }`, { id: matchId }, staff);
    for (const side of ['industrialOwner', 'researcherMember'] as const) {
      await app.ok(`mutation($id: ID!) { answerMatch(id: $id, input: { answer: INTERESTED }) { status } }`, { id: matchId }, { token: world.tokens[side] });
    }
    await app.app.get(SearchIndexer).drain();
  });
  afterAll(() => app.close());

  describe.each(STATES)('%s', (state) => {
    beforeAll(() => setState(state));
    const cases = VIEWERS.flatMap((viewer) => PATHS.map((path) => [viewer, path, expected(viewer, state, path)] as const));
    const check = async (viewer: Viewer, path: Path, visible: boolean) => {
      expect(await reads(viewer, path)).toBe(visible);
    };
    it.each(cases)('%s reads it through %s → %s', check);
  });
});
