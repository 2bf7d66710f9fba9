import { DemoSeeder } from '../apps/api/src/seed/demo-seeder';
import { Need } from '../apps/api/src/needs/need.entity';
import { Organisation } from '../apps/api/src/members/organisation.entity';
import { ResearcherProfile } from '../apps/api/src/profiles/researcher-profile.entity';
import { User } from '../apps/api/src/members/user.entity';
import { TestApp } from './support/test-app';

describe('demo data (development only)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ SEED_DEMO_DATA: 'true', DEMO_PASSWORD: 'demo-password-for-tests' });
  });
  afterAll(() => app.close());

  it('loads a cluster of the promised size', async () => {
    expect(await app.db.getRepository(Organisation).count()).toBeGreaterThanOrEqual(12);
    expect(await app.db.getRepository(ResearcherProfile).count()).toBeGreaterThanOrEqual(30);
    expect(await app.db.getRepository(Need).count()).toBeGreaterThanOrEqual(25);
  });

  it('covers the three languages, every visibility, anonymous needs and argan oil in several languages', async () => {
    const needs = await app.db.getRepository(Need).find();
    expect(new Set(needs.map((n) => n.language))).toEqual(new Set(['fr', 'ar', 'en']));
    expect(new Set(needs.map((n) => n.visibility))).toEqual(new Set(['PUBLIC', 'MEMBERS', 'STAFF_ONLY']));
    expect(needs.some((n) => n.anonymous)).toBe(true);
    const argan = needs.filter((n) => /argan|أركان/i.test(`${n.title} ${n.description}`));
    expect(new Set(argan.map((n) => n.language)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(['admin', 'staff', 'industrial', 'researcher'])('signs in %s@passerelle.demo with DEMO_PASSWORD', async (name) => {
    const token = await app.login(`${name}@passerelle.demo`, 'demo-password-for-tests');
    const me = await app.ok('{ me { role } }', {}, { token });
    expect(me.me.role).toBe(name.toUpperCase());
  });

  it('lets the demo staff list the demo needs', async () => {
    const token = await app.login('staff@passerelle.demo', 'demo-password-for-tests');
    const list = await app.ok('{ needs(first: 100) { totalCount edges { node { title organisation { name } } } } }', {}, { token });
    expect(list.needs.totalCount).toBe(await app.db.getRepository(Need).count());
  });

  it('fills the brokering pipeline with a match in every status, which the demo members can act on', async () => {
    const staff = await app.login('staff@passerelle.demo', 'demo-password-for-tests');
    const counts = (await app.ok('{ pipelineCounts { status count } }', {}, { token: staff })).pipelineCounts;
    expect(counts.filter((c: { count: number }) => c.count > 0).map((c: { status: string }) => c.status).sort()).toEqual(
      ['CLOSED', 'COLLABORATING', 'DECLINED', 'INTRODUCED', 'PROPOSED', 'SHORTLISTED', 'SUGGESTED'],
    );
    const researcher = await app.login('researcher@passerelle.demo', 'demo-password-for-tests');
    const mine = (await app.ok('{ myMatches { edges { node { status contacts { industrial { email } } } } } }', {}, { token: researcher })).myMatches.edges;
    expect(mine.map((e: { node: { status: string } }) => e.node.status).sort()).toEqual(['INTRODUCED', 'PROPOSED']);
    const introduced = mine.find((e: { node: { status: string } }) => e.node.status === 'INTRODUCED');
    expect(introduced.node.contacts.industrial.email).toBe('industrial@passerelle.demo');
    const timeline = await app.ok('{ pipeline(filter: { statuses: [COLLABORATING] }) { edges { node { timeline { event } collaboration { milestones { status } bookings { equipment { name } } } } } } }', {}, { token: staff });
    const collaborating = timeline.pipeline.edges[0].node;
    expect(collaborating.timeline.map((e: { event: string }) => e.event)).toEqual(['SUGGEST', 'SHORTLIST', 'PROPOSE', 'ANSWER', 'ANSWER', 'START_COLLABORATION']);
    expect(collaborating.collaboration.bookings).toHaveLength(1);
  });

  it('includes a brokerage day held six weeks ago, whose figures the KPI page shows (a held meeting became a suggested match)', async () => {
    const staff = await app.login('staff@passerelle.demo', 'demo-password-for-tests');
    const { kpis } = await app.ok('{ kpis { events { events { title status registrations requests accepted scheduled held noShows matches } } } }', {}, { token: staff });
    expect(kpis.events.events).toEqual([
      { title: 'Rencontres Argan & coproduits — Tiznit', status: 'HELD', registrations: 4, requests: 5, accepted: 4, scheduled: 4, held: 2, noShows: 1, matches: 1 },
    ]);
  });

  it('never seeds twice', async () => {
    const users = await app.db.getRepository(User).count();
    expect(await app.app.get(DemoSeeder).seedIfEmpty()).toBeNull();
    expect(await app.db.getRepository(User).count()).toBe(users);
  });
});
