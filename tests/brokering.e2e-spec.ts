import { MatchEvent } from '../apps/api/src/brokering/match-event.entity';
import { Match } from '../apps/api/src/brokering/match.entity';
import { Sector } from '../apps/api/src/members/member.enums';
import { User } from '../apps/api/src/members/user.entity';
import { Need } from '../apps/api/src/needs/need.entity';
import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { Mailer } from '../apps/api/src/notifications/mail-outbox.worker';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { buildWorld, need, ViewerName, World } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';
import { errorCode, TestApp } from './support/test-app';

const MATCH_FIELDS = `id status version origin proposedAt introducedAt
  industrialSide { answer reason note } researcherSide { answer reason note }
  contacts { industrial { name organisation email phone } researcher { name organisation email phone } }
  need { id title organisation { name } author { email } }
  researcher { id researcher { fullName email phone } }`;
const GET = `query($id: ID!) { match(id: $id) { ${MATCH_FIELDS} } }`;
const MY = `query { myMatches(first: 50) { totalCount edges { node { ${MATCH_FIELDS} } } } }`;
const CREATE = `mutation($input: CreateMatchInput!) { createMatch(input: $input) { id status version owner { fullName } } }`;
const SHORTLIST = `mutation($id: ID!, $input: TransitionInput) { shortlistMatch(id: $id, input: $input) { id status version } }`;
const PROPOSE = `mutation($id: ID!, $input: TransitionInput) { proposeMatch(id: $id, input: $input) { id status version } }`;
const ANSWER = `mutation($id: ID!, $input: AnswerMatchInput!) { answerMatch(id: $id, input: $input) { id status industrialSide { answer } researcherSide { answer } } }`;
const CLOSE = `mutation($id: ID!, $input: CloseMatchInput!) { closeMatch(id: $id, input: $input) { id status outcome } }`;
const START = `mutation($id: ID!, $input: StartCollaborationInput!) {
  startCollaboration(matchId: $id, input: $input) { id status collaboration { id title partners startDate milestones { id title dueDate status } bookings { equipment { name } startsOn endsOn status } } }
}`;
const TIMELINE = `query($id: ID!) { match(id: $id) { timeline { event fromStatus toStatus note actor { fullName } createdAt } } }`;
const NOTIFICATIONS = `query { notifications(first: 50) { edges { node { kind title body matchId } } } }`;

describe('brokering', () => {
  let app: TestApp;
  let world: World;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await TestApp.start({ SMTP_URL: sink.url, MAIL_INTERVAL_MS: '0' });
    world = await buildWorld(app);
    // Distinct phones, so a leak of either side's number would show.
    await app.db.getRepository(User).update(world.users.industrialOwner.id, { phone: '+212 611 11 11 11' });
    await app.db.getRepository(User).update(world.users.researcherMember.id, { phone: '+212 622 22 22 22' });
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
  });

  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });
  const create = async (needId: string, profileId = world.profiles.researcherMember.id) =>
    (await app.ok(CREATE, { input: { needId, researcherProfileId: profileId } }, as('staff'))).createMatch;
  const proposed = async (needId: string, profileId?: string) => {
    const match = await create(needId, profileId);
    await app.ok(PROPOSE, { id: match.id }, as('staff'));
    return match.id as string;
  };
  const interested = (side?: string) => ({ input: { answer: 'INTERESTED', ...(side ? { side } : {}) } });
  const postNeed = async (title: string, extra: Partial<Need> = {}) =>
    (await need(app.db, world.organisations.owner, world.users.industrialOwner, title, NeedVisibility.PUBLIC, extra)).id;
  const notificationsAbout = async (viewer: ViewerName, matchId: string) =>
    (await app.ok(NOTIFICATIONS, {}, as(viewer))).notifications.edges.map((e: { node: { matchId: string } }) => e.node).filter((n: { matchId: string }) => n.matchId === matchId);
  const events = (matchId: string) => app.db.getRepository(MatchEvent).find({ where: { matchId }, order: { createdAt: 'ASC' } });

  describe('the lifecycle', () => {
    it('carries a match from a staff pick to a closed collaboration, each step in the audit log', async () => {
      const picked = await create(world.needs.public.id);
      expect(picked).toMatchObject({ status: 'SHORTLISTED', owner: { fullName: 'Test staff' } });
      await app.ok(PROPOSE, { id: picked.id, input: { note: 'Bon profil HPLC' } }, as('staff'));
      const first = await app.ok(ANSWER, { id: picked.id, ...interested() }, as('industrialOwner'));
      expect(first.answerMatch).toMatchObject({ status: 'PROPOSED', industrialSide: { answer: 'INTERESTED' }, researcherSide: { answer: 'PENDING' } });
      const second = await app.ok(ANSWER, { id: picked.id, ...interested() }, as('researcherMember'));
      expect(second.answerMatch.status).toBe('INTRODUCED');

      const press = (await app.ok(`mutation { createHallEquipment(input: { name: "Presse à froid", category: EXTRACTION }) { id } }`, {}, as('staff'))).createHallEquipment.id;
      const started = await app.ok(START, {
        id: picked.id,
        input: {
          title: 'Stabilisation de l’huile d’argan cosmétique',
          startDate: '2027-01-10',
          partners: ['Fondation OCP'],
          milestones: [{ title: 'Protocole d’oxydation accélérée', dueDate: '2027-03-01' }],
          booking: { startsOn: '2027-02-01', endsOn: '2027-02-05', equipmentIds: [press] },
        },
      }, as('staff'));
      const collaboration = started.startCollaboration.collaboration;
      expect(started.startCollaboration.status).toBe('COLLABORATING');
      expect(collaboration).toMatchObject({ partners: ['Fondation OCP'], milestones: [{ status: 'PLANNED' }], bookings: [{ equipment: { name: 'Presse à froid' }, status: 'APPROVED' }] });

      // Both sides keep the milestones up to date.
      const done = await app.ok(`mutation($id: ID!) { updateMilestone(id: $id, input: { status: DONE }) { status completedAt } }`, { id: collaboration.milestones[0].id }, as('researcherMember'));
      expect(done.updateMilestone.status).toBe('DONE');

      const closed = await app.ok(CLOSE, { id: picked.id, input: { outcome: 'SUCCESS', note: 'Formulation transférée' } }, as('staff'));
      expect(closed.closeMatch).toMatchObject({ status: 'CLOSED', outcome: 'SUCCESS' });

      const timeline = (await app.ok(TIMELINE, { id: picked.id }, as('staff'))).match.timeline;
      expect(timeline.map((e: MatchEvent) => [e.event, e.fromStatus, e.toStatus])).toEqual([
        ['SHORTLIST', null, 'SHORTLISTED'],
        ['PROPOSE', 'SHORTLISTED', 'PROPOSED'],
        ['ANSWER', 'PROPOSED', 'PROPOSED'],
        ['ANSWER', 'PROPOSED', 'INTRODUCED'],
        ['START_COLLABORATION', 'INTRODUCED', 'COLLABORATING'],
        ['CLOSE', 'COLLABORATING', 'CLOSED'],
      ]);
      expect(timeline[1]).toMatchObject({ note: 'Bon profil HPLC', actor: { fullName: 'Test staff' } });
      expect(timeline[2].actor.fullName).toBe('Test owner');
      expect(timeline[3].actor.fullName).toBe('Test researcher');
      expect(new Set(timeline.map((e: MatchEvent) => String(e.createdAt))).size).toBe(timeline.length);
    });

    it('refuses an illegal transition with BAD_USER_INPUT and changes nothing', async () => {
      const match = await create(world.needs.members.id);
      const before = await app.db.getRepository(Match).findOneByOrFail({ id: match.id });
      for (const [query, variables] of [
        [SHORTLIST, { id: match.id }],
        [ANSWER, { id: match.id, input: { answer: 'INTERESTED', side: 'INDUSTRIAL' } }],
        [CLOSE, { id: match.id, input: { outcome: 'SUCCESS' } }],
        [START, { id: match.id, input: { title: 'Trop tôt', startDate: '2027-01-01' } }],
      ] as const) {
        const result = await app.gql(query, variables, { ...as('staff'), language: 'fr' });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions.fields![0].field).toMatch(/status|outcome/);
      }
      const after = await app.db.getRepository(Match).findOneByOrFail({ id: match.id });
      expect(after).toEqual(before);
      expect(await events(match.id)).toHaveLength(1);
    });

    it('explains a refused transition in the reader’s language', async () => {
      const match = await create(world.needs.anonymousPublic.id);
      await app.db.getRepository(User).update(world.users.admin.id, { preferredLanguage: 'ar' as never });
      const result = await app.gql(SHORTLIST, { id: match.id }, as('admin'));
      await app.db.getRepository(User).update(world.users.admin.id, { preferredLanguage: 'fr' as never });
      expect(result.errors![0].extensions.fields![0].reason).toBe('لا يمكن تنفيذ SHORTLIST على ربط في حالة SHORTLISTED');
    });

    it('refuses a stale expectedVersion with CONFLICT', async () => {
      const match = await create(world.needs.anonymousMembers.id);
      const result = await app.gql(PROPOSE, { id: match.id, input: { expectedVersion: match.version + 5 } }, as('staff'));
      expect(errorCode(result)).toBe('CONFLICT');
      expect((await app.ok(PROPOSE, { id: match.id, input: { expectedVersion: match.version } }, as('staff'))).proposeMatch.status).toBe('PROPOSED');
    });

    it('lets only one of two simultaneous picks of the same pair through; the other is a CONFLICT', async () => {
      const needId = await postNeed('Besoin choisi deux fois en même temps');
      const input = { needId, researcherProfileId: world.profiles.researcherMember.id };
      const results = await Promise.all([app.gql(CREATE, { input }, as('staff')), app.gql(CREATE, { input }, as('admin'))]);
      expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
      expect(await app.db.getRepository(Match).countBy({ needId })).toBe(1);
    });

    it('refuses a second match for the same pair', async () => {
      const result = await app.gql(CREATE, { input: { needId: world.needs.public.id, researcherProfileId: world.profiles.researcherMember.id } }, as('staff'));
      expect(errorCode(result)).toBe('CONFLICT');
    });
  });

  describe('declines', () => {
    it('needs a reason, and OTHER needs a note', async () => {
      const id = await proposed(world.needs.staffOnly.id);
      const noReason = await app.gql(ANSWER, { id, input: { answer: 'DECLINED' } }, as('industrialOwner'));
      expect(noReason.errors![0].extensions.fields).toEqual([{ field: 'reason', reason: 'choisissez une raison pour décliner' }]);
      const other = await app.gql(ANSWER, { id, input: { answer: 'DECLINED', reason: 'OTHER' } }, as('industrialOwner'));
      expect(other.errors![0].extensions.fields![0].field).toBe('note');
      expect((await app.db.getRepository(Match).findOneByOrFail({ id })).industrialAnswer).toBe('PENDING');
    });

    it('ends the match as DECLINED; the other side sees the answer but not the reason; staff see reasons aggregated', async () => {
      const id = await proposed(world.needs.anonymousStaffOnly.id);
      const declined = await app.ok(ANSWER, { id, input: { answer: 'DECLINED', reason: 'TOO_EARLY_STAGE', note: 'Revenez au TRL 5' } }, as('researcherMember'));
      expect(declined.answerMatch.status).toBe('DECLINED');

      const industrialView = (await app.ok(GET, { id }, as('industrialOwner'))).match;
      expect(industrialView.researcherSide).toEqual({ answer: 'DECLINED', reason: null, note: null });
      const ownView = (await app.ok(GET, { id }, as('researcherMember'))).match;
      expect(ownView.researcherSide).toEqual({ answer: 'DECLINED', reason: 'TOO_EARLY_STAGE', note: 'Revenez au TRL 5' });

      const FEEDBACK = `query($needId: ID, $profileId: ID) { declineFeedback(needId: $needId, researcherProfileId: $profileId) { reason count notes } }`;
      const perNeed = await app.ok(FEEDBACK, { needId: world.needs.anonymousStaffOnly.id }, as('staff'));
      expect(perNeed.declineFeedback).toEqual([{ reason: 'TOO_EARLY_STAGE', count: 1, notes: ['Revenez au TRL 5'] }]);
      const perResearcher = await app.ok(FEEDBACK, { profileId: world.profiles.researcherMember.id }, as('staff'));
      expect(perResearcher.declineFeedback).toContainEqual({ reason: 'TOO_EARLY_STAGE', count: 1, notes: ['Revenez au TRL 5'] });
      expect(errorCode(await app.gql(FEEDBACK, { needId: world.needs.anonymousStaffOnly.id }, as('industrialOwner')))).toBe('FORBIDDEN');

      const again = await app.gql(ANSWER, { id, ...interested() }, as('industrialOwner'));
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
    });
  });

  describe('concurrency', () => {
    it('loses neither answer when both sides answer at the same moment', async () => {
      for (let round = 0; round < 5; round += 1) {
        const needId = await postNeed(`Besoin concurrent ${round}`, { sector: Sector.COSMETICS });
        const id = await proposed(needId);
        const answers = await Promise.all([
          app.gql(ANSWER, { id, ...interested() }, as('industrialOwner')),
          app.gql(ANSWER, { id, ...interested() }, as('researcherMember')),
        ]);
        expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
        const stored = await app.db.getRepository(Match).findOneByOrFail({ id });
        expect(stored).toMatchObject({ status: 'INTRODUCED', industrialAnswer: 'INTERESTED', researcherAnswer: 'INTERESTED' });
        expect((await events(id)).filter((e) => e.event === 'ANSWER').map((e) => e.toStatus).sort()).toEqual(['INTRODUCED', 'PROPOSED']);
      }
    });

    it('takes exactly one of two contradictory answers from the same side', async () => {
      const needId = await postNeed('Besoin aux réponses contradictoires', { sector: Sector.AGRIFOOD });
      const id = await proposed(needId);
      const results = await Promise.all([
        app.gql(ANSWER, { id, ...interested() }, as('industrialOwner')),
        app.gql(ANSWER, { id, input: { answer: 'DECLINED', reason: 'BUDGET' } }, as('industrialOwner')),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'BAD_USER_INPUT')).toHaveLength(1);
      expect((await events(id)).filter((e) => e.event === 'ANSWER')).toHaveLength(1);
    });
  });

  describe('who may see and do what', () => {
    let shortlistedId: string;
    let proposedId: string;

    beforeAll(async () => {
      const needId = await postNeed('Séchage du safran', { sector: Sector.AGRIFOOD });
      shortlistedId = (await create(needId)).id;
      proposedId = await proposed(needId, world.profiles.researcherLapsed.id);
    });

    it.each(['staff', 'admin'] as const)('%s sees the whole pipeline', async (viewer) => {
      const pipeline = await app.ok(`query { pipeline(first: 100) { totalCount edges { node { id } } } }`, {}, as(viewer));
      const ids = pipeline.pipeline.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids).toEqual(expect.arrayContaining([shortlistedId, proposedId]));
      const counts = await app.ok(`query { pipelineCounts { status count } }`, {}, as(viewer));
      const total = counts.pipelineCounts.reduce((sum: number, c: { count: number }) => sum + c.count, 0);
      expect(total).toBe(pipeline.pipeline.totalCount);
    });

    it.each(['industrialOwner', 'industrialMember', 'researcherMember', 'researcherLapsed'] as const)('%s may not read the pipeline', async (viewer) => {
      expect(errorCode(await app.gql(`query { pipeline { totalCount } }`, {}, as(viewer)))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(`query { pipelineCounts { count } }`, {}, as(viewer)))).toBe('FORBIDDEN');
    });

    it.each(['industrialOwner', 'researcherMember', 'industrialMember', 'researcherLapsed'] as const)(
      '%s never sees a match that was not proposed yet',
      async (viewer) => {
        expect(errorCode(await app.gql(GET, { id: shortlistedId }, as(viewer)))).toBe('NOT_FOUND');
        const mine = (await app.ok(MY, {}, as(viewer))).myMatches.edges.map((e: { node: { id: string } }) => e.node.id);
        expect(mine).not.toContain(shortlistedId);
      },
    );

    it('shows a proposed match to its two sides only', async () => {
      expect((await app.ok(GET, { id: proposedId }, as('industrialOwner'))).match.id).toBe(proposedId);
      expect((await app.ok(GET, { id: proposedId }, as('researcherLapsed'))).match.id).toBe(proposedId);
      for (const outsider of ['industrialMember', 'industrialLapsed', 'researcherMember'] as const) {
        expect(errorCode(await app.gql(GET, { id: proposedId }, as(outsider)))).toBe('NOT_FOUND');
        const mine = (await app.ok(MY, {}, as(outsider))).myMatches.edges.map((e: { node: { id: string } }) => e.node.id);
        expect(mine).not.toContain(proposedId);
      }
    });

    it('keeps pipeline actions for staff, and each side to its own answer', async () => {
      for (const viewer of ['industrialOwner', 'researcherLapsed'] as const) {
        expect(errorCode(await app.gql(SHORTLIST, { id: shortlistedId }, as(viewer)))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql(CLOSE, { id: proposedId, input: { outcome: 'NOT_PURSUED' } }, as(viewer)))).toBe('FORBIDDEN');
      }
      const forOther = await app.gql(ANSWER, { id: proposedId, input: { answer: 'INTERESTED', side: 'RESEARCHER' } }, as('industrialOwner'));
      expect(errorCode(forOther)).toBe('FORBIDDEN');
      const outsider = await app.gql(ANSWER, { id: proposedId, ...interested() }, as('industrialMember'));
      expect(errorCode(outsider)).toBe('NOT_FOUND');
      const staffWithoutSide = await app.gql(ANSWER, { id: proposedId, ...interested() }, as('staff'));
      expect(staffWithoutSide.errors![0].extensions.fields![0].field).toBe('side');
      expect((await app.db.getRepository(Match).findOneByOrFail({ id: proposedId })).researcherAnswer).toBe('PENDING');
    });

    it('loads a page of 20 matches with their needs, researchers, owners, contacts and timelines in as many statements as a page of 2', async () => {
      const page = (first: number) => app.ok(
        `query($first: Int) { pipeline(first: $first) { edges { node { id need { title organisation { name } } researcher { headline researcher { fullName } }
          owner { fullName } industrialSide { answer } contacts { industrial { email } researcher { email } } timeline { event actor { fullName } } collaboration { title milestones { title } } } } } }`,
        { first },
        as('staff'),
      );
      for (let i = 0; i < 12; i += 1) await proposed(await postNeed(`Besoin pour compter les requêtes ${i}`), world.profiles.researcherLapsed.id);
      // The newest has every kind of relation (and actors from both sides), so both pages ask for every kind of row.
      const newest = await proposed(await postNeed('Besoin aux relations complètes'));
      await app.ok(ANSWER, { id: newest, ...interested() }, as('industrialOwner'));
      await app.ok(ANSWER, { id: newest, ...interested() }, as('researcherMember'));
      await app.ok(START, { id: newest, input: { title: 'Projet complet', startDate: '2027-01-01', milestones: [{ title: 'Étape', dueDate: '2027-02-01' }] } }, as('staff'));
      expect((await page(20)).pipeline.edges.length).toBeGreaterThanOrEqual(15);
      expect(await app.countStatements(() => page(20))).toBe(await app.countStatements(() => page(2)));
    });

    it('answers UNAUTHENTICATED without a token', async () => {
      expect(errorCode(await app.gql(MY))).toBe('UNAUTHENTICATED');
    });
  });

  describe('double opt-in', () => {
    const viewers: ViewerName[] = ['staff', 'admin', 'industrialOwner', 'researcherMember', 'industrialMember', 'industrialLapsed', 'researcherLapsed'];
    let id: string;

    beforeAll(async () => {
      await app.app.get(Mailer).drain();
      sink.clear();
      // An anonymous need: its organisation is hidden from the researcher until the introduction.
      const needId = await postNeed('Conservation naturelle d’un savon', { sector: Sector.COSMETICS, anonymous: true });
      id = await proposed(needId);
      await app.ok(ANSWER, { id, ...interested() }, as('industrialOwner'));
      await app.app.get(Mailer).drain();
    });

    const secrets = () => ({
      industrial: [world.users.industrialOwner.email, '+212 611 11 11 11', world.organisations.owner.name],
      researcher: [world.users.researcherMember.email, '+212 622 22 22 22'],
    });

    it.each(viewers)('hides contacts from %s before both sides are interested (staff excepted)', async (viewer) => {
      const result = await app.gql(GET, { id }, as(viewer));
      if (viewer === 'staff' || viewer === 'admin') {
        expect(result.data!.match.contacts.researcher.email).toBe(world.users.researcherMember.email);
        return;
      }
      if (viewer === 'industrialMember' || viewer === 'industrialLapsed' || viewer === 'researcherLapsed') {
        expect(errorCode(result)).toBe('NOT_FOUND');
        return;
      }
      const match = result.data!.match;
      expect(match.contacts).toBeNull();
      const other = viewer === 'industrialOwner' ? secrets().researcher : secrets().industrial;
      const inList = (await app.ok(MY, {}, as(viewer))).myMatches.edges.find((e: { node: { id: string } }) => e.node.id === id);
      expect(inList).toBeDefined();
      const everything = JSON.stringify([match, inList, await notificationsAbout(viewer, id)]);
      for (const secret of other) expect(everything).not.toContain(secret);
    });

    it('keeps the anonymous need’s organisation out of the proposed researcher’s search hits', async () => {
      await app.app.get(SearchIndexer).drain();
      const found = await app.ok(
        `query { searchNeeds(query: "Conservation naturelle savon", first: 5) { hits { need { id title organisation { name } author { email } } } } }`,
        {},
        as('researcherMember'),
      );
      const hit = found.searchNeeds.hits.find((h: { need: { title: string } }) => h.need.title === 'Conservation naturelle d’un savon');
      expect(hit.need).toMatchObject({ organisation: null, author: null });
    });

    it('sends no contact in the e-mails before the introduction', () => {
      const toResearcher = sink.messages.filter((m) => m.to.includes(world.users.researcherMember.email));
      const toIndustrial = sink.messages.filter((m) => m.to.includes(world.users.industrialOwner.email));
      expect(toResearcher.length).toBeGreaterThan(0);
      expect(toIndustrial.length).toBeGreaterThan(0);
      for (const mail of toResearcher) for (const secret of secrets().industrial) expect(`${mail.subject} ${mail.text} ${mail.html}`).not.toContain(secret);
      for (const mail of toIndustrial) for (const secret of secrets().researcher) expect(`${mail.subject} ${mail.text} ${mail.html}`).not.toContain(secret);
    });

    it('reveals each side’s contacts to the other once both are interested, in the app and by e-mail', async () => {
      sink.clear();
      await app.ok(ANSWER, { id, ...interested() }, as('researcherMember'));
      await app.app.get(Mailer).drain();
      const researcherView = (await app.ok(GET, { id }, as('researcherMember'))).match;
      expect(researcherView.contacts.industrial).toEqual({
        name: 'Test owner',
        organisation: world.organisations.owner.name,
        email: world.users.industrialOwner.email,
        phone: '+212 611 11 11 11',
      });
      const industrialView = (await app.ok(GET, { id }, as('industrialOwner'))).match;
      expect(industrialView.contacts.researcher).toMatchObject({ email: world.users.researcherMember.email, phone: '+212 622 22 22 22' });

      const introductions = sink.messages.filter((m) => m.to.includes(world.users.researcherMember.email));
      expect(introductions).toHaveLength(1);
      for (const secret of secrets().industrial) expect(introductions[0].text).toContain(secret);
      const toIndustrial = sink.messages.filter((m) => m.to.includes(world.users.industrialOwner.email));
      expect(toIndustrial).toHaveLength(1);
      for (const secret of secrets().researcher) expect(toIndustrial[0].text).toContain(secret);
    });

    it('still hides the contacts from members who are not a side', async () => {
      for (const outsider of ['industrialMember', 'researcherLapsed'] as const) {
        expect(errorCode(await app.gql(GET, { id }, as(outsider)))).toBe('NOT_FOUND');
        expect(await notificationsAbout(outsider, id)).toEqual([]);
      }
    });
  });

  describe('when the mail server fails', () => {
    it('still moves the match, and delivers the e-mails once the server is back', async () => {
      const needId = await postNeed('Dattes déclassées en sirop', { sector: Sector.AGRIFOOD });
      await app.app.get(Mailer).drain();
      sink.clear();
      sink.rejectWith(451);
      const id = await proposed(needId);
      expect((await app.db.getRepository(Match).findOneByOrFail({ id })).status).toBe('PROPOSED');
      await app.app.get(Mailer).drain();
      expect(sink.messages).toEqual([]);
      const [{ pending }] = await app.db.query(`SELECT count(*)::int AS pending FROM email_outbox WHERE status = 'PENDING' AND attempts > 0`);
      expect(pending).toBe(2);

      sink.accept();
      await app.db.query(`UPDATE email_outbox SET next_attempt_at = now() WHERE status = 'PENDING'`);
      await app.app.get(Mailer).drain();
      expect(sink.messages.map((m) => m.to).sort()).toEqual([world.users.industrialOwner.email, world.users.researcherMember.email].sort());
      expect(sink.messages.every((m) => m.subject.includes('Dattes déclassées en sirop'))).toBe(true);
    });
  });

  describe('expressions of interest', () => {
    const EXPRESS = `mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id status message need { id } } }`;

    it('lets a researcher raise a hand on a need they can see, once', async () => {
      const input = { needId: world.needs.members.id, message: 'Nous valorisons le tourteau en alimentation animale depuis 2019.' };
      const interest = (await app.ok(EXPRESS, { input }, as('researcherMember'))).expressInterest;
      expect(interest).toMatchObject({ status: 'OPEN', need: { id: world.needs.members.id } });
      expect(errorCode(await app.gql(EXPRESS, { input }, as('researcherMember')))).toBe('CONFLICT');
    });

    it('refuses needs the researcher may not see, and other roles', async () => {
      const message = 'Je peux aider sur ce sujet confidentiel.';
      expect(errorCode(await app.gql(EXPRESS, { input: { needId: world.needs.staffOnly.id, message } }, as('researcherMember')))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(EXPRESS, { input: { needId: world.needs.members.id, message } }, as('researcherLapsed')))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(EXPRESS, { input: { needId: world.needs.draft.id, message } }, as('researcherMember')))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(EXPRESS, { input: { needId: world.needs.public.id, message } }, as('industrialMember')))).toBe('FORBIDDEN');
      const short = await app.gql(EXPRESS, { input: { needId: world.needs.public.id, message: 'court' } }, as('researcherMember'));
      expect(short.errors![0].extensions.fields![0].field).toBe('message');
    });

    it('becomes a match whose researcher side is already interested: one yes from the industrial introduces them', async () => {
      const needId = await postNeed('Huile d’argan pour soins capillaires', { sector: Sector.COSMETICS });
      const input = { needId, message: 'Nous mesurons la qualité cosmétique de l’huile d’argan.' };
      const interest = (await app.ok(EXPRESS, { input }, as('researcherMember'))).expressInterest;
      const staffList = await app.ok(`query { interests(status: OPEN, first: 50) { edges { node { id message researcher { id } } } } }`, {}, as('staff'));
      expect(staffList.interests.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(interest.id);
      const staffNews = (await app.ok(NOTIFICATIONS, {}, as('staff'))).notifications.edges.map((e: { node: { kind: string } }) => e.node.kind);
      expect(staffNews).toContain('INTEREST_EXPRESSED');

      const converted = await app.ok(`mutation($id: ID!) { convertInterest(id: $id) { id status origin researcherSide { answer } } }`, { id: interest.id }, as('staff'));
      expect(converted.convertInterest).toMatchObject({ status: 'SHORTLISTED', origin: 'INTEREST', researcherSide: { answer: 'INTERESTED' } });
      const matchId = converted.convertInterest.id;
      expect(errorCode(await app.gql(`mutation($id: ID!) { convertInterest(id: $id) { id } }`, { id: interest.id }, as('staff')))).toBe('BAD_USER_INPUT');

      await app.ok(PROPOSE, { id: matchId }, as('staff'));
      const answered = await app.ok(ANSWER, { id: matchId, ...interested() }, as('industrialOwner'));
      expect(answered.answerMatch.status).toBe('INTRODUCED');
    });

    it('takes over a match staff had already shortlisted for the same pair, without a duplicate', async () => {
      const shortlisted = await create(world.needs.anonymousMembers.id, world.profiles.researcherLapsed.id);
      await app.db.query(`UPDATE organisations SET membership_status = 'ACTIVE' WHERE id = $1`, [world.organisations.lapsedLab.id]);
      const input = { needId: world.needs.anonymousMembers.id, message: 'Nous travaillons sur les emballages biosourcés.' };
      const interest = (await app.ok(EXPRESS, { input }, as('researcherLapsed'))).expressInterest;
      await app.db.query(`UPDATE organisations SET membership_status = 'LAPSED' WHERE id = $1`, [world.organisations.lapsedLab.id]);
      const converted = await app.ok(`mutation($id: ID!) { convertInterest(id: $id) { id status origin researcherSide { answer } } }`, { id: interest.id }, as('staff'));
      expect(converted.convertInterest).toEqual({ id: shortlisted.id, status: 'SHORTLISTED', origin: 'STAFF', researcherSide: { answer: 'INTERESTED' } });
      expect(await app.db.getRepository(Match).countBy({ needId: world.needs.anonymousMembers.id, researcherProfileId: world.profiles.researcherLapsed.id })).toBe(1);
    });

    it('shows researchers their own interests only, and keeps conversion for staff', async () => {
      const own = await app.ok(`query { interests(first: 50) { totalCount } }`, {}, as('researcherMember'));
      expect(own.interests.totalCount).toBe(2);
      await app.db.query(`INSERT INTO need_interests (need_id, researcher_profile_id, message, status, requested_by) VALUES ($1, $2, 'Un intérêt encore ouvert.', 'OPEN', $3)`, [
        world.needs.public.id,
        world.profiles.researcherLapsed.id,
        world.users.researcherLapsed.id,
      ]);
      // Their interest in the MEMBERS need (expressed while their lab was a member) left the list when
      // the lab lapsed: an interest shows no more of its need than need(id) would (issue 12, finding 3).
      expect((await app.ok(`query { interests(first: 50) { totalCount } }`, {}, as('researcherLapsed'))).interests.totalCount).toBe(1);
      expect((await app.ok(`query { interests(first: 50) { totalCount } }`, {}, as('staff'))).interests.totalCount).toBeGreaterThanOrEqual(4);
      // Industrials read their organisation's introduction requests only (tests/introduction-requests.e2e-spec.ts), never these.
      expect((await app.ok(`query { interests { totalCount } }`, {}, as('industrialOwner'))).interests.totalCount).toBe(0);
      const [interest] = await app.db.query(`SELECT id FROM need_interests WHERE status = 'OPEN' LIMIT 1`);
      expect(errorCode(await app.gql(`mutation($id: ID!) { convertInterest(id: $id) { id } }`, { id: interest.id }, as('researcherMember')))).toBe('FORBIDDEN');
    });
  });

  describe('the technology hall', () => {
    it('refuses equipment already booked on overlapping days, and accepts other equipment', async () => {
      const equipment = async (name: string) => (await app.ok(`mutation($name: String!) { createHallEquipment(input: { name: $name, category: DRYING }) { id } }`, { name }, as('staff'))).createHallEquipment.id as string;
      const [atomiser, freezeDryer] = [await equipment('Atomiseur'), await equipment('Lyophilisateur')];
      const needId = await postNeed('Atomisation d’un extrait de cactus', { sector: Sector.AGRIFOOD, trlCurrent: 4 });
      const id = await proposed(needId);
      await app.ok(ANSWER, { id, ...interested() }, as('industrialOwner'));
      await app.ok(ANSWER, { id, ...interested() }, as('researcherMember'));
      const started = await app.ok(START, {
        id,
        input: { title: 'Poudre de figue de Barbarie', startDate: '2027-04-01', booking: { startsOn: '2027-05-03', endsOn: '2027-05-07', equipmentIds: [atomiser] } },
      }, as('staff'));
      const collaborationId = started.startCollaboration.collaboration.id;
      const BOOK = `mutation($id: ID!, $input: HallBookingInput!) { bookTechnologyHall(collaborationId: $id, input: $input) { id equipment { name } } }`;
      const clash = await app.gql(BOOK, { id: collaborationId, input: { startsOn: '2027-05-07', endsOn: '2027-05-09', equipmentIds: [freezeDryer, atomiser] } }, as('staff'));
      expect(clash.errors![0].extensions.fields).toEqual([{ field: 'startsOn', reason: '« Atomiseur » est déjà réservé ou demandé du 2027-05-03 au 2027-05-07 : choisissez d’autres jours' }]);
      const other = await app.ok(BOOK, { id: collaborationId, input: { startsOn: '2027-05-07', endsOn: '2027-05-09', equipmentIds: [freezeDryer] } }, as('staff'));
      expect(other.bookTechnologyHall.map((b: { equipment: { name: string } }) => b.equipment.name)).toEqual(['Lyophilisateur']);
      const reversed = await app.gql(BOOK, { id: collaborationId, input: { startsOn: '2027-06-09', endsOn: '2027-06-01', equipmentIds: [atomiser] } }, as('staff'));
      expect(reversed.errors![0].extensions.fields![0].field).toBe('endsOn');
      expect(errorCode(await app.gql(BOOK, { id: collaborationId, input: { startsOn: '2027-07-01', endsOn: '2027-07-02', equipmentIds: [atomiser] } }, as('industrialOwner')))).toBe('FORBIDDEN');

      const ADD = `mutation($id: ID!, $input: MilestoneInput!) { addMilestone(collaborationId: $id, input: $input) { title dueDate status } }`;
      const early = await app.gql(ADD, { id: collaborationId, input: { title: 'Essai trop tôt', dueDate: '2027-03-01' } }, as('industrialOwner'));
      expect(early.errors![0].extensions.fields).toEqual([{ field: 'dueDate', reason: 'ne peut pas précéder le début (2027-04-01)' }]);
      const added = await app.ok(ADD, { id: collaborationId, input: { title: 'Essai de séchage', dueDate: '2027-05-10' } }, as('industrialOwner'));
      expect(added.addMilestone).toEqual({ title: 'Essai de séchage', dueDate: '2027-05-10', status: 'PLANNED' });
      expect(errorCode(await app.gql(ADD, { id: collaborationId, input: { title: 'Intrus', dueDate: '2027-05-10' } }, as('industrialMember')))).toBe('NOT_FOUND');
    });
  });
});
