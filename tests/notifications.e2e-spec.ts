import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mailer } from '../apps/api/src/notifications/mail-outbox.worker';
import { NotificationKind } from '../apps/api/src/notifications/notification.enums';
import { Notice, NotificationsService } from '../apps/api/src/notifications/notifications.service';
import { buildWorld, World } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';
import { errorCode, TestApp } from './support/test-app';

const NOTIFICATIONS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount
    edges { cursor node { id kind title body matchId needId createdAt readAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const UNREAD = '{ unreadNotificationCount }';
const MARK_READ = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';
const MAIL_FROM = 'Cluster Souss-Massa <no-reply@cluster.test>';

interface OutboxRow {
  status: string;
  attempts: number;
  last_error: string | null;
  language: string;
  to_address: string;
  due_in_seconds: number;
}

describe('notifications', () => {
  let app: TestApp;
  let world: World;
  let sink: SmtpSink;
  let service: NotificationsService;
  let mailer: Mailer;

  const notify = (notices: Notice[]) => app.db.transaction((manager) => service.notify(manager, notices));
  const list = (token: string, variables: Record<string, unknown> = {}) => app.ok(NOTIFICATIONS, variables, { token }).then((d) => d.notifications);
  const unread = (token: string) => app.ok(UNREAD, {}, { token }).then((d) => d.unreadNotificationCount as number);
  const setLanguage = (userId: string, language: string) => app.db.query('UPDATE users SET preferred_language = $2 WHERE id = $1', [userId, language]);
  const outbox = (): Promise<OutboxRow[]> =>
    app.db.query(`SELECT status, attempts, last_error, language, to_address,
                         extract(epoch FROM next_attempt_at - now())::int AS due_in_seconds
                  FROM email_outbox ORDER BY id`);
  /** Skips the backoff, as if its time had come. */
  const makeDue = () => app.db.query(`UPDATE email_outbox SET next_attempt_at = now() WHERE status = 'PENDING'`);

  const proposed = (userId: string, extra: Partial<Notice> = {}): Notice => ({
    userId,
    kind: NotificationKind.MATCH_PROPOSED,
    needId: world.needs.public.id,
    params: { needTitle: world.needs.public.title, counterpartName: 'Test researcher', counterpartOrganisation: 'Laboratoire Agro-Ressources Agadir' },
    ...extra,
  });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await TestApp.start({ SMTP_URL: sink.url, MAIL_FROM, MAIL_INTERVAL_MS: '0', MAIL_MAX_ATTEMPTS: '3' });
    world = await buildWorld(app);
    service = app.app.get(NotificationsService);
    mailer = app.app.get(Mailer);
  });
  afterAll(async () => {
    await app.close();
    await sink.stop();
  });
  beforeEach(async () => {
    sink.accept();
    sink.clear();
    await app.db.query('DELETE FROM notifications'); // and their e-mails (ON DELETE CASCADE)
    await app.db.query(`UPDATE users SET preferred_language = 'fr'`);
  });

  describe('in the app', () => {
    it('shows a notification to its recipient only, with its need and match', async () => {
      const [{ id: matchId }] = await app.db.query(
        `INSERT INTO matches (need_id, researcher_profile_id, status, score, features, created_by)
         VALUES ($1, $2, 'SUGGESTED', 0.5, '[]', $3) RETURNING id`,
        [world.needs.public.id, world.profiles.researcherMember.id, world.users.staff.id],
      );
      await notify([proposed(world.users.industrialOwner.id, { matchId })]);

      const mine = await list(world.tokens.industrialOwner);
      expect(mine.totalCount).toBe(1);
      expect(mine.edges[0].node).toMatchObject({
        kind: 'MATCH_PROPOSED',
        title: `Mise en relation proposée\u00a0: ${world.needs.public.title}`,
        matchId,
        needId: world.needs.public.id,
        readAt: null,
      });
      expect(mine.edges[0].node.body).toContain('Test researcher (Laboratoire Agro-Ressources Agadir)');
      for (const other of ['industrialMember', 'researcherMember', 'staff', 'admin'] as const) {
        expect((await list(world.tokens[other])).totalCount).toBe(0);
      }
    });

    it('tells a researcher about an anonymous need without naming its organisation', async () => {
      await notify([proposed(world.users.researcherMember.id, { params: { needTitle: world.needs.anonymousPublic.title } })]);
      const [edge] = (await list(world.tokens.researcherMember)).edges;
      expect(edge.node.body).toContain('une organisation du cluster (son nom vous sera communiqué lors de la mise en relation)');
      expect(edge.node.body).not.toContain(world.organisations.owner.name);
    });

    it('renders title and body at read time, in the reader’s current language', async () => {
      await notify([proposed(world.users.industrialOwner.id)]);
      const read = async () => (await list(world.tokens.industrialOwner)).edges[0].node;
      expect((await read()).title).toMatch(/^Mise en relation proposée/);
      await setLanguage(world.users.industrialOwner.id, 'ar');
      const arabic = await read();
      expect(arabic.title).toMatch(/^اقتراح ربط اتصال/);
      expect(arabic.body).toContain('يقترح عليكم فريق التجمع');
      await setLanguage(world.users.industrialOwner.id, 'en');
      expect((await read()).title).toBe(`Introduction proposed: ${world.needs.public.title}`);
    });

    it('pages newest first and filters the unread ones', async () => {
      for (const needTitle of ['Premier', 'Deuxième', 'Troisième']) {
        await notify([{ userId: world.users.industrialOwner.id, kind: NotificationKind.MATCH_CLOSED, params: { needTitle, outcome: 'SUCCESS' } }]);
      }
      const first = await list(world.tokens.industrialOwner, { first: 2 });
      expect(first.totalCount).toBe(3);
      expect(first.edges.map((e: any) => e.node.title)).toEqual(['Mise en relation clôturée\u00a0: Troisième', 'Mise en relation clôturée\u00a0: Deuxième']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list(world.tokens.industrialOwner, { first: 2, after: first.pageInfo.endCursor });
      expect(second.edges.map((e: any) => e.node.title)).toEqual(['Mise en relation clôturée\u00a0: Premier']);
      expect(second.pageInfo.hasNextPage).toBe(false);

      await app.ok(MARK_READ, { ids: [first.edges[0].node.id] }, { token: world.tokens.industrialOwner });
      const unreadOnly = await list(world.tokens.industrialOwner, { unreadOnly: true });
      expect(unreadOnly.totalCount).toBe(2);
      expect(unreadOnly.edges.map((e: any) => e.node.id)).not.toContain(first.edges[0].node.id);
    });

    it('counts unread notifications and marks only the viewer’s own as read', async () => {
      await notify([proposed(world.users.industrialOwner.id), proposed(world.users.industrialOwner.id), proposed(world.users.industrialMember.id)]);
      const [own, alsoOwn] = (await list(world.tokens.industrialOwner)).edges.map((e: any) => e.node.id);
      const [theirs] = (await list(world.tokens.industrialMember)).edges.map((e: any) => e.node.id);
      expect(await unread(world.tokens.industrialOwner)).toBe(2);

      const left = await app.ok(MARK_READ, { ids: [own, theirs] }, { token: world.tokens.industrialOwner });
      expect(left.markNotificationsRead).toBe(1);
      expect(await unread(world.tokens.industrialMember)).toBe(1);
      const [{ read_at: theirReadAt }] = await app.db.query('SELECT read_at FROM notifications WHERE id = $1', [theirs]);
      expect(theirReadAt).toBeNull();

      // Someone else's id answers exactly like an unknown one.
      const foreign = await app.gql(MARK_READ, { ids: [theirs] }, { token: world.tokens.industrialOwner });
      const unknown = await app.gql(MARK_READ, { ids: ['00000000-0000-4000-8000-000000000000'] }, { token: world.tokens.industrialOwner });
      expect(foreign).toEqual(unknown);

      const readAt = async (id: string) => (await list(world.tokens.industrialOwner)).edges.find((e: any) => e.node.id === id).node.readAt;
      expect(Date.parse(await readAt(own))).toBeGreaterThan(Date.now() - 60_000);
      expect(await readAt(alsoOwn)).toBeNull();

      // An empty list marks nothing; no list at all marks everything of the viewer's.
      expect((await app.ok(MARK_READ, { ids: [] }, { token: world.tokens.industrialOwner })).markNotificationsRead).toBe(1);
      expect((await app.ok(MARK_READ, {}, { token: world.tokens.industrialOwner })).markNotificationsRead).toBe(0);
      expect(await readAt(alsoOwn)).not.toBeNull();
      expect(await unread(world.tokens.industrialMember)).toBe(1);
    });

    it('answers BAD_USER_INPUT to malformed ids, and changes nothing', async () => {
      await notify([proposed(world.users.industrialOwner.id)]);
      const result = await app.gql(MARK_READ, { ids: ['not-an-id'] }, { token: world.tokens.industrialOwner });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields).toEqual([{ field: 'ids', reason: expect.any(String) }]);
      expect(await unread(world.tokens.industrialOwner)).toBe(1);
      const cursor = await app.gql(NOTIFICATIONS, { after: 'garbage' }, { token: world.tokens.industrialOwner });
      expect(errorCode(cursor)).toBe('BAD_USER_INPUT');
    });

    it('answers UNAUTHENTICATED without a token', async () => {
      for (const [query, variables] of [[NOTIFICATIONS, {}], [UNREAD, {}], [MARK_READ, { ids: null }]] as const) {
        expect(errorCode(await app.gql(query, variables))).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('by e-mail', () => {
    it('sends each recipient an e-mail in their preferred language', async () => {
      await setLanguage(world.users.researcherMember.id, 'ar');
      await setLanguage(world.users.industrialMember.id, 'en');
      await notify([proposed(world.users.industrialOwner.id), proposed(world.users.researcherMember.id), proposed(world.users.industrialMember.id)]);
      expect(sink.messages).toHaveLength(0); // notify() only queues

      expect(await mailer.drain()).toBe(3);
      const byRecipient = new Map(sink.messages.map((mail) => [mail.to, mail]));
      expect(byRecipient.size).toBe(3);
      const french = byRecipient.get(world.users.industrialOwner.email)!;
      expect(french.subject).toBe(`Mise en relation proposée\u00a0: ${world.needs.public.title}`);
      expect(french.text).toMatch(/^Bonjour Test owner,/);
      expect(french.from).toBe('"Cluster Souss-Massa" <no-reply@cluster.test>');
      expect(french.headers.get('content-language')).toBe('fr');
      const arabic = byRecipient.get(world.users.researcherMember.email)!;
      expect(arabic.subject).toMatch(/^اقتراح ربط اتصال/);
      expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
      expect(byRecipient.get(world.users.industrialMember.email)!.subject).toBe(`Introduction proposed: ${world.needs.public.title}`);
      expect((await outbox()).map((row) => [row.status, row.attempts])).toEqual([['SENT', 1], ['SENT', 1], ['SENT', 1]]);

      expect(await mailer.drain()).toBe(0);
      expect(sink.messages).toHaveLength(3);
    });

    it('reads the recipient’s language through the caller’s transaction', async () => {
      await app.db.transaction(async (manager) => {
        await manager.query(`UPDATE users SET preferred_language = 'en' WHERE id = $1`, [world.users.industrialOwner.id]);
        await service.notify(manager, [proposed(world.users.industrialOwner.id)]);
      });
      expect((await outbox()).map((row) => row.language)).toEqual(['en']);
    });

    it('escapes member text in the HTML part', async () => {
      const needTitle = '<script>alert(1)</script> Huile & "argan"';
      await notify([proposed(world.users.industrialOwner.id, { params: { needTitle } })]);
      await mailer.drain();
      const [mail] = sink.messages;
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Huile &amp; &quot;argan&quot;');
      expect(mail.subject).toContain(needTitle);
    });

    it('e-mails active users only; pending and suspended ones still get the in-app notification', async () => {
      await notify([proposed(world.users.pending.id), proposed(world.users.suspended.id), proposed(world.users.industrialOwner.id)]);
      const [{ count }] = await app.db.query('SELECT count(*)::int AS count FROM notifications WHERE user_id = ANY($1)', [
        [world.users.pending.id, world.users.suspended.id],
      ]);
      expect(count).toBe(2);
      expect((await outbox()).map((row) => row.to_address)).toEqual([world.users.industrialOwner.email]);
    });

    it('keeps a refused e-mail pending with backoff, and delivers it once the server accepts again', async () => {
      sink.rejectWith(451, 'Mailbox busy');
      await expect(notify([proposed(world.users.industrialOwner.id)])).resolves.toBeUndefined();
      expect(await mailer.drain()).toBe(1);
      const [failed] = await outbox();
      expect(failed).toMatchObject({ status: 'PENDING', attempts: 1 });
      expect(failed.last_error).toContain('451');
      expect(failed.due_in_seconds).toBeGreaterThanOrEqual(25);
      expect(await mailer.drain()).toBe(0); // not due yet
      expect(sink.messages).toHaveLength(0);

      sink.accept();
      await makeDue();
      expect(await mailer.drain()).toBe(1);
      expect(sink.messages).toHaveLength(1);
      expect(await outbox()).toEqual([expect.objectContaining({ status: 'SENT', attempts: 2, last_error: null })]);
      await makeDue();
      expect(await mailer.drain()).toBe(0);
      expect(sink.messages).toHaveLength(1);
    });

    it('waits out a mail server that is down, then delivers', async () => {
      await sink.stop();
      try {
        await notify([proposed(world.users.industrialOwner.id)]);
        await mailer.drain();
        const [failed] = await outbox();
        expect(failed).toMatchObject({ status: 'PENDING', attempts: 1 });
        expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
      } finally {
        await sink.restart();
      }
      await makeDue();
      await mailer.drain();
      expect(sink.messages.map((mail) => mail.to)).toEqual([world.users.industrialOwner.email]);
    });

    it('gives up (DEAD) after MAIL_MAX_ATTEMPTS, and at once when the server refuses for good', async () => {
      sink.rejectWith(451);
      await notify([proposed(world.users.industrialOwner.id)]);
      for (let attempt = 1; attempt <= 3; attempt++) {
        await makeDue();
        await mailer.drain();
      }
      expect(await outbox()).toEqual([expect.objectContaining({ status: 'DEAD', attempts: 3 })]);
      await makeDue();
      expect(await mailer.drain()).toBe(0);

      sink.rejectWith(550, 'No such user');
      await notify([proposed(world.users.industrialMember.id)]);
      await mailer.drain();
      expect((await outbox())[1]).toMatchObject({ status: 'DEAD', attempts: 1 });

      const health = await healthOf(app);
      expect(health.mail).toMatchObject({ transport: 'smtp', backlog: { pending: 0, dead: 2 } });
      expect(sink.messages).toHaveLength(0);
    });

    it('delivers each e-mail once when several workers drain at the same time', async () => {
      const owners = Array.from({ length: 12 }, () => proposed(world.users.industrialOwner.id));
      await notify(owners);
      const attempted = await Promise.all([mailer.drain(), mailer.drain(), mailer.drain()]);
      expect(attempted.reduce((a, b) => a + b, 0)).toBe(12);
      expect(sink.messages).toHaveLength(12);
      expect((await outbox()).every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
    });

    it('shows the backlog on /health', async () => {
      sink.rejectWith(451);
      await notify([proposed(world.users.industrialOwner.id), proposed(world.users.industrialMember.id)]);
      await mailer.drain();
      const health = await healthOf(app);
      expect(health.mail).toEqual({ transport: 'smtp', backlog: { pending: 2, failing: 2, dead: 0, oldestSeconds: expect.any(Number) } });
    });
  });

  it('leaves neither notification nor e-mail when the caller’s transaction rolls back', async () => {
    const attempt = app.db.transaction(async (manager) => {
      await service.notify(manager, [proposed(world.users.industrialOwner.id)]);
      throw new Error('the brokering step failed');
    });
    await expect(attempt).rejects.toThrow('the brokering step failed');
    expect(await app.db.query('SELECT id FROM notifications')).toEqual([]);
    expect(await outbox()).toEqual([]);
    expect(await unread(world.tokens.industrialOwner)).toBe(0);
  });

  it('fails the caller’s transaction on a notice for nobody', async () => {
    await expect(notify([proposed('00000000-0000-4000-8000-000000000000')])).rejects.toThrow(/no user with id/);
  });
});

describe('notifications without SMTP_URL', () => {
  let app: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'passerelle-mail-'));
    app = await TestApp.start({ DATA_DIR: dataDir, MAIL_INTERVAL_MS: '50' });
  });
  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes the e-mails as .eml files under DATA_DIR/mail-outbox, through the same queue, drained by the loop', async () => {
    const world = await buildWorld(app);
    const service = app.app.get(NotificationsService);
    await app.db.transaction((manager) =>
      service.notify(manager, [
        {
          userId: world.users.industrialOwner.id,
          kind: NotificationKind.INTEREST_EXPRESSED,
          needId: world.needs.public.id,
          params: { needTitle: 'Séchage solaire', researcherName: 'Test researcher', message: 'Nous avons un séchoir pilote.' },
        },
      ]),
    );
    await eventually(async () => expect(await app.db.query('SELECT status FROM email_outbox')).toEqual([{ status: 'SENT' }]));
    const files = await readdir(join(dataDir, 'mail-outbox'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const eml = await readFile(join(dataDir, 'mail-outbox', files[0]), 'utf8');
    expect(eml).toContain(`To: ${world.users.industrialOwner.email}`);
    expect(eml).toContain('From: Passerelle development <no-reply@passerelle.invalid>');
    expect((await healthOf(app)).mail.transport).toBe('files');
  });
});

async function healthOf(app: TestApp): Promise<{ mail: { transport: string; backlog?: Record<string, number | null> } }> {
  return (await (await fetch(`${app.url}/health/details`)).json()) as never;
}

/** Retries an assertion until it holds (for the mail loop, which runs on its own timer). */
async function eventually(assertion: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
