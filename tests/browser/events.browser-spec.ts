import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, useBrowserSession } from './browser-session';

/**
 * Brokerage days in the browser: a whole day run through the pages (staff create and open it, two
 * members register, one requests a suggested meeting, the other accepts, staff schedule, both see
 * the agenda, staff mark it held and turn it into a match), then every events page in fr, ar and
 * en passes axe and fits 390 and 1366 px. Screenshots go to EVENTS_SCREENSHOT_DIR when it is set.
 */
const LANGUAGES = ['fr', 'ar', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const SCREENSHOTS = process.env.EVENTS_SCREENSHOT_DIR;

const INDUSTRIAL = 'Aïcha Oubaha';
const RESEARCHER = 'Fatima Zahra Id Brahim';

describe('brokerage days in the browser', () => {
  const session = useBrowserSession();

  async function openAs(account: string, language: Language = 'fr'): Promise<Page> {
    const page = await session.newPage();
    await page.goto(`${session.app.url}/sign-in`);
    await page.evaluate((chosen) => (globalThis as any).localStorage.setItem('passerelle.language', chosen), language);
    await page.reload();
    await page.locator('input[type="email"]').fill(`${account}@passerelle.demo`);
    await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    return page;
  }

  async function settle(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !(globalThis as any).document.querySelector('[role="status"] .spinner, .mantine-Loader-root'));
  }

  async function confirm(page: Page, name: string | RegExp): Promise<void> {
    await page.getByRole('dialog').getByRole('button', { name, exact: typeof name === 'string' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  it('staff run a whole brokerage day from the pages', async () => {
    // Staff create the event (the form starts a month ahead) and lay it out.
    const staff = await openAs('staff');
    await staff.goto(`${session.app.url}/events`);
    await staff.getByRole('button', { name: 'Créer une journée' }).click();
    const form = staff.getByRole('dialog');
    await form.getByLabel('Titre').fill('Rencontres Argan & Cactus');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await staff.waitForURL(/\/events\/[0-9a-f-]+\/manage$/);
    const eventId = staff.url().split('/').at(-2)!;
    await staff.getByRole('heading', { level: 1, name: /Rencontres Argan & Cactus/ }).waitFor();

    await staff.getByRole('tab', { name: 'Sessions et tables' }).click();
    await staff.getByLabel('Nom de la session').fill('Matinée');
    await staff.getByRole('button', { name: 'Ajouter la session' }).click();
    await staff.getByText('6 créneaux').waitFor(); // 9:00–12:30, 30 min + 5 min breaks
    await staff.getByRole('button', { name: 'Enregistrer les tables' }).click();
    await staff.getByText('8 tables').waitFor();
    await staff.getByRole('button', { name: 'Ouvrir', exact: true }).click();
    await confirm(staff, 'Ouvrir');
    await staff.getByText('Ouverte', { exact: true }).first().waitFor();
    await staff.getByRole('link', { name: 'Voir la page de la journée' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Rencontres Argan & Cactus' }).waitFor();

    // Two members register, their forms pre-filled from their needs and profile.
    for (const account of ['industrial', 'researcher']) {
      const member = await openAs(account);
      await member.goto(`${session.app.url}/events/${eventId}`);
      await member.getByRole('button', { name: 'S’inscrire' }).click();
      const dialog = member.getByRole('dialog');
      await expectFilled(dialog.getByLabel(account === 'industrial' ? 'Ce que vous cherchez' : 'Ce que vous offrez'));
      await dialog.getByRole('button', { name: 'S’inscrire' }).click();
      await dialog.waitFor({ state: 'detached' });
      await member.getByText('Inscrit·e', { exact: true }).first().waitFor();
    }

    // The industrial requests the suggested meeting, with the reasons shown.
    const industrial = await openAs('industrial');
    await industrial.goto(`${session.app.url}/events/${eventId}`);
    const suggestion = industrial.getByTestId('event-suggestions').getByRole('article').filter({ hasText: RESEARCHER });
    await suggestion.getByText('Pourquoi se rencontrer', { exact: false }).waitFor();
    expect(await suggestion.getByRole('listitem').count()).toBeGreaterThan(0);
    await suggestion.getByRole('button', { name: `Demander un rendez-vous à ${RESEARCHER}` }).click();
    await industrial.getByRole('dialog').getByLabel('Message').fill('Parlons de la stabilité de notre huile.');
    await industrial.getByRole('dialog').getByRole('button', { name: 'Envoyer la demande' }).click();
    await suggestion.getByText('Demande\u202f: En attente').waitFor();

    // The researcher accepts; the industrial's contact appears.
    const researcher = await openAs('researcher');
    await researcher.goto(`${session.app.url}/events/${eventId}`);
    await researcher.getByRole('tab', { name: 'Mes demandes' }).click();
    const incoming = researcher.getByTestId('meeting-request').filter({ hasText: INDUSTRIAL });
    await incoming.getByText('Parlons de la stabilité de notre huile.').waitFor();
    expect(await incoming.getByText('industrial@passerelle.demo').count()).toBe(0);
    await incoming.getByRole('button', { name: `Accepter le rendez-vous avec ${INDUSTRIAL}` }).click();
    await incoming.getByText('Accepté', { exact: true }).waitFor();
    await incoming.getByText('industrial@passerelle.demo').waitFor();
    expect(await seriousViolations(researcher)).toEqual([]);

    // Staff schedule all.
    await staff.goto(`${session.app.url}/events/${eventId}/manage`);
    await staff.getByRole('button', { name: 'Tout planifier' }).click();
    await confirm(staff, 'Tout planifier');
    await staff.getByTestId('schedule-result').getByText('Rendez-vous placés : 1 sur 1').waitFor();
    await staff.getByTestId('schedule-grid').getByText(RESEARCHER).waitFor();
    await shoot(staff, 'fr', 'journey-manage-scheduled-1366');
    expect(await seriousViolations(staff)).toEqual([]);

    // Both see the meeting in their agenda; the .ics download parses back.
    for (const [page, other] of [
      [industrial, RESEARCHER],
      [researcher, INDUSTRIAL],
    ] as const) {
      await page.goto(`${session.app.url}/events/${eventId}`);
      await page.getByRole('tab', { name: 'Mon agenda' }).click();
      await page.getByTestId('event-agenda').getByText(other).waitFor();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger l’agenda (.ics)' }).click()]);
      const calendar = new ICAL.Component(ICAL.parse(readFileSync((await file.path())!, 'utf8')));
      const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events).toHaveLength(1);
      expect(events[0].summary).toContain(other);
      expect(await seriousViolations(page)).toEqual([]);
      await shoot(page, 'fr', `journey-agenda-${other === RESEARCHER ? 'industrial' : 'researcher'}-1366`);
    }

    // The researcher proposes another slot; staff apply it.
    await researcher.getByRole('button', { name: `Proposer un autre créneau pour le rendez-vous avec ${INDUSTRIAL}` }).click();
    await researcher.getByRole('dialog').getByLabel('Créneau').click();
    await researcher.getByRole('listbox').getByRole('option').last().click();
    await researcher.getByRole('dialog').getByRole('button', { name: 'Proposer', exact: true }).click();
    await researcher.getByTestId('event-agenda').getByText(/Créneau proposé/).waitFor();
    await staff.reload();
    const proposed = staff.getByTestId('event-meeting-row').filter({ hasText: RESEARCHER });
    await proposed.getByRole('button', { name: /Appliquer le créneau proposé/ }).click();
    await confirm(staff, 'Appliquer');
    await proposed.getByText('(placé à la main)').waitFor();
    expect(await proposed.getByText(/Créneau proposé/).count()).toBe(0);

    // Staff mark it held and turn it into a match.
    await staff.reload();
    const row = staff.getByTestId('event-meeting-row').filter({ hasText: RESEARCHER });
    await row.getByRole('button', { name: /Marquer comme tenu/ }).click();
    await confirm(staff, 'Tenu');
    await row.getByText('Tenu', { exact: true }).last().waitFor();
    await row.getByRole('button', { name: /Créer une mise en relation/ }).click();
    const convert = staff.getByRole('dialog');
    await convert.getByLabel('Besoin de l’industriel').click();
    await staff.getByRole('listbox').getByRole('option').first().click();
    await convert.getByRole('button', { name: 'Créer une mise en relation' }).click();
    await convert.waitFor({ state: 'detached' });
    const link = row.getByRole('link', { name: 'Voir la mise en relation' });
    await link.waitFor();
    const matchId = (await link.getAttribute('href'))!.split('/').at(-1)!;
    const token = await session.app.login('staff@passerelle.demo', DEMO_PASSWORD);
    const { match } = await session.app.ok('query($id: ID!) { match(id: $id) { status } }', { id: matchId }, { token });
    expect(match.status).toBe('SHORTLISTED');
    await staff.getByTestId('event-kpis').locator('[data-kpi="matches"]').getByText('1', { exact: true }).waitFor();
    await shoot(staff, 'fr', 'journey-manage-after-the-day-1366');
  }, 240_000);

  for (const language of LANGUAGES) {
    it(`every events page passes axe and fits 390 and 1366 px in ${language}`, async () => {
      const token = await session.app.login('staff@passerelle.demo', DEMO_PASSWORD);
      const { events } = await session.app.ok('{ events { id title } }', {}, { token });
      const demo = events.find((e: { title: string }) => e.title.startsWith('Journée d’affaires Agro & Cosmétique'));
      expect(demo).toBeDefined();
      const problems: string[] = [];
      const stops: [string, string, string][] = [
        ['staff', 'events', '/events'],
        ['staff', 'event', `/events/${demo.id}`],
        ['staff', 'manage', `/events/${demo.id}/manage`],
        ['industrial', 'events', '/events'],
        ['industrial', 'event', `/events/${demo.id}`],
        ['researcher', 'event', `/events/${demo.id}`],
      ];
      const pages = new Map<string, Page>();
      for (const [account, name, path] of stops) {
        if (!pages.has(account)) pages.set(account, await openAs(account, language));
        const page = pages.get(account)!;
        await page.setViewportSize({ width: 1366, height: 900 });
        await page.goto(`${session.app.url}${path}`);
        await settle(page);
        expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        const where = `${language} ${account} ${path}`;
        for (const violation of await seriousViolations(page)) problems.push(`${where}: ${violation}`);
        await checkLayout(page, `${where} @1366`, problems);
        await shoot(page, language, `${account}-${name}-1366`);
        if (name === 'event' || name === 'manage') {
          // The other tabs too.
          for (const tab of await page.getByRole('tab').all()) {
            await tab.click();
            await page.waitForLoadState('networkidle');
            for (const violation of await seriousViolations(page)) problems.push(`${where} (tab ${await tab.textContent()}): ${violation}`);
            await checkLayout(page, `${where} (tab ${await tab.textContent()}) @1366`, problems);
          }
          await page.getByRole('tab').first().click();
        }
        await page.setViewportSize({ width: 390, height: 844 });
        await page.reload();
        await settle(page);
        await checkLayout(page, `${where} @390`, problems);
        await shoot(page, language, `${account}-${name}-390`);
      }
      expect(problems).toEqual([]);
    }, 240_000);
  }
});

async function expectFilled(locator: import('playwright-core').Locator): Promise<void> {
  await locator.waitFor();
  await locator.page().waitForFunction((element) => (element as any).value !== '', await locator.elementHandle());
  expect(await locator.inputValue()).not.toBe('');
}

async function checkLayout(page: Page, where: string, problems: string[]): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => (globalThis as any).requestAnimationFrame(() => (globalThis as any).requestAnimationFrame(resolve))));
  const overflow = await page.evaluate(() => {
    const doc = (globalThis as any).document;
    return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
  });
  if (overflow > 0) problems.push(`${where}: the page scrolls sideways by ${overflow}px`);
}

async function shoot(page: Page, language: Language, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  const folder = join(SCREENSHOTS, language);
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}
