import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, useBrowserSession } from './browser-session';

jest.setTimeout(180_000);

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/**
 * The brokerage days on the KPI page: the demo data's day (moved ten days into the past, so that
 * the default period — the last twelve months — counts it, with a meeting requested, accepted and
 * held), its figures in a table with totals, its link to the event's management page and the CSV
 * export in the page's language. Screenshots go to /tmp/event-kpis-*.png.
 */
describe('the brokerage days on the KPI page in Chromium', () => {
  const session = useBrowserSession();
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });

  async function pageOverflow(): Promise<number> {
    await page.evaluate(() => new Promise((resolve) => (globalThis as any).requestAnimationFrame(() => (globalThis as any).requestAnimationFrame(resolve))));
    return page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth);
  }

  it('staff see the demo brokerage day with its figures and totals, open it, and download its CSV', async () => {
    const app = session.app;
    const [staff, industrial, researcher] = await Promise.all(
      ['staff@passerelle.demo', 'industrial@passerelle.demo', 'researcher@passerelle.demo'].map((email) => app.login(email, DEMO_PASSWORD)),
    );
    const [{ id: eventId, title }] = await app.db.query(`SELECT id, title FROM events WHERE title LIKE 'Journée d’affaires Agro%'`);
    // The day as it went: the cooperative asked the lab for a meeting, the lab accepted, they met.
    const { event } = await app.ok<{ event: { participants: { id: string; kind: string }[] } }>(`query($id: ID!) { event(id: $id) { participants { id kind } } }`, { id: eventId }, { token: industrial });
    const lab = event.participants.find((p) => p.kind === 'RESEARCHER')!;
    const { requestEventMeeting } = await app.ok<{ requestEventMeeting: { id: string } }>(
      `mutation($eventId: ID!, $input: MeetingRequestInput!) { requestEventMeeting(eventId: $eventId, input: $input) { id } }`,
      { eventId, input: { recipientId: lab.id, message: 'Parlons de la stabilité de notre huile' } },
      { token: industrial },
    );
    await app.ok(`mutation($id: ID!) { answerEventMeeting(id: $id, input: { accept: true }) { id } }`, { id: requestEventMeeting.id }, { token: researcher });
    await app.ok(`mutation($id: ID!) { markEventMeeting(id: $id, input: { attendance: HELD }) { id } }`, { id: requestEventMeeting.id }, { token: staff });
    await app.db.query(`UPDATE events SET starts_on = $2, ends_on = $2, status = 'HELD' WHERE id = $1`, [eventId, day(-10)]);
    const { kpis } = await app.ok<{ kpis: { events: { events: Record<string, number | string>[]; total: Record<string, number> } } }>(
      `{ kpis { events { events { eventId registrations requests accepted scheduled held noShows matches collaborations } total { registrations requests accepted held } } } }`,
      {},
      { token: staff },
    );
    const figures = kpis.events.events.find((e) => e.eventId === eventId)!;
    expect(figures).toMatchObject({ registrations: 2, requests: 1, accepted: 1, held: 1, noShows: 0 });

    await page.setViewportSize({ width: 1366, height: 900 });
    await session.signIn('staff@passerelle.demo');
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    await page.getByRole('link', { name: 'Indicateurs' }).click();
    const section = page.getByRole('region', { name: 'Journées d’affaires' });
    const row = section.locator(`tr[data-event-id="${eventId}"]`);
    await row.waitFor();
    expect(await row.getByRole('rowheader').innerText()).toBe(title);
    for (const key of ['registrations', 'requests', 'accepted', 'scheduled', 'held', 'noShows', 'matches', 'collaborations']) {
      expect(await row.locator(`[data-figure="${key}"]`).innerText()).toBe(String(figures[key]));
    }
    const total = section.getByTestId('kpi-events-total');
    for (const key of ['registrations', 'requests', 'accepted', 'held'] as const) {
      expect(await total.locator(`[data-figure="${key}"]`).innerText()).toBe(String(kpis.events.total[key]));
    }
    expect(await section.getByRole('columnheader').allInnerTexts()).toEqual(['Journée', 'Date', 'Inscriptions', 'Demandes', 'Acceptées', 'Planifiés', 'Tenus', 'Absences', 'Pistes ouvertes', 'Collaborations']);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await section.screenshot({ path: '/tmp/event-kpis-section-fr-1366.png' });
    await page.screenshot({ path: '/tmp/event-kpis-page-fr-1366.png', fullPage: true });

    // The CSV of the period, in French: the day and its figures.
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Exporter les journées d’affaires (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^passerelle-events-\d{4}-\d{2}-\d{2}-fr\.csv$/);
    const records: string[][] = parse(readFileSync(await file.path(), 'utf8'), { bom: true });
    expect(records[0]).toEqual(expect.arrayContaining(['Journée d’affaires', 'Inscriptions', 'Tenus', 'Statut']));
    const line = records.find((r) => r[0] === eventId)!;
    const at = (heading: string) => line[records[0].indexOf(heading)];
    expect([at('Journée d’affaires'), at('Premier jour (AAAA-MM-JJ)'), at('Statut'), at('Inscriptions'), at('Tenus')]).toEqual([title, day(-10), 'Tenue', '2', '1']);
    await section.getByTestId('export-events-status').filter({ hasText: 'fr.csv' }).waitFor();

    // In Arabic at 390 px: the table scrolls inside its section, not the page.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByTestId('language-switcher').selectOption('ar');
    const arSection = page.getByRole('region', { name: 'أيام الأعمال' });
    await arSection.getByRole('columnheader', { name: 'المنعقدة' }).waitFor();
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await arSection.screenshot({ path: '/tmp/event-kpis-section-ar-390.png' });
    await page.getByTestId('language-switcher').selectOption('en');
    await page.getByRole('region', { name: 'Brokerage days' }).getByRole('columnheader', { name: 'No-shows' }).waitFor();
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await page.getByTestId('language-switcher').selectOption('fr');

    // The title opens the day's management page.
    await page.setViewportSize({ width: 1366, height: 900 });
    await section.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/events/${eventId}/manage`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: title }).waitFor();
  });

  it('says so when no brokerage day falls in the period', async () => {
    // Every demo day (the one held six weeks ago too) in the future: no period the page offers reaches them.
    await session.app.db.query(`UPDATE events SET starts_on = $1, ends_on = $1`, [day(30)]);
    await page.setViewportSize({ width: 1366, height: 900 });
    await session.signIn('staff@passerelle.demo');
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    await page.getByRole('link', { name: 'Indicateurs' }).click();
    const section = page.getByRole('region', { name: 'Journées d’affaires' });
    await section.getByText('Aucune journée d’affaires ne commence dans la période. Choisissez une période plus large pour en voir.').waitFor();
    expect(await section.getByRole('table').count()).toBe(0);
  });
});
