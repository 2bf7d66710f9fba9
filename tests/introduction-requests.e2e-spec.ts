import { InterestKind } from '../apps/api/src/brokering/brokering.enums';
import { Interest } from '../apps/api/src/brokering/interest.entity';
import { Match } from '../apps/api/src/brokering/match.entity';
import { NeedStatus, NeedVisibility } from '../apps/api/src/needs/need.enums';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { buildWorld, need, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const REQUEST = `mutation($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { id kind status message requestedBy { id fullName } need { id } researcher { id } match { id } }
}`;
const INTERESTS = `query($kind: InterestKind, $status: InterestStatus) {
  interests(first: 100, kind: $kind, status: $status) { totalCount edges { node { id kind status message need { id } researcher { id } requestedBy { id } } } }
}`;
const CONVERT = `mutation($id: ID!) { convertInterest(id: $id) { id status origin proposedAt industrialSide { answer note } researcherSide { answer } } }`;
const PROPOSE = `mutation($id: ID!) { proposeMatch(id: $id) { id status proposedAt introducedAt } }`;
const ANSWER = `mutation($id: ID!) { answerMatch(id: $id, input: { answer: INTERESTED }) { id status } }`;
const MATCH = `query($id: ID!) {
  match(id: $id) {
    id status origin
    industrialSide { answer note } researcherSide { answer }
    need { id title organisation { name } author { fullName } }
    contacts { industrial { email } }
  }
}`;
const NOTIFICATIONS = `query { notifications(first: 100) { edges { node { kind title body needId matchId } } } }`;
const PROPOSALS = `query($needId: ID!) { proposeMatches(needId: $needId, first: 10) { introductionRequested researcher { id } } }`;

describe('introduction requests', () => {
  let app: TestApp;
  let world: World;

  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });
  const input = (needId: string, researcherProfileId = world.profiles.researcherMember.id, message = 'Son expertise en stabilité des huiles nous intéresse.') => ({
    input: { needId, researcherProfileId, message },
  });
  const notifications = async (viewer: ViewerName) =>
    (await app.ok(NOTIFICATIONS, {}, as(viewer))).notifications.edges.map((e: { node: Record<string, string> }) => e.node);
  const postNeed = async (title: string, extra: Parameters<typeof need>[5] = {}) =>
    (await need(app.db, world.organisations.owner, world.users.industrialOwner, title, NeedVisibility.PUBLIC, extra)).id;

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    await app.app.get(SearchIndexer).drain();
  });
  afterAll(() => app.close());

  describe('who may ask', () => {
    it('an industrial asks for an expert for their organisation’s open need; staff are told, the researcher is not', async () => {
      const requested = (await app.ok(REQUEST, input(world.needs.public.id), as('industrialOwner'))).requestIntroduction;
      expect(requested).toMatchObject({
        kind: 'INTRODUCTION_REQUEST',
        status: 'OPEN',
        message: 'Son expertise en stabilité des huiles nous intéresse.',
        requestedBy: { id: world.users.industrialOwner.id, fullName: 'Test owner' },
        need: { id: world.needs.public.id },
        researcher: { id: world.profiles.researcherMember.id },
        match: null,
      });
      for (const viewer of ['staff', 'admin'] as const) {
        const news = (await notifications(viewer)).filter((n: { kind: string }) => n.kind === 'INTRODUCTION_REQUESTED');
        expect(news).toHaveLength(1);
        expect(news[0]).toMatchObject({ needId: world.needs.public.id, matchId: null });
        expect(news[0].body).toContain('Test owner (Coopérative Tifawt Argan)');
        expect(news[0].body).toContain('Test researcher');
      }
      expect(await notifications('researcherMember')).toEqual([]);
      const theirs = (await app.ok(INTERESTS, {}, as('researcherMember'))).interests;
      expect(theirs.totalCount).toBe(0);
      expect((await app.ok(INTERESTS, { kind: 'INTRODUCTION_REQUEST' }, as('researcherMember'))).interests.totalCount).toBe(0);
    });

    it('refuses a second live request for the same need and expert', async () => {
      const again = await app.gql(REQUEST, input(world.needs.public.id), { ...as('industrialOwner') });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(again.errors![0].extensions.fields).toEqual([{ field: 'researcherProfileId', reason: 'une mise en relation avec cet expert est déjà demandée pour ce besoin' }]);
      expect(await app.db.getRepository(Interest).countBy({ needId: world.needs.public.id, kind: InterestKind.INTRODUCTION_REQUEST })).toBe(1);
    });

    it('refuses other organisations as the need rules do, researchers, and needs that are not open', async () => {
      const before = await app.db.getRepository(Interest).count();
      // Another organisation's industrial: FORBIDDEN on a need they see, NOT_FOUND on one they do not.
      expect(errorCode(await app.gql(REQUEST, input(world.needs.public.id), as('industrialMember')))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(REQUEST, input(world.needs.anonymousPublic.id), as('industrialMember')))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(REQUEST, input(world.needs.staffOnly.id), as('industrialMember')))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(REQUEST, input(world.needs.members.id), as('industrialLapsed')))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(REQUEST, input(world.needs.draft.id), as('industrialMember')))).toBe('NOT_FOUND');
      // Researchers never ask for introductions (they express interest), whatever the need.
      for (const needId of [world.needs.public.id, world.needs.staffOnly.id]) {
        expect(errorCode(await app.gql(REQUEST, input(needId), as('researcherMember')))).toBe('FORBIDDEN');
      }
      expect(errorCode(await app.gql(REQUEST, input(world.needs.public.id)))).toBe('UNAUTHENTICATED');
      // The owner's needs that are not open.
      for (const needId of [world.needs.draft.id, await postNeed('Besoin déjà clos de séchage', { status: NeedStatus.CLOSED })]) {
        const result = await app.gql(REQUEST, input(needId), as('industrialOwner'));
        expect(result.errors![0].extensions.fields).toEqual([{ field: 'needId', reason: "ce besoin n'est pas ouvert" }]);
      }
      expect(errorCode(await app.gql(REQUEST, input(world.needs.archived.id), as('industrialOwner')))).toBe('BAD_USER_INPUT');
      // Unknown expert, blank or long message.
      expect(errorCode(await app.gql(REQUEST, input(world.needs.members.id, '6f1c1d7e-0000-4000-8000-000000000000'), as('industrialOwner')))).toBe('NOT_FOUND');
      for (const message of ['', '   ', 'x'.repeat(2001)]) {
        const result = await app.gql(REQUEST, input(world.needs.members.id, undefined, message), as('industrialOwner'));
        expect(result.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['message']);
      }
      expect(await app.db.getRepository(Interest).count()).toBe(before);
    });

    it('lets staff ask on behalf of an organisation', async () => {
      const requested = (await app.ok(REQUEST, input(world.needs.members.id, world.profiles.researcherLapsed.id), as('staff'))).requestIntroduction;
      expect(requested).toMatchObject({ kind: 'INTRODUCTION_REQUEST', requestedBy: { id: world.users.staff.id } });
      // Staff are not notified of their own request.
      expect((await notifications('staff')).filter((n: { kind: string }) => n.kind === 'INTRODUCTION_REQUESTED')).toHaveLength(1);
    });
  });

  describe('the queue', () => {
    it('shows industrials their organisation’s requests only, and staff both kinds', async () => {
      await app.ok(
        'mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
        { input: { needId: world.needs.members.id, message: 'Nous valorisons le tourteau en alimentation animale.' } },
        as('researcherMember'),
      );
      const owner = (await app.ok(INTERESTS, {}, as('industrialOwner'))).interests;
      expect(owner.totalCount).toBe(2);
      expect(owner.edges.every((e: { node: { kind: string } }) => e.node.kind === 'INTRODUCTION_REQUEST')).toBe(true);
      expect((await app.ok(INTERESTS, { kind: 'EXPRESSION_OF_INTEREST' }, as('industrialOwner'))).interests.totalCount).toBe(0);
      expect((await app.ok(INTERESTS, {}, as('industrialMember'))).interests.totalCount).toBe(0);

      const staff = (await app.ok(INTERESTS, {}, as('staff'))).interests;
      expect(new Set(staff.edges.map((e: { node: { kind: string } }) => e.node.kind))).toEqual(new Set(['INTRODUCTION_REQUEST', 'EXPRESSION_OF_INTEREST']));
      const requests = (await app.ok(INTERESTS, { kind: 'INTRODUCTION_REQUEST' }, as('staff'))).interests;
      expect(requests.totalCount).toBe(2);
      const expressions = (await app.ok(INTERESTS, { kind: 'EXPRESSION_OF_INTEREST' }, as('staff'))).interests;
      expect(expressions.edges.map((e: { node: { requestedBy: { id: string } } }) => e.node.requestedBy.id)).toEqual([world.users.researcherMember.id]);
      // The researcher sees their own expression of interest, not the request about them on the same need.
      const researcher = (await app.ok(INTERESTS, {}, as('researcherMember'))).interests;
      expect(researcher.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['EXPRESSION_OF_INTEREST']);
      expect(errorCode(await app.gql('mutation($id: ID!) { dismissInterest(id: $id) { id } }', { id: owner.edges[0].node.id }, as('industrialOwner')))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(CONVERT, { id: owner.edges[0].node.id }, as('industrialOwner')))).toBe('FORBIDDEN');
    });

    it('marks requested experts in proposeMatches, in one query for the page', async () => {
      const proposals = (await app.ok(PROPOSALS, { needId: world.needs.public.id }, as('industrialOwner'))).proposeMatches;
      const byResearcher = new Map(proposals.map((p: { researcher: { id: string }; introductionRequested: boolean }) => [p.researcher.id, p.introductionRequested]));
      expect(byResearcher.get(world.profiles.researcherMember.id)).toBe(true);
      byResearcher.delete(world.profiles.researcherMember.id);
      expect(byResearcher.size).toBeGreaterThan(0);
      expect([...byResearcher.values()].every((requested) => requested === false)).toBe(true);
      const withFlag = await app.countStatements(() => app.ok(PROPOSALS, { needId: world.needs.public.id }, as('staff')));
      const without = await app.countStatements(() =>
        app.ok('query($needId: ID!) { proposeMatches(needId: $needId, first: 10) { researcher { id } } }', { needId: world.needs.public.id }, as('staff')),
      );
      expect(withFlag).toBe(without + 1);
    });
  });

  describe('conversion', () => {
    it('becomes a match whose industrial side is already INTERESTED; the researcher learns of it only when proposed', async () => {
      const [request] = (await app.ok(INTERESTS, { kind: 'INTRODUCTION_REQUEST' }, as('industrialOwner'))).interests.edges
        .map((e: { node: { id: string; need: { id: string } } }) => e.node)
        .filter((n: { need: { id: string } }) => n.need.id === world.needs.public.id);
      const converted = (await app.ok(CONVERT, { id: request.id }, as('staff'))).convertInterest;
      expect(converted).toMatchObject({
        status: 'SHORTLISTED',
        origin: 'INTRODUCTION_REQUEST',
        industrialSide: { answer: 'INTERESTED', note: 'Son expertise en stabilité des huiles nous intéresse.' },
        researcherSide: { answer: null },
      });
      expect(errorCode(await app.gql(MATCH, { id: converted.id }, as('researcherMember')))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(MATCH, { id: converted.id }, as('industrialOwner')))).toBe('NOT_FOUND');
      // Still "requested" (the request lives on as CONVERTED), and still not to be asked twice.
      const proposals = (await app.ok(PROPOSALS, { needId: world.needs.public.id }, as('industrialOwner'))).proposeMatches;
      expect(proposals.find((p: { researcher: { id: string } }) => p.researcher.id === world.profiles.researcherMember.id).introductionRequested).toBe(true);
      expect(errorCode(await app.gql(REQUEST, input(world.needs.public.id), as('industrialOwner')))).toBe('BAD_USER_INPUT');

      await app.ok(PROPOSE, { id: converted.id }, as('staff'));
      const seen = (await app.ok(MATCH, { id: converted.id }, as('researcherMember'))).match;
      // The researcher sees that the industrial said yes, never their message.
      expect(seen).toMatchObject({ status: 'PROPOSED', industrialSide: { answer: 'INTERESTED', note: null }, researcherSide: { answer: 'PENDING' }, contacts: null });
      const introduced = (await app.ok(ANSWER, { id: converted.id }, as('researcherMember'))).answerMatch;
      expect(introduced.status).toBe('INTRODUCED');
      // Once proposed, the pair is answered in "my matches", not requested again.
      const again = await app.gql(REQUEST, input(world.needs.public.id), as('industrialOwner'));
      expect(again.errors![0].extensions.fields![0]).toEqual({ field: 'researcherProfileId', reason: 'cette mise en relation vous est déjà proposée : répondez-y dans vos mises en relation' });
    });

    it('keeps an anonymous need anonymous to the researcher all the way to the introduction', async () => {
      const requested = (await app.ok(REQUEST, input(world.needs.anonymousPublic.id), as('industrialOwner'))).requestIntroduction;
      expect(await notifications('researcherMember')).toEqual(expect.not.arrayContaining([expect.objectContaining({ needId: world.needs.anonymousPublic.id })]));
      const match = (await app.ok(CONVERT, { id: requested.id }, as('staff'))).convertInterest;
      await app.ok(PROPOSE, { id: match.id }, as('staff'));
      const seen = (await app.ok(MATCH, { id: match.id }, as('researcherMember'))).match;
      expect(seen.need).toMatchObject({ organisation: null, author: null });
      expect(seen.industrialSide.note).toBeNull();
      expect(seen.contacts).toBeNull();
      const proposed = (await notifications('researcherMember')).find((n: { matchId: string; kind: string }) => n.matchId === match.id && n.kind === 'MATCH_PROPOSED');
      expect(`${proposed.title} ${proposed.body}`).not.toContain('Tifawt');
      expect(errorCode(await app.gql(MATCH, { id: match.id }, as('industrialMember')))).toBe('NOT_FOUND');
    });

    it('introduces at once when the researcher had already expressed interest, the proposal still counted', async () => {
      const needId = await postNeed('Tourteau d’argan en alimentation du bétail', { keywords: ['tourteau'] });
      await app.ok(
        'mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
        { input: { needId, message: 'Nous formulons des aliments pour caprins à base de tourteau.' } },
        as('researcherMember'),
      );
      await app.ok(REQUEST, input(needId), as('industrialOwner'));
      const queue = (await app.ok(INTERESTS, { status: 'OPEN' }, as('staff'))).interests.edges
        .map((e: { node: { id: string; kind: string; need: { id: string } } }) => e.node)
        .filter((n: { need: { id: string } }) => n.need.id === needId);
      expect(queue.map((n: { kind: string }) => n.kind).sort()).toEqual(['EXPRESSION_OF_INTEREST', 'INTRODUCTION_REQUEST']);
      const first = (await app.ok(CONVERT, { id: queue[0].id }, as('staff'))).convertInterest;
      const second = (await app.ok(CONVERT, { id: queue[1].id }, as('staff'))).convertInterest;
      expect(second.id).toBe(first.id);
      expect(second).toMatchObject({ status: 'SHORTLISTED', industrialSide: { answer: 'INTERESTED' }, researcherSide: { answer: 'INTERESTED' } });
      const proposed = (await app.ok(PROPOSE, { id: first.id }, as('staff'))).proposeMatch;
      expect(proposed.status).toBe('INTRODUCED');
      expect(proposed.proposedAt).not.toBeNull();
      const counts = await app.ok('query($id: ID!) { need(id: $id) { matchCounts { total proposed introduced collaborating } } }', { id: needId }, as('industrialOwner'));
      expect(counts.need.matchCounts).toEqual({ total: 1, proposed: 1, introduced: 1, collaborating: 0 });
      expect(await app.db.getRepository(Match).countBy({ needId })).toBe(1);
    });

    it('may be asked again after staff dismiss it', async () => {
      const needId = await postNeed('Savon à l’huile d’argan pour peaux sensibles');
      const first = (await app.ok(REQUEST, input(needId, world.profiles.researcherLapsed.id), as('industrialOwner'))).requestIntroduction;
      const dismissed = await app.ok('mutation($id: ID!) { dismissInterest(id: $id) { status } }', { id: first.id }, as('staff'));
      expect(dismissed.dismissInterest.status).toBe('DISMISSED');
      const second = (await app.ok(REQUEST, input(needId, world.profiles.researcherLapsed.id), as('industrialOwner'))).requestIntroduction;
      expect(second.id).not.toBe(first.id);
    });
  });

  describe('collaborations seen by both sides', () => {
    const COLLABORATION = `query($id: ID!) {
      match(id: $id) { collaboration { id title partners startDate milestones { id title dueDate status } bookings { startsOn endsOn equipment { name } purpose } } }
    }`;
    const UPDATE_MILESTONE = 'mutation($id: ID!, $status: MilestoneStatus!) { updateMilestone(id: $id, input: { status: $status }) { id status completedAt } }';
    let matchId: string;
    let collaborationId: string;
    let milestoneId: string;

    beforeAll(async () => {
      const press = await app.ok('mutation($input: EquipmentInput!) { createHallEquipment(input: $input) { id } }', { input: { name: 'Presse à vis', category: 'EXTRACTION' } }, as('staff'));
      const needId = await postNeed('Pressage à froid de graines de nigelle');
      const requested = (await app.ok(REQUEST, input(needId), as('industrialOwner'))).requestIntroduction;
      matchId = (await app.ok(CONVERT, { id: requested.id }, as('staff'))).convertInterest.id;
      await app.ok(PROPOSE, { id: matchId }, as('staff'));
      await app.ok(ANSWER, { id: matchId }, as('researcherMember'));
      const started = await app.ok(
        `mutation($id: ID!, $input: StartCollaborationInput!) { startCollaboration(matchId: $id, input: $input) { collaboration { id milestones { id } } } }`,
        {
          id: matchId,
          input: {
            title: 'Huile de nigelle pressée à froid',
            startDate: '2027-03-01',
            partners: ['Fondation OCP'],
            milestones: [{ title: 'Essais de pressage', dueDate: '2027-04-15' }],
            booking: { startsOn: '2027-04-01', endsOn: '2027-04-03', equipmentIds: [press.createHallEquipment.id], note: 'Lots de 20 kg' },
          },
        },
        as('staff'),
      );
      collaborationId = started.startCollaboration.collaboration.id;
      milestoneId = started.startCollaboration.collaboration.milestones[0].id;
    });

    it('both sides read the collaboration, its milestones and hall bookings through the match', async () => {
      for (const viewer of ['industrialOwner', 'researcherMember', 'staff'] as const) {
        const { collaboration } = (await app.ok(COLLABORATION, { id: matchId }, as(viewer))).match;
        expect(collaboration).toEqual({
          id: collaborationId,
          title: 'Huile de nigelle pressée à froid',
          partners: ['Fondation OCP'],
          startDate: '2027-03-01',
          milestones: [{ id: milestoneId, title: 'Essais de pressage', dueDate: '2027-04-15', status: 'PLANNED' }],
          bookings: [{ startsOn: '2027-04-01', endsOn: '2027-04-03', equipment: { name: 'Presse à vis' }, purpose: 'Lots de 20 kg' }],
        });
        const direct = await app.ok('query($id: ID!) { collaboration(id: $id) { title milestones { id } bookings { equipment { name } } } }', { id: collaborationId }, as(viewer));
        expect(direct.collaboration.bookings).toEqual([{ equipment: { name: 'Presse à vis' } }]);
      }
      const mine = (await app.ok('query { myMatches(first: 50, statuses: [COLLABORATING]) { edges { node { id collaboration { milestones { id } bookings { startsOn } } } } } }', {}, as('researcherMember'))).myMatches;
      expect(mine.edges.find((e: { node: { id: string } }) => e.node.id === matchId).node.collaboration.bookings).toEqual([{ startsOn: '2027-04-01' }]);
    });

    it('both sides move milestones; third parties get NOT_FOUND and change nothing', async () => {
      expect((await app.ok(UPDATE_MILESTONE, { id: milestoneId, status: 'IN_PROGRESS' }, as('industrialOwner'))).updateMilestone.status).toBe('IN_PROGRESS');
      const done = (await app.ok(UPDATE_MILESTONE, { id: milestoneId, status: 'DONE' }, as('researcherMember'))).updateMilestone;
      expect(done.status).toBe('DONE');
      expect(done.completedAt).not.toBeNull();
      for (const outsider of ['industrialMember', 'researcherLapsed', 'industrialLapsed'] as const) {
        expect(errorCode(await app.gql(COLLABORATION, { id: matchId }, as(outsider)))).toBe('NOT_FOUND');
        expect(errorCode(await app.gql('query($id: ID!) { collaboration(id: $id) { title } }', { id: collaborationId }, as(outsider)))).toBe('NOT_FOUND');
        expect(errorCode(await app.gql(UPDATE_MILESTONE, { id: milestoneId, status: 'CANCELLED' }, as(outsider)))).toBe('NOT_FOUND');
      }
      const { collaboration } = (await app.ok(COLLABORATION, { id: matchId }, as('industrialOwner'))).match;
      expect(collaboration.milestones[0].status).toBe('DONE');
    });
  });
});
