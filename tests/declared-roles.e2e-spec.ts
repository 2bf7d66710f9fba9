import { AuditResolver } from '../apps/api/src/audit/audit.resolver';
import { BackupsResolver } from '../apps/api/src/backups/backups.resolver';
import { CollaborationsResolver } from '../apps/api/src/brokering/collaborations.resolver';
import { ROLES } from '../apps/api/src/common/roles.decorator';
import { ImportsResolver } from '../apps/api/src/imports/imports.resolver';
import { IndexingResolver } from '../apps/api/src/indexing/indexing.resolver';
import { LanguageCode } from '../apps/api/src/common/language.enum';
import { Role } from '../apps/api/src/members/member.enums';
import { OrganisationsResolver } from '../apps/api/src/members/organisations.resolver';
import { User } from '../apps/api/src/members/user.entity';
import { UsersResolver } from '../apps/api/src/members/users.resolver';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

/** Every operation whose role check is declared (@StaffOnly / @AdminOnly), with arguments (the role is checked before them). */
const OPERATIONS: { name: string; roles: Role[]; document: string; variables: (world: World) => Record<string, unknown>; method: [object, string] }[] = [
  { name: 'users', roles: [Role.STAFF, Role.ADMIN], document: `query { users(first: 5) { totalCount } }`, variables: () => ({}), method: [UsersResolver, 'users'] },
  { name: 'approveUser', roles: [Role.STAFF, Role.ADMIN], document: `mutation($id: ID!) { approveUser(id: $id) { id } }`, variables: (w) => ({ id: w.users.pending.id }), method: [UsersResolver, 'approveUser'] },
  { name: 'refuseUser', roles: [Role.STAFF, Role.ADMIN], document: `mutation($id: ID!) { refuseUser(id: $id, reason: "Dossier incomplet") { id } }`, variables: (w) => ({ id: w.users.pending.id }), method: [UsersResolver, 'refuseUser'] },
  { name: 'suspendUser', roles: [Role.STAFF, Role.ADMIN], document: `mutation($id: ID!) { suspendUser(id: $id) { id } }`, variables: (w) => ({ id: w.users.researcherLapsed.id }), method: [UsersResolver, 'suspendUser'] },
  { name: 'reactivateUser', roles: [Role.STAFF, Role.ADMIN], document: `mutation($id: ID!) { reactivateUser(id: $id) { id } }`, variables: (w) => ({ id: w.users.suspended.id }), method: [UsersResolver, 'reactivateUser'] },
  { name: 'setUserRole', roles: [Role.ADMIN], document: `mutation($id: ID!) { setUserRole(id: $id, role: STAFF) { id } }`, variables: (w) => ({ id: w.users.researcherLapsed.id }), method: [UsersResolver, 'setUserRole'] },
  {
    name: 'createOrganisation',
    roles: [Role.STAFF, Role.ADMIN],
    document: `mutation { createOrganisation(input: { name: "Huilerie déclarée", kind: COMPANY, sectors: [AGRIFOOD], city: "Tiznit", region: "Souss-Massa" }) { id } }`,
    variables: () => ({}),
    method: [OrganisationsResolver, 'createOrganisation'],
  },
  { name: 'archiveOrganisation', roles: [Role.STAFF, Role.ADMIN], document: `mutation($id: ID!) { archiveOrganisation(id: $id) { id } }`, variables: (w) => ({ id: w.organisations.member.id }), method: [OrganisationsResolver, 'archiveOrganisation'] },
  { name: 'unarchiveOrganisation', roles: [Role.STAFF, Role.ADMIN], document: `mutation($id: ID!) { unarchiveOrganisation(id: $id) { id } }`, variables: (w) => ({ id: w.organisations.member.id }), method: [OrganisationsResolver, 'unarchiveOrganisation'] },
  { name: 'backupStatus', roles: [Role.STAFF, Role.ADMIN], document: `query { backupStatus { __typename } }`, variables: () => ({}), method: [BackupsResolver, 'backupStatus'] },
  { name: 'indexingStatus', roles: [Role.STAFF, Role.ADMIN], document: `query { indexingStatus { __typename } }`, variables: () => ({}), method: [IndexingResolver, 'indexingStatus'] },
  { name: 'runBackup', roles: [Role.STAFF, Role.ADMIN], document: `mutation { runBackup { __typename } }`, variables: () => ({}), method: [BackupsResolver, 'runBackup'] },
  { name: 'auditLog', roles: [Role.STAFF, Role.ADMIN], document: `query($id: ID!) { auditLog(subjectType: "USER", subjectId: $id) { id } }`, variables: (w) => ({ id: w.users.pending.id }), method: [AuditResolver, 'auditLog'] },
  {
    name: 'startCollaboration',
    roles: [Role.STAFF, Role.ADMIN],
    document: `mutation($id: ID!) { startCollaboration(matchId: $id, input: { title: "Projet déclaré", startDate: "2027-01-04" }) { id } }`,
    variables: (w) => ({ id: w.needs.public.id }),
    method: [CollaborationsResolver, 'startCollaboration'],
  },
  {
    name: 'bookTechnologyHall',
    roles: [Role.STAFF, Role.ADMIN],
    document: `mutation($id: ID!) { bookTechnologyHall(collaborationId: $id, input: { equipmentIds: [$id], startsOn: "2027-02-01", endsOn: "2027-02-02" }) { id } }`,
    variables: (w) => ({ id: w.needs.public.id }),
    method: [CollaborationsResolver, 'bookTechnologyHall'],
  },
  {
    name: 'importMembers',
    roles: [Role.STAFF, Role.ADMIN],
    document: `mutation($csv: String!) { importMembers(input: { csv: $csv, dryRun: false }) { __typename } }`,
    variables: () => ({ csv: 'organisation,kind,sectors,city,region,full_name,email,role\nHuilerie importée,COMPANY,AGRIFOOD,Tiznit,Souss-Massa,Test import,import@test.example,INDUSTRIAL\n' }),
    method: [ImportsResolver, 'importMembers'],
  },
];

const VIEWERS: ViewerName[] = ['admin', 'staff', 'industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];
const ROLE_OF: Record<ViewerName, Role> = {
  admin: Role.ADMIN,
  staff: Role.STAFF,
  industrialOwner: Role.INDUSTRIAL,
  industrialMember: Role.INDUSTRIAL,
  industrialLapsed: Role.INDUSTRIAL,
  researcherMember: Role.RESEARCHER,
  researcherLapsed: Role.RESEARCHER,
};
/** Each member reads the platform in a language of their own. */
const LANGUAGE_OF: Record<ViewerName, 'fr' | 'ar' | 'en'> = {
  admin: 'fr',
  staff: 'ar',
  industrialOwner: 'fr',
  industrialMember: 'ar',
  industrialLapsed: 'en',
  researcherMember: 'ar',
  researcherLapsed: 'en',
};
const MESSAGES = { fr: 'Cette action est réservée aux rôles : ', ar: 'هذا الإجراء مخصص للأدوار: ', en: 'This action is reserved for: ' } as const;

describe('role checks declared on the resolvers (@StaffOnly, @AdminOnly)', () => {
  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s declares its roles on the resolver', (_, op) => {
    const [resolver, method] = op.method as [{ prototype: Record<string, unknown> }, string];
    expect(Reflect.getMetadata(ROLES, resolver.prototype[method] as object)).toEqual(op.roles);
  });

  describe('over HTTP', () => {
    let app: TestApp;
    let world: World;

    /** What a refused call must leave as it was: people, organisations, the audit log, notifications, collaborations, bookings, matches and backups. */
    async function snapshot(): Promise<string> {
      const rows = await Promise.all(
        ['SELECT id, status, role, updated_at FROM users', 'SELECT id, archived_at, membership_status, updated_at FROM organisations', 'SELECT id FROM audit_entries', 'SELECT id FROM notifications', 'SELECT id FROM collaborations', 'SELECT id FROM hall_bookings', 'SELECT id, status FROM matches'].map(
          (sql) => app.db.query(`${sql} ORDER BY id`),
        ),
      );
      const backups = (await app.ok(`query { backupStatus { backups { name } } }`, {}, { token: world.tokens.staff })).backupStatus;
      return JSON.stringify([rows, backups]);
    }

    beforeAll(async () => {
      app = await TestApp.start({ BACKUP_DIR: `/tmp/passerelle-declared-roles-${process.pid}` });
      world = await buildWorld(app);
      for (const [viewer, language] of Object.entries(LANGUAGE_OF)) await app.db.getRepository(User).update({ id: world.users[viewer as ViewerName].id }, { preferredLanguage: language as LanguageCode });
    });
    afterAll(() => app.close());

    const refusals = OPERATIONS.flatMap((op) => VIEWERS.filter((viewer) => !op.roles.includes(ROLE_OF[viewer])).map((viewer) => [op.name, viewer, LANGUAGE_OF[viewer], op] as const));
    it.each(refusals)('%s by %s: FORBIDDEN in the caller’s language (%s), nothing changed', async (_, viewer, language, op) => {
      const before = await snapshot();
      // An Accept-Language that is not theirs: the signed-in reader's own language wins.
      const result = await app.gql(op.document, op.variables(world), { token: world.tokens[viewer], language: language === 'en' ? 'fr' : 'en' });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.errors![0].message).toBe(`${MESSAGES[language]}${op.roles.join(', ')}`);
      expect(result.data ?? null).toBeNull();
      expect(await snapshot()).toBe(before);
    });

    it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s without a session: UNAUTHENTICATED', async (_, op) => {
      expect(errorCode(await app.gql(op.document, op.variables(world)))).toBe('UNAUTHENTICATED');
    });

    it('the role is checked before the arguments: a member sending a malformed id is refused, not told what is wrong with it', async () => {
      const result = await app.gql(`mutation { approveUser(id: "not-an-id") { id } }`, {}, { token: world.tokens.industrialOwner, language: 'en' });
      expect(errorCode(result)).toBe('FORBIDDEN');
    });

    it.each(['staff', 'admin'] as ViewerName[])('%s still calls the staff-only queries', async (viewer) => {
      expect((await app.ok(`query { users(first: 5) { totalCount } }`, {}, { token: world.tokens[viewer] })).users.totalCount).toBeGreaterThan(0);
      expect(await app.ok(`query($id: ID!) { auditLog(subjectType: "USER", subjectId: $id) { id } }`, { id: world.users.pending.id }, { token: world.tokens[viewer] })).toBeTruthy();
    });
  });
});
