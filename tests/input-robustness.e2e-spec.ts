import { JwtService } from '@nestjs/jwt';
import { Interest } from '../apps/api/src/brokering/interest.entity';
import { MatchEvent } from '../apps/api/src/brokering/match-event.entity';
import { Match } from '../apps/api/src/brokering/match.entity';
import { HallBooking } from '../apps/api/src/brokering/hall-booking.entity';
import { User } from '../apps/api/src/members/user.entity';
import { Organisation } from '../apps/api/src/members/organisation.entity';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, GraphQLResponse, TestApp } from './support/test-app';

/**
 * Hardening (issue 12, findings 5, 8, 9, 13, 16): inputs an attacker sends answer a client error
 * naming the problem, never INTERNAL_SERVER_ERROR; costly documents are refused before they cost;
 * the mutations without a wrong-role test get one.
 */
describe('input robustness', () => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });
  const fields = (result: GraphQLResponse) => result.errors?.[0]?.extensions.fields?.map((f) => f.field);
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { userId status } }';
  const registration = (email: string, extra: Record<string, unknown> = {}) => ({
    input: {
      email,
      password: 'a long enough password',
      fullName: 'Nouvelle Personne',
      role: 'RESEARCHER',
      organisationId: world.organisations.lab.id,
      ...extra,
    },
  });

  describe('NUL bytes (finding 8)', () => {
    it('answers BAD_USER_INPUT on the field, for a public mutation, a nested input and an argument', async () => {
      const unauthenticated = await app.gql(REGISTER, registration('nul@test.example', { fullName: 'Nul\u0000Byte' }));
      expect(errorCode(unauthenticated)).toBe('BAD_USER_INPUT');
      expect(fields(unauthenticated)).toEqual(['fullName']);

      const nested = await app.gql(REGISTER, {
        input: { ...registration('nul2@test.example').input, organisationId: null, organisation: { name: 'A\u0000B', kind: 'RESEARCH_LAB', sectors: ['AGRIFOOD'], city: 'Fès', region: 'Fès-Meknès' } },
      });
      expect(errorCode(nested)).toBe('BAD_USER_INPUT');
      expect(fields(nested)).toEqual(['organisation.name']);

      const searched = await app.gql('query($q: String) { searchNeeds(query: $q) { total } }', { q: 'argan\u0000' }, as('researcherMember'));
      expect(errorCode(searched)).toBe('BAD_USER_INPUT');
      expect(fields(searched)).toEqual(['query']);

      const listed = await app.gql('mutation($input: UpdateMeInput!) { updateMe(input: $input) { fullName } }', { input: { phone: '+212 600\u0000' } }, as('researcherMember'));
      expect(errorCode(listed)).toBe('BAD_USER_INPUT');
      expect(fields(listed)).toEqual(['phone']);

      const inline = await app.gql('mutation { addMatchNote(id: "00000000-0000-0000-0000-000000000000", note: "a\\u0000b") { id } }', {}, as('staff'));
      expect(errorCode(inline)).toBe('BAD_USER_INPUT');
      expect(fields(inline)).toEqual(['note']);

      expect(await app.db.getRepository(User).countBy({ email: 'nul@test.example' })).toBe(0);
    });
  });

  describe('null for a field that cannot be null (finding 8)', () => {
    it('updateOrganisation and updateMe answer BAD_USER_INPUT and change nothing', async () => {
      const UPDATE_ORG = 'mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { name } }';
      for (const field of ['name', 'kind', 'sectors', 'city', 'region', 'membershipStatus']) {
        const result = await app.gql(UPDATE_ORG, { id: world.organisations.member.id, input: { [field]: null } }, as('staff'));
        expect([field, errorCode(result)]).toEqual([field, 'BAD_USER_INPUT']);
        expect(fields(result)).toEqual([field]);
      }
      const UPDATE_ME = 'mutation($input: UpdateMeInput!) { updateMe(input: $input) { fullName } }';
      for (const field of ['fullName', 'preferredLanguage']) {
        const result = await app.gql(UPDATE_ME, { input: { [field]: null } }, as('industrialMember'));
        expect(fields(result)).toEqual([field]);
      }
      const organisation = await app.db.getRepository(Organisation).findOneByOrFail({ id: world.organisations.member.id });
      expect(organisation).toMatchObject({ name: world.organisations.member.name, city: 'Agadir', region: 'Souss-Massa' });
      // Null still clears what may be empty.
      const cleared = await app.ok('mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { description website size } }', { id: world.organisations.member.id, input: { description: null, website: null, size: null } }, as('industrialMember'));
      expect(cleared.updateOrganisation).toEqual({ description: '', website: null, size: null });
    });
  });

  describe('tokens (finding 8)', () => {
    it('a correctly signed token whose subject is not a UUID answers UNAUTHENTICATED', async () => {
      const jwt = app.app.get(JwtService);
      for (const sub of ['not-a-uuid', "1' OR '1'='1", '']) {
        const token = await jwt.signAsync({ sub, role: 'ADMIN' }, { algorithm: 'HS256', expiresIn: 60 });
        expect([sub, errorCode(await app.gql('{ me { id } }', {}, { token }))]).toEqual([sub, 'UNAUTHENTICATED']);
      }
      const numeric = await jwt.signAsync({ sub: 42, role: 'ADMIN' } as never, { algorithm: 'HS256', expiresIn: 60 });
      expect(errorCode(await app.gql('{ me { id } }', {}, { token: numeric }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('document size (finding 9)', () => {
    it('refuses a document of too many tokens before validating it', async () => {
      const fields = Array.from({ length: 20_000 }, (_, i) => `a${i}: __typename`).join(' ');
      const response = await post(JSON.stringify({ query: `{ ${fields} }` }));
      expect(response.status).toBe(400);
      const body = (await response.json()) as any;
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(body.errors[0].message).toMatch(/token/i);
    });

    it('refuses a GraphQL body larger than the limit with 413', async () => {
      const response = await post(JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(4 * 1024 * 1024) } }));
      expect(response.status).toBe(413);
    });
  });

  describe('aliases and root fields (findings 5, 13)', () => {
    it('refuses more than 20 root fields in a query, or 30 aliases', async () => {
      const roots = Array.from({ length: 21 }, (_, i) => `n${i}: needs(first: 1) { totalCount }`).join(' ');
      const refused = await app.gql(`{ ${roots} }`, {}, as('staff'));
      expect(errorCode(refused)).toBe('QUERY_TOO_WIDE');
      expect(refused.data).toBeUndefined();
      const twenty = Array.from({ length: 20 }, (_, i) => `n${i}: needs(first: 1) { totalCount }`).join(' ');
      expect(errorCode(await app.gql(`{ ${twenty} }`, {}, as('staff')))).toBeUndefined();

      const aliases = Array.from({ length: 31 }, (_, i) => `t${i}: title`).join(' ');
      expect(errorCode(await app.gql(`{ needs(first: 1) { edges { node { ${aliases} } } } }`, {}, as('staff')))).toBe('QUERY_TOO_WIDE');
      const viaFragment = `{ needs(first: 1) { edges { node { ...F } } } } fragment F on Need { ${aliases} }`;
      expect(errorCode(await app.gql(viaFragment, {}, as('staff')))).toBe('QUERY_TOO_WIDE');
    });

    it('refuses more than 5 root fields in a mutation: 50 aliased register calls create nobody', async () => {
      const calls = Array.from({ length: 50 }, (_, i) => `r${i}: register(input: { email: "fanout${i}@test.example", password: "a long enough password", fullName: "Fan Out", role: RESEARCHER, organisationId: "${world.organisations.lab.id}" }) { userId }`).join(' ');
      const response = await post(JSON.stringify({ query: `mutation { ${calls} }` }));
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe("QUERY_TOO_WIDE");
      expect(await app.db.getRepository(User).createQueryBuilder('u').where("u.email LIKE 'fanout%'").getCount()).toBe(0);
    });
  });

  describe('register is limited per address (finding 13)', () => {
    it('refuses the 11th sign-up from one address within the hour with RATE_LIMITED', async () => {
      const headers = { headers: { 'x-forwarded-for': '203.0.113.77' } };
      for (let i = 0; i < 10; i++) {
        const result = await app.gql(REGISTER, registration(`limit${i}@test.example`), headers);
        expect([i, errorCode(result)]).toEqual([i, undefined]);
      }
      const refused = await app.gql(REGISTER, registration('limit10@test.example'), headers);
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(await app.db.getRepository(User).countBy({ email: 'limit10@test.example' })).toBe(0);
      // Another address is not affected.
      expect(errorCode(await app.gql(REGISTER, registration('other-address@test.example'), { headers: { 'x-forwarded-for': '203.0.113.78' } }))).toBeUndefined();
    });
  });

  describe('the wrong role is refused (finding 16)', () => {
    let matchId: string;
    let bookingId: string;
    let interestId: string;

    beforeAll(async () => {
      const created = await app.ok('mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }', { input: { needId: world.needs.public.id, researcherProfileId: world.profiles.researcherMember.id } }, as('staff'));
      matchId = created.createMatch.id;
      await app.ok('mutation($id: ID!) { proposeMatch(id: $id) { id } }', { id: matchId }, as('staff'));
      for (const viewer of ['industrialOwner', 'researcherMember'] as const) {
        await app.ok('mutation($id: ID!) { answerMatch(id: $id, input: { answer: INTERESTED }) { id } }', { id: matchId }, as(viewer));
      }
      const coldPress = (await app.ok('mutation { createHallEquipment(input: { name: "Cold press", category: EXTRACTION }) { id } }', {}, as('staff'))).createHallEquipment.id;
      const started = await app.ok(
        'mutation($id: ID!, $input: StartCollaborationInput!) { startCollaboration(matchId: $id, input: $input) { collaboration { bookings { id } } } }',
        { id: matchId, input: { title: 'Essais', startDate: '2027-01-10', booking: { equipmentIds: [coldPress], startsOn: '2027-02-01', endsOn: '2027-02-03' } } },
        as('staff'),
      );
      bookingId = started.startCollaboration.collaboration.bookings[0].id;
      const interest = await app.ok('mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }', { input: { needId: world.needs.members.id, message: 'Nous avons un banc HPLC.' } }, as('researcherMember'));
      interestId = interest.expressInterest.id;
    });

    const members: ViewerName[] = ['industrialOwner', 'industrialMember', 'researcherMember', 'researcherLapsed'];

    it('assignMatch: members are refused and the owner stays', async () => {
      const before = await app.db.getRepository(Match).findOneByOrFail({ id: matchId });
      for (const viewer of members) {
        const result = await app.gql('mutation($id: ID!, $owner: ID) { assignMatch(id: $id, ownerId: $owner) { id } }', { id: matchId, owner: world.users[viewer].id }, as(viewer));
        expect([viewer, errorCode(result)]).toEqual([viewer, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
      }
      const after = await app.db.getRepository(Match).findOneByOrFail({ id: matchId });
      expect(after.ownerId).toBe(before.ownerId);
      expect(after.version).toBe(before.version);
      const assigned = await app.ok('mutation($id: ID!, $owner: ID) { assignMatch(id: $id, ownerId: $owner) { owner { id } } }', { id: matchId, owner: world.users.admin.id }, as('staff'));
      expect(assigned.assignMatch.owner.id).toBe(world.users.admin.id);
    });

    it('addMatchNote: members, even both sides, are refused and the timeline is unchanged', async () => {
      const before = await app.db.getRepository(MatchEvent).countBy({ matchId });
      for (const viewer of members) {
        const result = await app.gql('mutation($id: ID!) { addMatchNote(id: $id, note: "intrusion") { id } }', { id: matchId }, as(viewer));
        expect([viewer, errorCode(result)]).toEqual([viewer, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
      }
      expect(await app.db.getRepository(MatchEvent).countBy({ matchId })).toBe(before);
      await app.ok('mutation($id: ID!) { addMatchNote(id: $id, note: "Appel prévu") { id } }', { id: matchId }, as('staff'));
      expect(await app.db.getRepository(MatchEvent).countBy({ matchId })).toBe(before + 1);
    });

    it('cancelHallBooking: members, even both sides of the collaboration, are refused and the booking stays', async () => {
      for (const viewer of members) {
        const result = await app.gql('mutation($id: ID!) { cancelHallBooking(id: $id) }', { id: bookingId }, as(viewer));
        expect([viewer, errorCode(result)]).toEqual([viewer, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
      }
      expect(await app.db.getRepository(HallBooking).countBy({ id: bookingId })).toBe(1);
      expect((await app.ok('mutation($id: ID!) { cancelHallBooking(id: $id) }', { id: bookingId }, as('staff'))).cancelHallBooking).toBe(true);
    });

    it('dismissInterest: members, even the researcher who expressed it, are refused and it stays OPEN', async () => {
      for (const viewer of members) {
        const result = await app.gql('mutation($id: ID!) { dismissInterest(id: $id) { id } }', { id: interestId }, as(viewer));
        expect([viewer, errorCode(result)]).toEqual([viewer, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
      }
      expect((await app.db.getRepository(Interest).findOneByOrFail({ id: interestId })).status).toBe('OPEN');
      expect((await app.ok('mutation($id: ID!) { dismissInterest(id: $id) { status } }', { id: interestId }, as('staff'))).dismissInterest.status).toBe('DISMISSED');
    });

    it('updateMe: anonymous is refused; a member changes only their own account', async () => {
      const UPDATE_ME = 'mutation($input: UpdateMeInput!) { updateMe(input: $input) { id fullName } }';
      expect(errorCode(await app.gql(UPDATE_ME, { input: { fullName: 'Intrus' } }))).toBe('UNAUTHENTICATED');
      const result = await app.ok(UPDATE_ME, { input: { fullName: 'Test member renamed' } }, as('industrialMember'));
      expect(result.updateMe.id).toBe(world.users.industrialMember.id);
      const others = await app.db.getRepository(User).findBy({ fullName: 'Intrus' });
      expect(others).toEqual([]);
      expect((await app.db.getRepository(User).findOneByOrFail({ id: world.users.industrialOwner.id })).fullName).toBe('Test owner');
    });
  });
});
