import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD as PASSWORD, useBrowserSession } from './browser-session';

// Journeys through several pages and languages on two shared cores: more than the default minute.
jest.setTimeout(180_000);

/**
 * The staff board at real widths (the columns scroll inside the board, never the page), "load
 * more" per column, proposing after a confirmation with a message, closing in a dialog, the way
 * to a need's expert finder; the KPI page for a chosen period with its charts in French and Arabic;
 * axe on both pages in the three languages. Screenshots go to /tmp/board-kpis-*.png.
 */
describe('the staff board and the KPIs in Chromium', () => {
  const session = useBrowserSession();
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });

  const STAFF = 'staff@passerelle.demo';
  const LABELS = { fr: 'Colonnes du pipeline, à faire défiler horizontalement', ar: 'أعمدة مسار الربط، قابلة للتمرير أفقيا', en: 'Pipeline columns, scroll horizontally' };

  async function staffToken(): Promise<string> {
    return session.app.login(STAFF, PASSWORD);
  }

  async function signIn(language: 'fr' | 'ar' | 'en' = 'fr') {
    await session.signIn(STAFF, PASSWORD);
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    if (language !== 'fr') await page.getByTestId('language-switcher').selectOption(language);
  }

  /** Every column shows its count and none is loading. */
  async function waitForBoard() {
    await page.waitForFunction(() => {
      const doc = (globalThis as any).document;
      const counts = [...doc.querySelectorAll('[data-testid="column-count"]')];
      return counts.length === 7 && counts.every((c: any) => /^\d+$/.test(c.textContent.trim())) && !doc.querySelector('.board .state--loading');
    });
  }

  async function openBoard(language: 'fr' | 'ar' | 'en' = 'fr') {
    await signIn(language);
    await page.goto(`${session.app.url}/pipeline`);
    await waitForBoard();
  }

  /** The page itself never scrolls sideways. */
  async function pageOverflow(): Promise<number> {
    await page.evaluate(() => new Promise((resolve) => (globalThis as any).requestAnimationFrame(() => (globalThis as any).requestAnimationFrame(resolve))));
    return page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth);
  }

  /** A dialog has finished its opening transition (axe reads the colours as they are on screen). */
  async function dialogSettled() {
    await page.waitForFunction(() => {
      const dialogs = [...(globalThis as any).document.querySelectorAll('[role="dialog"]')];
      return dialogs.length > 0 && dialogs.every((d: any) => (globalThis as any).getComputedStyle(d).opacity === '1');
    });
  }

  async function svgTexts(locator: Locator): Promise<string[]> {
    return locator.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  }

  async function within(inner: Locator, outer: Locator) {
    const a = (await inner.boundingBox())!;
    const b = (await outer.boundingBox())!;
    return a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1;
  }

  /** Matches in `status` on pairs that have none yet, straight into the database (the demo has few). */
  async function addMatches(count: number, status: 'SUGGESTED' | 'SHORTLISTED'): Promise<string[]> {
    const rows: { id: string }[] = await session.app.db.query(
      `INSERT INTO matches (need_id, researcher_profile_id, status, origin, features, created_by, status_changed_at)
       SELECT n.id, p.id, $2, 'STAFF', '[]', (SELECT id FROM users WHERE email = $3), now()
         FROM needs n CROSS JOIN researcher_profiles p
        WHERE n.status = 'OPEN' AND n.archived_at IS NULL AND p.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.id AND m.researcher_profile_id = p.id)
        ORDER BY n.created_at, p.created_at LIMIT $1
       RETURNING id`,
      [count, status, STAFF],
    );
    expect(rows).toHaveLength(count);
    return rows.map((r) => r.id);
  }

  it('fits the board at 1366 px in French and Arabic: the columns scroll inside the board and the last one is reachable', async () => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await openBoard('fr');
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: LABELS.fr });
    // The board is wider than its box: it scrolls inside.
    const inside = await region.evaluate((el: any) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(inside.scroll).toBeGreaterThan(inside.client);
    const last = page.getByTestId('column-CLOSED');
    expect(await within(last, region)).toBe(false);
    await page.screenshot({ path: '/tmp/board-kpis-board-fr-1366.png' });

    // The last column comes into view inside the board, and the page still does not move.
    await last.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    expect(await within(last, region)).toBe(true);
    expect(await page.evaluate(() => (globalThis as any).scrollX)).toBe(0);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    // From the keyboard too: the board takes the focus and the arrow keys scroll it.
    await region.evaluate((el: any) => el.scrollTo({ left: 0, behavior: 'instant' }));
    await region.focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
    expect(await region.evaluate((el: any) => Math.abs(el.scrollLeft))).toBeGreaterThan(0);

    await page.getByTestId('language-switcher').selectOption('ar');
    await page.getByRole('heading', { name: 'مسار علاقات الربط', level: 1 }).waitFor();
    await waitForBoard();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    const rtlRegion = page.getByRole('region', { name: LABELS.ar });
    await rtlRegion.evaluate((el: any) => el.scrollTo({ left: 0, behavior: 'instant' }));
    // Right to left: the first column at the right, the last one out of view at the left.
    const first = (await page.getByTestId('column-SUGGESTED').boundingBox())!;
    const second = (await page.getByTestId('column-SHORTLISTED').boundingBox())!;
    expect(first.x).toBeGreaterThan(second.x);
    await page.screenshot({ path: '/tmp/board-kpis-board-ar-1366.png' });
    await page.getByTestId('column-CLOSED').getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    expect(await within(page.getByTestId('column-CLOSED'), rtlRegion)).toBe(true);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
  });

  it('fits the board at 390 px and 1920 px too', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await openBoard('fr');
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/board-kpis-board-fr-390.png' });
    await page.getByTestId('language-switcher').selectOption('ar');
    await page.getByRole('heading', { name: 'مسار علاقات الربط', level: 1 }).waitFor();
    await waitForBoard();
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    // The shell's closed menu slides out to the other side when the direction changes: shoot once it is gone.
    await page.waitForFunction(() => {
      const nav = (globalThis as any).document.querySelector('.mantine-AppShell-navbar');
      if (!nav) return true;
      const box = nav.getBoundingClientRect();
      return box.right <= 0 || box.left >= (globalThis as any).innerWidth;
    });
    await page.screenshot({ path: '/tmp/board-kpis-board-ar-390.png' });
    await page.setViewportSize({ width: 1920, height: 1000 });
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
  });

  it('loads more cards in one column, page after page, the others unchanged', async () => {
    const token = await staffToken();
    const total = async () =>
      (await session.app.ok<{ pipelineCounts: { status: string; count: number }[] }>('{ pipelineCounts { status count } }', {}, { token })).pipelineCounts;
    const existing = (await total()).find((c) => c.status === 'SUGGESTED')!.count;
    // Enough suggestions for three pages of ten.
    await addMatches(Math.max(0, 23 - existing), 'SUGGESTED');
    const counts = Object.fromEntries((await total()).map((c) => [c.status, c.count]));
    expect(counts.SUGGESTED).toBe(Math.max(23, existing));

    await page.setViewportSize({ width: 1366, height: 900 });
    await openBoard('fr');
    const column = page.getByTestId('column-SUGGESTED');
    const cards = column.getByTestId('pipeline-card');
    expect(await column.getByTestId('column-count').innerText()).toBe(String(counts.SUGGESTED));
    expect(await cards.count()).toBe(10);
    const shortlistedBefore = await page.getByTestId('column-SHORTLISTED').getByTestId('pipeline-card').count();

    await column.getByRole('button', { name: 'Afficher 10 de plus' }).click();
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[data-testid="column-SUGGESTED"] [data-testid="pipeline-card"]').length === 20);
    expect(await column.getByTestId('column-shown').innerText()).toBe(`20 sur ${counts.SUGGESTED}`);
    const remaining = counts.SUGGESTED - 20;
    await column.getByRole('button', { name: `Afficher ${Math.min(10, remaining)} de plus` }).click();
    await page.waitForFunction(
      (expected) => (globalThis as any).document.querySelectorAll('[data-testid="column-SUGGESTED"] [data-testid="pipeline-card"]').length === expected,
      Math.min(30, counts.SUGGESTED),
    );
    const ids = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-match-id')));
    expect(new Set(ids).size).toBe(ids.length);
    if (counts.SUGGESTED <= 30) expect(await column.getByTestId('load-more').count()).toBe(0);
    // The other columns kept their own first page.
    expect(await page.getByTestId('column-SHORTLISTED').getByTestId('pipeline-card').count()).toBe(shortlistedBefore);
    // Every card shown belongs to the column's status, as the API says.
    const { pipeline } = await session.app.ok<{ pipeline: { edges: { node: { id: string } }[] } }>(
      '{ pipeline(filter: { statuses: [SUGGESTED] }, first: 100) { edges { node { id } } } }',
      {},
      { token },
    );
    const suggested = new Set(pipeline.edges.map((e) => e.node.id));
    expect(ids.every((id) => suggested.has(id!))).toBe(true);
  });

  it('proposes a shortlisted match only after a confirmation, with a message both sides receive', async () => {
    const [matchId] = await addMatches(1, 'SHORTLISTED');
    const token = await staffToken();
    const { match } = await session.app.ok<{ match: { need: { title: string }; researcher: { researcher: { email: string } } } }>(
      'query($id: ID!) { match(id: $id) { need { title } researcher { researcher { email } } } }',
      { id: matchId },
      { token },
    );
    await page.setViewportSize({ width: 1366, height: 900 });
    await openBoard('fr');
    const card = page.getByTestId('column-SHORTLISTED').locator(`[data-match-id="${matchId}"]`);
    await card.waitFor();

    // Cancelling changes nothing.
    await card.getByRole('button', { name: 'Proposer', exact: true }).click();
    let dialog = page.getByRole('dialog', { name: 'Proposer la mise en relation' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(match.need.title);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await card.count()).toBe(1);

    // A message longer than 1000 characters is refused before anything is sent.
    await card.getByRole('button', { name: 'Proposer', exact: true }).click();
    dialog = page.getByRole('dialog', { name: 'Proposer la mise en relation' });
    const message = dialog.getByLabel('Message aux deux parties');
    await message.fill('x'.repeat(1001));
    await dialog.getByRole('button', { name: 'Proposer aux deux parties' }).click();
    await dialog.getByText('Le message dépasse 1\u202f000 caractères (1001).').waitFor();
    await dialogSettled();
    expect(await message.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: '/tmp/board-kpis-propose-fr.png' });
    expect(await seriousViolations(page)).toEqual([]);

    const words = 'Bonjour à tous deux : un premier échange en visio la semaine prochaine ?';
    await message.fill(words);
    await dialog.getByRole('button', { name: 'Proposer aux deux parties' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Mise en relation proposée\u202f: les deux parties sont prévenues.').waitFor();
    await page.getByTestId('column-PROPOSED').locator(`[data-match-id="${matchId}"]`).waitFor();
    expect(await page.getByTestId('column-SHORTLISTED').locator(`[data-match-id="${matchId}"]`).count()).toBe(0);

    // Both sides have the message in their notification.
    const researcher = await session.app.login(match.researcher.researcher.email, PASSWORD).catch(() => null);
    const sides = await session.app.db.query(
      `SELECT u.email, n.params->>'message' AS message FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.match_id = $1 AND n.kind = 'MATCH_PROPOSED'`,
      [matchId],
    );
    expect(sides.length).toBeGreaterThanOrEqual(2);
    expect(sides.every((row: { message: string }) => row.message === words)).toBe(true);
    if (researcher) {
      const { notifications } = await session.app.ok<{ notifications: { edges: { node: { body: string; matchId: string } }[] } }>(
        '{ notifications(first: 20) { edges { node { body matchId } } } }',
        {},
        { token: researcher },
      );
      expect(notifications.edges.find((e) => e.node.matchId === matchId)!.node.body).toContain(words);
    }
  });

  it('closes a match in a dialog that stays inside the screen at 390 px and 1366 px', async () => {
    const [first, second] = await addMatches(2, 'SHORTLISTED');
    await openBoard('fr');
    for (const [width, matchId] of [[390, first], [1366, second]] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${session.app.url}/pipeline`);
      await waitForBoard();
      const card = page.getByTestId('column-SHORTLISTED').locator(`[data-match-id="${matchId}"]`);
      await card.scrollIntoViewIfNeeded();
      await card.getByRole('button', { name: 'Clôturer…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Clôturer la mise en relation' });
      await dialog.waitFor();
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      const form = dialog.getByTestId('close-match-form');
      const formBox = (await form.boundingBox())!;
      expect(formBox.x + formBox.width).toBeLessThanOrEqual(box.x + box.width);
      expect(await pageOverflow()).toBeLessThanOrEqual(0);
      expect(await dialog.getByLabel('Issue').inputValue()).toBe('Sans suite');
      await dialog.getByLabel(/^Note/).fill('Le laboratoire ne répond plus.');
      if (width === 390) await page.screenshot({ path: '/tmp/board-kpis-close-fr-390.png' });
      await dialog.getByRole('button', { name: 'Clôturer', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('column-CLOSED').locator(`[data-match-id="${matchId}"]`).waitFor({ state: 'attached' });
    }
  });

  it('leads from a card and from the match dialog to the need’s expert finder', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openBoard('fr');
    const card = page.getByTestId('column-PROPOSED').getByTestId('pipeline-card').first();
    const title = await card.getByRole('heading', { level: 3 }).innerText();
    await card.getByRole('link', { name: /^Trouver des experts/ }).click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}#suggested-experts-title$/);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByTestId('suggested-experts').waitFor();

    await page.goto(`${session.app.url}/pipeline`);
    await waitForBoard();
    await page.getByTestId('column-PROPOSED').getByTestId('pipeline-card').first().getByRole('heading', { level: 3 }).getByRole('button').click();
    const detail = page.getByRole('dialog');
    await detail.getByRole('heading', { name: title, level: 2 }).waitFor();
    await page.screenshot({ path: '/tmp/board-kpis-match-dialog-fr.png' });
    await detail.getByRole('link', { name: /^Trouver des experts/ }).first().click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}#suggested-experts-title$/);
    await page.getByTestId('suggested-experts').waitFor();
  });

  it('shows the KPIs of a chosen period with their charts, in French then in Arabic', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn('fr');
    await page.getByRole('link', { name: 'Indicateurs' }).click();
    await page.getByRole('heading', { name: 'Indicateurs', level: 1 }).waitFor();
    await page.getByTestId('kpi-figures').waitFor();
    const token = await staffToken();
    const figuresFor = async (from: string, to: string) =>
      (await session.app.ok<{ kpis: Record<string, number> }>(
        'query($f: KpiFilter) { kpis(filter: $f) { needsPosted matchesSuggested matchesProposed introductions collaborations successes byMonth { month } } }',
        { f: { from, to } },
        { token },
      )).kpis;

    // A preset: this year, from the first of January to today.
    const today = new Date().toISOString().slice(0, 10);
    const yearStart = `${today.slice(0, 4)}-01-01`;
    await page.getByTestId('kpi-presets').getByText('Cette année').click();
    const thisYear = await figuresFor(yearStart, today);
    await page.waitForFunction(
      (expected) => (globalThis as any).document.querySelector('[data-testid="kpi-matchesSuggested"] dd')?.textContent === expected,
      String(thisYear.matchesSuggested),
    );
    expect(await page.getByTestId('kpi-period').innerText()).toContain(`1 janvier ${today.slice(0, 4)}`);
    for (const key of ['needsPosted', 'matchesProposed', 'introductions', 'collaborations', 'successes']) {
      expect(await page.getByTestId(`kpi-${key}`).locator('dd').innerText()).toBe(String(thisYear[key]));
    }

    // A period picked in the calendar (it opens on the current period's first month): its 1st to its 6th day.
    await page.getByTestId('kpi-range').click();
    await page.locator('[data-dates-dropdown]').waitFor();
    const names: string[] = await page.evaluate(() => [...(globalThis as any).document.querySelectorAll('[data-dates-dropdown] table button[aria-label]')].map((b: any) => b.getAttribute('aria-label')));
    const firstDay = names.find((n) => /^1 \S+ \d{4}$/.test(n))!;
    const [, monthName, year] = firstDay.split(' ');
    const lastDay = `6 ${monthName} ${year}`;
    const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
    const monthNumber = String(FR_MONTHS.indexOf(monthName) + 1).padStart(2, '0');
    // Two leads opened on the 3rd of that month, so the period has something of its own to count.
    const added = await addMatches(2, 'SUGGESTED');
    await session.app.db.query(`UPDATE matches SET created_at = $2 WHERE id = ANY($1::uuid[])`, [added, `${year}-${monthNumber}-03T10:00:00Z`]);
    await page.getByRole('button', { name: firstDay, exact: true }).click();
    await page.getByRole('button', { name: lastDay, exact: true }).click();
    const picked = await figuresFor(`${year}-${monthNumber}-01`, `${year}-${monthNumber}-06`);
    expect(picked.matchesSuggested).toBeGreaterThanOrEqual(2);
    await page.getByTestId('kpi-period').filter({ hasText: `Du ${firstDay} au ${lastDay}` }).waitFor();
    await page.waitForLoadState('networkidle');
    for (const key of ['needsPosted', 'matchesSuggested', 'matchesProposed', 'introductions']) {
      expect(await page.getByTestId(`kpi-${key}`).locator('dd').innerText()).toBe(String(picked[key]));
    }
    expect(await page.getByTestId('kpi-presets').locator('input[value="custom"]').isChecked()).toBe(true);

    // Back to the last 12 months for the charts.
    await page.getByTestId('kpi-presets').getByText('12 derniers mois').click();
    const funnel = page.getByTestId('kpi-funnel-chart');
    await funnel.locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    expect(await svgTexts(funnel.locator('.recharts-cartesian-axis-tick-value'))).toEqual(
      expect.arrayContaining(['Pistes ouvertes', 'Proposées', 'Mises en relation', 'Collaborations', 'Réussites']),
    );
    const months = page.getByTestId('kpi-months-chart');
    await months.locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    expect(await months.innerText()).toContain('Besoins publiés'); // the legend
    await page.getByTestId('kpi-sectors-chart').locator('.recharts-surface').waitFor();
    await page.getByTestId('kpi-declines').waitFor();
    await page.getByTestId('kpi-hall').waitFor();
    // The figures behind a chart, as a table.
    await page.getByTestId('kpi-funnel').getByRole('button', { name: 'Voir les chiffres' }).click();
    await page.getByTestId('kpi-funnel-table').waitFor();
    expect(await page.getByTestId('kpi-funnel-table').innerText()).toContain('Réussites');
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/board-kpis-kpis-fr-1366.png', fullPage: true });

    const tickX = async (chart: Locator) => {
      const ticks = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
      const boxes = await ticks.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
      return { first: boxes[0], last: boxes[boxes.length - 1] };
    };
    const fr = await tickX(months);
    expect(fr.first).toBeLessThan(fr.last);

    await page.getByTestId('language-switcher').selectOption('ar');
    await page.getByRole('heading', { name: 'المؤشرات', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await months.locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    // Right to left: the months run from the right, the value axis stands at the right.
    const ar = await tickX(months);
    expect(ar.first).toBeGreaterThan(ar.last);
    const yAxis = (await months.locator('.recharts-yAxis-tick-labels').boundingBox())!;
    const grid = (await months.locator('.recharts-cartesian-grid').boundingBox())!;
    expect(yAxis.x + yAxis.width / 2).toBeGreaterThan(grid.x + grid.width);
    expect(await months.innerText()).toContain('الاحتياجات المنشورة');
    expect(await svgTexts(funnel.locator('.recharts-cartesian-axis-tick-value'))).toEqual(expect.arrayContaining(['فرص مفتوحة', 'معروضة']));
    const funnelAxis = (await funnel.locator('.recharts-yAxis-tick-labels').boundingBox())!;
    const funnelGrid = (await funnel.locator('.recharts-cartesian-grid').boundingBox())!;
    expect(funnelAxis.x + funnelAxis.width / 2).toBeGreaterThan(funnelGrid.x + funnelGrid.width);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/board-kpis-kpis-ar-1366.png', fullPage: true });

    await page.setViewportSize({ width: 390, height: 800 });
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/board-kpis-kpis-ar-390.png', fullPage: true });
    await page.getByTestId('language-switcher').selectOption('fr');
    await page.getByRole('heading', { name: 'Indicateurs', level: 1 }).waitFor();
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/board-kpis-kpis-fr-390.png', fullPage: true });
  });

  it('downloads the CSV of the period in the page’s language', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn('ar');
    await page.goto(`${session.app.url}/kpis`);
    await page.getByRole('heading', { name: 'المؤشرات', level: 1 }).waitFor();
    await page.getByTestId('kpi-figures').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'تصدير علاقات الربط (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^passerelle-matches-\d{4}-\d{2}-\d{2}-ar\.csv$/);
    const path = await file.path();
    const content = require('node:fs').readFileSync(path, 'utf8') as string;
    const header = content.replace(/^\ufeff/, '').split('\r\n')[0];
    expect(header).toContain('الحالة (رمز)');
    expect(header).toContain('تاريخ الإنشاء (UTC)');
    expect(content).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/);
    await page.getByTestId('export-status').filter({ hasText: 'ar.csv' }).waitFor();
  });

  for (const language of ['fr', 'ar', 'en'] as const) {
    it(`passes axe on the board and its dialogs in ${language}`, async () => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await openBoard(language);
      const problems: string[] = [];
      const check = async (where: string) => {
        for (const violation of await seriousViolations(page)) problems.push(`${where}: ${violation}`);
      };
      await check('board');
      await page.getByTestId('column-PROPOSED').getByTestId('pipeline-card').first().getByRole('heading', { level: 3 }).getByRole('button').click();
      await page.getByRole('dialog').getByRole('heading', { level: 2 }).waitFor();
      await page.getByRole('dialog').getByTestId('timeline').waitFor();
      await dialogSettled();
      await check('match dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByTestId('column-SUGGESTED').getByTestId('pipeline-card').first().getByTestId('match-actions').getByRole('button').last().click();
      await page.getByRole('dialog').waitFor();
      await dialogSettled();
      await check('close dialog');
      expect(problems).toEqual([]);
    }, 180_000);

    it(`passes axe on the KPI page and its date picker in ${language}`, async () => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await signIn(language);
      await page.goto(`${session.app.url}/kpis`);
      await page.getByTestId('kpi-figures').waitFor();
      await page.getByTestId('kpi-months-chart').locator('.recharts-surface').waitFor();
      await page.getByTestId('kpi-hall').waitFor();
      await page.waitForLoadState('networkidle');
      const problems = (await seriousViolations(page)).map((violation) => `kpis: ${violation}`);
      await page.getByTestId('kpi-range').click();
      await page.locator('[data-dates-dropdown]').waitFor();
      // Once its opening transition is over (axe would read the colours of a half-transparent dropdown).
      await page.waitForFunction(() => (globalThis as any).getComputedStyle((globalThis as any).document.querySelector('[data-dates-dropdown]')).opacity === '1');
      problems.push(...(await seriousViolations(page)).map((violation) => `date picker: ${violation}`));
      if (language !== 'fr') await page.screenshot({ path: `/tmp/board-kpis-kpis-picker-${language}.png` });
      expect(problems).toEqual([]);
    }, 180_000);
  }
});
