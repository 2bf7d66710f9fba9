import { MembershipStatus, OrganisationKind, Role, UserStatus } from '../apps/api/src/members/member.enums';
import { Organisation } from '../apps/api/src/members/organisation.entity';
import { User } from '../apps/api/src/members/user.entity';
import { buildWorld, freshOrganisation as savedOrganisation, freshUser as savedUser, PASSWORD, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const MEMBERS: ViewerName[] = ['industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];
const STAFF: ViewerName[] = ['staff', 'admin'];

const USERS = '{ users(first: 100) { totalCount edges { node { id email } } } }';
const APPROVE = 'mutation($id: ID!) { approveUser(id: $id) { id status } }';
const SUSPEND = 'mutation($id: ID!) { suspendUser(id: $id) { id status } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateUser(id: $id) { id status } }';
const SET_ROLE = 'mutation($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id role } }';
const ORGANISATIONS = 'query($filter: OrganisationFilter) { organisations(first: 100, filter: $filter) { totalCount edges { node { id } } } }';
const ORGANISATION = 'query($id: ID!) { organisation(id: $id) { id name membershipStatus } }';
/** What a member reads of another organisation (its membership status is for staff and its own people: organisation.policy.ts). */
const ORGANISATION_AS_MEMBER = 'query($id: ID!) { organisation(id: $id) { id name } }';
const CREATE_ORG = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id membershipStatus } }';
const UPDATE_ORG = 'mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id name description city website } }';
const ARCHIVE_ORG = 'mutation($id: ID!) { archiveOrganisation(id: $id) { id archivedAt } }';
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { userId status } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

let serial = 0;
const next = () => ++serial;

describe('members: organisations and users', () => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  const users = () => app.db.getRepository(User);
  const organisations = () => app.db.getRepository(Organisation);

  const freshUser = (role: Role, status = UserStatus.ACTIVE, organisationId: string | null = world.organisations.lab.id) => savedUser(app.db, { role, status, organisationId });
  const freshOrganisation = (membershipStatus: MembershipStatus, kind = OrganisationKind.COMPANY) => savedOrganisation(app.db, { membershipStatus, kind });

  const organisationInput = () => ({ name: `Huilerie du Souss n°${next()}`, kind: 'COMPANY', sectors: ['AGRIFOOD'], city: 'Taroudant', region: 'Souss-Massa' });

  async function listedOrganisationIds(viewer: ViewerName, filter: Record<string, unknown> = {}): Promise<string[]> {
    const data = await app.ok(ORGANISATIONS, { filter }, { token: world.tokens[viewer] });
    return data.organisations.edges.map((e: { node: { id: string } }) => e.node.id);
  }

  describe('the users list', () => {
    it.each(STAFF)('%s lists users with their e-mails', async (viewer) => {
      const data = await app.ok(USERS, {}, { token: world.tokens[viewer] });
      const owner = data.users.edges.find((e: { node: { id: string } }) => e.node.id === world.users.industrialOwner.id);
      expect(owner.node.email).toBe(world.users.industrialOwner.email);
      expect(data.users.totalCount).toBeGreaterThanOrEqual(9);
    });

    it.each(MEMBERS)('%s may not list users (FORBIDDEN)', async (viewer) => {
      const result = await app.gql(USERS, {}, { token: world.tokens[viewer] });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    });
  });

  describe('approving, suspending and reactivating accounts', () => {
    it.each(MEMBERS)('%s may not approve, suspend or reactivate anyone (FORBIDDEN, nothing changes)', async (viewer) => {
      const cases = [
        [APPROVE, await freshUser(Role.RESEARCHER, UserStatus.PENDING)],
        [SUSPEND, await freshUser(Role.RESEARCHER, UserStatus.ACTIVE)],
        [REACTIVATE, await freshUser(Role.RESEARCHER, UserStatus.SUSPENDED)],
      ] as const;
      for (const [mutation, target] of cases) {
        const result = await app.gql(mutation, { id: target.id }, { token: world.tokens[viewer] });
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(await users().findOneByOrFail({ id: target.id })).toEqual(target);
      }
    });

    it.each(STAFF)('%s approves a pending sign-up, suspends and reactivates an account', async (viewer) => {
      const target = await freshUser(Role.RESEARCHER, UserStatus.PENDING);
      const token = world.tokens[viewer];
      expect((await app.ok(APPROVE, { id: target.id }, { token })).approveUser.status).toBe('ACTIVE');
      expect((await app.ok(SUSPEND, { id: target.id }, { token })).suspendUser.status).toBe('SUSPENDED');
      expect((await users().findOneByOrFail({ id: target.id })).status).toBe(UserStatus.SUSPENDED);
      expect((await app.ok(REACTIVATE, { id: target.id }, { token })).reactivateUser.status).toBe('ACTIVE');
      expect((await users().findOneByOrFail({ id: target.id })).status).toBe(UserStatus.ACTIVE);
    });

    it('a staff member cannot suspend an admin (FORBIDDEN, the admin stays active)', async () => {
      const admin = await users().findOneByOrFail({ id: world.users.admin.id });
      const result = await app.gql(SUSPEND, { id: admin.id }, { token: world.tokens.staff });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await users().findOneByOrFail({ id: admin.id })).toEqual(admin);
      // and the admin can still work
      expect((await app.ok('{ me { id } }', {}, { token: world.tokens.admin })).me.id).toBe(admin.id);
    });

    it('a suspended account cannot sign in', async () => {
      const target = await freshUser(Role.RESEARCHER);
      await app.ok(SUSPEND, { id: target.id }, { token: world.tokens.staff });
      const result = await app.gql(LOGIN, { input: { email: target.email, password: PASSWORD } }, { language: 'en' });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.errors![0].message).toMatch(/suspended/i);
    });
  });

  describe('setUserRole', () => {
    it.each([...MEMBERS, 'staff'] as ViewerName[])('%s may not change a role (FORBIDDEN, role unchanged)', async (viewer) => {
      const target = await freshUser(Role.RESEARCHER);
      for (const role of ['STAFF', 'ADMIN']) {
        const result = await app.gql(SET_ROLE, { id: target.id, role }, { token: world.tokens[viewer] });
        expect(errorCode(result)).toBe('FORBIDDEN');
      }
      expect(await users().findOneByOrFail({ id: target.id })).toEqual(target);
    });

    it('an admin changes a role', async () => {
      const target = await freshUser(Role.RESEARCHER);
      const data = await app.ok(SET_ROLE, { id: target.id, role: 'STAFF' }, { token: world.tokens.admin });
      expect(data.setUserRole.role).toBe('STAFF');
      expect((await users().findOneByOrFail({ id: target.id })).role).toBe(Role.STAFF);
    });
  });

  describe('creating and archiving organisations', () => {
    it.each(MEMBERS)('%s may not create an organisation (FORBIDDEN, nothing created)', async (viewer) => {
      const input = organisationInput();
      const count = await organisations().count();
      const result = await app.gql(CREATE_ORG, { input }, { token: world.tokens[viewer] });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await organisations().count()).toBe(count);
      expect(await organisations().findOneBy({ name: input.name })).toBeNull();
    });

    it.each(STAFF)('%s creates an organisation, active at once', async (viewer) => {
      const input = organisationInput();
      const data = await app.ok(CREATE_ORG, { input }, { token: world.tokens[viewer] });
      expect(data.createOrganisation.membershipStatus).toBe('ACTIVE');
      expect(await organisations().findOneBy({ name: input.name })).toMatchObject({ id: data.createOrganisation.id });
    });

    it.each(MEMBERS)('%s may not archive an organisation, even their own (FORBIDDEN, unchanged)', async (viewer) => {
      const own = world.users[viewer].organisationId!;
      for (const id of [own, world.organisations.member.id]) {
        const before = await organisations().findOneByOrFail({ id });
        const result = await app.gql(ARCHIVE_ORG, { id }, { token: world.tokens[viewer] });
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(await organisations().findOneByOrFail({ id })).toEqual(before);
      }
    });

    it('an organisation archived by staff leaves member lists and member reads, staff see it only on request', async () => {
      const organisation = await freshOrganisation(MembershipStatus.ACTIVE);
      expect(await listedOrganisationIds('industrialMember')).toContain(organisation.id);

      const data = await app.ok(ARCHIVE_ORG, { id: organisation.id }, { token: world.tokens.staff });
      expect(data.archiveOrganisation.archivedAt).not.toBeNull();

      for (const viewer of MEMBERS) {
        expect(await listedOrganisationIds(viewer)).not.toContain(organisation.id);
        expect(await listedOrganisationIds(viewer, { includeArchived: true })).not.toContain(organisation.id);
        expect(errorCode(await app.gql(ORGANISATION, { id: organisation.id }, { token: world.tokens[viewer] }))).toBe('NOT_FOUND');
      }
      expect(await listedOrganisationIds('staff')).not.toContain(organisation.id);
      expect(await listedOrganisationIds('staff', { includeArchived: true })).toContain(organisation.id);
      expect((await app.ok(ORGANISATION, { id: organisation.id }, { token: world.tokens.staff })).organisation.id).toBe(organisation.id);
    });
  });

  describe('updateOrganisation', () => {
    it('a member updates name, description, city and website of their own organisation', async () => {
      const input = { name: 'Safran Taliouine SA', description: 'Safran en filaments et extraits.', city: 'Taliouine', website: 'https://safran.example' };
      const data = await app.ok(UPDATE_ORG, { id: world.organisations.member.id, input }, { token: world.tokens.industrialMember });
      expect(data.updateOrganisation).toEqual({ id: world.organisations.member.id, ...input });
      expect(await organisations().findOneByOrFail({ id: world.organisations.member.id })).toMatchObject(input);
    });

    it.each([
      ['kind', { kind: 'STARTUP' }],
      ['membershipStatus', { membershipStatus: 'ACTIVE' }],
      ['membershipStatus with an allowed field', { name: 'Biscuiterie Atlas réactivée', membershipStatus: 'ACTIVE' }],
    ])('a member may not change %s of their own organisation (FORBIDDEN, unchanged)', async (_, input) => {
      const id = world.organisations.lapsed.id;
      const before = await organisations().findOneByOrFail({ id });
      const result = await app.gql(UPDATE_ORG, { id, input }, { token: world.tokens.industrialLapsed });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await organisations().findOneByOrFail({ id })).toEqual(before);
    });

    it.each([
      ['industrialMember', 'owner'],
      ['industrialOwner', 'member'],
      ['researcherMember', 'owner'],
      ['researcherLapsed', 'lab'],
    ] as const)('%s may not update the %s organisation (FORBIDDEN, unchanged)', async (viewer, organisation) => {
      const id = world.organisations[organisation].id;
      const before = await organisations().findOneByOrFail({ id });
      const result = await app.gql(UPDATE_ORG, { id, input: { description: 'Réécrit par un autre membre' } }, { token: world.tokens[viewer] });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await organisations().findOneByOrFail({ id })).toEqual(before);
    });

    it('staff change the kind and membership of an organisation', async () => {
      const organisation = await freshOrganisation(MembershipStatus.LAPSED);
      await app.ok(UPDATE_ORG, { id: organisation.id, input: { kind: 'STARTUP', membershipStatus: 'ACTIVE' } }, { token: world.tokens.staff });
      expect(await organisations().findOneByOrFail({ id: organisation.id })).toMatchObject({ kind: OrganisationKind.STARTUP, membershipStatus: MembershipStatus.ACTIVE });
    });
  });

  describe('pending organisations', () => {
    it.each(MEMBERS)('are hidden from %s (NOT_FOUND by id, absent from the list)', async (viewer) => {
      const pending = await freshOrganisation(MembershipStatus.PENDING);
      const result = await app.gql(ORGANISATION, { id: pending.id }, { token: world.tokens[viewer] });
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect(await listedOrganisationIds(viewer)).not.toContain(pending.id);
      expect(await listedOrganisationIds(viewer, { membershipStatus: 'PENDING' })).toEqual([]);
    });

    it('do not leak to members through the organisation of a researcher profile', async () => {
      // A researcher proposes a new lab at sign-up; staff prepare the profile before approving anyone.
      const lab = { ...organisationInput(), name: `Laboratoire en attente n°${next()}`, kind: 'RESEARCH_LAB' };
      const registered = await app.ok(REGISTER, {
        input: { email: `pending-lab-${next()}@test.example`, password: 'un mot de passe assez long', fullName: 'Chercheuse en attente', role: 'RESEARCHER', organisation: lab },
      });
      const profile = {
        headline: 'Microbiologie des fromages de chèvre',
        expertise: 'Ferments lactiques et affinage des fromages de chèvre du Rif.',
        languages: ['fr'],
        trlMin: 2,
        trlMax: 4,
      };
      await app.ok('mutation($userId: ID!, $input: ProfileInput!) { saveResearcherProfile(userId: $userId, input: $input) { id } }', { userId: registered.register.userId, input: profile }, { token: world.tokens.staff });
      const pendingLab = await organisations().findOneByOrFail({ name: lab.name });
      expect(pendingLab.membershipStatus).toBe(MembershipStatus.PENDING);

      for (const viewer of MEMBERS) {
        const data = await app.ok('{ researcherProfiles(first: 100) { edges { node { organisation { id } researcher { organisation { id } } } } } }', {}, { token: world.tokens[viewer] });
        const seen = data.researcherProfiles.edges.flatMap((e: any) => [e.node.organisation?.id, e.node.researcher.organisation?.id]);
        expect(seen).not.toContain(pendingLab.id);
      }
    });

    it.each(STAFF)('are visible to %s', async (viewer) => {
      const pending = await freshOrganisation(MembershipStatus.PENDING);
      const data = await app.ok(ORGANISATION, { id: pending.id }, { token: world.tokens[viewer] });
      expect(data.organisation).toMatchObject({ id: pending.id, membershipStatus: 'PENDING' });
      expect(await listedOrganisationIds(viewer)).toContain(pending.id);
    });
  });

  describe('registration', () => {
    const signUp = (extra: Record<string, unknown>) => {
      const n = next();
      return { email: `signup-${n}@test.example`, password: 'un mot de passe assez long', fullName: `Nouvelle personne ${n}`, preferredLanguage: 'en', ...extra };
    };

    it('a sign-up joining an existing organisation is PENDING and cannot sign in until staff approve', async () => {
      const input = signUp({ role: 'INDUSTRIAL', organisationId: world.organisations.member.id });
      const data = await app.ok(REGISTER, { input });
      expect(data.register.status).toBe('PENDING');
      expect(await users().findOneByOrFail({ id: data.register.userId })).toMatchObject({ status: UserStatus.PENDING, role: Role.INDUSTRIAL });

      const refused = await app.gql(LOGIN, { input: { email: input.email, password: input.password } }, { language: 'en' });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0].message).toMatch(/awaiting approval/i);
      expect(refused.data ?? null).toBeNull();

      await app.ok(APPROVE, { id: data.register.userId }, { token: world.tokens.staff });
      const token = await app.login(input.email, input.password);
      expect((await app.ok('{ me { id status } }', {}, { token })).me).toEqual({ id: data.register.userId, status: 'ACTIVE' });
    });

    it('a proposed organisation stays PENDING, hidden from members, until staff approve its first member', async () => {
      const organisation = organisationInput();
      const input = signUp({ role: 'INDUSTRIAL', organisation });
      const data = await app.ok(REGISTER, { input });
      const proposed = await organisations().findOneByOrFail({ name: organisation.name });
      expect(proposed.membershipStatus).toBe(MembershipStatus.PENDING);
      expect(errorCode(await app.gql(ORGANISATION, { id: proposed.id }, { token: world.tokens.industrialMember }))).toBe('NOT_FOUND');

      await app.ok(APPROVE, { id: data.register.userId }, { token: world.tokens.staff });
      expect((await organisations().findOneByOrFail({ id: proposed.id })).membershipStatus).toBe(MembershipStatus.ACTIVE);
      expect((await app.ok(ORGANISATION_AS_MEMBER, { id: proposed.id }, { token: world.tokens.industrialMember })).organisation.id).toBe(proposed.id);
    });

    it.each(['STAFF', 'ADMIN'])('nobody signs up as %s (BAD_USER_INPUT on role, no account created)', async (role) => {
      const input = signUp({ role, organisationId: world.organisations.member.id });
      const result = await app.gql(REGISTER, { input });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields?.map((f) => f.field)).toContain('role');
      expect(await users().findOneBy({ email: input.email })).toBeNull();
    });
  });
});
