import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD as PASSWORD, useBrowserSession } from './browser-session';

// Demo pipeline (apps/api/src/seed/demo-pipeline.ts): PROPOSED between the demo industrial and the
// demo researcher on the pressing-yield need (Arabic title), INTRODUCED on oxidative stability.
const PROPOSED_NEED = 'تحسين مردودية استخلاص زيت الأركان الغذائي بالعصر على البارد';
const INTRODUCED_NEED = "Améliorer la stabilité oxydative de notre huile d'argan cosmétique";
const STATUSES = ['SUGGESTED', 'SHORTLISTED', 'PROPOSED', 'INTRODUCED', 'COLLABORATING', 'DECLINED', 'CLOSED'];

describe('brokering pages in Chromium', () => {
  const session = useBrowserSession();
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });
  /** Another fresh browser context (no session), whose uncaught script errors fail the test too. */
  function newPage(): Promise<Page> {
    return session.newPage();
  }

  async function signIn(email: string) {
    await session.signIn(email, PASSWORD);
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
  }

  /** Presses Tab until the target has the focus, as a keyboard user would. */
  async function tabTo(target: Locator, maxPresses = 80) {
    for (let i = 0; i < maxPresses; i++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === (element.ownerDocument as any).activeElement)) return;
    }
    throw new Error('Could not reach the element with Tab');
  }

  async function staffCounts(): Promise<Record<string, number>> {
    const token = await session.app.login('staff@passerelle.demo', PASSWORD);
    const data = await session.app.ok<{ pipelineCounts: { status: string; count: number }[] }>('{ pipelineCounts { status count } }', {}, { token });
    return Object.fromEntries(data.pipelineCounts.map((c) => [c.status, c.count]));
  }

  async function boardCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const status of STATUSES) {
      const column = page.getByTestId(`column-${status}`);
      counts[status] = Number(await column.getByTestId('column-count').innerText());
    }
    return counts;
  }

  async function waitForBoard() {
    await page.waitForFunction(() => {
      const doc = (globalThis as any).document;
      const counts = [...doc.querySelectorAll('[data-testid="column-count"]')];
      return counts.length === 7 && counts.every((c: any) => /^\d+$/.test(c.textContent)) && !doc.querySelector('.board .state--loading');
    });
  }

  it('shows staff the pipeline menu, the board with the API’s counts, and a match’s timeline', async () => {
    await signIn('staff@passerelle.demo');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(expect.arrayContaining(['Besoins', 'Pipeline', 'Intérêts', 'Indicateurs']));
    expect(await nav.getByRole('link', { name: 'Mes mises en relation' }).count()).toBe(0);

    await nav.getByRole('link', { name: 'Pipeline' }).click();
    await page.getByRole('heading', { name: 'Pipeline des mises en relation' }).waitFor();
    await waitForBoard();
    const expected = await staffCounts();
    expect(await boardCounts()).toEqual(Object.fromEntries(STATUSES.map((s) => [s, expected[s] ?? 0])));
    expect(await page.getByTestId('column-PROPOSED').getByTestId('pipeline-card').count()).toBe(expected.PROPOSED);
    await page.screenshot({ path: '/tmp/board-fr.png', fullPage: true });

    // Open the INTRODUCED match with the keyboard: its timeline tells the whole story.
    const card = page.getByTestId('column-INTRODUCED').getByRole('button', { name: INTRODUCED_NEED });
    await card.focus();
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('match-detail');
    await detail.getByTestId('timeline-event').first().waitFor();
    const events = await detail.getByTestId('timeline-event').allInnerTexts();
    expect(events).toHaveLength(5);
    expect(events[0]).toContain('Suggestion');
    expect(events[2]).toMatch(/Proposition\s+Présélectionnée\s*→\s*(vers\s*)?Proposée/);
    expect(events[2]).toContain('Profil idéal');
    expect(events[4]).toContain('Mise en relation');
    expect(await detail.getByTestId('contact-card').count()).toBe(2);
    expect(await detail.innerText()).toContain('researcher@passerelle.demo');
    await page.screenshot({ path: '/tmp/match-detail-fr.png' });
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    // Focus goes back to the card that opened the dialog (once the drawer's closing transition ends).
    const opener = await card.elementHandle();
    await page.waitForFunction((element) => element === (element as any)?.ownerDocument.activeElement, opener, { timeout: 5_000 });

    // The collaborating match shows its milestones and hall booking.
    await page.getByTestId('column-COLLABORATING').getByTestId('pipeline-card').first().getByRole('button').first().click();
    await detail.getByTestId('collaboration').waitFor();
    expect(await detail.getByTestId('collaboration').innerText()).toContain('Extrudeuse bi-vis');
    await detail.getByRole('button', { name: 'Fermer' }).click();

    await page.getByTestId('language-switcher').selectOption('ar');
    await page.getByRole('heading', { name: 'مسار علاقات الربط' }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.screenshot({ path: '/tmp/board-ar.png', fullPage: true });
  });

  it('moves a card with staff actions and shows the API’s CONFLICT for a stale card', async () => {
    await signIn('staff@passerelle.demo');
    await page.getByRole('link', { name: 'Pipeline' }).click();
    await waitForBoard();
    const before = await boardCounts();

    // Shortlist a suggested match: both columns and their counts follow.
    const suggested = page.getByTestId('column-SUGGESTED').getByTestId('pipeline-card').first();
    const matchId = await suggested.getAttribute('data-match-id');
    await suggested.getByRole('button', { name: 'Présélectionner' }).click();
    await page.getByTestId('column-SHORTLISTED').locator(`[data-match-id="${matchId}"]`).waitFor();
    await waitForBoard();
    expect(await boardCounts()).toEqual({ ...before, SUGGESTED: before.SUGGESTED - 1, SHORTLISTED: before.SHORTLISTED + 1 });

    // Someone else unshortlists it meanwhile: proposing the card as seen is refused.
    const token = await session.app.login('staff@passerelle.demo', PASSWORD);
    await session.app.ok('mutation($id: ID!) { unshortlistMatch(id: $id) { id } }', { id: matchId }, { token });
    const stale = page.getByTestId('column-SHORTLISTED').locator(`[data-match-id="${matchId}"]`);
    await stale.getByRole('button', { name: 'Proposer', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Proposer la mise en relation' });
    await confirm.getByRole('button', { name: 'Proposer aux deux parties' }).click();
    const alert = confirm.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('a changé entre-temps');

    // Reloaded, the card is back among the suggestions; staff close it without follow-up.
    await page.reload();
    await waitForBoard();
    const reloaded = page.getByTestId('column-SUGGESTED').locator(`[data-match-id="${matchId}"]`);
    await reloaded.getByRole('button', { name: 'Clôturer…' }).click();
    const form = page.getByRole('dialog', { name: 'Clôturer la mise en relation' }).getByTestId('close-match-form');
    expect(await form.getByLabel('Issue').inputValue()).toBe('Sans suite');
    await form.getByLabel(/Note/).fill('Le laboratoire ne répond plus.');
    await form.getByRole('button', { name: 'Clôturer', exact: true }).click();
    await page.getByTestId('column-CLOSED').locator(`[data-match-id="${matchId}"]`).waitFor();
    await waitForBoard();
    expect(await boardCounts()).toEqual({ ...before, SUGGESTED: before.SUGGESTED - 1, CLOSED: before.CLOSED + 1 });
  });

  it('lets both sides answer a proposal, the researcher with the keyboard, and then shows the contacts', async () => {
    // The researcher: the proposal, the other side's pending answer, no contact yet.
    await signIn('researcher@passerelle.demo');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    expect(await nav.getByRole('link', { name: 'Pipeline' }).count()).toBe(0);
    await tabTo(nav.getByRole('link', { name: 'Mes mises en relation' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Mes mises en relation', level: 1 }).waitFor();
    const proposal = page.getByTestId('my-match').filter({ hasText: PROPOSED_NEED });
    await proposal.waitFor();
    expect(await proposal.getByTestId('contact-card').count()).toBe(0);
    expect(await proposal.getByTestId('side-answer').nth(1).innerText()).toContain('En attente');

    // Declining for "another reason" without a note: the API's field error, nothing changes.
    await tabTo(proposal.getByRole('button', { name: 'Décliner' }));
    await page.keyboard.press('Enter');
    const form = proposal.getByTestId('decline-form');
    await form.getByLabel('Raison du refus').selectOption('OTHER');
    await form.getByRole('button', { name: 'Confirmer le refus' }).click();
    await form.getByTestId('note-error').waitFor();
    expect(await form.getByTestId('note-error').innerText()).toContain('précisez la raison « autre » dans la note');
    await form.getByRole('button', { name: 'Annuler' }).click();

    await tabTo(proposal.getByRole('button', { name: 'Intéressé' }));
    await page.keyboard.press('Enter');
    await proposal.getByRole('status').filter({ hasText: 'Merci' }).waitFor();
    expect(await proposal.getByTestId('side-answer').first().innerText()).toContain('Intéressé');
    expect(await proposal.getByTestId('contact-card').count()).toBe(0);
    await page.close();

    // The industrial sees the researcher's yes, answers too, and gets the researcher's contact card.
    page = await newPage();
    await signIn('industrial@passerelle.demo');
    await page.getByRole('link', { name: 'Mes mises en relation' }).click();
    const same = page.getByTestId('my-match').filter({ hasText: PROPOSED_NEED });
    await same.waitFor();
    expect(await same.getByTestId('side-answer').nth(1).innerText()).toContain('Intéressé');
    await same.getByRole('button', { name: 'Intéressé' }).click();
    await same.getByTestId('contact-card').waitFor();
    const contact = await same.getByTestId('contact-card').innerText();
    expect(contact).toContain('Fatima Zahra Id Brahim');
    expect(contact).toContain('researcher@passerelle.demo');
    expect(await same.getAttribute('data-status')).toBe('INTRODUCED');
    await page.screenshot({ path: '/tmp/my-matches-fr.png', fullPage: true });

    // The introduction is notified: the bell counts it, the panel lists it, "mark all read" clears it.
    const bell = page.getByTestId('notification-bell');
    await bell.getByTestId('unread-count').waitFor();
    await bell.click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const notification = page.getByTestId('notification').first();
    await notification.waitFor();
    expect(await notification.innerText()).toContain('Non lue');
    await page.screenshot({ path: '/tmp/notifications-fr.png' });
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await bell.getByTestId('unread-count').waitFor({ state: 'detached' });
    await page.waitForFunction(() => !(globalThis as any).document.querySelector('.notification--unread'));
    // A notification about a match leads a member to that match's page.
    const link = notification.getByTestId('notification-match-link');
    expect(await link.getAttribute('href')).toMatch(/^\/matches\/[0-9a-f-]{36}$/);
    await link.click();
    await page.getByRole('heading', { name: 'Mise en relation', level: 1 }).waitFor();
    expect(await page.getByTestId('my-match').getByRole('heading', { level: 2 }).innerText()).toBe(PROPOSED_NEED);
    await page.getByTestId('language-switcher').selectOption('ar');
    await page.getByTestId('nav-matches').click();
    await page.getByRole('heading', { name: 'علاقات الربط الخاصة بي', level: 1 }).waitFor();
    await page.getByTestId('my-match').first().waitFor();
    await page.screenshot({ path: '/tmp/my-matches-ar.png', fullPage: true });
  });

  it('shows staff the KPIs with the month chart, in French and in Arabic', async () => {
    await signIn('staff@passerelle.demo');
    await page.getByRole('link', { name: 'Indicateurs' }).click();
    await page.getByTestId('kpi-figures').waitFor();
    const token = await session.app.login('staff@passerelle.demo', PASSWORD);
    const { kpis } = await session.app.ok<{ kpis: { needsPosted: number; introductions: number; byMonth: unknown[] } }>('{ kpis { needsPosted introductions byMonth { month } } }', {}, { token });
    expect(await page.getByTestId('kpi-needsPosted').innerText()).toContain(String(kpis.needsPosted));
    expect(await page.getByTestId('kpi-introductions').innerText()).toContain(String(kpis.introductions));
    expect(await page.getByTestId('kpi-introductionRate').innerText()).toMatch(/\d+\s?%|—/);
    // The month chart's figures, one row a month; the declines by reason.
    await page.getByTestId('kpi-months').getByRole('button', { name: 'Voir les chiffres' }).click();
    expect(await page.getByTestId('kpi-months-table').locator('tbody tr').count()).toBe(kpis.byMonth.length);
    const reasons = await page.getByTestId('kpi-declines-chart').locator('.recharts-cartesian-axis-tick-value').evaluateAll((els) => els.map((el) => el.textContent));
    expect(reasons).toContain('Pas de disponibilité');
    await page.screenshot({ path: '/tmp/kpis-fr.png', fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter les mises en relation (CSV)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    await page.getByTestId('language-switcher').selectOption('ar');
    await page.getByRole('heading', { name: 'المؤشرات', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getByTestId('kpi-figures').innerText()).toContain('الاحتياجات المنشورة');
    // Right to left: the first figure sits at the right.
    const [first, second] = await page.getByTestId('kpi-figures').locator(':scope > *').evaluateAll((els) => els.slice(0, 2).map((el) => el.getBoundingClientRect().left));
    expect(first).toBeGreaterThan(second);
    await page.screenshot({ path: '/tmp/kpis-ar.png', fullPage: true });
  });

  it('lets a researcher express interest in a need, which staff then shortlist', async () => {
    await signIn('researcher@passerelle.demo');
    await page.getByTestId('need-card').first().waitFor();
    const withButton = page.getByTestId('need-card').filter({ has: page.getByRole('button', { name: 'Je suis intéressé' }) });
    const title = await withButton.first().getByRole('heading').innerText();
    // Found by its title: once the button is pressed, the card no longer matches the filter above.
    const card = page.getByTestId('need-card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await card.getByRole('button', { name: 'Je suis intéressé' }).click();
    await card.getByLabel(/Votre message/).fill('Notre laboratoire a traité un cas très proche l’an dernier.');
    await card.getByRole('button', { name: 'Envoyer' }).click();
    await card.getByRole('status').filter({ hasText: 'Merci' }).waitFor();
    await page.close();

    page = await newPage();
    await signIn('staff@passerelle.demo');
    await page.getByRole('link', { name: 'Intérêts' }).click();
    const interest = page.getByTestId('interest').filter({ hasText: title });
    await interest.waitFor();
    expect(await interest.innerText()).toContain('Fatima Zahra Id Brahim');
    await interest.getByRole('button', { name: 'Présélectionner' }).click();
    await interest.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Pipeline' }).click();
    await waitForBoard();
    await page.getByTestId('column-SHORTLISTED').getByRole('button', { name: title }).waitFor();
  });

  it('lets staff start a collaboration from the match detail, track its milestones and add a note', async () => {
    await signIn('staff@passerelle.demo');
    await page.getByRole('link', { name: 'Pipeline' }).click();
    await waitForBoard();
    const before = await boardCounts();
    await page.getByTestId('column-INTRODUCED').getByRole('button', { name: INTRODUCED_NEED }).click();
    const detail = page.getByTestId('match-detail');
    await detail.getByRole('button', { name: 'Démarrer la collaboration' }).click();
    const form = detail.getByTestId('start-collaboration-form');
    // The title field has the focus once the form opens.
    expect(await form.getByLabel('Intitulé du projet').evaluate((element) => element === (element.ownerDocument as any).activeElement)).toBe(true);
    await page.keyboard.type('Stabilité oxydative : protocole accéléré');
    await form.getByLabel('Date de début').fill('2027-01-15');
    await form.getByLabel(/Autres partenaires/).fill('Laboratoire Rancimat, , Région Souss-Massa');

    // A line the form cannot read, then a milestone before the start, which the API refuses on its field.
    const milestones = form.getByLabel(/^Jalons/);
    await milestones.fill('fin mars premiers tests');
    await form.getByRole('button', { name: 'Démarrer', exact: true }).click();
    await form.getByText('Ligne 1 : écrivez la date').waitFor();
    await milestones.fill('2026-12-01 Trop tôt');
    await form.getByRole('button', { name: 'Démarrer', exact: true }).click();
    await form.locator('.field__error').first().waitFor();
    expect(await milestones.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field__error').first().innerText()).toContain('2027-01-15');

    await milestones.fill('2027-03-31 Premiers tests Rancimat\n2027-06-30 Rapport de stabilité');
    await form.getByLabel('Premier jour').fill('2027-02-01');
    await form.getByLabel('Dernier jour').fill('2027-02-03');
    // The hall's catalogue (demo data), ticked.
    await form.getByLabel('Réacteur d’émulsion cosmétique').check();
    await form.getByLabel('Atomiseur (séchoir par pulvérisation)').check();
    await form.getByRole('button', { name: 'Démarrer', exact: true }).click();

    const collaboration = detail.getByTestId('collaboration');
    await collaboration.waitFor();
    expect((await detail.locator('.match-detail__header').innerText()).toLowerCase()).toContain('collaboration'); // the status badge
    const text = await collaboration.innerText();
    expect(text).toContain('Stabilité oxydative : protocole accéléré');
    expect(text).toContain('Laboratoire Rancimat, Région Souss-Massa');
    expect(text).toContain('Réacteur d’émulsion cosmétique — Acceptée');
    expect(text).toContain('Atomiseur (séchoir par pulvérisation) — Acceptée');
    expect(await collaboration.getByTestId('milestone').count()).toBe(2);
    expect(await detail.getByTestId('start-collaboration-form').count()).toBe(0);

    // A milestone moves on; another one is added.
    const first = collaboration.getByTestId('milestone').filter({ hasText: 'Premiers tests Rancimat' });
    await first.getByRole('combobox', { name: /Premiers tests Rancimat/ }).selectOption('IN_PROGRESS');
    await first.getByRole('button', { name: /Mettre à jour/ }).click();
    await first.locator('.badge', { hasText: 'En cours' }).waitFor();
    await collaboration.getByRole('button', { name: 'Ajouter un jalon' }).click();
    const addForm = collaboration.getByTestId('add-milestone-form');
    await addForm.getByLabel('Intitulé du jalon').fill('Dossier de brevet');
    await addForm.getByLabel('Échéance').fill('2027-09-30');
    await addForm.getByRole('button', { name: 'Ajouter le jalon' }).click();
    await collaboration.getByTestId('milestone').filter({ hasText: 'Dossier de brevet' }).waitFor();
    expect(await collaboration.getByTestId('milestone').count()).toBe(3);

    // A note goes on the timeline.
    const eventsBefore = await detail.getByTestId('timeline-event').count();
    await detail.getByLabel('Ajouter une note').fill('Réunion de lancement prévue à Agadir.');
    await detail.getByRole('button', { name: 'Enregistrer la note' }).click();
    await detail.getByTestId('timeline-event').filter({ hasText: 'Réunion de lancement prévue à Agadir.' }).waitFor();
    expect(await detail.getByTestId('timeline-event').count()).toBe(eventsBefore + 1);
    expect(await detail.getByTestId('timeline-event').last().innerText()).toContain('Note');
    expect(await detail.getByLabel('Ajouter une note').inputValue()).toBe('');
    await page.screenshot({ path: '/tmp/collaboration-fr.png' });

    // The API agrees, and the board moved the card.
    const token = await session.app.login('staff@passerelle.demo', PASSWORD);
    const matchId = await page.getByTestId('column-COLLABORATING').locator('[data-match-id]').filter({ hasText: INTRODUCED_NEED }).getAttribute('data-match-id');
    const { match } = await session.app.ok<{ match: { status: string; collaboration: { milestones: { title: string; status: string }[] } } }>(
      'query($id: ID!) { match(id: $id) { status collaboration { milestones { title status } } } }',
      { id: matchId },
      { token },
    );
    expect(match.status).toBe('COLLABORATING');
    expect(match.collaboration.milestones).toEqual(
      expect.arrayContaining([
        { title: 'Premiers tests Rancimat', status: 'IN_PROGRESS' },
        { title: 'Rapport de stabilité', status: 'PLANNED' },
        { title: 'Dossier de brevet', status: 'PLANNED' },
      ]),
    );
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    await waitForBoard();
    expect(await boardCounts()).toEqual({ ...before, INTRODUCED: before.INTRODUCED - 1, COLLABORATING: before.COLLABORATING + 1 });

    // The match's address (a staff notification's link) opens its detail; closing it forgets the address.
    await page.goto(`${session.app.url}/pipeline/${matchId}`);
    await detail.getByTestId('collaboration').waitFor();
    expect(await detail.getByRole('heading', { level: 2 }).innerText()).toBe(INTRODUCED_NEED);
    await detail.getByRole('button', { name: 'Fermer' }).click();
    await detail.waitFor({ state: 'hidden' });
    await page.waitForURL((url) => url.pathname === '/pipeline');

    await page.getByTestId('language-switcher').selectOption('ar');
    await page.getByTestId('column-COLLABORATING').getByRole('button', { name: INTRODUCED_NEED }).click();
    await detail.getByRole('button', { name: 'إضافة مرحلة' }).waitFor();
    await page.screenshot({ path: '/tmp/collaboration-ar.png' });
  });
});
