import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, useBrowserSession } from './browser-session';

const SCREENSHOT_DIR = process.env.HALL_SCREENSHOT_DIR ?? '/tmp/hall-screens';
const DRYER = 'Atomiseur (séchoir par pulvérisation)';

/** The toast that says `text` (Mantine notifications). */
function toast(page: Page, text: string | RegExp) {
  return page.locator('.mantine-Notification-root').filter({ hasText: text });
}

/** A day `offset` days from today, YYYY-MM-DD. */
function day(offset: number): string {
  return dayjs().add(offset, 'day').format('YYYY-MM-DD');
}

/** The French long date the page writes (Intl, as useI18n's formatDate). */
function frenchDate(iso: string): string {
  return new Intl.DateTimeFormat('fr-MA', { dateStyle: 'long' }).format(new Date(iso));
}

describe('the technology hall in Chromium', () => {
  const session = useBrowserSession();

  async function signIn(email: string, language?: 'fr' | 'ar' | 'en'): Promise<Page> {
    const page = await session.newPage();
    await page.goto(`${session.app.url}/sign-in`);
    if (language) await page.evaluate((chosen) => (globalThis as any).localStorage.setItem('passerelle.language', chosen), language);
    await page.reload();
    await page.locator('input[type="email"]').fill(email);
    await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    return page;
  }

  /** Picks a range in an open-able DatePickerInput by clicking its days (counting clicks). */
  async function pickDays(page: Page, label: string, from: string, to: string): Promise<number> {
    let clicks = 1;
    await page.getByRole('button', { name: label }).click();
    const dropdown = page.locator('.mantine-Popover-dropdown');
    for (const iso of [from, to]) {
      const button = dropdown.locator(`button[aria-label="${dayjs(iso).locale('fr').format('D MMMM YYYY')}"]:not([data-outside])`);
      while (!(await button.isVisible())) {
        await dropdown.locator('button[data-direction="next"]').first().click();
        clicks++;
      }
      await button.click();
      clicks++;
    }
    return clicks;
  }

  /** Dialogs and dropdowns fade in: axe reads colours once they are there. */
  async function transitionsDone(page: Page): Promise<void> {
    await page.waitForFunction(() => (globalThis as any).document.getAnimations().every((animation: any) => animation.playState !== 'running'));
  }

  async function settle(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !(globalThis as any).document.querySelector('[role="status"] .spinner, .mantine-Loader-root'));
  }

  it('a member asks for hall time, staff approve it, the calendar shows it, and an overlapping request is refused with a clear message', async () => {
    const from = day(30);
    const to = day(32);
    // The member (an argan cooperative) asks for the spray dryer: menu → card → days → purpose → send.
    const member = await signIn('industrial@passerelle.demo');
    let memberClicks = 0;
    await member.getByRole('link', { name: 'Halle technologique' }).first().click();
    memberClicks++;
    await member.getByRole('link', { name: `Voir les disponibilités : ${DRYER}` }).click();
    memberClicks++;
    await member.getByRole('heading', { level: 1, name: DRYER }).waitFor();
    memberClicks += await pickDays(member, 'Jours souhaités', from, to);
    await member.getByLabel('Objet de la demande').click();
    memberClicks++;
    await member.getByLabel('Objet de la demande').fill('Atomisation de jus de figue de Barbarie : trois essais de 20 L.');
    await member.getByRole('button', { name: 'Envoyer la demande' }).click();
    memberClicks++;
    await toast(member, 'Demande envoyée').waitFor();
    const pendingDay = member.locator(`[data-testid="month-calendar"] button[aria-label="${frenchDate(day(31))}\u202f: Demande en attente"]`);
    if (dayjs(day(31)).month() !== dayjs().month()) await member.getByRole('button', { name: 'Mois suivant' }).first().click();
    await pendingDay.waitFor();
    await member.goto(`${session.app.url}/hall-bookings`);
    await member.getByTestId('booking-row').filter({ hasText: DRYER }).filter({ hasText: 'En attente' }).waitFor();

    // Staff approve it from the queue: menu → "Accepter" → confirm.
    const staff = await signIn('staff@passerelle.demo');
    let staffClicks = 0;
    await staff.getByRole('link', { name: 'Réservations de la halle' }).first().click();
    staffClicks++;
    const row = staff.getByTestId('bookings-pending').getByTestId('booking-row').filter({ hasText: DRYER });
    await row.getByRole('button', { name: /^Accepter la demande pour .* — Aïcha Oubaha$/ }).click();
    staffClicks++;
    await staff.getByRole('dialog').getByRole('button', { name: 'Accepter', exact: true }).click();
    staffClicks++;
    await toast(staff, 'Demande acceptée').waitFor();
    await row.waitFor({ state: 'detached' });

    // The calendar shows it as booked, to the member with the purpose, to another member as days only.
    await member.goto(`${session.app.url}/hall-bookings`);
    await member.getByTestId('booking-row').filter({ hasText: DRYER }).filter({ hasText: 'Acceptée' }).waitFor();
    const researcher = await signIn('researcher@passerelle.demo');
    await researcher.goto(`${session.app.url}/hall`);
    await researcher.getByRole('link', { name: `Voir les disponibilités : ${DRYER}` }).click();
    await researcher.getByRole('heading', { level: 1, name: DRYER }).waitFor();
    if (dayjs(day(31)).month() !== dayjs().month()) await researcher.getByRole('button', { name: 'Mois suivant' }).first().click();
    await researcher.locator(`[data-testid="month-calendar"] button[aria-label="${frenchDate(day(31))}\u202f: Réservé"]`).waitFor();
    expect(await researcher.getByTestId('month-entries').textContent()).not.toContain('figue');

    // An overlapping request is refused, saying which days are taken.
    await pickDays(researcher, 'Jours souhaités', day(32), day(33));
    await researcher.getByLabel('Objet de la demande').fill('Séchage d’extrait de romarin pour essais cosmétiques.');
    await researcher.getByRole('button', { name: 'Envoyer la demande' }).click();
    const refusal = researcher.getByTestId('hall-request-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(`« ${DRYER} » est déjà réservé ou demandé du ${from} au ${to} : choisissez d’autres jours`);
    expect(await researcher.getByRole('alert').filter({ hasText: 'déjà réservé' }).count()).toBeGreaterThan(0);

    console.log(`clicks — member requests hall time: ${memberClicks}; staff approves a request: ${staffClicks}`);
    expect(memberClicks).toBeLessThanOrEqual(9);
    expect(staffClicks).toBe(3);
  });

  const CASES = (['fr', 'ar', 'en'] as const).flatMap((language) => (['staff', 'industrial'] as const).map((account) => [language, account] as const));
  it.each(CASES)('the three hall pages pass axe in %s for %s, with no sideways scroll at 1366 and 390 px', async (language, account) => {
    const problems: string[] = [];
    const folder = join(SCREENSHOT_DIR, language);
    mkdirSync(folder, { recursive: true });
    const { hallCatalogue } = await session.app.ok<{ hallCatalogue: { id: string; name: string }[] }>('{ hallCatalogue { id name } }', {}, {
      token: await session.app.login('staff@passerelle.demo', DEMO_PASSWORD),
    });
    const press = hallCatalogue.find((e) => e.name.startsWith('Presse à froid'))!;
    {
      const page = await signIn(`${account}@passerelle.demo`, language);
      expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      for (const [name, path] of [['hall', '/hall'], ['equipment', `/hall/${press.id}`], ['bookings', '/hall-bookings']] as const) {
        await page.goto(`${session.app.url}${path}`);
        await settle(page);
        for (const violation of await seriousViolations(page)) problems.push(`${language} ${account} ${path}: ${violation}`);
        for (const width of [1366, 390]) {
          await page.setViewportSize({ width, height: 900 });
          // The shell's menu slides out when the width changes: wait for it, then for the page to settle without sideways scroll, else say why.
          await transitionsDone(page);
          await page
            .waitForFunction(() => (globalThis as any).document.documentElement.scrollWidth <= (globalThis as any).document.documentElement.clientWidth, undefined, { timeout: 3000 })
            .catch(() => undefined);
          const overflow = await page.evaluate(() => {
            const doc = (globalThis as any).document;
            const width = doc.documentElement.clientWidth;
            // The outermost elements that stick out, to say where the sideways scroll comes from.
            const outside = [...doc.querySelectorAll('body *')]
              .filter((el: any) => {
                const box = el.getBoundingClientRect();
                return box.width > 0 && (box.right > width + 1 || box.left < -1) && !el.closest('.mantine-Table-scrollContainer, .mantine-AppShell-navbar');
              })
              .filter((el: any, _: number, all: any[]) => !all.some((other: any) => other !== el && other.contains(el)))
              .slice(0, 3)
              .map((el: any) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')}`);
            return { by: doc.documentElement.scrollWidth - width, outside };
          });
          if (overflow.by > 0) problems.push(`${language} ${account} ${path} at ${width}px: the page scrolls sideways by ${overflow.by}px (${overflow.outside.join(', ')})`);
          if (language !== 'en') await page.screenshot({ path: join(folder, `${account}-${name}-${width}.png`), fullPage: true });
        }
        await page.setViewportSize({ width: 1366, height: 900 });
      }
      if (account === 'staff') {
        // The dialogs too: refusing a request, and the days picker open.
        await page.goto(`${session.app.url}/hall-bookings`);
        await settle(page);
        await page.getByTestId('bookings-pending').getByRole('button').nth(1).click();
        await page.locator('.mantine-Modal-content').waitFor();
        await transitionsDone(page);
        for (const violation of await seriousViolations(page)) problems.push(`${language} refuse dialog: ${violation}`);
        await page.keyboard.press('Escape');
        await page.goto(`${session.app.url}/hall/${press.id}`);
        await settle(page);
        await page.getByTestId('hall-request-days').click();
        await page.locator('.mantine-Popover-dropdown').waitFor();
        await transitionsDone(page);
        for (const violation of await seriousViolations(page)) problems.push(`${language} days picker: ${violation}`);
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
