import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, useBrowserSession } from './browser-session';

/**
 * Every page, for each role that opens it, in French, Arabic and English: no serious or critical
 * accessibility violation (axe-core, WCAG 2 A/AA), no horizontal page scroll at 1366 and 390 px, the
 * header on one line, and a screenshot of each in the folder this run names (printed at the end).
 */
const LANGUAGES = ['fr', 'ar', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
type Account = 'visitor' | 'industrial' | 'researcher' | 'staff';

const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? join('test-results', 'screenshots', new Date().toISOString().replace(/[:.]/g, '-'));

interface Stop {
  name: string;
  path: string;
}

describe('every page in fr, ar and en', () => {
  const session = useBrowserSession();
  let problems: string[] = [];
  beforeEach(() => {
    problems = [];
  });

  afterAll(() => {
    // Where to look: the folder is named per run, so runs never overwrite each other.
    console.log(`Screenshots of every page: ${SCREENSHOT_DIR}`);
  });

  async function tokenOf(account: Exclude<Account, 'visitor'>): Promise<string> {
    return session.app.login(`${account}@passerelle.demo`, DEMO_PASSWORD);
  }

  async function stopsFor(account: Account): Promise<Stop[]> {
    if (account === 'visitor') {
      return [
        { name: 'sign-in', path: '/sign-in' },
        { name: 'sign-up', path: '/sign-up' },
        { name: 'sign-up-pending', path: '/sign-up/pending' },
        { name: 'forgot-password', path: '/forgot-password' },
        { name: 'reset-password', path: '/reset-password?token=not-a-real-token' },
        { name: 'invitation', path: '/invitation?token=not-a-real-token' },
        { name: 'privacy', path: '/privacy' },
      ];
    }
    const token = await tokenOf(account);
    const { hallCatalogue, events } = await session.app.ok('{ hallCatalogue { id } events { id } }', {}, { token });
    const common = [
      { name: 'needs', path: '/needs' },
      { name: 'search-needs', path: '/search?q=argan' },
      { name: 'notifications', path: '/notifications' },
      { name: 'account', path: '/account' },
      { name: 'hall', path: '/hall' },
      { name: 'hall-bookings', path: '/hall-bookings' },
      { name: 'equipment', path: `/hall/${hallCatalogue[0].id}` },
      { name: 'events', path: '/events' },
      { name: 'event', path: `/events/${events[0].id}` },
    ];
    if (account === 'industrial') {
      const { needs, myMatches } = await session.app.ok('{ needs(first: 1, filter: { mine: true }) { edges { node { id } } } myMatches(first: 1) { edges { node { id } } } }', {}, { token });
      const needId = needs.edges[0].node.id;
      return [
        ...common,
        { name: 'my-needs', path: '/my-needs' },
        { name: 'need-new', path: '/needs/new' },
        { name: 'need-detail-own', path: `/needs/${needId}` },
        { name: 'need-edit', path: `/needs/${needId}/edit` },
        { name: 'matches', path: '/matches' },
        { name: 'match', path: `/matches/${myMatches.edges[0].node.id}` },
      ];
    }
    if (account === 'researcher') {
      const { myProfile, needs, myMatches } = await session.app.ok('{ myProfile { id } needs(first: 1) { edges { node { id } } } myMatches(first: 1) { edges { node { id } } } }', {}, { token });
      return [
        ...common,
        { name: 'recommended', path: '/recommended' },
        { name: 'profile-editor', path: '/profile' },
        { name: 'profile', path: `/researchers/${myProfile.id}` },
        { name: 'need-detail', path: `/needs/${needs.edges[0].node.id}` },
        { name: 'matches', path: '/matches' },
        { name: 'match', path: `/matches/${myMatches.edges[0].node.id}` },
      ];
    }
    const { pipeline, needs, researcherProfiles, organisations } = await session.app.ok(
      '{ pipeline(first: 1) { edges { node { id } } } needs(first: 1) { edges { node { id } } } researcherProfiles(first: 1) { edges { node { id } } } organisations(first: 1) { edges { node { id } } } }',
      {},
      { token },
    );
    return [
      ...common,
      { name: 'need-detail-staff', path: `/needs/${needs.edges[0].node.id}` },
      { name: 'researcher-staff', path: `/researchers/${researcherProfiles.edges[0].node.id}` },
      { name: 'search-researchers', path: '/search?q=huile&kind=researchers' },
      { name: 'pipeline', path: '/pipeline' },
      { name: 'pipeline-match', path: `/pipeline/${pipeline.edges[0].node.id}` },
      { name: 'interests', path: '/interests' },
      { name: 'approvals', path: '/approvals' },
      { name: 'imports', path: '/imports' },
      { name: 'kpis', path: '/kpis' },
      { name: 'organisations', path: '/organisations' },
      { name: 'organisation', path: `/organisations/${organisations.edges[0].node.id}` },
      { name: 'people', path: '/people' },
      { name: 'data-safety', path: '/data-safety' },
      { name: 'event-manage', path: `/events/${events[0].id}/manage` },
      { name: 'glossary', path: '/glossary' },
      { name: 'glossary-suggestions', path: '/glossary/suggestions' },
    ];
  }

  async function openAs(account: Account, language: Language): Promise<Page> {
    const page = await session.newPage();
    await page.goto(`${session.app.url}/sign-in`);
    await page.evaluate((chosen) => (globalThis as any).localStorage.setItem('passerelle.language', chosen), language);
    if (account !== 'visitor') {
      await page.reload();
      await page.locator('input[type="email"]').fill(`${account}@passerelle.demo`);
      await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL((url) => url.pathname !== '/sign-in');
    }
    return page;
  }

  /** The page has its heading and has stopped loading (no spinner, no pending request). */
  async function settle(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !(globalThis as any).document.querySelector('[role="status"] .spinner, .mantine-Loader-root'));
  }

  async function checkAccessibility(page: Page, where: string): Promise<void> {
    for (const violation of await seriousViolations(page)) problems.push(`${where}: ${violation}`);
  }

  async function checkLayout(page: Page, where: string): Promise<void> {
    // Let the page lay itself out at the new width (two frames) before measuring.
    await page.evaluate(() => new Promise((resolve) => (globalThis as any).requestAnimationFrame(() => (globalThis as any).requestAnimationFrame(resolve))));
    const overflow = await page.evaluate(() => {
      const doc = (globalThis as any).document;
      const header = doc.querySelector('header');
      return { page: doc.documentElement.scrollWidth - doc.documentElement.clientWidth, header: header ? header.scrollHeight - header.clientHeight : 0 };
    });
    if (overflow.page > 0) problems.push(`${where}: the page scrolls sideways by ${overflow.page}px`);
    if (overflow.header > 0) problems.push(`${where}: the header does not fit on one line`);
  }

  /** Staff open many pages: their tour is cut in two tests, so each stays well inside its time. */
  const TOURS: { account: Account; part: 0 | 1 | 2 }[] = [
    { account: 'visitor', part: 0 },
    { account: 'industrial', part: 0 },
    { account: 'researcher', part: 0 },
    { account: 'staff', part: 1 },
    { account: 'staff', part: 2 },
  ];
  const partOf = <T,>(stops: T[], part: 0 | 1 | 2): T[] => {
    const half = Math.ceil(stops.length / 2);
    return part === 0 ? stops : part === 1 ? stops.slice(0, half) : stops.slice(half);
  };

  for (const { account, part } of TOURS) {
    for (const language of LANGUAGES) {
      const label = part ? `${account} (${part}/2)` : account;
      it(`${label} in ${language}: every page passes axe and fits 390, 1366 and 1920 px`, async () => {
        const stops = partOf(await stopsFor(account), part);
        const page = await openAs(account, language);
        const folder = join(SCREENSHOT_DIR, language);
        mkdirSync(folder, { recursive: true });
        for (const stop of stops) {
          await page.setViewportSize({ width: 1366, height: 900 });
          await page.goto(`${session.app.url}${stop.path}`);
          await settle(page);
          expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
          const where = `${language} ${account} ${stop.path}`;
          await checkAccessibility(page, where);
          await checkLayout(page, `${where} @1366`);
          await page.screenshot({ path: join(folder, `${account}-${stop.name}.png`), fullPage: true });
          await page.setViewportSize({ width: 1920, height: 1080 });
          await checkLayout(page, `${where} @1920`);
          // A phone opens the page at its own width (no transition from a wide layout in the picture).
          await page.setViewportSize({ width: 390, height: 844 });
          await page.reload();
          await settle(page);
          await checkLayout(page, `${where} @390`);
          await page.screenshot({ path: join(folder, `${account}-${stop.name}-390.png`), fullPage: true });
        }
        expect(problems).toEqual([]);
      }, 180_000);
    }
  }
});
