import { Sector } from '../apps/api/src/members/member.enums';
import { User } from '../apps/api/src/members/user.entity';
import { Need } from '../apps/api/src/needs/need.entity';
import { NeedVisibility } from '../apps/api/src/needs/need.enums';
import { Mailer } from '../apps/api/src/notifications/mail-outbox.worker';
import { ResearcherProfile } from '../apps/api/src/profiles/researcher-profile.entity';
import { buildWorld, need, ViewerName, World } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';
import { errorCode, TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateMatchInput!) { createMatch(input: $input) { id status version } }`;
const PROPOSE = `mutation($id: ID!, $input: TransitionInput, $message: String) { proposeMatch(id: $id, input: $input, message: $message) { id status version } }`;
const ANSWER = `mutation($id: ID!, $input: AnswerMatchInput!) { answerMatch(id: $id, input: $input) { id status } }`;
const NOTIFICATIONS = `query { notifications(first: 50) { edges { node { kind title body matchId } } } }`;
const TIMELINE = `query($id: ID!) { match(id: $id) { timeline { event note } } }`;
const COLUMN = `query($filter: PipelineFilter!, $first: Int!, $after: String) {
  pipeline(filter: $filter, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id status } } }
}`;

interface Notice {
  kind: string;
  title: string;
  body: string;
  matchId: string | null;
}

/**
 * The board's needs from the API: proposing with a message to both sides, the other side told of
 * a decline (without the decliner's reason), and each column paged on its own.
 */
describe('the pipeline board', () => {
  let app: TestApp;
  let world: World;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await TestApp.start({ SMTP_URL: sink.url, MAIL_INTERVAL_MS: '0' });
    world = await buildWorld(app);
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
  });

  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });
  const mailer = () => app.app.get(Mailer);
  const postNeed = async (title: string, extra: Partial<Need> = {}) =>
    (await need(app.db, world.organisations.owner, world.users.industrialOwner, title, NeedVisibility.PUBLIC, extra)).id;
  const shortlisted = async (needId: string, profileId = world.profiles.researcherMember.id) =>
    (await app.ok(CREATE, { input: { needId, researcherProfileId: profileId } }, as('staff'))).createMatch as { id: string; version: number };
  const noticesAbout = async (viewer: ViewerName, matchId: string): Promise<Notice[]> =>
    (await app.ok(NOTIFICATIONS, {}, as(viewer))).notifications.edges.map((e: { node: Notice }) => e.node).filter((n: Notice) => n.matchId === matchId);
  const mailsTo = (email: string) => sink.messages.filter((m) => m.to.includes(email));
  const setLanguage = (viewer: ViewerName, language: string) => app.db.getRepository(User).update(world.users[viewer].id, { preferredLanguage: language as never });

  describe('proposing with a message', () => {
    it('puts the message in both sides’ notification and e-mail, each in its language, and keeps the note on the timeline', async () => {
      const match = await shortlisted(await postNeed('Extraction à froid de l’huile de figue de Barbarie'));
      await mailer().drain();
      sink.clear();
      await setLanguage('researcherMember', 'ar');
      try {
        const message = 'Nous vous proposons un premier appel la semaine prochaine.';
        const result = await app.ok(PROPOSE, { id: match.id, input: { note: 'Profil solide (note interne)', expectedVersion: match.version }, message }, as('staff'));
        expect(result.proposeMatch.status).toBe('PROPOSED');

        const [toIndustrial] = await noticesAbout('industrialOwner', match.id);
        expect(toIndustrial.kind).toBe('MATCH_PROPOSED');
        expect(toIndustrial.body).toContain('Message de l’équipe du cluster');
        expect(toIndustrial.body).toContain(message);
        const [toResearcher] = await noticesAbout('researcherMember', match.id);
        expect(toResearcher.body).toContain('رسالة فريق التجمع');
        expect(toResearcher.body).toContain(message);
        for (const notice of [toIndustrial, toResearcher]) expect(notice.body).not.toContain('note interne');

        await mailer().drain();
        const [industrialMail] = mailsTo(world.users.industrialOwner.email);
        const [researcherMail] = mailsTo(world.users.researcherMember.email);
        expect(industrialMail.text).toContain(message);
        expect(researcherMail.text).toContain(message);
        expect(researcherMail.text).toContain('رسالة فريق التجمع');
        for (const mail of [industrialMail, researcherMail]) expect(mail.text).not.toContain('note interne');

        const timeline = (await app.ok(TIMELINE, { id: match.id }, as('staff'))).match.timeline;
        expect(timeline.find((e: { event: string }) => e.event === 'PROPOSE').note).toBe('Profil solide (note interne)');
      } finally {
        await setLanguage('researcherMember', 'fr');
      }
    });

    it('proposes without a message as before (no message paragraph)', async () => {
      const match = await shortlisted(await postNeed('Séchage solaire du thym'));
      await app.ok(PROPOSE, { id: match.id }, as('staff'));
      const [notice] = await noticesAbout('industrialOwner', match.id);
      expect(notice.kind).toBe('MATCH_PROPOSED');
      expect(notice.body).not.toContain('Message de l’équipe');
    });

    it('refuses a message longer than 1000 characters, in the reader’s language, and changes nothing', async () => {
      const match = await shortlisted(await postNeed('Conditionnement du miel de thym'));
      const result = await app.gql(PROPOSE, { id: match.id, message: 'x'.repeat(1001) }, { ...as('staff'), language: 'en' });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields![0]).toMatchObject({ field: 'message' });
      expect(await noticesAbout('industrialOwner', match.id)).toEqual([]);
      const [row] = await app.db.query('SELECT status FROM matches WHERE id = $1', [match.id]);
      expect(row.status).toBe('SHORTLISTED');
      // Exactly 1000 is fine.
      expect((await app.ok(PROPOSE, { id: match.id, message: 'y'.repeat(1000) }, as('staff'))).proposeMatch.status).toBe('PROPOSED');
    });

    it.each(['industrialOwner', 'researcherMember'] as const)('refuses a proposal with a message from %s', async (viewer) => {
      const match = await shortlisted(await postNeed(`Proposition interdite (${viewer})`));
      const result = await app.gql(PROPOSE, { id: match.id, message: 'Bonjour' }, as(viewer));
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(result));
      expect(await noticesAbout('industrialOwner', match.id)).toEqual([]);
    });
  });

  describe('a decline', () => {
    const declined = async (needTitle: string, decliner: 'industrialOwner' | 'researcherMember', extra: Partial<Need> = {}) => {
      const match = await shortlisted(await postNeed(needTitle, extra));
      await app.ok(PROPOSE, { id: match.id }, as('staff'));
      await mailer().drain();
      sink.clear();
      const input = { answer: 'DECLINED', reason: 'NO_CAPACITY', note: 'Secret: notre équipe part en septembre' };
      expect((await app.ok(ANSWER, { id: match.id, input }, as(decliner))).answerMatch.status).toBe('DECLINED');
      await mailer().drain();
      return match.id;
    };
    const secrets = ['Secret: notre équipe', 'NO_CAPACITY', 'Pas de disponibilité', 'pas de disponibilité', 'no capacity'];

    it('tells the industrial side when the researcher declines, without the researcher’s reason or note', async () => {
      const id = await declined('Pectine de cactus', 'researcherMember');
      const notices = await noticesAbout('industrialOwner', id);
      const notice = notices.find((n) => n.kind === 'MATCH_DECLINED')!;
      expect(notice).toBeDefined();
      expect(notice.title).toContain('Pectine de cactus');
      expect(notice.body).toContain('Test researcher');
      const mails = mailsTo(world.users.industrialOwner.email);
      expect(mails).toHaveLength(1);
      for (const text of [notice.title, notice.body, mails[0].subject, mails[0].text, mails[0].html ?? '']) {
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
      // The decliner is not told about their own decline; staff still read the reason.
      expect((await noticesAbout('researcherMember', id)).filter((n) => n.kind === 'MATCH_DECLINED')).toEqual([]);
      const staff = (await noticesAbout('staff', id)).find((n) => n.kind === 'MATCH_ANSWERED')!;
      expect(staff.body).toContain('pas de disponibilité');
    });

    it('tells the researcher in their language when the industrial declines, without naming an anonymous organisation', async () => {
      await setLanguage('researcherMember', 'en');
      try {
        const id = await declined('Emballage anonyme de savon', 'industrialOwner', { anonymous: true });
        const notice = (await noticesAbout('researcherMember', id)).find((n) => n.kind === 'MATCH_DECLINED')!;
        expect(notice.title).toBe('Introduction not going ahead: Emballage anonyme de savon');
        expect(notice.body).toContain('the other side declined');
        const [mail] = mailsTo(world.users.researcherMember.email);
        expect(mail.subject).toContain('Introduction not going ahead');
        for (const text of [notice.body, mail.text, mail.html ?? '']) {
          expect(text).not.toContain(world.organisations.owner.name);
          expect(text).not.toContain(world.users.industrialOwner.email);
          for (const secret of secrets) expect(text).not.toContain(secret);
        }
        // What the researcher may read of the industrial's answer: the answer, not the reason.
        const view = await app.ok(`query($id: ID!) { match(id: $id) { industrialSide { answer reason note } } }`, { id }, as('researcherMember'));
        expect(view.match.industrialSide).toEqual({ answer: 'DECLINED', reason: null, note: null });
      } finally {
        await setLanguage('researcherMember', 'fr');
      }
    });

    it('tells nobody outside the match', async () => {
      const id = await declined('Arôme naturel de fleur d’oranger', 'researcherMember');
      for (const outsider of ['industrialMember', 'researcherLapsed'] as const) expect(await noticesAbout(outsider, id)).toEqual([]);
      expect(mailsTo(world.users.industrialMember.email)).toEqual([]);
    });
  });

  describe('load more, per column', () => {
    let needIds: string[];

    beforeAll(async () => {
      // 7 SUGGESTED and 3 SHORTLISTED matches on AGRIFOOD needs of a second profile.
      const extra = await app.db.getRepository(ResearcherProfile).findOneByOrFail({ id: world.profiles.researcherLapsed.id });
      needIds = [];
      for (let i = 0; i < 10; i++) needIds.push(await postNeed(`Besoin paginé ${i}`, { sector: Sector.AGRIFOOD }));
      for (let i = 0; i < 10; i++) {
        await app.db.query(
          `INSERT INTO matches (need_id, researcher_profile_id, status, origin, features, created_by, created_at)
           VALUES ($1, $2, $3, 'STAFF', '[]', $4, now() - make_interval(mins => $5))`,
          [needIds[i], extra.id, i < 7 ? 'SUGGESTED' : 'SHORTLISTED', world.users.staff.id, i],
        );
      }
    });

    const page = (statuses: string[], first: number, after?: string) =>
      app.ok(COLUMN, { filter: { statuses, sector: 'AGRIFOOD', researcherProfileId: world.profiles.researcherLapsed.id }, first, after }, as('staff'));

    it('pages one status column with its cursor, until the last card, without repeats or other statuses', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      const sizes: number[] = [];
      for (;;) {
        const { pipeline } = await page(['SUGGESTED'], 3, after);
        expect(pipeline.totalCount).toBe(7);
        sizes.push(pipeline.edges.length);
        for (const { node } of pipeline.edges) {
          expect(node.status).toBe('SUGGESTED');
          seen.push(node.id);
        }
        if (!pipeline.pageInfo.hasNextPage) break;
        after = pipeline.pageInfo.endCursor;
      }
      expect(sizes).toEqual([3, 3, 1]);
      expect(new Set(seen).size).toBe(7);
    });

    it('pages each column independently of the others', async () => {
      const suggested = await page(['SUGGESTED'], 3);
      const shortlistedPage = await page(['SHORTLISTED'], 2);
      expect(shortlistedPage.pipeline).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const rest = await page(['SHORTLISTED'], 2, shortlistedPage.pipeline.pageInfo.endCursor);
      expect(rest.pipeline.edges).toHaveLength(1);
      expect(rest.pipeline.pageInfo.hasNextPage).toBe(false);
      // The other column's cursor is untouched by it.
      const next = await page(['SUGGESTED'], 3, suggested.pipeline.pageInfo.endCursor);
      expect(next.pipeline.edges.map((e: { node: { id: string } }) => e.node.id)).not.toEqual(
        expect.arrayContaining(suggested.pipeline.edges.map((e: { node: { id: string } }) => e.node.id)),
      );
      expect(next.pipeline.edges).toHaveLength(3);
    });

    it.each(['industrialOwner', 'researcherMember'] as const)('keeps the board from %s', async (viewer) => {
      const result = await app.gql(COLUMN, { filter: { statuses: ['SUGGESTED'] }, first: 3 }, as(viewer));
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    });

    it('refuses a malformed cursor with BAD_USER_INPUT', async () => {
      const result = await app.gql(COLUMN, { filter: { statuses: ['SUGGESTED'] }, first: 3, after: 'not-a-cursor' }, as('staff'));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });
  });
});
