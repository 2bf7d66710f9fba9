import { hash } from '@node-rs/argon2';
import { LanguageCode } from '../apps/api/src/common/language.enum';
import { MembershipStatus, OrganisationKind, Role, Sector, UserStatus } from '../apps/api/src/members/member.enums';
import { Organisation } from '../apps/api/src/members/organisation.entity';
import { User } from '../apps/api/src/members/user.entity';
import { Mailer } from '../apps/api/src/notifications/mail-outbox.worker';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { buildWorld, PASSWORD, ViewerName, World } from './support/fixtures';
import { DeliveredMail, SmtpSink } from './support/smtp-sink';
import { errorCode, TestApp } from './support/test-app';

const REFUSE = 'mutation($id: ID!, $reason: String!) { refuseUser(id: $id, reason: $reason) { id status } }';
const APPROVE = 'mutation($id: ID!) { approveUser(id: $id) { id status } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const PENDING = '{ users(first: 100, filter: { status: PENDING }) { totalCount edges { node { id } } } }';
const RECOMMENDED_FOR = 'query($id: ID!) { recommendedNeedsFor(researcherProfileId: $id, first: 50) { score reasons need { id } } }';
const RECOMMENDED = '{ recommendedNeeds(first: 50) { need { id } } }';

const MEMBERS: ViewerName[] = ['industrialOwner', 'industrialMember', 'industrialLapsed', 'researcherMember', 'researcherLapsed'];

describe('staff console: refusing sign-ups, needs for a researcher', () => {
  let app: TestApp;
  let world: World;
  let sink: SmtpSink;
  let mailer: Mailer;
  let passwordHash: string;
  let counter = 0;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await TestApp.start({ SMTP_URL: sink.url, MAIL_FROM: 'Cluster <no-reply@cluster.test>', PUBLIC_URL: 'https://passerelle.test' });
    world = await buildWorld(app);
    mailer = app.app.get(Mailer);
    passwordHash = await hash(PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
  });

  async function delivered(): Promise<DeliveredMail[]> {
    await mailer.drain();
    return sink.messages.splice(0);
  }

  /** A pending sign-up of its own, in `language`, joining `organisation` (or proposing a new one). */
  async function signUp(language: LanguageCode, organisation?: Organisation): Promise<User> {
    const n = ++counter;
    const org =
      organisation ??
      (await app.db.getRepository(Organisation).save({
        name: `Coopérative proposée ${n}`,
        kind: OrganisationKind.COOPERATIVE,
        sectors: [Sector.AGRIFOOD],
        city: 'Tiznit',
        region: 'Souss-Massa',
        size: null,
        description: '',
        website: null,
        membershipStatus: MembershipStatus.PENDING,
      }));
    return app.db.getRepository(User).save({
      email: `sign-up-${n}@test.example`,
      passwordHash,
      fullName: `Personne ${n}`,
      phone: null,
      role: Role.INDUSTRIAL,
      organisationId: org.id,
      preferredLanguage: language,
      status: UserStatus.PENDING,
    });
  }

  const row = async (id: string) =>
    (await app.db.query('SELECT status, refused_at, refused_by, refusal_reason FROM users WHERE id = $1', [id]))[0] as {
      status: string;
      refused_at: Date | null;
      refused_by: string | null;
      refusal_reason: string | null;
    };

  describe('refuseUser', () => {
    it('is for staff only: members and visitors change nothing', async () => {
      const person = await signUp(LanguageCode.fr);
      for (const name of MEMBERS) {
        expect(errorCode(await app.gql(REFUSE, { id: person.id, reason: 'Hors périmètre' }, { token: world.tokens[name] }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await app.gql(REFUSE, { id: person.id, reason: 'Hors périmètre' }))).toBe('UNAUTHENTICATED');
      expect(await row(person.id)).toEqual({ status: 'PENDING', refused_at: null, refused_by: null, refusal_reason: null });
      expect(await delivered()).toEqual([]);
    });

    it('keeps the account, blocked, with who refused it, when and why; the person cannot sign in', async () => {
      const person = await signUp(LanguageCode.fr);
      const result = await app.ok(REFUSE, { id: person.id, reason: '  Activité hors du périmètre du cluster  ' }, { token: world.tokens.staff });
      expect(result.refuseUser).toEqual({ id: person.id, status: 'SUSPENDED' });
      const stored = await row(person.id);
      expect(stored).toMatchObject({ status: 'SUSPENDED', refused_by: world.users.staff.id, refusal_reason: 'Activité hors du périmètre du cluster' });
      expect(stored.refused_at).toBeInstanceOf(Date);

      const login = await app.gql(LOGIN, { input: { email: person.email, password: PASSWORD } });
      expect(login.data).toBeNull();
      expect(errorCode(login)).toBe('FORBIDDEN');
      const pending = (await app.ok(PENDING, {}, { token: world.tokens.staff })).users.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(pending).not.toContain(person.id);
      // Neither approved afterwards nor refused twice.
      expect(errorCode(await app.gql(APPROVE, { id: person.id }, { token: world.tokens.staff }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await app.gql(REFUSE, { id: person.id, reason: 'encore' }, { token: world.tokens.staff }))).toBe('BAD_USER_INPUT');
    });

    it('archives the organisation proposed at sign-up when nobody else is in it, and only then', async () => {
      const alone = await signUp(LanguageCode.fr);
      await app.ok(REFUSE, { id: alone.id, reason: 'Doublon' }, { token: world.tokens.admin });
      const proposed = await app.db.getRepository(Organisation).findOneByOrFail({ id: alone.organisationId! });
      expect(proposed.archivedAt).toBeInstanceOf(Date);

      const first = await signUp(LanguageCode.fr);
      const organisation = await app.db.getRepository(Organisation).findOneByOrFail({ id: first.organisationId! });
      const second = await signUp(LanguageCode.fr, organisation);
      await app.ok(REFUSE, { id: second.id, reason: 'Doublon' }, { token: world.tokens.staff });
      expect((await app.db.getRepository(Organisation).findOneByOrFail({ id: organisation.id })).archivedAt).toBeNull();

      const member = await signUp(LanguageCode.fr, world.organisations.member);
      await app.ok(REFUSE, { id: member.id, reason: 'Inconnu du membre' }, { token: world.tokens.staff });
      const memberOrganisation = await app.db.getRepository(Organisation).findOneByOrFail({ id: world.organisations.member.id });
      expect(memberOrganisation).toMatchObject({ archivedAt: null, membershipStatus: MembershipStatus.ACTIVE });
      await delivered();
    });

    it('tells the person by e-mail, in their language, with the reason', async () => {
      const arabic = await signUp(LanguageCode.ar);
      const english = await signUp(LanguageCode.en);
      await delivered();
      await app.ok(REFUSE, { id: arabic.id, reason: 'النشاط خارج نطاق التجمع' }, { token: world.tokens.staff });
      await app.ok(REFUSE, { id: english.id, reason: 'Not a member of the cluster' }, { token: world.tokens.staff });
      const mails = await delivered();
      expect(mails.map((mail) => mail.to).sort()).toEqual([arabic.email, english.email].sort());
      const toArabic = mails.find((mail) => mail.to === arabic.email)!;
      expect(toArabic.headers.get('content-language')).toBe('ar');
      expect(toArabic.subject).toBe('لم يقبل تسجيلكم في منصة Passerelle');
      expect(toArabic.text).toContain('النشاط خارج نطاق التجمع');
      const toEnglish = mails.find((mail) => mail.to === english.email)!;
      expect(toEnglish.subject).toBe('Your Passerelle sign-up was not accepted');
      expect(toEnglish.text).toContain('Reason given: Not a member of the cluster');
      expect(toEnglish.html).toContain('Not a member of the cluster');
    });

    it('asks for a reason, in the staff member’s language, and writes nothing without one', async () => {
      const person = await signUp(LanguageCode.fr);
      const blank = await app.gql(REFUSE, { id: person.id, reason: '   ' }, { token: world.tokens.staff });
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors?.[0].extensions.fields).toEqual([{ field: 'reason', reason: 'est obligatoire' }]);
      expect(errorCode(await app.gql(REFUSE, { id: person.id, reason: 'x'.repeat(2001) }, { token: world.tokens.staff }))).toBe('BAD_USER_INPUT');
      expect((await row(person.id)).status).toBe('PENDING');
      expect(await delivered()).toEqual([]);
    });
  });

  describe('recommendedNeedsFor', () => {
    beforeAll(async () => {
      await app.app.get(SearchIndexer).drain();
    });

    it('is for staff only', async () => {
      for (const name of MEMBERS) {
        const result = await app.gql(RECOMMENDED_FOR, { id: world.profiles.researcherMember.id }, { token: world.tokens[name] });
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
      }
      expect(errorCode(await app.gql(RECOMMENDED_FOR, { id: world.profiles.researcherMember.id }))).toBe('UNAUTHENTICATED');
    });

    it('gives staff, explained, the open needs the researcher is recommended', async () => {
      const mine = (await app.ok(RECOMMENDED, {}, { token: world.tokens.researcherMember })).recommendedNeeds.map((r: { need: { id: string } }) => r.need.id);
      expect(mine.length).toBeGreaterThan(0);
      const forStaff = (await app.ok(RECOMMENDED_FOR, { id: world.profiles.researcherMember.id }, { token: world.tokens.staff })).recommendedNeedsFor;
      expect(forStaff.map((r: { need: { id: string } }) => r.need.id)).toEqual(expect.arrayContaining(mine));
      expect(forStaff.map((r: { need: { id: string } }) => r.need.id)).not.toContain(world.needs.draft.id);
      expect(forStaff.every((r: { reasons: string[]; score: number }) => r.score > 0 && r.reasons.length > 0)).toBe(true);
    });

    it('answers NOT_FOUND for an unknown profile', async () => {
      const result = await app.gql(RECOMMENDED_FOR, { id: '00000000-0000-4000-8000-000000000000' }, { token: world.tokens.staff });
      expect(errorCode(result)).toBe('NOT_FOUND');
    });
  });
});
