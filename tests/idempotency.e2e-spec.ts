import { randomUUID } from 'node:crypto';
import { Interest } from '../apps/api/src/brokering/interest.entity';
import { Need } from '../apps/api/src/needs/need.entity';
import { buildWorld, ViewerName, World } from './support/fixtures';
import { errorCode, TestApp } from './support/test-app';

const CREATE_NEED = `mutation($input: CreateNeedInput!, $key: String) { createNeed(input: $input, idempotencyKey: $key) { id title } }`;
const EXPRESS = `mutation($input: ExpressInterestInput!, $key: String) { expressInterest(input: $input, idempotencyKey: $key) { id message } }`;
const REQUEST = `mutation($input: RequestIntroductionInput!, $key: String) { requestIntroduction(input: $input, idempotencyKey: $key) { id message } }`;

/** Finding 14: a client that lost the answer to a create retries with the same key and gets the first result. */
describe('idempotency keys on create mutations', () => {
  let app: TestApp;
  let world: World;
  const as = (viewer: ViewerName) => ({ token: world.tokens[viewer] });
  const needInput = (title: string) => ({
    title,
    description: `Description du besoin « ${title} », assez longue pour être publiée.`,
    language: 'fr',
    sector: 'COSMETICS',
    trlCurrent: 2,
    trlTarget: 5,
  });
  const needsTitled = (title: string) => app.db.getRepository(Need).countBy({ title });

  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
  });
  afterAll(() => app.close());

  it('a retry with the same key returns the first need and creates nothing more', async () => {
    const key = randomUUID();
    const first = (await app.ok(CREATE_NEED, { input: needInput('Retry once'), key }, as('industrialOwner'))).createNeed;
    const retry = (await app.ok(CREATE_NEED, { input: needInput('Retry once'), key }, as('industrialOwner'))).createNeed;
    expect(retry.id).toBe(first.id);
    expect(await needsTitled('Retry once')).toBe(1);
  });

  it('attempts racing with one key store one need, and all of them answer with it', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 6 }, () => app.ok(CREATE_NEED, { input: needInput('Racing retries'), key }, as('industrialOwner'))));
    expect(new Set(answers.map((a) => a.createNeed.id)).size).toBe(1);
    expect(await needsTitled('Racing retries')).toBe(1);
  });

  it('a key older than its lifetime is forgotten: the same key creates again, once', async () => {
    const key = randomUUID();
    const first = (await app.ok(CREATE_NEED, { input: needInput('Expired key'), key }, as('industrialOwner'))).createNeed;
    await app.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    const later = await Promise.all(Array.from({ length: 3 }, () => app.ok(CREATE_NEED, { input: needInput('Expired key'), key }, as('industrialOwner'))));
    expect(new Set(later.map((a) => a.createNeed.id)).size).toBe(1);
    expect(later[0].createNeed.id).not.toBe(first.id);
    expect(await needsTitled('Expired key')).toBe(2);
  });

  it('without a key, each call creates (the key is opt-in)', async () => {
    await app.ok(CREATE_NEED, { input: needInput('Without any key') }, as('industrialOwner'));
    await app.ok(CREATE_NEED, { input: needInput('Without any key') }, as('industrialOwner'));
    expect(await needsTitled('Without any key')).toBe(2);
  });

  it('the same key with another input is refused on the idempotencyKey field, and creates nothing', async () => {
    const key = randomUUID();
    await app.ok(CREATE_NEED, { input: needInput('Key first use') }, as('industrialOwner'));
    await app.ok(CREATE_NEED, { input: needInput('Key first use'), key }, as('industrialOwner'));
    const reused = await app.gql(CREATE_NEED, { input: needInput('Key second use'), key }, as('industrialOwner'));
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    expect(reused.errors?.[0].extensions.fields).toEqual([{ field: 'idempotencyKey', reason: 'cette clé a déjà servi pour une autre demande ; créez-en une nouvelle' }]);
    expect(await needsTitled('Key second use')).toBe(0);
  });

  it('keys belong to their owner: another person with the same key creates their own need', async () => {
    const key = randomUUID();
    const mine = (await app.ok(CREATE_NEED, { input: needInput('Shared key'), key }, as('industrialOwner'))).createNeed;
    const theirs = (await app.ok(CREATE_NEED, { input: needInput('Shared key'), key }, as('industrialMember'))).createNeed;
    expect(theirs.id).not.toBe(mine.id);
    expect(await needsTitled('Shared key')).toBe(2);
  });

  it('a refused attempt does not use the key up: the corrected retry creates', async () => {
    const key = randomUUID();
    const refused = await app.gql(CREATE_NEED, { input: { ...needInput('Fixed later'), trlCurrent: 7, trlTarget: 3 }, key }, as('industrialOwner'));
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(await needsTitled('Fixed later')).toBe(0);
    await app.ok(CREATE_NEED, { input: needInput('Fixed later'), key }, as('industrialOwner'));
    expect(await needsTitled('Fixed later')).toBe(1);
  });

  it.each(['short', 'has spaces in it', 'x'.repeat(101), 'ключ-ключ-ключ'])('a malformed key (%s) is BAD_USER_INPUT on idempotencyKey', async (key) => {
    const result = await app.gql(CREATE_NEED, { input: needInput('Malformed key'), key }, as('industrialOwner'));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.map((f: { field: string }) => f.field)).toEqual(['idempotencyKey']);
    expect(await needsTitled('Malformed key')).toBe(0);
  });

  it('an expression of interest retried with its key answers with the first one instead of "already expressed"', async () => {
    const key = randomUUID();
    const input = { needId: world.needs.public.id, message: 'Notre laboratoire travaille sur ce sujet.' };
    const first = (await app.ok(EXPRESS, { input, key }, as('researcherMember'))).expressInterest;
    const retry = (await app.ok(EXPRESS, { input, key }, as('researcherMember'))).expressInterest;
    expect(retry.id).toBe(first.id);
    expect(await app.db.getRepository(Interest).countBy({ needId: world.needs.public.id, requestedById: world.users.researcherMember.id })).toBe(1);
    // Without the key, a second expression is still refused as before.
    expect(errorCode(await app.gql(EXPRESS, { input }, as('researcherMember')))).not.toBeUndefined();
  });

  it('an introduction request retried with its key answers with the first one', async () => {
    const key = randomUUID();
    const input = { needId: world.needs.public.id, researcherProfileId: world.profiles.researcherMember.id, message: 'Pouvez-vous nous présenter ce laboratoire ?' };
    const answers = await Promise.all([1, 2, 3].map(() => app.ok(REQUEST, { input, key }, as('industrialOwner'))));
    expect(new Set(answers.map((a) => a.requestIntroduction.id)).size).toBe(1);
    expect(await app.db.getRepository(Interest).countBy({ needId: world.needs.public.id, requestedById: world.users.industrialOwner.id })).toBe(1);
  });
});
