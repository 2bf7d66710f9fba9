import { hash } from '@node-rs/argon2';
import { LanguageCode } from '../apps/api/src/common/language.enum';
import { MembershipStatus, OrganisationKind, Role, Sector, UserStatus } from '../apps/api/src/members/member.enums';
import { Organisation } from '../apps/api/src/members/organisation.entity';
import { User } from '../apps/api/src/members/user.entity';
import { buildWorld, PASSWORD, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const IMPORT = `mutation($input: ImportMembersInput!) {
  importMembers(input: $input) {
    dryRun rows okRows errorRows
    problems { line field reason }
    warnings { line field reason }
    organisationsCreated organisationsUpdated usersCreated usersUpdated unchanged
  }
}`;
const ORGANISATIONS = 'query($filter: OrganisationFilter) { organisations(first: 100, filter: $filter) { edges { node { id name kind sectors city region website membershipStatus } } } }';
const USERS = 'query($filter: UserFilter) { users(first: 100, filter: $filter) { edges { node { id email fullName phone role status preferredLanguage organisation { name } } } } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

const HEADER = 'organisation_name,organisation_kind,sectors,city,region,website,membership_status,full_name,email,phone,role,preferred_language';

interface Report {
  dryRun: boolean;
  rows: number;
  okRows: number;
  errorRows: number;
  problems: { line: number; field: string; reason: string }[];
  warnings: { line: number; field: string; reason: string }[];
  organisationsCreated: number;
  organisationsUpdated: number;
  usersCreated: number;
  usersUpdated: number;
  unchanged: number;
}

describe('member import from CSV', () => {
  let app: TestApp;
  let world: World;
  /** Staff whose preferred language is Arabic, and English. */
  let arabicStaff: string;
  let englishStaff: string;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    arabicStaff = await staffSpeaking(LanguageCode.ar);
    englishStaff = await staffSpeaking(LanguageCode.en);
  });
  afterAll(() => app.close());

  async function staffSpeaking(language: LanguageCode): Promise<string> {
    const email = `staff-${language}@test.example`;
    await app.db.getRepository(User).save({
      email,
      passwordHash: await hash(PASSWORD),
      fullName: `Staff ${language}`,
      phone: null,
      role: Role.STAFF,
      organisationId: null,
      preferredLanguage: language,
      status: UserStatus.ACTIVE,
    });
    return app.login(email, PASSWORD);
  }

  function importCsv(csv: string, dryRun: boolean | undefined, token: string = world.tokens.staff, language?: string) {
    const input = dryRun === undefined ? { csv } : { csv, dryRun };
    return app.gql<{ importMembers: Report }>(IMPORT, { input }, { token, language });
  }

  async function importOk(csv: string, dryRun: boolean, token?: string): Promise<Report> {
    const result = await importCsv(csv, dryRun, token);
    if (result.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data!.importMembers;
  }

  /** Rows of the tables an import writes, and of the search outbox that must follow them. */
  async function counts() {
    const [row] = await app.db.query(
      'SELECT (SELECT count(*) FROM organisations)::int AS organisations, (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM search_outbox)::int AS outbox',
    );
    return row as { organisations: number; users: number; outbox: number };
  }

  async function organisationNamed(nameContains: string) {
    const data = await app.ok(ORGANISATIONS, { filter: { nameContains } }, { token: world.tokens.staff });
    return data.organisations.edges.map((e: { node: unknown }) => e.node);
  }

  async function usersOf(organisationId: string) {
    const data = await app.ok(USERS, { filter: { organisationId } }, { token: world.tokens.staff });
    return data.users.edges.map((e: { node: { email: string } }) => e.node).sort((a: { email: string }, b: { email: string }) => a.email.localeCompare(b.email));
  }

  const file = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

  describe('a good file', () => {
    const csv = file(
      'Huilerie Amlou du Souss,COOPERATIVE,AGRIFOOD|COSMETICS,Agadir,Souss-Massa,https://amlou.ma,ACTIVE,Fatima Ait Lahcen,Fatima@Amlou.ma,+212 600 11 22 33,INDUSTRIAL,fr',
      'Huilerie Amlou du Souss,COOPERATIVE,AGRIFOOD|COSMETICS,Agadir,Souss-Massa,https://amlou.ma,ACTIVE,Brahim Oubella,brahim@amlou.ma,,INDUSTRIAL,',
      '"Laboratoire Eau, Sol & Plantes",research lab,agrifood,Marrakech,Marrakech-Safi,,,Karim Idrissi,karim@lesp.ma,,researcher,en',
    );

    it('dry run reports what would happen and writes nothing', async () => {
      const before = await counts();
      const report = await importOk(csv, true);
      expect(report).toEqual({
        dryRun: true,
        rows: 3,
        okRows: 3,
        errorRows: 0,
        problems: [],
        warnings: [],
        organisationsCreated: 2,
        organisationsUpdated: 0,
        usersCreated: 3,
        usersUpdated: 0,
        unchanged: 0,
      });
      expect(await counts()).toEqual(before);
      expect(await organisationNamed('Amlou')).toEqual([]);
    });

    it('is a dry run unless told otherwise', async () => {
      const before = await counts();
      expect((await importCsv(csv, undefined)).data?.importMembers.dryRun).toBe(true);
      expect(await counts()).toEqual(before);
    });

    it('apply creates the organisations and their ACTIVE members, through the search outbox', async () => {
      const before = await counts();
      const report = await importOk(csv, false);
      expect(report).toMatchObject({ dryRun: false, okRows: 3, organisationsCreated: 2, usersCreated: 3, unchanged: 0 });
      const after = await counts();
      expect(after.organisations).toBe(before.organisations + 2);
      expect(after.users).toBe(before.users + 3);
      expect(after.outbox).toBe(before.outbox + 5);

      const [huilerie] = await organisationNamed('Amlou');
      expect(huilerie).toMatchObject({
        name: 'Huilerie Amlou du Souss',
        kind: 'COOPERATIVE',
        sectors: ['AGRIFOOD', 'COSMETICS'],
        city: 'Agadir',
        website: 'https://amlou.ma',
        membershipStatus: 'ACTIVE',
      });
      expect(await usersOf(huilerie.id)).toEqual([
        expect.objectContaining({ email: 'brahim@amlou.ma', phone: null, role: 'INDUSTRIAL', status: 'ACTIVE', preferredLanguage: 'fr' }),
        expect.objectContaining({ email: 'fatima@amlou.ma', fullName: 'Fatima Ait Lahcen', phone: '+212 600 11 22 33', status: 'ACTIVE' }),
      ]);
      const [lab] = await organisationNamed('Eau, Sol');
      expect(lab).toMatchObject({ name: 'Laboratoire Eau, Sol & Plantes', kind: 'RESEARCH_LAB', membershipStatus: 'ACTIVE' });
      expect(await usersOf(lab.id)).toEqual([expect.objectContaining({ fullName: 'Karim Idrissi', role: 'RESEARCHER', preferredLanguage: 'en' })]);
    });

    it('gives imported people a password nobody knows', async () => {
      const result = await app.gql(LOGIN, { input: { email: 'karim@lesp.ma', password: 'passerelle-demo' } });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    });

    it('re-importing the same file creates nothing and reports every row unchanged', async () => {
      const before = await counts();
      for (const dryRun of [true, false]) {
        expect(await importOk(csv, dryRun)).toMatchObject({
          dryRun,
          okRows: 3,
          organisationsCreated: 0,
          organisationsUpdated: 0,
          usersCreated: 0,
          usersUpdated: 0,
          unchanged: 3,
        });
      }
      expect(await counts()).toEqual(before);
    });

    it('a changed city or phone updates, and only that', async () => {
      const changed = csv.replace(/Agadir/g, 'Inezgane').replace('+212 600 11 22 33', '+212 661 00 00 00');
      expect(await importOk(changed, true)).toMatchObject({ organisationsUpdated: 1, usersUpdated: 1, unchanged: 1 });
      const before = await counts();
      expect(await importOk(changed, false)).toMatchObject({ organisationsCreated: 0, organisationsUpdated: 1, usersCreated: 0, usersUpdated: 1, unchanged: 1 });
      const after = await counts();
      expect(after).toMatchObject({ organisations: before.organisations, users: before.users });
      expect(after.outbox).toBe(before.outbox + 2);
      const [huilerie] = await organisationNamed('Amlou');
      expect(huilerie.city).toBe('Inezgane');
      const fatima = (await usersOf(huilerie.id)).find((u: { email: string }) => u.email === 'fatima@amlou.ma');
      expect(fatima).toMatchObject({ phone: '+212 661 00 00 00', role: 'INDUSTRIAL', status: 'ACTIVE' });
    });

    it('a `;` file with a BOM, CRLF and quoted Arabic names', async () => {
      const semicolons =
        '\uFEFFOrganisation Name;Organisation Kind;Sectors;City;Region;Full Name;E-mail;Phone;Role;Preferred Language\r\n' +
        '"تعاونية تيفاوت للأركان";Coopérative;COSMETICS;"Tiznit";Souss-Massa;"فاطمة الزهراء; بنت علي";zahra@tifawt.ma;0661 22 33 44;INDUSTRIAL;ar\r\n' +
        '"Faculté des Sciences ""Ibn Zohr""";University;agrifood;Agadir;Souss-Massa;Hassan Aït Ali;hassan@uiz.ma;;RESEARCHER;fr\r\n';
      const before = await counts();
      expect(await importOk(semicolons, true)).toMatchObject({ rows: 2, okRows: 2, organisationsCreated: 2, usersCreated: 2 });
      expect(await counts()).toEqual(before);
      expect(await importOk(semicolons, false)).toMatchObject({ organisationsCreated: 2, usersCreated: 2 });
      const [cooperative] = await organisationNamed('تيفاوت');
      expect(cooperative).toMatchObject({ name: 'تعاونية تيفاوت للأركان', kind: 'COOPERATIVE', city: 'Tiznit' });
      expect(await usersOf(cooperative.id)).toEqual([
        expect.objectContaining({ fullName: 'فاطمة الزهراء; بنت علي', phone: '0661 22 33 44', preferredLanguage: 'ar' }),
      ]);
      expect(await organisationNamed('Ibn Zohr')).toEqual([expect.objectContaining({ name: 'Faculté des Sciences "Ibn Zohr"', kind: 'UNIVERSITY' })]);
      expect(await importOk(semicolons, false)).toMatchObject({ organisationsCreated: 0, usersCreated: 0, unchanged: 2 });
    });

    it('matches an existing organisation by name whatever its case and accents, and never renames it', async () => {
      const row = 'COOPERATIVE TIFAWT ARGAN,cooperative,AGRIFOOD|COSMETICS,Agadir,Souss-Massa,,,Aicha Bouzid,aicha@tifawt.ma,,INDUSTRIAL,fr';
      const before = await counts();
      expect(await importOk(file(row), false)).toMatchObject({ organisationsCreated: 0, organisationsUpdated: 0, usersCreated: 1 });
      expect((await counts()).organisations).toBe(before.organisations);
      const owner = world.organisations.owner;
      expect((await app.db.getRepository(Organisation).findOneByOrFail({ id: owner.id })).name).toBe('Coopérative Tifawt Argan');
      expect(await usersOf(owner.id)).toEqual(expect.arrayContaining([expect.objectContaining({ email: 'aicha@tifawt.ma', status: 'ACTIVE' })]));
    });

    it('updates an existing account’s details but never its status or password', async () => {
      const suspended = world.users.suspended;
      const stored = await app.db.getRepository(User).findOneByOrFail({ id: suspended.id });
      const row = `Laboratoire Agro-Ressources Agadir,RESEARCH_LAB,AGRIFOOD|COSMETICS,Agadir,Souss-Massa,,,Test suspended,${suspended.email},+212 611 11 11 11,RESEARCHER,`;
      expect(await importOk(file(row), false)).toMatchObject({ organisationsUpdated: 0, usersUpdated: 1, problems: [], warnings: [] });
      const after = await app.db.getRepository(User).findOneByOrFail({ id: suspended.id });
      expect(after).toMatchObject({ phone: '+212 611 11 11 11', role: Role.RESEARCHER, status: UserStatus.SUSPENDED, passwordHash: stored.passwordHash });
    });

    it('never changes an existing account’s role, and says so', async () => {
      // A role that does not fit the organisation's kind can only come from an admin's setUserRole.
      const odd = await app.db.getRepository(User).save({
        email: 'odd-role@test.example',
        passwordHash: 'x',
        fullName: 'Odd Role',
        phone: null,
        role: Role.RESEARCHER,
        organisationId: world.organisations.member.id,
        preferredLanguage: LanguageCode.fr,
        status: UserStatus.ACTIVE,
      });
      const row = 'Safran Taliouine SARL,COMPANY,AGRIFOOD|COSMETICS,Agadir,Souss-Massa,,,Odd Role,odd-role@test.example,,INDUSTRIAL,fr';
      const report = await importOk(file(row), false);
      expect(report).toMatchObject({ usersUpdated: 0, unchanged: 1, problems: [] });
      expect(report.warnings).toEqual([{ line: 2, field: 'role', reason: 'le compte existant garde son rôle RESEARCHER (seul un administrateur change les rôles)' }]);
      expect(await app.db.getRepository(User).findOneByOrFail({ id: odd.id })).toMatchObject({ role: Role.RESEARCHER });
    });

    it('warns once about unknown columns and imports the rest', async () => {
      const text = `${HEADER},Notes\nHuilerie Amlou du Souss,COOPERATIVE,AGRIFOOD|COSMETICS,Inezgane,Souss-Massa,https://amlou.ma,ACTIVE,Brahim Oubella,brahim@amlou.ma,,INDUSTRIAL,,bon contact\n`;
      const report = await importOk(text, true);
      expect(report.warnings).toEqual([{ line: 1, field: 'Notes', reason: 'colonne inconnue, ignorée' }]);
      expect(report).toMatchObject({ okRows: 1, unchanged: 1 });
    });
  });

  describe('bad rows', () => {
    const bad = file(
      'Moulin Atlas,COMPANY,AGRIFOOD,Fès,Fès-Meknès,,,Nadia Alaoui,nadia@moulin.ma,,INDUSTRIAL,fr',
      'Moulin Atlas,COMPANY,AGRIFOOD,Fès,Fès-Meknès,,,Bad Mail,nadia-at-moulin.ma,,INDUSTRIAL,fr',
      'Moulin Atlas,COMPANY,AGRIFOOD,Fès,Fès-Meknès,,,Youssef Researcher,youssef@moulin.ma,,RESEARCHER,fr',
      'Moulin Atlas,COMPANY,AGRIFOOD,Fès,Fès-Meknès,,,Staff Person,boss@moulin.ma,,STAFF,fr',
      'Moulin Atlas,COMPANY,AGRIFOOD,Fès,Fès-Meknès,,,Nadia Again,NADIA@moulin.ma,,INDUSTRIAL,fr',
      'Moulin Atlas,COMPANY,AGRIFOOD,Fès,Fès-Meknès,,,Omar Phone,omar@moulin.ma,call me,INDUSTRIAL,es',
    );

    it('are reported with line, column and reason in French, and the valid rows counted', async () => {
      const before = await counts();
      const report = await importOk(bad, true);
      expect(report).toMatchObject({ rows: 6, okRows: 1, errorRows: 5, organisationsCreated: 1, usersCreated: 1 });
      expect(report.problems).toEqual([
        { line: 3, field: 'email', reason: 'doit être une adresse e-mail valide' },
        { line: 4, field: 'organisation_kind', reason: "ce type d'organisation ne convient pas à ce rôle" },
        { line: 5, field: 'role', reason: 'les comptes STAFF et ADMIN ne peuvent pas être importés' },
        { line: 6, field: 'email', reason: 'cet e-mail figure déjà ligne 2' },
        { line: 7, field: 'preferred_language', reason: "doit être l'une des valeurs : fr, ar, en" },
        { line: 7, field: 'phone', reason: 'doit être un numéro de téléphone' },
      ]);
      expect(await counts()).toEqual(before);
    });

    it('are reported in the viewer’s language: Arabic, English', async () => {
      const arabic = await importOk(bad, true, arabicStaff);
      expect(arabic.problems[0]).toEqual({ line: 3, field: 'email', reason: 'يجب أن يكون بريدا إلكترونيا صالحا' });
      expect(arabic.problems[3]).toEqual({ line: 6, field: 'email', reason: 'هذا البريد مذكور في السطر 2' });
      const english = await importOk(bad, true, englishStaff);
      expect(english.problems.map((p) => p.reason)).toEqual([
        'must be a valid e-mail address',
        'this kind of organisation does not fit this role',
        'STAFF and ADMIN accounts cannot be imported',
        'this e-mail is already on line 2',
        'must be one of: fr, ar, en',
        'must be a phone number',
      ]);
    });

    it('apply refuses the whole file and changes nothing', async () => {
      const before = await counts();
      const result = await importCsv(bad, false);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields).toEqual([
        { field: 'csv', reason: "5 ligne(s) en erreur : rien n'a été importé ; corrigez le fichier (voir l'essai à blanc)" },
      ]);
      expect(await counts()).toEqual(before);
      expect(await organisationNamed('Moulin Atlas')).toEqual([]);
    });

    it('an e-mail that belongs to another organisation is an error, never a move', async () => {
      const elsewhere = world.users.researcherMember.email;
      const text = file(
        `Coopérative Tifawt Argan,COOPERATIVE,AGRIFOOD|COSMETICS,Agadir,Souss-Massa,,,Test researcher,${elsewhere},,INDUSTRIAL,fr`,
        `Nouvelle Coopérative Imouzzer,COOPERATIVE,AGRIFOOD,Imouzzer,Souss-Massa,,,Staff,${world.users.staff.email.toUpperCase()},,INDUSTRIAL,fr`,
      );
      const report = await importOk(text, true);
      expect(report.problems).toEqual([
        { line: 2, field: 'email', reason: "cet e-mail appartient déjà à un compte d'une autre organisation" },
        { line: 3, field: 'email', reason: "cet e-mail appartient déjà à un compte d'une autre organisation" },
      ]);
      const before = await counts();
      expect(errorCode(await importCsv(text, false))).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(before);
      const researcher = await app.db.getRepository(User).findOneByOrFail({ id: world.users.researcherMember.id });
      expect(researcher.organisationId).toBe(world.organisations.lab.id);
    });

    it('an existing organisation of another kind, or archived, is an error', async () => {
      await app.db.getRepository(Organisation).save({
        name: 'Conserverie Ancienne',
        kind: OrganisationKind.COMPANY,
        sectors: [Sector.AGRIFOOD],
        city: 'Safi',
        region: 'Marrakech-Safi',
        size: null,
        description: '',
        website: null,
        membershipStatus: MembershipStatus.LAPSED,
        archivedAt: new Date(),
      });
      const text = file(
        'Laboratoire Agro-Ressources Agadir,COMPANY,AGRIFOOD,Agadir,Souss-Massa,,,New Person,new@agro.ma,,INDUSTRIAL,fr',
        'Conserverie ancienne,COMPANY,AGRIFOOD,Safi,Marrakech-Safi,,,Old Person,old@conserverie.ma,,INDUSTRIAL,fr',
      );
      expect((await importOk(text, true)).problems).toEqual([
        { line: 2, field: 'organisation_kind', reason: "l'organisation existante est de type RESEARCH_LAB ; modifiez-le sur sa fiche" },
        { line: 3, field: 'organisation_name', reason: 'cette organisation est archivée' },
      ]);
    });

    it('a missing required column fails the whole file with a clear error', async () => {
      const result = await importCsv('organisation_name;city;full_name\nMoulin Atlas;Fès;Nadia\n', true);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields).toEqual([
        { field: 'csv', reason: 'colonnes obligatoires absentes : organisation_kind, sectors, region, email, role' },
      ]);
      const english = await importCsv('organisation_name;city;full_name\nMoulin Atlas;Fès;Nadia\n', true, englishStaff);
      expect(english.errors![0].extensions.fields).toEqual([
        { field: 'csv', reason: 'missing required columns: organisation_kind, sectors, region, email, role' },
      ]);
    });

    it('a file with too many rows is refused before anything is read from it', async () => {
      const tooLong = [HEADER, ...Array.from({ length: 5001 }, () => 'x')].join('\n');
      const result = await importCsv(tooLong, true, arabicStaff);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields).toEqual([{ field: 'csv', reason: 'الملف يتجاوز 5000 سطر' }]);
    });

    it('a file over 2 MB is refused with BAD_USER_INPUT, not cut off by the HTTP layer', async () => {
      const row = 'Moulin Atlas,COMPANY,AGRIFOOD,Fès,Fès-Meknès,,,Nadia,n@m.ma,,INDUSTRIAL,fr,' + 'x'.repeat(600);
      const tooBig = [HEADER, ...Array.from({ length: 4000 }, () => row)].join('\n');
      expect(Buffer.byteLength(tooBig)).toBeGreaterThan(2 * 1024 * 1024);
      const result = await importCsv(tooBig, true, englishStaff);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields![0].field).toBe('csv');
    });

    it('an unreadable CSV names the line', async () => {
      const result = await importCsv(file('"Moulin Atlas,COMPANY,AGRIFOOD,Fès,Fès-Meknès,,,Nadia,n@m.ma,,INDUSTRIAL,fr'), true, englishStaff);
      expect(result.errors![0].extensions.fields).toEqual([{ field: 'csv', reason: 'unreadable CSV near line 2 (unclosed quote?)' }]);
    });
  });

  describe('authorization, role by role', () => {
    const csv = file('Ferme Oasis Tata,COOPERATIVE,AGRIFOOD,Tata,Souss-Massa,,,Lahcen Oasis,lahcen@oasis.ma,,INDUSTRIAL,fr');
    const MEMBERS: ViewerName[] = ['industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];

    it.each(MEMBERS)('%s is FORBIDDEN, dry run or not, and nothing changes', async (viewer) => {
      const before = await counts();
      for (const dryRun of [true, false]) {
        expect(errorCode(await importCsv(csv, dryRun, world.tokens[viewer]))).toBe('FORBIDDEN');
      }
      // Refused before the file is read: its limits tell a member nothing.
      expect(errorCode(await importCsv('not,a,member,file', true, world.tokens[viewer]))).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    });

    it.each(['staff', 'admin'] as ViewerName[])('%s may import', async (viewer) => {
      expect(await importOk(csv, true, world.tokens[viewer])).toMatchObject({ okRows: 1, errorRows: 0 });
    });

    it('anonymous is UNAUTHENTICATED, in the Accept-Language', async () => {
      const result = await app.gql(IMPORT, { input: { csv } }, { language: 'ar' });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.errors![0].message).toBe('يرجى تسجيل الدخول للمتابعة');
    });

    it('a signed-in viewer reads their own language, not the Accept-Language (as everywhere in the API)', async () => {
      const result = await importCsv(file('Moulin Atlas,COMPANY,AGRIFOOD,Fès,Fès-Meknès,,,Nadia,nadia-at-moulin.ma,,INDUSTRIAL,fr'), true, world.tokens.staff, 'en');
      expect(result.data!.importMembers.problems[0].reason).toBe('doit être une adresse e-mail valide');
    });
  });
});
