import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { buildWorld, need, PASSWORD, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const EXPORT = '{ myPersonalData { fileName json } }';
const EXPORT_FOR = 'query($id: ID!) { personalDataForRequest(requestId: $id) { json } }';
const REQUEST = 'mutation($input: RequestAccountDeletionInput) { requestAccountDeletion(input: $input) { id status note person { id fullName email } } }';
const CANCEL = 'mutation { cancelAccountDeletion { id status } }';
const MINE = '{ myAccountDeletionRequest { id status } }';
const REQUESTS = '{ accountDeletionRequests { id status note requestedAt person { id fullName email role organisationName } } }';
const CARRY_OUT = 'mutation($id: ID!) { carryOutAccountDeletion(requestId: $id) { id status handledAt person { id fullName email } } }';
const KPIS = `query($filter: KpiFilter) { kpis(filter: $filter) { needsPosted matchesProposed introductions collaborations
  byMonth { month needsPosted matchesProposed introductions collaborations } } }`;
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { userId status } }';
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }';
const IMPORT = 'mutation($input: ImportMembersInput!) { importMembers(input: $input) { errorRows problems { line field reason } } }';
const CSV_HEADER = 'organisation_name,organisation_kind,sectors,city,region,website,membership_status,full_name,email,phone,role,preferred_language';

/** The researcher who leaves: values that appear nowhere else, to look for afterwards. */
const PERSON = {
  fullName: 'Yasmine Bennaniwatt',
  email: 'yasmine.bennaniwatt@lab-agadir.example',
  phone: '+212 661 98 76 54',
  headline: 'Chromatographie des huiles de figue de Barbarie',
  expertise: 'Spectrométrie Zoulikha-Quadrupole des polyphénols',
  interest: 'Mon équipe Zoulikhalab peut tester trois lots par semaine.',
};
const SECRETS = [PERSON.fullName, PERSON.email, PERSON.phone, PERSON.headline, PERSON.expertise, PERSON.interest, 'Zoulikha'];

describe('personal data: export, deletion requests and their erasure (Law 09-08)', () => {
  let app: TestApp;
  let world: World;
  let personId: string;
  let personToken: string;

  const as = (token: string) => ({ token });

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    const researcher = world.users.researcherMember;
    personId = researcher.id;
    await app.db.query('UPDATE users SET full_name = $2, email = $3, phone = $4 WHERE id = $1', [personId, PERSON.fullName, PERSON.email, PERSON.phone]);
    await app.db.query('UPDATE researcher_profiles SET headline = $2, expertise = $3 WHERE user_id = $1', [personId, PERSON.headline, PERSON.expertise]);
    await app.db.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('researcher', $1)`, [world.profiles.researcherMember.id]);
    personToken = await app.login(PERSON.email, PASSWORD);

    // A history with the cluster: a match proposed and answered, an expression of interest, notifications to both sides and staff.
    const { createMatch } = await app.ok('mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }', {
      input: { needId: world.needs.public.id, researcherProfileId: world.profiles.researcherMember.id },
    }, as(world.tokens.staff));
    await app.ok('mutation($id: ID!) { proposeMatch(id: $id) { status } }', { id: createMatch.id }, as(world.tokens.staff));
    await app.ok('mutation($id: ID!, $input: AnswerMatchInput!) { answerMatch(id: $id, input: $input) { status } }',
      { id: createMatch.id, input: { answer: 'INTERESTED', note: `${PERSON.fullName} est disponible en mars` } }, as(personToken));
    await app.ok('mutation($id: ID!, $input: AnswerMatchInput!) { answerMatch(id: $id, input: $input) { status } }',
      { id: createMatch.id, input: { answer: 'INTERESTED' } }, as(world.tokens.industrialOwner));
    await app.ok('mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
      { input: { needId: world.needs.members.id, message: PERSON.interest } }, as(personToken));
    await app.app.get(SearchIndexer).drain();
  });
  afterAll(() => app.close());

  it('a person downloads everything about them, and only they can', async () => {
    const { myPersonalData } = await app.ok(EXPORT, {}, as(personToken));
    expect(myPersonalData.fileName).toMatch(/^passerelle-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(myPersonalData.json);
    expect(data.account).toMatchObject({ id: personId, email: PERSON.email, fullName: PERSON.fullName, phone: PERSON.phone, role: 'RESEARCHER' });
    expect(data.account).not.toHaveProperty('passwordHash');
    expect(myPersonalData.json).not.toMatch(/argon2|password_hash|token_hash/);
    expect(data.researcherProfile).toMatchObject({ headline: PERSON.headline, expertise: PERSON.expertise });
    expect(data.matches).toEqual([expect.objectContaining({ side: 'RESEARCHER', answer: 'INTERESTED', needTitle: world.needs.public.title })]);
    expect(data.interests).toEqual([expect.objectContaining({ message: PERSON.interest })]);
    expect(data.notifications.length).toBeGreaterThan(0);
    expect(data.sessions.length).toBeGreaterThan(0);
    // The download itself is audited, and the next download shows it among the entries about them.
    const again = JSON.parse((await app.ok(EXPORT, {}, as(personToken))).myPersonalData.json);
    expect(again.auditEntries).toEqual([expect.objectContaining({ action: 'PERSONAL_DATA_EXPORTED', actor: 'you', subjectId: personId })]);

    // Each viewer gets their own document, never anyone else's profile or account.
    for (const name of ['admin', 'staff', 'industrialOwner', 'industrialMember'] as const) {
      const other = JSON.parse((await app.ok(EXPORT, {}, as(world.tokens[name]))).myPersonalData.json);
      expect(other.account.id).toBe(world.users[name].id);
      expect(other.researcherProfile).toBeNull();
      expect(JSON.stringify(other)).not.toContain(PERSON.expertise);
    }
    // The industrial's export holds their own needs and answers (and the contact the introduction gave them).
    const owner = JSON.parse((await app.ok(EXPORT, {}, as(world.tokens.industrialOwner))).myPersonalData.json);
    expect(owner.needs.length).toBeGreaterThan(0);
    expect(owner.matches).toEqual([expect.objectContaining({ side: 'INDUSTRIAL', answer: 'INTERESTED' })]);
    expect(errorCode(await app.gql(EXPORT))).toBe('UNAUTHENTICATED');
  });

  it('staff see a person’s data only through their pending request; members never', async () => {
    const stranger = world.users.industrialLapsed;
    const strangerToken = world.tokens.industrialLapsed;
    expect(errorCode(await app.gql(EXPORT_FOR, { id: '00000000-0000-4000-8000-000000000000' }, as(world.tokens.staff)))).toBe('NOT_FOUND');
    const { requestAccountDeletion: request } = await app.ok(REQUEST, { input: { note: 'Je quitte le cluster' } }, as(strangerToken));
    expect(request).toMatchObject({ status: 'PENDING', person: { id: stranger.id } });
    expect(errorCode(await app.gql(REQUEST, {}, as(strangerToken)))).toBe('CONFLICT');
    expect((await app.ok(MINE, {}, as(strangerToken))).myAccountDeletionRequest).toMatchObject({ id: request.id });
    expect((await app.ok(MINE, {}, as(world.tokens.industrialMember))).myAccountDeletionRequest).toBeNull();

    for (const name of ['industrialLapsed', 'industrialOwner', 'industrialMember', 'researcherLapsed'] as const) {
      expect(errorCode(await app.gql(EXPORT_FOR, { id: request.id }, as(world.tokens[name])))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(REQUESTS, {}, as(world.tokens[name])))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(CARRY_OUT, { id: request.id }, as(world.tokens[name])))).toBe('FORBIDDEN');
    }
    const seen = JSON.parse((await app.ok(EXPORT_FOR, { id: request.id }, as(world.tokens.staff))).personalDataForRequest.json);
    expect(seen.account.id).toBe(stranger.id);
    const { accountDeletionRequests } = await app.ok(REQUESTS, {}, as(world.tokens.admin));
    expect(accountDeletionRequests).toEqual([expect.objectContaining({ id: request.id, note: 'Je quitte le cluster', person: expect.objectContaining({ id: stranger.id, email: stranger.email }) })]);

    // Withdrawn: staff no longer reach the data, nor carry anything out.
    expect((await app.ok(CANCEL, {}, as(strangerToken))).cancelAccountDeletion).toMatchObject({ id: request.id, status: 'CANCELLED' });
    expect(errorCode(await app.gql(EXPORT_FOR, { id: request.id }, as(world.tokens.staff)))).toBe('CONFLICT');
    expect(errorCode(await app.gql(CARRY_OUT, { id: request.id }, as(world.tokens.staff)))).toBe('CONFLICT');
    expect(errorCode(await app.gql(CANCEL, {}, as(strangerToken)))).toBe('CONFLICT');
    expect((await app.ok(REQUESTS, {}, as(world.tokens.staff))).accountDeletionRequests).toEqual([]);
    expect((await app.db.query('SELECT status FROM users WHERE id = $1', [stranger.id]))[0].status).toBe('ACTIVE');

    // Staff cannot erase their own account, nor another staff account: an admin does.
    const { requestAccountDeletion: own } = await app.ok(REQUEST, {}, as(world.tokens.staff));
    expect(errorCode(await app.gql(CARRY_OUT, { id: own.id }, as(world.tokens.staff)))).toBe('FORBIDDEN');
    const { requestAccountDeletion: admins } = await app.ok(REQUEST, {}, as(world.tokens.admin));
    expect(errorCode(await app.gql(CARRY_OUT, { id: admins.id }, as(world.tokens.staff)))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CARRY_OUT, { id: admins.id }, as(world.tokens.admin)))).toBe('FORBIDDEN');
    await app.ok(CANCEL, {}, as(world.tokens.staff));
    await app.ok(CANCEL, {}, as(world.tokens.admin));
    expect((await app.db.query(`SELECT count(*)::int AS n FROM users WHERE status = 'ACTIVE' AND role IN ('STAFF', 'ADMIN')`))[0].n).toBe(2);
  });

  it('erasure leaves no personal field in any table, search document or export; KPIs unchanged; sessions ended; audited without the data', async () => {
    // The matcher proposes them for a need about their field, before.
    const PROPOSE = 'query($needId: ID!) { proposeMatches(needId: $needId, first: 20) { researcher { id } } }';
    const figueNeed = await need(app.db, world.organisations.owner, world.users.industrialOwner, 'Chromatographie de l’huile de figue de Barbarie', NeedVisibility.PUBLIC, {
      description: 'Analyse des polyphénols de l’huile de figue de Barbarie par chromatographie et spectrométrie.',
    });
    await app.app.get(SearchIndexer).drain();
    const proposed = async () => (await app.ok(PROPOSE, { needId: figueNeed.id }, as(world.tokens.staff))).proposeMatches.map((m: { researcher: { id: string } }) => m.researcher.id);
    expect(await proposed()).toContain(world.profiles.researcherMember.id);

    const period = { from: '2026-01-01', to: new Date().toISOString().slice(0, 10) };
    const kpisBefore = (await app.ok(KPIS, { filter: period }, as(world.tokens.staff))).kpis;
    const countsBefore = await app.db.query('SELECT (SELECT count(*) FROM needs) AS needs, (SELECT count(*) FROM matches) AS matches, (SELECT count(*) FROM match_events) AS events');
    expect(await scan(app, SECRETS)).not.toEqual([]); // the scan finds them while they are there
    const before = await app.ok('query($q: String!) { searchResearchers(query: $q) { hits { researcher { id } } } }', { q: 'figue' }, as(world.tokens.staff));
    expect(before.searchResearchers.hits.map((h: { researcher: { id: string } }) => h.researcher.id)).toContain(world.profiles.researcherMember.id);

    const { requestAccountDeletion: request } = await app.ok(REQUEST, { input: { note: `Merci, ${PERSON.fullName}` } }, as(personToken));
    const { carryOutAccountDeletion: done } = await app.ok(CARRY_OUT, { id: request.id }, as(world.tokens.staff));
    expect(done).toMatchObject({ id: request.id, status: 'DONE', handledAt: expect.any(String), person: { id: personId, fullName: 'Ancien membre' } });
    expect(done.person.email).not.toContain('yasmine');
    expect(errorCode(await app.gql(CARRY_OUT, { id: request.id }, as(world.tokens.admin)))).toBe('CONFLICT');
    expect(errorCode(await app.gql(EXPORT_FOR, { id: request.id }, as(world.tokens.staff)))).toBe('CONFLICT');

    await app.app.get(SearchIndexer).drain();
    expect(await scan(app, SECRETS)).toEqual([]);

    // Records the cluster needs stay, anonymised; the KPIs of past periods do not move.
    expect(await app.db.query('SELECT (SELECT count(*) FROM needs) AS needs, (SELECT count(*) FROM matches) AS matches, (SELECT count(*) FROM match_events) AS events')).toEqual(countsBefore);
    expect((await app.ok(KPIS, { filter: period }, as(world.tokens.staff))).kpis).toEqual(kpisBefore);

    // Search: the researcher is gone; the need's documents carry nothing of theirs.
    const SEARCH_RESEARCHERS = 'query($q: String!) { searchResearchers(query: $q) { hits { researcher { id } } } }';
    const profileId = world.profiles.researcherMember.id;
    const found = async (q: string) => (await app.ok(SEARCH_RESEARCHERS, { q }, as(world.tokens.staff))).searchResearchers.hits.map((h: { researcher: { id: string } }) => h.researcher.id);
    expect(await found('')).not.toContain(profileId);
    expect(await found('figue')).not.toContain(profileId);
    expect(await found('Zoulikha')).toEqual([]);
    for (const q of [PERSON.fullName, 'Bennaniwatt', 'Zoulikhalab']) {
      const needs = await app.ok('query($q: String!) { searchNeeds(query: $q) { hits { need { id } highlights { snippets } } } }', { q }, as(world.tokens.staff));
      expect(JSON.stringify(needs)).not.toMatch(/Bennaniwatt|Zoulikha/i);
    }
    expect(await proposed()).not.toContain(world.profiles.researcherMember.id);
    // Exports of the people they worked with no longer name them.
    for (const name of ['industrialOwner', 'staff', 'admin'] as const) {
      expect((await app.ok(EXPORT, {}, as(world.tokens[name]))).myPersonalData.json).not.toMatch(/Bennaniwatt|yasmine|Zoulikha|98 76 54/i);
    }

    // Signed out everywhere, and cannot sign in again.
    // (a suspended account's token is refused; the erased account is suspended and its sessions revoked)
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorCode(await app.gql('{ me { id } }', {}, as(personToken))));
    expect((await app.db.query('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL', [personId]))[0].n).toBe(0);
    expect(errorCode(await app.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: PERSON.email, password: PASSWORD } }))).toBe('UNAUTHENTICATED');

    // The audit log says it happened, by whom — and keeps nothing erased (the scan above covers audit_entries).
    const [entry] = await app.db.query(`SELECT actor_id, details FROM audit_entries WHERE action = 'ACCOUNT_ERASED' AND subject_id = $1`, [personId]);
    expect(entry).toEqual({ actor_id: world.users.staff.id, details: { requestId: request.id, role: 'RESEARCHER' } });
  });

  it('the erased e-mail is refused for 30 days by sign-up, invitation and import, then accepted', async () => {
    const email = PERSON.email.toUpperCase();
    const signUp = () => app.gql(REGISTER, { input: { email, password: PASSWORD, fullName: 'Quelqu’un', role: 'RESEARCHER', organisationId: world.organisations.lab.id } }, { language: 'en' });
    const refused = await signUp();
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields).toEqual([{ field: 'email', reason: expect.stringMatching(/deleted account.*used again from \d{4}-\d{2}-\d{2}/) }]);
    const until = new Date(refused.errors![0].extensions.fields![0].reason.match(/\d{4}-\d{2}-\d{2}/)![0]);
    expect(Math.round((until.getTime() - Date.now()) / 86_400_000)).toBeGreaterThanOrEqual(29);

    const invited = await app.gql(INVITE, { input: { email, fullName: 'Quelqu’un', role: 'RESEARCHER', organisationId: world.organisations.lab.id, preferredLanguage: 'fr' } }, as(world.tokens.staff));
    expect(errorCode(invited)).toBe('BAD_USER_INPUT');
    expect(invited.errors![0].extensions.fields![0].field).toBe('email');
    const csv = `${CSV_HEADER}\nLaboratoire Agro-Ressources Agadir,RESEARCH_LAB,AGRIFOOD,Agadir,Souss-Massa,,,Quelqu’un,${PERSON.email},,RESEARCHER,fr\n`;
    const imported = await app.ok(IMPORT, { input: { csv, dryRun: true } }, as(world.tokens.staff));
    expect(imported.importMembers.problems).toEqual(expect.arrayContaining([expect.objectContaining({ line: 2, field: 'email' })]));
    expect(await app.db.query(`SELECT id FROM users WHERE lower(email) = lower($1)`, [PERSON.email])).toEqual([]);

    // 30 days later.
    await app.db.query(`UPDATE erased_emails SET blocked_until = now() - interval '1 second'`);
    expect((await signUp()).errors).toBeUndefined();
  });
});

/** Every table.column (text, varchar, json, jsonb, arrays) whose text contains one of the values, case-insensitively. */
async function scan(app: TestApp, values: string[]): Promise<string[]> {
  const columns: { table: string; column: string }[] = await app.db.query(`
    SELECT c.table_name AS "table", c.column_name AS "column" FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = 'public' AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY'))`);
  const found: string[] = [];
  for (const { table, column } of columns) {
    for (const value of values) {
      const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE '%' || $1 || '%'`, [value]);
      if (n > 0) found.push(`${table}.${column} ∋ ${value}`);
    }
  }
  return found;
}
