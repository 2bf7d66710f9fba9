import { AuditEntry } from '../apps/api/src/audit/audit-entry.entity';
import { LanguageCode } from '../apps/api/src/common/language.enum';
import { Role, Sector, UserStatus } from '../apps/api/src/members/member.enums';
import { Organisation } from '../apps/api/src/members/organisation.entity';
import { User } from '../apps/api/src/members/user.entity';
import { buildWorld, freshOrganisation as savedOrganisation, freshUser as savedUser, PASSWORD, ViewerName, World } from './support/fixtures';
import { errorCode, GraphQLResponse, TestApp } from './support/test-app';

/**
 * Members administration: the organisation and people pages' API (search, people of an
 * organisation, unarchive, re-send invitation), the rules of roles and suspensions, and the audit
 * log every administrative action writes in its own transaction.
 */
const MEMBERS: ViewerName[] = ['industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];
const STAFF: ViewerName[] = ['staff', 'admin'];

const ORGANISATIONS = 'query($filter: OrganisationFilter) { organisations(first: 100, filter: $filter) { totalCount edges { node { id name } } } }';
const ORGANISATION_PEOPLE = 'query($id: ID!) { organisation(id: $id) { id people { id fullName email role status } } }';
const USERS = 'query($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount edges { node { id fullName email } } } }';
const SUSPEND = 'mutation($id: ID!) { suspendUser(id: $id) { id status } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateUser(id: $id) { id status } }';
const APPROVE = 'mutation($id: ID!) { approveUser(id: $id) { id status } }';
const REFUSE = 'mutation($id: ID!, $reason: String!) { refuseUser(id: $id, reason: $reason) { id status } }';
const SET_ROLE = 'mutation($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id role } }';
const UPDATE_ORG = 'mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id membershipStatus } }';
const CREATE_ORG = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }';
const ARCHIVE_ORG = 'mutation($id: ID!) { archiveOrganisation(id: $id) { id archivedAt } }';
const UNARCHIVE_ORG = 'mutation($id: ID!) { unarchiveOrganisation(id: $id) { id archivedAt } }';
const RESEND = 'mutation($id: ID!) { resendInvitation(id: $id) { id invitationStatus } }';
const AUDIT_LOG = 'query($type: String!, $id: ID!) { auditLog(subjectType: $type, subjectId: $id) { at action actor { id fullName } details { name value } } }';
const ME = '{ me { id role } }';

let serial = 0;
const next = () => ++serial;

describe('members administration', () => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  const users = () => app.db.getRepository(User);
  const organisations = () => app.db.getRepository(Organisation);
  const auditOf = (subjectId: string) => app.db.getRepository(AuditEntry).find({ where: { subjectId }, order: { at: 'ASC' } });

  const defaultOrganisation = (role: Role) => (role === Role.INDUSTRIAL ? world.organisations.member.id : role === Role.RESEARCHER ? world.organisations.lab.id : null);
  const freshUser = (role: Role, extra: Partial<User> = {}) => savedUser(app.db, { role, organisationId: defaultOrganisation(role), ...extra });
  const freshOrganisation = (name = `Société n°${next()}`, extra: Partial<Organisation> = {}) => savedOrganisation(app.db, { name, ...extra });

  const fieldsOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions.fields?.map((f) => f.field) ?? [];
  const ids = (data: any, key: string): string[] => data[key].edges.map((e: { node: { id: string } }) => e.node.id);

  describe('searching organisations', () => {
    it('finds a name whatever its accents and case ("cooperative" finds "Coopérative")', async () => {
      const data = await app.ok(ORGANISATIONS, { filter: { nameContains: 'cooperative tifawt' } }, { token: world.tokens.staff });
      expect(ids(data, 'organisations')).toEqual([world.organisations.owner.id]);
    });

    it('finds an Arabic name without its vowel marks, hamza or teh marbuta', async () => {
      const arabic = await freshOrganisation('تعاونيّة أرغان الأطلس');
      for (const query of ['تعاونيه ارغان', 'أرغان', 'تعاونية']) {
        const data = await app.ok(ORGANISATIONS, { filter: { nameContains: query } }, { token: world.tokens.staff });
        expect(ids(data, 'organisations')).toEqual([arabic.id]);
      }
    });

    it('filters by kind, sector, membership and archived, and a member never sees others’ archived organisations', async () => {
      const archived = await freshOrganisation(`Conserverie archivée n°${next()}`, { archivedAt: new Date(), sectors: [Sector.COSMETICS] });
      const token = world.tokens.staff;
      const onlyArchived = ids(await app.ok(ORGANISATIONS, { filter: { archived: true } }, { token }), 'organisations');
      expect(onlyArchived).toContain(archived.id);
      expect(onlyArchived).not.toContain(world.organisations.owner.id);
      expect(ids(await app.ok(ORGANISATIONS, { filter: { archived: false } }, { token }), 'organisations')).not.toContain(archived.id);
      const lapsed = ids(await app.ok(ORGANISATIONS, { filter: { membershipStatus: 'LAPSED', kind: 'UNIVERSITY' } }, { token }), 'organisations');
      expect(lapsed).toEqual([world.organisations.lapsedLab.id]);
      const cosmetics = ids(await app.ok(ORGANISATIONS, { filter: { sector: 'COSMETICS', archived: true } }, { token }), 'organisations');
      expect(cosmetics).toContain(archived.id);
      for (const viewer of MEMBERS) {
        const seen = ids(await app.ok(ORGANISATIONS, { filter: { archived: true } }, { token: world.tokens[viewer] }), 'organisations');
        expect(seen).not.toContain(archived.id);
      }
    });

    it('refuses a too long search with BAD_USER_INPUT on its field, in the caller’s language', async () => {
      const result = await app.gql(ORGANISATIONS, { filter: { nameContains: 'x'.repeat(101) } }, { token: world.tokens.staff });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result).join()).toMatch(/nameContains/);
      expect(result.errors![0].message).toMatch(/au plus 100 caractères/);
    });
  });

  describe('the people of an organisation', () => {
    it.each(STAFF)('%s read them with contacts, on the organisation and through a nested path', async (viewer) => {
      const data = await app.ok(ORGANISATION_PEOPLE, { id: world.organisations.lab.id }, { token: world.tokens[viewer] });
      const people = data.organisation.people as { id: string; email: string }[];
      expect(people.map((p) => p.id).sort()).toEqual([world.users.researcherMember.id, world.users.suspended.id].sort());
      expect(people.find((p) => p.id === world.users.researcherMember.id)!.email).toBe(world.users.researcherMember.email);
      const nested = await app.ok('{ organisations(first: 100) { edges { node { id people { id } } } } }', {}, { token: world.tokens[viewer] });
      const owner = nested.organisations.edges.find((e: any) => e.node.id === world.organisations.owner.id);
      expect(owner.node.people.map((p: { id: string }) => p.id)).toEqual([world.users.industrialOwner.id]);
    });

    it.each(MEMBERS)('%s get null, for their own organisation, another one, a list and a need’s organisation', async (viewer) => {
      const token = world.tokens[viewer];
      for (const id of [world.users[viewer].organisationId!, world.organisations.member.id, world.organisations.owner.id]) {
        const result = await app.gql(ORGANISATION_PEOPLE, { id }, { token });
        expect(result.data?.organisation?.people ?? null).toBeNull();
      }
      const list = await app.ok('{ organisations(first: 100) { edges { node { people { id email } } } } }', {}, { token });
      expect(list.organisations.edges.every((e: any) => e.node.people === null)).toBe(true);
      const needs = await app.ok('{ needs(first: 100) { edges { node { organisation { people { id email } } } } } }', {}, { token });
      expect(needs.needs.edges.every((e: any) => (e.node.organisation?.people ?? null) === null)).toBe(true);
    });

    it('an industrial listing another organisation’s needs does not see its anonymous ones (organisation page path)', async () => {
      const filter = { organisationId: world.organisations.owner.id };
      const data = await app.ok('query($filter: NeedFilter) { needs(first: 100, filter: $filter) { edges { node { id } } } }', { filter }, { token: world.tokens.industrialMember });
      const seen = ids(data, 'needs');
      expect(seen).toContain(world.needs.public.id);
      expect(seen).not.toContain(world.needs.anonymousPublic.id);
      expect(seen).not.toContain(world.needs.staffOnly.id);
      const staff = ids(await app.ok('query($filter: NeedFilter) { needs(first: 100, filter: $filter) { edges { node { id } } } }', { filter }, { token: world.tokens.staff }), 'needs');
      expect(staff).toEqual(expect.arrayContaining([world.needs.anonymousPublic.id, world.needs.staffOnly.id, world.needs.public.id]));
    });

    it('anonymous visitors are refused (UNAUTHENTICATED)', async () => {
      expect(errorCode(await app.gql(ORGANISATION_PEOPLE, { id: world.organisations.lab.id }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('searching people', () => {
    it('by folded name, by e-mail, with role, status and organisation', async () => {
      const helene = await freshUser(Role.RESEARCHER, { fullName: 'Hélène Aït Brahim' });
      const arabic = await freshUser(Role.INDUSTRIAL, { fullName: 'فاطمةُ الزَّهراء' });
      const token = world.tokens.staff;
      const search = async (filter: Record<string, unknown>) => ids(await app.ok(USERS, { filter }, { token }), 'users');
      expect(await search({ query: 'helene ait' })).toEqual([helene.id]);
      expect(await search({ query: 'فاطمه الزهراء' })).toEqual([arabic.id]);
      expect(await search({ query: helene.email.toUpperCase() })).toEqual([helene.id]);
      expect(await search({ query: 'helene', role: 'INDUSTRIAL' })).toEqual([]);
      expect(await search({ query: 'helene', organisationId: world.organisations.lab.id, status: 'ACTIVE' })).toEqual([helene.id]);
      expect(await search({ status: 'SUSPENDED', organisationId: world.organisations.lab.id })).toEqual([world.users.suspended.id]);
    });

    it.each(MEMBERS)('%s may not search people (FORBIDDEN, no data)', async (viewer) => {
      const result = await app.gql(USERS, { filter: { organisationId: world.users[viewer].organisationId } }, { token: world.tokens[viewer] });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    });

    it('anonymous visitors are refused, bad filters answer BAD_USER_INPUT with the field', async () => {
      expect(errorCode(await app.gql(USERS, {}))).toBe('UNAUTHENTICATED');
      const badOrganisation = await app.gql(USERS, { filter: { organisationId: 'not-an-id' } }, { token: world.tokens.staff });
      expect(errorCode(badOrganisation)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(badOrganisation).join()).toMatch(/organisationId/);
      const longQuery = await app.gql(USERS, { filter: { query: 'é'.repeat(101) } }, { token: world.tokens.staff });
      expect(fieldsOf(longQuery).join()).toMatch(/query/);
    });
  });

  describe('changing roles', () => {
    it.each([...MEMBERS, 'staff'] as ViewerName[])('%s may not (FORBIDDEN, role unchanged, nothing audited)', async (viewer) => {
      const target = await freshUser(Role.RESEARCHER);
      const result = await app.gql(SET_ROLE, { id: target.id, role: 'STAFF' }, { token: world.tokens[viewer] });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await users().findOneByOrFail({ id: target.id })).toEqual(target);
      expect(await auditOf(target.id)).toEqual([]);
    });

    it('anonymous visitors may not (UNAUTHENTICATED)', async () => {
      const target = await freshUser(Role.RESEARCHER);
      expect(errorCode(await app.gql(SET_ROLE, { id: target.id, role: 'STAFF' }))).toBe('UNAUTHENTICATED');
      expect((await users().findOneByOrFail({ id: target.id })).role).toBe(Role.RESEARCHER);
    });

    it('an admin changes a role: the change, who and when are audited, the person has the role on their next request', async () => {
      const target = await freshUser(Role.RESEARCHER);
      const token = await app.login(target.email, PASSWORD);
      const before = Date.now();
      const data = await app.ok(SET_ROLE, { id: target.id, role: 'STAFF' }, { token: world.tokens.admin });
      expect(data.setUserRole.role).toBe('STAFF');
      expect((await app.ok(ME, {}, { token })).me.role).toBe('STAFF');

      const [entry] = await auditOf(target.id);
      expect(entry).toMatchObject({ actorId: world.users.admin.id, action: 'ROLE_CHANGED', subjectType: 'USER', details: { from: 'RESEARCHER', to: 'STAFF' } });
      expect(entry.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(entry.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      const log = await app.ok(AUDIT_LOG, { type: 'USER', id: target.id }, { token: world.tokens.staff });
      expect(log.auditLog).toEqual([
        {
          at: entry.at.toISOString(),
          action: 'ROLE_CHANGED',
          actor: { id: world.users.admin.id, fullName: world.users.admin.fullName },
          details: [
            { name: 'from', value: 'RESEARCHER' },
            { name: 'to', value: 'STAFF' },
          ],
        },
      ]);
    });

    it('nobody changes their own role (FORBIDDEN with a clear message, nothing audited)', async () => {
      const result = await app.gql(SET_ROLE, { id: world.users.admin.id, role: 'STAFF' }, { token: world.tokens.admin });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.errors![0].message).toBe('Vous ne pouvez pas changer le rôle ni suspendre votre propre compte');
      expect((await users().findOneByOrFail({ id: world.users.admin.id })).role).toBe(Role.ADMIN);
      expect(await auditOf(world.users.admin.id)).toEqual([]);
    });

    it('answers BAD_USER_INPUT on role for the same role or a role the organisation does not fit, and changes nothing', async () => {
      const researcher = await freshUser(Role.RESEARCHER);
      const same = await app.gql(SET_ROLE, { id: researcher.id, role: 'RESEARCHER' }, { token: world.tokens.admin, language: 'fr' });
      expect(errorCode(same)).toBe('BAD_USER_INPUT');
      expect(same.errors![0].extensions.fields).toEqual([{ field: 'role', reason: 'la personne a déjà ce rôle' }]);
      const mismatch = await app.gql(SET_ROLE, { id: researcher.id, role: 'INDUSTRIAL' }, { token: world.tokens.admin });
      expect(fieldsOf(mismatch)).toEqual(['role']);
      const staff = await freshUser(Role.STAFF);
      const noOrganisation = await app.gql(SET_ROLE, { id: staff.id, role: 'INDUSTRIAL' }, { token: world.tokens.admin });
      expect(fieldsOf(noOrganisation)).toEqual(['role']);
      expect(await users().findOneByOrFail({ id: researcher.id })).toEqual(researcher);
      expect(await users().findOneByOrFail({ id: staff.id })).toEqual(staff);
      expect([...(await auditOf(researcher.id)), ...(await auditOf(staff.id))]).toEqual([]);
    });

    it('two admins demoting each other at once: one wins, an active admin always remains', async () => {
      const first = await freshUser(Role.ADMIN);
      const second = await freshUser(Role.ADMIN);
      // Only these two are admins for this test.
      await users().update({ id: world.users.admin.id }, { role: Role.STAFF });
      try {
        const [tokenA, tokenB] = [await app.login(first.email, PASSWORD), await app.login(second.email, PASSWORD)];
        const results = await Promise.all([
          app.gql(SET_ROLE, { id: second.id, role: 'STAFF' }, { token: tokenA }),
          app.gql(SET_ROLE, { id: first.id, role: 'STAFF' }, { token: tokenB }),
        ]);
        expect(results.filter((r) => !r.errors).length).toBe(1);
        expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['FORBIDDEN']);
        const admins = await users().findBy({ role: Role.ADMIN, status: UserStatus.ACTIVE });
        expect(admins.length).toBe(1);
        const suspensions = await Promise.all([app.gql(SUSPEND, { id: admins[0].id }, { token: admins[0].id === first.id ? tokenB : tokenA })]);
        expect(errorCode(suspensions[0])).toBe('FORBIDDEN');
        expect(await users().countBy({ role: Role.ADMIN, status: UserStatus.ACTIVE })).toBe(1);
      } finally {
        await users().update({ id: world.users.admin.id }, { role: Role.ADMIN });
        await users().update({ id: first.id }, { role: Role.STAFF });
        await users().update({ id: second.id }, { role: Role.STAFF });
      }
    });
  });

  describe('suspending and reactivating', () => {
    it('a suspended person is refused on their very next request, and back after reactivation; both audited', async () => {
      const target = await freshUser(Role.INDUSTRIAL);
      const token = await app.login(target.email, PASSWORD);
      expect((await app.ok(ME, {}, { token })).me.id).toBe(target.id);

      await app.ok(SUSPEND, { id: target.id }, { token: world.tokens.staff });
      const refused = await app.gql(ME, {}, { token, language: 'en' });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0].message).toMatch(/suspended/);

      await app.ok(REACTIVATE, { id: target.id }, { token: world.tokens.staff });
      expect((await app.ok(ME, {}, { token })).me.id).toBe(target.id);
      const entries = await auditOf(target.id);
      expect(entries.map((e) => [e.actorId, e.action, e.details])).toEqual([
        [world.users.staff.id, 'USER_SUSPENDED', { from: 'ACTIVE', to: 'SUSPENDED' }],
        [world.users.staff.id, 'USER_REACTIVATED', { from: 'SUSPENDED', to: 'ACTIVE' }],
      ]);
    });

    it.each([Role.STAFF, Role.ADMIN])('%s cannot suspend themself (FORBIDDEN, a clear message in their language, nothing audited)', async (role) => {
      const self = await freshUser(role, { preferredLanguage: LanguageCode.ar });
      const result = await app.gql(SUSPEND, { id: self.id }, { token: await app.login(self.email, PASSWORD) });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.errors![0].message).toBe('لا يمكنك تغيير دور حسابك ولا تعليقه بنفسك');
      expect((await users().findOneByOrFail({ id: self.id })).status).toBe(UserStatus.ACTIVE);
      expect(await auditOf(self.id)).toEqual([]);
    });

    it.each(MEMBERS)('%s may not suspend or reactivate (FORBIDDEN, unchanged, nothing audited)', async (viewer) => {
      const active = await freshUser(Role.RESEARCHER);
      const suspended = await freshUser(Role.RESEARCHER, { status: UserStatus.SUSPENDED });
      expect(errorCode(await app.gql(SUSPEND, { id: active.id }, { token: world.tokens[viewer] }))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(REACTIVATE, { id: suspended.id }, { token: world.tokens[viewer] }))).toBe('FORBIDDEN');
      expect(await users().findOneByOrFail({ id: active.id })).toEqual(active);
      expect(await users().findOneByOrFail({ id: suspended.id })).toEqual(suspended);
      expect([...(await auditOf(active.id)), ...(await auditOf(suspended.id))]).toEqual([]);
    });

    it('suspending the suspended or reactivating the active answers BAD_USER_INPUT on id, nothing audited', async () => {
      const active = await freshUser(Role.RESEARCHER);
      const result = await app.gql(REACTIVATE, { id: active.id }, { token: world.tokens.staff });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['id']);
      expect(await auditOf(active.id)).toEqual([]);
    });

    it('a malformed id answers BAD_USER_INPUT on id', async () => {
      const result = await app.gql(SUSPEND, { id: 'nope' }, { token: world.tokens.staff });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['id']);
    });
  });

  describe('approving and refusing sign-ups are audited', () => {
    it('approve and refuse write who and the reason', async () => {
      const approved = await freshUser(Role.INDUSTRIAL, { status: UserStatus.PENDING });
      const refused = await freshUser(Role.INDUSTRIAL, { status: UserStatus.PENDING });
      await app.ok(APPROVE, { id: approved.id }, { token: world.tokens.staff });
      await app.ok(REFUSE, { id: refused.id, reason: 'Organisation hors du périmètre du cluster' }, { token: world.tokens.admin });
      expect((await auditOf(approved.id)).map((e) => [e.actorId, e.action])).toEqual([[world.users.staff.id, 'USER_APPROVED']]);
      expect((await auditOf(refused.id)).map((e) => [e.actorId, e.action, e.details.reason])).toEqual([
        [world.users.admin.id, 'USER_REFUSED', 'Organisation hors du périmètre du cluster'],
      ]);
    });
  });

  describe('organisations: membership, archive and unarchive', () => {
    it.each(STAFF)('%s change membership, archive and unarchive; each audited once, a repeat writes nothing', async (viewer) => {
      const organisation = await freshOrganisation();
      const token = world.tokens[viewer];
      await app.ok(UPDATE_ORG, { id: organisation.id, input: { membershipStatus: 'LAPSED' } }, { token });
      await app.ok(UPDATE_ORG, { id: organisation.id, input: { description: 'Sans changement d’adhésion' } }, { token });
      expect((await app.ok(ARCHIVE_ORG, { id: organisation.id }, { token })).archiveOrganisation.archivedAt).not.toBeNull();
      await app.ok(ARCHIVE_ORG, { id: organisation.id }, { token });
      expect((await app.ok(UNARCHIVE_ORG, { id: organisation.id }, { token })).unarchiveOrganisation.archivedAt).toBeNull();
      await app.ok(UNARCHIVE_ORG, { id: organisation.id }, { token });
      const entries = await auditOf(organisation.id);
      expect(entries.map((e) => [e.actorId, e.action, e.subjectType])).toEqual([
        [world.users[viewer].id, 'MEMBERSHIP_CHANGED', 'ORGANISATION'],
        [world.users[viewer].id, 'ORGANISATION_ARCHIVED', 'ORGANISATION'],
        [world.users[viewer].id, 'ORGANISATION_UNARCHIVED', 'ORGANISATION'],
      ]);
      expect(entries[0].details).toEqual({ from: 'ACTIVE', to: 'LAPSED' });
      const log = await app.ok(AUDIT_LOG, { type: 'ORGANISATION', id: organisation.id }, { token });
      expect(log.auditLog.map((e: { action: string }) => e.action)).toEqual(['ORGANISATION_UNARCHIVED', 'ORGANISATION_ARCHIVED', 'MEMBERSHIP_CHANGED']);
    });

    it('creating an organisation is audited', async () => {
      const input = { name: `Distillerie de rose n°${next()}`, kind: 'COMPANY', sectors: ['COSMETICS'], city: 'Kelaat MGouna', region: 'Drâa-Tafilalet' };
      const { createOrganisation } = await app.ok(CREATE_ORG, { input }, { token: world.tokens.staff });
      expect((await auditOf(createOrganisation.id)).map((e) => [e.actorId, e.action])).toEqual([[world.users.staff.id, 'ORGANISATION_CREATED']]);
    });

    it.each(MEMBERS)('%s may not unarchive, even their own (FORBIDDEN, unchanged, nothing audited)', async (viewer) => {
      const own = world.organisations[viewer.startsWith('industrial') ? (viewer === 'industrialOwner' ? 'owner' : viewer === 'industrialMember' ? 'member' : 'lapsed') : viewer === 'researcherMember' ? 'lab' : 'lapsedLab'];
      const archived = await freshOrganisation(undefined, { archivedAt: new Date() });
      for (const id of [own.id, archived.id]) {
        const before = await organisations().findOneByOrFail({ id });
        expect(errorCode(await app.gql(UNARCHIVE_ORG, { id }, { token: world.tokens[viewer] }))).toBe('FORBIDDEN');
        expect(await organisations().findOneByOrFail({ id })).toEqual(before);
      }
      expect(await auditOf(archived.id)).toEqual([]);
    });

    it('a member changing their organisation’s membership is refused and writes no audit entry', async () => {
      const id = world.organisations.lapsed.id;
      const result = await app.gql(UPDATE_ORG, { id, input: { membershipStatus: 'ACTIVE' } }, { token: world.tokens.industrialLapsed });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await auditOf(id)).toEqual([]);
    });

    it('anonymous visitors may not unarchive (UNAUTHENTICATED)', async () => {
      const archived = await freshOrganisation(undefined, { archivedAt: new Date() });
      expect(errorCode(await app.gql(UNARCHIVE_ORG, { id: archived.id }))).toBe('UNAUTHENTICATED');
      expect((await organisations().findOneByOrFail({ id: archived.id })).archivedAt).not.toBeNull();
    });
  });

  describe('re-sending an invitation', () => {
    const liveTokens = async (userId: string): Promise<string[]> =>
      (
        await app.db.query(`SELECT token_hash FROM account_tokens WHERE user_id = $1 AND purpose = 'INVITATION' AND used_at IS NULL AND expires_at > now()`, [userId])
      ).map((row: { token_hash: string }) => row.token_hash);
    const queued = async (email: string): Promise<number> => (await app.db.query('SELECT count(*)::int AS n FROM email_outbox WHERE to_address = $1', [email]))[0].n;

    it.each(STAFF)('%s re-send: a new link replaces the old one, an e-mail is queued, the action is audited', async (viewer) => {
      const invitee = await freshUser(Role.INDUSTRIAL, { passwordSetAt: null });
      const first = await app.ok(RESEND, { id: invitee.id }, { token: world.tokens[viewer] });
      expect(first.resendInvitation.invitationStatus).toBe('INVITED');
      const [firstToken] = await liveTokens(invitee.id);
      await app.ok(RESEND, { id: invitee.id }, { token: world.tokens[viewer] });
      const live = await liveTokens(invitee.id);
      expect(live).toHaveLength(1);
      expect(live[0]).not.toBe(firstToken);
      expect(await queued(invitee.email)).toBe(2);
      expect((await auditOf(invitee.id)).map((e) => [e.actorId, e.action])).toEqual([
        [world.users[viewer].id, 'INVITATION_RESENT'],
        [world.users[viewer].id, 'INVITATION_RESENT'],
      ]);
    });

    it('an account with a password, or suspended, answers BAD_USER_INPUT on id; nothing sent or audited', async () => {
      const withPassword = await freshUser(Role.INDUSTRIAL);
      const suspended = await freshUser(Role.INDUSTRIAL, { passwordSetAt: null, status: UserStatus.SUSPENDED });
      for (const person of [withPassword, suspended]) {
        const result = await app.gql(RESEND, { id: person.id }, { token: world.tokens.staff });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(['id']);
        expect(await liveTokens(person.id)).toEqual([]);
        expect(await queued(person.email)).toBe(0);
        expect(await auditOf(person.id)).toEqual([]);
      }
    });

    it('staff may not re-send to a staff account, an admin may', async () => {
      const colleague = await freshUser(Role.STAFF, { passwordSetAt: null });
      expect(errorCode(await app.gql(RESEND, { id: colleague.id }, { token: world.tokens.staff }))).toBe('FORBIDDEN');
      expect(await liveTokens(colleague.id)).toEqual([]);
      await app.ok(RESEND, { id: colleague.id }, { token: world.tokens.admin });
      expect(await liveTokens(colleague.id)).toHaveLength(1);
    });

    it.each(MEMBERS)('%s may not (FORBIDDEN, nothing sent or audited)', async (viewer) => {
      const invitee = await freshUser(Role.INDUSTRIAL, { passwordSetAt: null });
      expect(errorCode(await app.gql(RESEND, { id: invitee.id }, { token: world.tokens[viewer] }))).toBe('FORBIDDEN');
      expect(await liveTokens(invitee.id)).toEqual([]);
      expect(await auditOf(invitee.id)).toEqual([]);
    });

    it('anonymous visitors may not (UNAUTHENTICATED)', async () => {
      const invitee = await freshUser(Role.INDUSTRIAL, { passwordSetAt: null });
      expect(errorCode(await app.gql(RESEND, { id: invitee.id }))).toBe('UNAUTHENTICATED');
      expect(await liveTokens(invitee.id)).toEqual([]);
    });
  });

  describe('the audit log', () => {
    it.each(MEMBERS)('%s may not read it (FORBIDDEN, no data)', async (viewer) => {
      const result = await app.gql(AUDIT_LOG, { type: 'USER', id: world.users[viewer].id }, { token: world.tokens[viewer] });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    });

    it('anonymous visitors may not (UNAUTHENTICATED)', async () => {
      expect(errorCode(await app.gql(AUDIT_LOG, { type: 'USER', id: world.users.staff.id }))).toBe('UNAUTHENTICATED');
    });

    it('bad arguments answer BAD_USER_INPUT with their field', async () => {
      const badType = await app.gql(AUDIT_LOG, { type: "user'; --", id: world.users.staff.id }, { token: world.tokens.staff });
      expect(errorCode(badType)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(badType)).toEqual(['subjectType']);
      const badId = await app.gql(AUDIT_LOG, { type: 'USER', id: 'x' }, { token: world.tokens.staff });
      expect(fieldsOf(badId)).toEqual(['subjectId']);
    });
  });
});
