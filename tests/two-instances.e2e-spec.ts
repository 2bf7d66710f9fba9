import { randomBytes } from 'node:crypto';
import { Mailer } from '../apps/api/src/notifications/mail-outbox.worker';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { buildWorld, World } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';
import { TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id } }`;
const ARCHIVE = `mutation($id: ID!) { archiveNeed(id: $id) { id } }`;
const SEARCH = `query($q: String) { searchNeeds(query: $q, first: 50) { total hits { need { id } } } }`;

/**
 * Two API instances with the embedded engine on one database (finding 12): each follows the whole
 * search outbox, so a write through either is found through both; e-mail stays exactly-once.
 */
describe('two API instances on one database', () => {
  let sink: SmtpSink;
  let first: TestApp;
  let second: TestApp;
  let world: World;
  let shared: Record<string, string>;
  const token = () => ({ token: world.tokens.industrialOwner });
  const need = (word: string) => ({
    title: `Besoin partagé ${word}`,
    description: `Un besoin écrit sur une instance et cherché sur l’autre : ${word}.`,
    language: 'fr',
    sector: 'AGRIFOOD',
    trlCurrent: 2,
    trlTarget: 5,
  });
  const drainBoth = () => Promise.all([first, second].map((app) => app.app.get(SearchIndexer).drain()));
  const found = async (app: TestApp, word: string) =>
    ((await app.ok(SEARCH, { q: word }, { token: world.tokens.staff })).searchNeeds.hits as { need: { id: string } }[]).map((h) => h.need.id);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    // Instances of one deployment share their configuration, the token secret included.
    shared = { SMTP_URL: sink.url, MAIL_FROM: 'Passerelle <noreply@test.example>', JWT_SECRET: randomBytes(32).toString('hex') };
    first = await TestApp.start(shared);
    world = await buildWorld(first);
    second = await TestApp.start(shared, { databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await sink.stop();
  });

  it('a need created through either instance is found through both', async () => {
    const one = (await first.ok(CREATE, { input: need('quelbrix') }, token())).createNeed.id;
    const two = (await second.ok(CREATE, { input: need('vormatte') }, token())).createNeed.id;
    await drainBoth();
    for (const app of [first, second]) {
      expect(await found(app, 'quelbrix')).toEqual([one]);
      expect(await found(app, 'vormatte')).toEqual([two]);
    }
  });

  it('an edit and an archive made through one instance reach the other', async () => {
    const id = (await first.ok(CREATE, { input: need('plimsoth') }, token())).createNeed.id;
    await drainBoth();
    await first.ok(UPDATE, { id, input: { title: 'Besoin partagé grindavel renommé' } }, token());
    await drainBoth();
    expect(await found(second, 'grindavel')).toEqual([id]);
    await second.ok(ARCHIVE, { id }, token());
    await drainBoth();
    for (const app of [first, second]) expect(await found(app, 'grindavel')).toEqual([]);
  });

  it('writes racing through both instances, drained while they run, leave the two indexes the same', async () => {
    const words = Array.from({ length: 24 }, (_, i) => `zanthor${i}`);
    const writes = words.map((word, i) => (i % 2 ? first : second).ok(CREATE, { input: need(word) }, token()).then((r) => r.createNeed.id as string));
    const drains = Array.from({ length: 6 }, drainBoth);
    const ids = await Promise.all(writes);
    await Promise.all(drains);
    await drainBoth();
    const [onFirst, onSecond] = await Promise.all([first, second].map((app) => Promise.all(words.map((word) => found(app, word)))));
    expect(onSecond).toEqual(onFirst);
    words.forEach((_, i) => expect(onFirst[i]).toContain(ids[i]));
  });

  it('with their own polling loops, a write through one is found through the other without any drain call', async () => {
    const polling = await TestApp.start({ ...shared, INDEXER_INTERVAL_MS: '100' }, { databaseUrl: first.databaseUrl });
    try {
      const id = (await first.ok(CREATE, { input: need('ostrevane') }, token())).createNeed.id;
      await first.app.get(SearchIndexer).drain(); // the writing instance applies it too: the change is not used up
      let hits: string[] = [];
      for (let attempt = 0; attempt < 100 && !hits.length; attempt++) {
        hits = await found(polling, 'ostrevane');
        if (!hits.length) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(hits).toEqual([id]);
    } finally {
      await polling.close();
    }
  });

  it('e-mail stays exactly-once: both instances drain the mail outbox at once, each message goes out one time', async () => {
    sink.clear();
    const match = (
      await first.ok(`mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }`, {
        input: { needId: world.needs.public.id, researcherProfileId: world.profiles.researcherMember.id },
      }, { token: world.tokens.staff })
    ).createMatch.id;
    await second.ok(`mutation($id: ID!) { proposeMatch(id: $id) { id } }`, { id: match }, { token: world.tokens.staff });
    const [queued] = await first.db.query(`SELECT count(*)::int AS count FROM email_outbox`);
    expect(queued.count).toBeGreaterThanOrEqual(2);
    const sent = await Promise.all([first, second, first, second].map((app) => app.app.get(Mailer).drain()));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(queued.count);
    expect(sink.messages).toHaveLength(queued.count);
    expect(new Set(sink.messages.map((m) => m.to)).size).toBe(sink.messages.length);
  });
});
