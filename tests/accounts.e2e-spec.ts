import { hash } from '@node-rs/argon2';
import { createHash, randomUUID } from 'node:crypto';
import { LanguageCode } from '../apps/api/src/common/language.enum';
import { MembershipStatus, OrganisationKind, Role, Sector, UserStatus } from '../apps/api/src/members/member.enums';
import { Organisation } from '../apps/api/src/members/organisation.entity';
import { User } from '../apps/api/src/members/user.entity';
import { Mailer } from '../apps/api/src/notifications/mail-outbox.worker';
import { buildWorld, PASSWORD, World } from './support/fixtures';
import { DeliveredMail, SmtpSink } from './support/smtp-sink';
import { errorCode, GraphQLResponse, TestApp } from './support/test-app';

const PUBLIC_URL = 'https://passerelle.test/app';
const MAIL_FROM = 'Cluster Souss-Massa <no-reply@cluster.test>';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }';
const REFRESH = 'mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken } }';
const REQUEST_RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const INVITATION = 'query($token: String!) { invitation(token: $token) { email fullName organisationName } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken refreshToken user { id email role status } } }';
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email fullName role status preferredLanguage invitationStatus organisation { id } } }';
const INVITE_MEMBERS = 'mutation($userIds: [ID!]) { inviteMembers(userIds: $userIds) { invited skipped } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
const SIGN_OUT_EVERYWHERE = 'mutation { signOutEverywhere }';
const SIGN_UP_ORGANISATIONS = 'query($query: String, $first: Int) { signUpOrganisations(query: $query, first: $first) { id name kind city } }';
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { userId status } }';
const NOTIFICATIONS = '{ notifications(first: 20) { totalCount edges { node { kind title body link matchId needId } } } }';
const IMPORT = 'mutation($input: ImportMembersInput!) { importMembers(input: $input) { usersCreated errorRows } }';
const USERS = 'query($filter: UserFilter) { users(first: 100, filter: $filter) { edges { node { id email invitationStatus } } } }';
const ME = '{ me { id fullName phone preferredLanguage invitationStatus } }';
const UPDATE_ME = 'mutation($input: UpdateMeInput!) { updateMe(input: $input) { fullName phone preferredLanguage } }';

const CSV_HEADER = 'organisation_name,organisation_kind,sectors,city,region,website,membership_status,full_name,email,phone,role,preferred_language';

type Fields = { field: string; reason: string }[] | undefined;

const fieldsOf = (result: GraphQLResponse): Fields => result.errors?.[0]?.extensions.fields;

describe('accounts: password reset, invitations, password change, sign-up notices', () => {
  let app: TestApp;
  let world: World;
  let sink: SmtpSink;
  let mailer: Mailer;
  let passwordHash: string;
  let addressCounter = 0;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await TestApp.start({ SMTP_URL: sink.url, MAIL_FROM, PUBLIC_URL });
    world = await buildWorld(app);
    mailer = app.app.get(Mailer);
    passwordHash = await hash(PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
  });
  beforeEach(() => sink.clear());

  /** A client address of its own, so one test's rate limits never touch another's. */
  const newAddress = () => ({ 'x-forwarded-for': `10.9.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}` });

  /** Sends what the outbox holds and answers what the SMTP server received. */
  async function delivered(): Promise<DeliveredMail[]> {
    await mailer.drain();
    return sink.messages.splice(0);
  }

  function linkToken(mail: DeliveredMail, page: 'reset-password' | 'invitation'): string {
    const match = new RegExp(`${PUBLIC_URL.replace(/[./]/g, '\\$&')}/${page}\\?token=([A-Za-z0-9_-]{43})`).exec(mail.text);
    if (!match) throw new Error(`No ${page} link in: ${mail.text}`);
    expect(mail.html).toContain(`href="${match[0]}`);
    // The page opens in the e-mail's language.
    expect(mail.text.slice(match.index + match[0].length)).toMatch(new RegExp(`^&lang=${mail.headers.get('content-language') ?? '(fr|ar|en)'}\\b`));
    return match[1];
  }

  async function person(name: string, overrides: Partial<User> = {}): Promise<User> {
    return app.db.getRepository(User).save({
      email: `${name}@accounts.test`,
      passwordHash,
      fullName: `Person ${name}`,
      phone: null,
      role: Role.RESEARCHER,
      organisationId: world.organisations.lab.id,
      preferredLanguage: LanguageCode.fr,
      status: UserStatus.ACTIVE,
      ...overrides,
    });
  }

  async function signIn(email: string, password: string, headers: Record<string, string> = newAddress()) {
    return app.gql<{ login: { accessToken: string; refreshToken: string; user: { id: string } } }>(LOGIN, { input: { email, password } }, { headers });
  }

  async function session(email: string, password = PASSWORD) {
    const result = await signIn(email, password);
    if (!result.data) throw new Error(`Cannot sign in as ${email}: ${JSON.stringify(result.errors)}`);
    return result.data.login;
  }

  const requestReset = (email: string, headers: Record<string, string> = newAddress(), language?: string) =>
    app.gql(REQUEST_RESET, { email }, { headers, language });

  async function resetLink(email: string): Promise<string> {
    expect((await app.ok(REQUEST_RESET, { email }, { headers: newAddress() })).requestPasswordReset).toBe(true);
    const mails = (await delivered()).filter((mail) => mail.to === email);
    expect(mails).toHaveLength(1);
    return linkToken(mails[0], 'reset-password');
  }

  describe('password reset', () => {
    it('e-mails a single-use link in the account’s language; the new password works, the old one and every session end', async () => {
      const user = await person('reset-ar', { preferredLanguage: LanguageCode.ar });
      const before = [await session(user.email), await session(user.email)];

      expect(await requestReset(user.email)).toEqual({ data: { requestPasswordReset: true } });
      const [mail, ...others] = await delivered();
      expect(others).toEqual([]);
      expect(mail.to).toBe(user.email);
      expect(mail.from).toContain('no-reply@cluster.test');
      expect(mail.headers.get('content-language')).toBe('ar');
      expect(mail.subject).toBe('اختيار كلمة مرور جديدة');
      expect(mail.html).toContain('<html lang="ar" dir="rtl">');
      const token = linkToken(mail, 'reset-password');

      // Stored as a SHA-256 only; the sent e-mail keeps no copy of the link.
      const stored: { token_hash: string; expires_in: number }[] = await app.db.query(
        `SELECT token_hash, extract(epoch FROM expires_at - now())::int AS expires_in FROM account_tokens WHERE user_id = $1`,
        [user.id],
      );
      expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex'), expires_in: expect.any(Number) }]);
      expect(stored[0].expires_in).toBeGreaterThan(3500);
      expect(stored[0].expires_in).toBeLessThanOrEqual(3600);
      const outbox: { text: string; html: string; status: string }[] = await app.db.query(
        'SELECT text, html, status FROM email_outbox WHERE to_address = $1',
        [user.email],
      );
      expect(outbox).toEqual([{ text: '', html: '', status: 'SENT' }]);

      expect(await app.ok(RESET, { input: { token, password: 'a brand new password' } })).toEqual({ resetPassword: true });
      expect(errorCode(await signIn(user.email, PASSWORD))).toBe('UNAUTHENTICATED');
      expect((await signIn(user.email, 'a brand new password')).data?.login.user.id).toBe(user.id);
      for (const { refreshToken } of before) expect(errorCode(await app.gql(REFRESH, { token: refreshToken }))).toBe('UNAUTHENTICATED');

      const again = await app.gql(RESET, { input: { token, password: 'yet another password' } }, { language: 'en' });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(again)).toEqual([{ field: 'token', reason: 'this link is no longer valid (expired or already used); ask for a new one' }]);
      expect((await signIn(user.email, 'a brand new password')).errors).toBeUndefined();
    });

    it('answers the same for an unknown e-mail, and sends nothing', async () => {
      const known = await person('reset-known');
      const unknown = await requestReset('nobody-here@accounts.test');
      const existing = await requestReset(known.email);
      expect(unknown).toEqual(existing);
      expect(unknown).toEqual({ data: { requestPasswordReset: true } });
      expect((await delivered()).map((mail) => mail.to)).toEqual([known.email]);
      expect(await app.db.query(`SELECT 1 FROM email_outbox WHERE to_address = 'nobody-here@accounts.test'`)).toEqual([]);
    });

    it('keeps no copy of the link once the e-mail is given up', async () => {
      const user = await person('reset-refused');
      sink.rejectWith(550, 'No such mailbox');
      try {
        await app.ok(REQUEST_RESET, { email: user.email }, { headers: newAddress() });
        expect(await delivered()).toEqual([]);
      } finally {
        sink.accept();
      }
      const outbox = await app.db.query('SELECT status, text, html FROM email_outbox WHERE to_address = $1', [user.email]);
      expect(outbox).toEqual([{ status: 'DEAD', text: '', html: '' }]);
    });

    it('sends nothing to a suspended account', async () => {
      const suspended = await person('reset-suspended', { status: UserStatus.SUSPENDED });
      expect((await app.ok(REQUEST_RESET, { email: suspended.email }, { headers: newAddress() })).requestPasswordReset).toBe(true);
      expect(await delivered()).toEqual([]);
    });

    it('refuses an expired link, in the reader’s language, and changes nothing', async () => {
      const user = await person('reset-expired');
      const token = await resetLink(user.email);
      await app.db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      const reasons = { fr: 'plus valide', ar: 'لم يعد صالحا', en: 'no longer valid' };
      for (const [language, reason] of Object.entries(reasons)) {
        const result = await app.gql(RESET, { input: { token, password: 'a brand new password' } }, { language });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual([{ field: 'token', reason: expect.stringContaining(reason) }]);
      }
      expect((await signIn(user.email, PASSWORD)).errors).toBeUndefined();
    });

    it('spends every other reset link of the account once one is used', async () => {
      const user = await person('reset-twice');
      const first = await resetLink(user.email);
      const second = await resetLink(user.email);
      await app.ok(RESET, { input: { token: second, password: 'the second choice' } });
      expect(fieldsOf(await app.gql(RESET, { input: { token: first, password: 'the first choice!' } }))?.[0].field).toBe('token');
      expect((await signIn(user.email, 'the second choice')).errors).toBeUndefined();
    });

    it.each([
      ['a token of the wrong shape', { token: 'abc', password: 'a long enough password' }, 'token', { fr: 'plus valide', ar: 'الرابط', en: 'no longer valid' }],
      ['an unknown token', { token: 'A'.repeat(43), password: 'a long enough password' }, 'token', { fr: 'plus valide', ar: 'الرابط', en: 'no longer valid' }],
      ['a short password', { token: 'A'.repeat(43), password: 'short' }, 'password', { fr: 'entre 10 et 200 caractères', ar: 'بين 10 و200', en: 'between 10 and 200 characters' }],
      ['a very long password', { token: 'A'.repeat(43), password: 'x'.repeat(201) }, 'password', { fr: 'entre 10 et 200', ar: 'بين 10 و200', en: 'between 10 and 200' }],
    ])('refuses %s on its field, in French, Arabic and English', async (_, input, field, reasons) => {
      for (const [language, reason] of Object.entries(reasons)) {
        const result = await app.gql(RESET, { input }, { language });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual([{ field, reason: expect.stringContaining(reason) }]);
      }
    });

    it('refuses a malformed e-mail on its field', async () => {
      const result = await requestReset('not an e-mail', newAddress(), 'ar');
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([{ field: 'email', reason: 'يجب أن يكون بريدا إلكترونيا صالحا' }]);
    });

    it('sends at most 3 e-mails per address and hour, even to 50 requests at once', async () => {
      const user = await person('reset-burst');
      const address = newAddress();
      const answers = await Promise.all(Array.from({ length: 50 }, () => requestReset(user.email, address)));
      expect(answers.every((answer) => answer.data?.requestPasswordReset === true && !answer.errors)).toBe(true);
      const [{ queued }] = await app.db.query('SELECT count(*)::int AS queued FROM email_outbox WHERE to_address = $1', [user.email]);
      expect(queued).toBe(3);
      expect(await delivered()).toHaveLength(3);
      // From other addresses too: the limit is the e-mail's.
      expect((await requestReset(user.email)).data?.requestPasswordReset).toBe(true);
      expect(await delivered()).toEqual([]);
    });

    it('accepts at most 20 requests per client address and hour, still answering true', async () => {
      const user = await person('reset-address');
      const address = newAddress();
      await Promise.all(Array.from({ length: 20 }, (_, i) => requestReset(`someone-${i}@accounts.test`, address)));
      expect(await requestReset(user.email, address)).toEqual({ data: { requestPasswordReset: true } });
      expect(await delivered()).toEqual([]);
      await requestReset(user.email, newAddress());
      expect((await delivered()).map((mail) => mail.to)).toEqual([user.email]);
    });
  });

  describe('invitations', () => {
    const invite = (input: Record<string, unknown>, token = world.tokens.staff) => app.gql(INVITE, { input }, { token });
    const invitee = (overrides: Record<string, unknown> = {}) => ({
      email: 'salma.ouali@lab.test',
      fullName: 'Salma Ouali',
      role: 'RESEARCHER',
      organisationId: world.organisations.lab.id,
      preferredLanguage: 'en',
      ...overrides,
    });

    it('staff invite a person: an e-mail in their language, who it is for, and accepting signs them in', async () => {
      const result = await invite(invitee());
      expect(result.errors).toBeUndefined();
      const user = result.data!.inviteUser;
      expect(user).toMatchObject({
        email: 'salma.ouali@lab.test',
        fullName: 'Salma Ouali',
        role: 'RESEARCHER',
        status: 'ACTIVE',
        preferredLanguage: 'en',
        invitationStatus: 'INVITED',
        organisation: { id: world.organisations.lab.id },
      });

      const [mail, ...others] = await delivered();
      expect(others).toEqual([]);
      expect(mail.to).toBe('salma.ouali@lab.test');
      expect(mail.headers.get('content-language')).toBe('en');
      expect(mail.subject).toBe('Your invitation to Passerelle');
      expect(mail.text).toContain(world.organisations.lab.name);
      expect(mail.text).toContain('7 days');
      const token = linkToken(mail, 'invitation');
      const [{ days }] = await app.db.query(
        `SELECT round(extract(epoch FROM expires_at - now()) / 86400)::int AS days FROM account_tokens WHERE user_id = $1 AND purpose = 'INVITATION'`,
        [user.id],
      );
      expect(days).toBe(7);

      // No password works before the invitation is accepted.
      expect(errorCode(await signIn(user.email, PASSWORD))).toBe('UNAUTHENTICATED');
      expect(await app.ok(INVITATION, { token })).toEqual({
        invitation: { email: 'salma.ouali@lab.test', fullName: 'Salma Ouali', organisationName: world.organisations.lab.name },
      });

      const accepted = (await app.ok(ACCEPT, { input: { token, password: 'salma chooses this' } })).acceptInvitation;
      expect(accepted.user).toEqual({ id: user.id, email: user.email, role: 'RESEARCHER', status: 'ACTIVE' });
      expect((await app.ok(ME, {}, { token: accepted.accessToken })).me.id).toBe(user.id);
      expect((await app.ok(REFRESH, { token: accepted.refreshToken })).refreshToken.accessToken).toEqual(expect.any(String));
      expect((await signIn(user.email, 'salma chooses this')).errors).toBeUndefined();

      for (const used of [await app.gql(INVITATION, { token }), await app.gql(ACCEPT, { input: { token, password: 'someone else now' } })]) {
        expect(errorCode(used)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(used)?.map((f) => f.field)).toEqual(['token']);
      }
      const listed = await app.ok(USERS, { filter: { organisationId: world.organisations.lab.id } }, { token: world.tokens.staff });
      expect(listed.users.edges.find((e: { node: { id: string } }) => e.node.id === user.id).node.invitationStatus).toBe('ACCEPTED');
    });

    it('only staff invite, and only admins invite staff', async () => {
      for (const viewer of ['industrialOwner', 'researcherMember'] as const) {
        expect(errorCode(await invite(invitee({ email: 'not-invited@lab.test' }), world.tokens[viewer]))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(INVITE_MEMBERS, {}, { token: world.tokens[viewer] }))).toBe('FORBIDDEN');
      }
      const staffInvitee = invitee({ email: 'new-staff@cluster.test', role: 'STAFF', organisationId: null });
      expect(errorCode(await invite(staffInvitee))).toBe('FORBIDDEN');
      expect(await app.db.query(`SELECT 1 FROM users WHERE email IN ('not-invited@lab.test', 'new-staff@cluster.test')`)).toEqual([]);
      const byAdmin = await invite(staffInvitee, world.tokens.admin);
      expect(byAdmin.data?.inviteUser).toMatchObject({ role: 'STAFF', organisation: null, invitationStatus: 'INVITED' });
      expect((await delivered()).map((mail) => mail.to)).toEqual(['new-staff@cluster.test']);
      expect(errorCode(await app.gql(INVITATION, {}, {}))).toBe('BAD_USER_INPUT'); // a missing argument
    });

    it('refuses an account that has a password, and sends again to one that never chose it', async () => {
      const taken = await invite(invitee({ email: world.users.researcherMember.email.toUpperCase() }));
      expect(errorCode(taken)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(taken)).toEqual([{ field: 'email', reason: expect.stringContaining('mot de passe oublié') }]);

      const first = (await invite(invitee({ email: 'twice@lab.test' }))).data!.inviteUser;
      const firstToken = linkToken((await delivered())[0], 'invitation');
      const again = (await invite(invitee({ email: 'Twice@Lab.test', fullName: 'Another Name', role: 'INDUSTRIAL' }))).data!.inviteUser;
      expect(again).toMatchObject({ id: first.id, fullName: first.fullName, role: 'RESEARCHER' });
      const secondToken = linkToken((await delivered())[0], 'invitation');
      expect(fieldsOf(await app.gql(INVITATION, { token: firstToken }))?.[0].field).toBe('token');
      expect((await app.ok(INVITATION, { token: secondToken })).invitation.email).toBe('twice@lab.test');
    });

    it.each([
      ['a malformed e-mail', () => ({ email: 'salma' }), 'email'],
      ['an admin role', () => ({ email: 'would-be-admin@lab.test', role: 'ADMIN', organisationId: null }), 'role'],
      ['no organisation for a researcher', () => ({ email: 'no-org@lab.test', organisationId: null }), 'organisationId'],
      ['an unknown organisation', () => ({ email: 'unknown-org@lab.test', organisationId: randomUUID() }), 'organisationId'],
      ['a malformed organisation id', () => ({ email: 'bad-org@lab.test', organisationId: 'lab' }), 'organisationId'],
      ['a researcher in a company', () => ({ email: 'wrong-kind@lab.test', organisationId: world.organisations.member.id }), 'organisationId'],
      ['a bad phone number', () => ({ email: 'bad-phone@lab.test', phone: 'call me' }), 'phone'],
      ['a one-letter name', () => ({ email: 'short-name@lab.test', fullName: 'S' }), 'fullName'],
    ])('refuses %s on its field and creates nothing', async (_, overrides, field) => {
      const input = invitee(overrides());
      const before = await app.db.getRepository(User).count();
      const result = await invite(input);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)?.map((f) => f.field)).toEqual([field]);
      expect(fieldsOf(result)?.[0].reason).toEqual(expect.any(String));
      expect(await app.db.getRepository(User).count()).toBe(before);
      expect(await delivered()).toEqual([]);
    });

    it('refuses an expired invitation; staff see it as NONE and the bulk invitation sends a new one', async () => {
      const user = (await invite(invitee({ email: 'late@lab.test' }))).data!.inviteUser;
      const token = linkToken((await delivered())[0], 'invitation');
      await app.db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);
      const expired = await app.gql(ACCEPT, { input: { token, password: 'too late for this' } }, { language: 'ar' });
      expect(errorCode(expired)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(expired)).toEqual([{ field: 'token', reason: expect.stringContaining('الرابط') }]);
      const listed = await app.ok(USERS, { filter: { organisationId: world.organisations.lab.id } }, { token: world.tokens.staff });
      expect(listed.users.edges.find((e: { node: { id: string } }) => e.node.id === user.id).node.invitationStatus).toBe('NONE');

      expect((await app.ok(INVITE_MEMBERS, { userIds: [user.id] }, { token: world.tokens.staff })).inviteMembers).toEqual({ invited: 1, skipped: 0 });
      const fresh = linkToken((await delivered())[0], 'invitation');
      expect((await app.ok(ACCEPT, { input: { token: fresh, password: 'just in time now' } })).acceptInvitation.user.id).toBe(user.id);
    });

    it('invites every person of a CSV import once, each in their language, even when asked twice at once', async () => {
      // Anyone left without a password by the tests above is invited first, so this test counts only its own people.
      await app.ok(INVITE_MEMBERS, {}, { token: world.tokens.staff });
      await delivered();

      const csv = [
        CSV_HEADER,
        'Coopérative Tagmat,COOPERATIVE,AGRIFOOD,Tiznit,Souss-Massa,,ACTIVE,Aicha Tagmat,aicha@tagmat.test,,INDUSTRIAL,ar',
        'Coopérative Tagmat,COOPERATIVE,AGRIFOOD,Tiznit,Souss-Massa,,ACTIVE,Hassan Tagmat,hassan@tagmat.test,,INDUSTRIAL,fr',
        'Institut Agronomique Ait Melloul,UNIVERSITY,AGRIFOOD,Ait Melloul,Souss-Massa,,ACTIVE,Dr Rachid Naji,rachid@iam.test,,RESEARCHER,en',
      ].join('\n');
      const imported = await app.ok(IMPORT, { input: { csv, dryRun: false } }, { token: world.tokens.staff });
      expect(imported.importMembers).toEqual({ usersCreated: 3, errorRows: 0 });
      const statuses: { email: string; invitationStatus: string }[] = (await app.ok(USERS, { filter: { status: 'ACTIVE' } }, { token: world.tokens.staff })).users.edges
        .map((e: { node: { email: string; invitationStatus: string } }) => e.node)
        .filter((u: { email: string }) => /@(tagmat|iam)\.test$/.test(u.email));
      expect(statuses.map((u) => u.invitationStatus)).toEqual(['NONE', 'NONE', 'NONE']);

      const [a, b] = await Promise.all([
        app.ok(INVITE_MEMBERS, {}, { token: world.tokens.staff }),
        app.ok(INVITE_MEMBERS, {}, { token: world.tokens.admin }),
      ]);
      // One of the two invites them; the other, serialised behind it, finds them invited.
      const [first, second] = [a.inviteMembers, b.inviteMembers].sort((x, y) => y.invited - x.invited);
      expect([first.invited, second.invited]).toEqual([3, 0]);
      expect(second.skipped).toBe(first.skipped + 3);
      const mails = await delivered();
      expect(mails.map((mail) => [mail.to, mail.headers.get('content-language')]).sort()).toEqual([
        ['aicha@tagmat.test', 'ar'],
        ['hassan@tagmat.test', 'fr'],
        ['rachid@iam.test', 'en'],
      ]);
      expect(mails.find((mail) => mail.to === 'aicha@tagmat.test')!.html).toContain('dir="rtl"');
      expect(mails.find((mail) => mail.to === 'rachid@iam.test')!.text).toContain('Institut Agronomique Ait Melloul');

      expect((await app.ok(INVITE_MEMBERS, {}, { token: world.tokens.staff })).inviteMembers).toEqual({ invited: 0, skipped: second.skipped });
      expect(await delivered()).toEqual([]);
      const rachid = await app.db.getRepository(User).findOneByOrFail({ email: 'rachid@iam.test' });
      const chosen = [rachid.id, world.users.researcherMember.id, randomUUID()];
      expect((await app.ok(INVITE_MEMBERS, { userIds: chosen }, { token: world.tokens.staff })).inviteMembers).toEqual({ invited: 0, skipped: 3 });

      const token = linkToken(mails.find((mail) => mail.to === 'rachid@iam.test')!, 'invitation');
      await app.ok(ACCEPT, { input: { token, password: 'rachid sets his own' } });
      expect((await signIn('rachid@iam.test', 'rachid sets his own')).errors).toBeUndefined();
    });

    it('refuses malformed ids on their field', async () => {
      const result = await app.gql(INVITE_MEMBERS, { userIds: ['not-an-id'] }, { token: world.tokens.staff });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)?.map((f) => f.field)).toEqual(['userIds']);
    });
  });

  describe('changing one’s password and ending sessions', () => {
    const change = (token: string, input: Record<string, string>, headers: Record<string, string> = newAddress()) =>
      app.gql(CHANGE_PASSWORD, { input }, { token, headers });

    it('refuses a wrong current password on its field and changes nothing', async () => {
      const user = await person('change-wrong', { preferredLanguage: LanguageCode.en });
      const { accessToken } = await session(user.email);
      const result = await change(accessToken, { currentPassword: 'not my password', newPassword: 'a brand new password' });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([{ field: 'currentPassword', reason: 'wrong current password' }]);
      const stored = await app.db.getRepository(User).findOneByOrFail({ id: user.id });
      expect(stored.passwordHash).toBe(passwordHash);
      expect((await signIn(user.email, PASSWORD)).errors).toBeUndefined();
    });

    it('refuses a weak new password on its field', async () => {
      const user = await person('change-weak');
      const { accessToken } = await session(user.email);
      const result = await change(accessToken, { currentPassword: PASSWORD, newPassword: 'short' });
      expect(fieldsOf(result)).toEqual([{ field: 'newPassword', reason: 'doit contenir entre 10 et 200 caractères' }]);
    });

    it('is limited like sign-in: wrong current passwords lock the account for a while', async () => {
      const user = await person('change-limited');
      const { accessToken } = await session(user.email);
      for (let i = 0; i < 5; i++) expect(errorCode(await change(accessToken, { currentPassword: `wrong ${i}`, newPassword: 'a brand new password' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await change(accessToken, { currentPassword: PASSWORD, newPassword: 'a brand new password' }))).toBe('RATE_LIMITED');
      expect(errorCode(await signIn(user.email, PASSWORD))).toBe('RATE_LIMITED');
    });

    it('sets the new password and ends every other session, keeping this one', async () => {
      const user = await person('change-ok');
      const other = await session(user.email);
      const current = await session(user.email);
      expect(await change(current.accessToken, { currentPassword: PASSWORD, newPassword: 'my new password!' })).toEqual({ data: { changePassword: true } });
      expect(errorCode(await app.gql(REFRESH, { token: other.refreshToken }))).toBe('UNAUTHENTICATED');
      expect((await app.gql(REFRESH, { token: current.refreshToken })).errors).toBeUndefined();
      expect(errorCode(await signIn(user.email, PASSWORD))).toBe('UNAUTHENTICATED');
      expect((await signIn(user.email, 'my new password!')).errors).toBeUndefined();
    });

    it('signOutEverywhere revokes every refresh token of the viewer only', async () => {
      const user = await person('sign-out');
      const neighbour = await person('sign-out-neighbour');
      const sessions = [await session(user.email), await session(user.email)];
      const theirs = await session(neighbour.email);
      expect(await app.ok(SIGN_OUT_EVERYWHERE, {}, { token: sessions[0].accessToken })).toEqual({ signOutEverywhere: true });
      for (const { refreshToken } of sessions) expect(errorCode(await app.gql(REFRESH, { token: refreshToken }))).toBe('UNAUTHENTICATED');
      expect((await app.gql(REFRESH, { token: theirs.refreshToken })).errors).toBeUndefined();
      expect(errorCode(await app.gql(SIGN_OUT_EVERYWHERE))).toBe('UNAUTHENTICATED');
    });
  });

  describe('the sign-in limit under parallel calls', () => {
    it('lets at most LOGIN_MAX_FAILURES wrong passwords through out of 100 at once', async () => {
      const user = await person('login-burst');
      const address = newAddress();
      const results = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(user.email, `wrong guess ${i}`, address)));
      const codes = results.map(errorCode);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(95);
      const [{ count }] = await app.db.query('SELECT count(*)::int AS count FROM login_attempts WHERE email = $1', [user.email]);
      expect(count).toBe(5);
    });
  });

  describe('sign-up', () => {
    it('tells every active staff member and admin, in the app and by e-mail in their language', async () => {
      await app.db.query(`UPDATE users SET preferred_language = 'en' WHERE id = $1`, [world.users.admin.id]);
      const inactiveStaff = await person('staff-suspended', { role: Role.STAFF, organisationId: null, status: UserStatus.SUSPENDED });
      await app.db.query('DELETE FROM notifications');
      const input = {
        email: 'imane.saidi@lab.test',
        password: 'long enough password',
        fullName: 'Imane Saidi',
        role: 'RESEARCHER',
        preferredLanguage: 'fr',
        organisationId: world.organisations.lab.id,
      };
      expect((await app.ok(REGISTER, { input })).register.status).toBe('PENDING');

      const staffNotifications = (await app.ok(NOTIFICATIONS, {}, { token: world.tokens.staff })).notifications;
      expect(staffNotifications.totalCount).toBe(1);
      expect(staffNotifications.edges[0].node).toEqual({
        kind: 'SIGN_UP_PENDING',
        title: 'Inscription à valider\u00a0: Imane Saidi',
        body: `Imane Saidi (${world.organisations.lab.name}) demande à rejoindre Passerelle en tant que chercheur.\nAcceptez ou non cette inscription dans Passerelle.`,
        link: '/approvals',
        matchId: null,
        needId: null,
      });
      const adminNotification = (await app.ok(NOTIFICATIONS, {}, { token: world.tokens.admin })).notifications.edges[0].node;
      expect(adminNotification.body).toBe(
        `Imane Saidi (${world.organisations.lab.name}) asks to join Passerelle as a researcher.\nApprove this sign-up, or not, in Passerelle.`,
      );
      for (const member of ['industrialOwner', 'researcherMember'] as const) {
        expect((await app.ok(NOTIFICATIONS, {}, { token: world.tokens[member] })).notifications.totalCount).toBe(0);
      }

      const mails = await delivered();
      const activeStaff: { email: string }[] = await app.db.query(`SELECT email FROM users WHERE role IN ('STAFF', 'ADMIN') AND status = 'ACTIVE' ORDER BY email`);
      expect(activeStaff.map((row) => row.email)).toEqual(expect.arrayContaining([world.users.admin.email, world.users.staff.email]));
      expect(mails.map((mail) => mail.to).sort()).toEqual(activeStaff.map((row) => row.email));
      expect(mails.map((mail) => mail.to)).not.toContain(inactiveStaff.email);
      const toAdmin = mails.find((mail) => mail.to === world.users.admin.email)!;
      expect(toAdmin.headers.get('content-language')).toBe('en');
      expect(toAdmin.subject).toBe('Sign-up to approve: Imane Saidi');
      expect(toAdmin.text).toContain(`Open in Passerelle: ${PUBLIC_URL}/approvals`);
      const toStaff = mails.find((mail) => mail.to === world.users.staff.email)!;
      expect(toStaff.text).toContain(`Ouvrir dans Passerelle\u00a0: ${PUBLIC_URL}/approvals`);
      await app.db.query(`UPDATE users SET preferred_language = 'fr' WHERE id = $1`, [world.users.admin.id]);
    });

    it('says when the organisation is new, and writes nothing when the sign-up fails', async () => {
      await app.db.query('DELETE FROM notifications');
      const input = {
        email: 'omar@nouvelle-coop.test',
        password: 'long enough password',
        fullName: 'Omar Alami',
        role: 'INDUSTRIAL',
        preferredLanguage: 'fr',
        organisation: { name: 'Nouvelle Coopérative du Miel', kind: 'COOPERATIVE', sectors: ['AGRIFOOD'], city: 'Imouzzer', region: 'Souss-Massa' },
      };
      await app.ok(REGISTER, { input });
      const [edge] = (await app.ok(NOTIFICATIONS, {}, { token: world.tokens.staff })).notifications.edges;
      expect(edge.node.body).toContain("L'organisation «\u00a0Nouvelle Coopérative du Miel\u00a0» est nouvelle");
      await delivered();

      const failed = await app.gql(REGISTER, { input: { ...input, organisation: undefined, organisationId: world.organisations.lab.id, email: 'another@test.test' } });
      expect(fieldsOf(failed)?.[0].field).toBe('organisationId');
      expect((await app.ok(NOTIFICATIONS, {}, { token: world.tokens.staff })).notifications.totalCount).toBe(1);
      expect(await delivered()).toEqual([]);
    });
  });

  describe('organisations to choose at sign-up', () => {
    beforeAll(async () => {
      const repository = app.db.getRepository(Organisation);
      const base = { kind: OrganisationKind.COMPANY, sectors: [Sector.AGRIFOOD], city: 'Agadir', region: 'Souss-Massa', size: null, description: '', website: null };
      await repository.save({ ...base, name: 'Société Archivée', membershipStatus: MembershipStatus.ACTIVE, archivedAt: new Date() });
      await repository.save({ ...base, name: 'Société En Attente', membershipStatus: MembershipStatus.PENDING });
      await repository.save({ ...base, name: 'Atlas Safran', membershipStatus: MembershipStatus.LAPSED });
      for (let i = 0; i < 25; i++) await repository.save({ ...base, name: `Société Numéro ${String(i).padStart(2, '0')}`, membershipStatus: MembershipStatus.ACTIVE });
    });

    it('answers visitors without a token: id, name, kind and city of organisations one may join', async () => {
      const { signUpOrganisations } = await app.ok(SIGN_UP_ORGANISATIONS, { query: 'coopérative tifawt' });
      expect(signUpOrganisations).toEqual([{ id: world.organisations.owner.id, name: 'Coopérative Tifawt Argan', kind: 'COOPERATIVE', city: 'Agadir' }]);
      const leak = await app.gql('{ signUpOrganisations { id membershipStatus description } }');
      expect(errorCode(leak)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('ignores case and accents, and lists names starting with the query first', async () => {
      const names = async (query: string) => (await app.ok(SIGN_UP_ORGANISATIONS, { query })).signUpOrganisations.map((o: { name: string }) => o.name);
      expect(await names('COOPERATIVE TIFAWT')).toEqual(['Coopérative Tifawt Argan']);
      expect(await names('ressources')).toEqual(['Laboratoire Agro-Ressources Agadir']);
      expect(await names('SAFRAN')).toEqual(['Safran Taliouine SARL', 'Atlas Safran']);
      expect(await names('100%_')).toEqual([]);
    });

    it('leaves out archived organisations and those awaiting approval, and answers at most 20', async () => {
      const all = (await app.ok(SIGN_UP_ORGANISATIONS, {})).signUpOrganisations.map((o: { name: string }) => o.name);
      expect(all).toHaveLength(20);
      const societes = (await app.ok(SIGN_UP_ORGANISATIONS, { query: 'societe' })).signUpOrganisations.map((o: { name: string }) => o.name);
      expect(societes).toHaveLength(20);
      expect(societes).not.toContain('Société Archivée');
      expect(societes).not.toContain('Société En Attente');
      expect((await app.ok(SIGN_UP_ORGANISATIONS, { query: 'en attente' })).signUpOrganisations).toEqual([]);
      expect((await app.ok(SIGN_UP_ORGANISATIONS, { query: 'archivée' })).signUpOrganisations).toEqual([]);
      expect((await app.ok(SIGN_UP_ORGANISATIONS, { query: 'numero', first: 3 })).signUpOrganisations).toHaveLength(3);
    });

    it.each([
      [{ first: 21 }, 'first'],
      [{ first: 0 }, 'first'],
      [{ query: 'x'.repeat(101) }, 'query'],
    ])('refuses %j on its field', async (variables, field) => {
      for (const language of ['fr', 'ar', 'en']) {
        const result = await app.gql(SIGN_UP_ORGANISATIONS, variables, { language });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual([{ field, reason: expect.any(String) }]);
      }
    });
  });

  describe('the account page', () => {
    it('shows invitationStatus to staff only', async () => {
      expect((await app.ok(ME, {}, { token: world.tokens.industrialOwner })).me.invitationStatus).toBeNull();
      expect((await app.ok(ME, {}, { token: world.tokens.researcherMember })).me.invitationStatus).toBeNull();
      expect((await app.ok(ME, {}, { token: world.tokens.staff })).me.invitationStatus).toBe('ACCEPTED');
    });

    it('updateMe changes name, phone and language; null or blank values are refused or clear the phone', async () => {
      const user = await person('account-page');
      const { accessToken } = await session(user.email);
      const updated = await app.ok(UPDATE_ME, { input: { fullName: '  Nadia Berrada  ', phone: '+212 611 22 33 44', preferredLanguage: 'ar' } }, { token: accessToken });
      expect(updated.updateMe).toEqual({ fullName: 'Nadia Berrada', phone: '+212 611 22 33 44', preferredLanguage: 'ar' });
      expect((await app.ok(UPDATE_ME, { input: { phone: '  ' } }, { token: accessToken })).updateMe.phone).toBeNull();

      for (const [input, field] of [
        [{ fullName: null }, 'fullName'],
        [{ fullName: '   ' }, 'fullName'],
        [{ preferredLanguage: null }, 'preferredLanguage'],
        [{ phone: 'call me' }, 'phone'],
      ] as const) {
        const result = await app.gql(UPDATE_ME, { input }, { token: accessToken });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)?.map((f) => f.field)).toEqual([field]);
        expect(fieldsOf(result)?.[0].reason).toMatch(/[\u0600-\u06ff]/); // the viewer now reads Arabic
      }
      expect((await app.ok(ME, {}, { token: accessToken })).me).toMatchObject({ fullName: 'Nadia Berrada', phone: null, preferredLanguage: 'ar' });
    });
  });
});
