import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, useBrowserSession } from './browser-session';

const STAFF = 'staff@passerelle.demo';
/** A demo researcher who leaves the cluster in these journeys. */
const LEAVER = { email: 'k.oubella@lavrn-uiz.example', name: 'Karim Oubella' };
const LANGUAGES = ['fr', 'ar', 'en'] as const;
const SCREENSHOT_DIR = process.env.PRIVACY_SCREENSHOT_DIR ?? '/tmp/privacy-screenshots';
const BACKUP_DIR = mkdtempSync(join(tmpdir(), 'passerelle-browser-backups-'));

/** The page has its heading and has stopped loading (no spinner, no pending request). */
async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !(globalThis as any).document.querySelector('[role="status"] .spinner, .mantine-Loader-root'));
}

/** A Mantine modal has finished its opening transition (axe would otherwise measure half-faded colours). */
async function dialogSettled(page: Page): Promise<void> {
  await page.locator('.mantine-Modal-content').waitFor();
  await page.waitForFunction(() => {
    const content = (globalThis as any).document.querySelector('.mantine-Modal-content');
    const style = content && (globalThis as any).getComputedStyle(content);
    return style && style.opacity === '1' && (style.transform === 'none' || style.transform === 'matrix(1, 0, 0, 1, 0, 0)');
  });
  // The overlay fades in with the same duration; its animations are over when none is running.
  await page.waitForFunction(() => (globalThis as any).document.getAnimations().every((a: any) => a.playState !== 'running'));
}

async function sidewaysScroll(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((resolve) => (globalThis as any).requestAnimationFrame(() => (globalThis as any).requestAnimationFrame(resolve))));
  return page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).document.documentElement.clientWidth);
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

describe('personal data and backups in Chromium', () => {
  const session = useBrowserSession({ env: () => ({ BACKUP_DIR }) });

  async function signedIn(email: string): Promise<Page> {
    await session.signIn(email);
    await session.page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    return session.page;
  }

  it('a member downloads their data as JSON from their account page, then asks for their account to be deleted', async () => {
    const page = await signedIn(LEAVER.email);
    await page.goto(`${session.app.url}/account`);
    await settle(page);
    const section = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Vos données' }) });
    await section.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Télécharger mes données (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^passerelle-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.account).toMatchObject({ email: LEAVER.email, fullName: LEAVER.name, role: 'RESEARCHER' });
    expect(data.researcherProfile).not.toBeNull();
    await section.getByRole('status').filter({ hasText: 'téléchargé' }).waitFor();
    await section.getByRole('link', { name: 'Ce que nous conservons et pourquoi' }).waitFor();

    await section.getByRole('button', { name: 'Demander la suppression de mon compte' }).click();
    const dialog = page.getByRole('dialog', { name: /Demander la suppression de votre compte/ });
    await dialogSettled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel('Un mot pour l’équipe (facultatif)').fill('Je rejoins un autre cluster, merci.');
    await shoot(page, 'fr/account-deletion-dialog');
    await dialog.getByRole('button', { name: 'Envoyer la demande' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('deletion-pending').filter({ hasText: 'Demande de suppression envoyée le' }).waitFor();
    await shoot(page, 'fr/account-your-data');

    // Reloaded, the request is still there, and can be withdrawn (asked first) — then sent again for staff.
    await page.reload();
    await settle(page);
    await page.getByTestId('deletion-pending').getByRole('button', { name: 'Annuler ma demande' }).click();
    await page.getByRole('dialog', { name: /Annuler votre demande de suppression/ }).getByRole('button', { name: 'Annuler ma demande' }).click();
    await section.getByRole('button', { name: 'Demander la suppression de mon compte' }).waitFor();
    await section.getByRole('button', { name: 'Demander la suppression de mon compte' }).click();
    const again = page.getByRole('dialog', { name: /Demander la suppression/ });
    await again.getByLabel('Un mot pour l’équipe (facultatif)').fill('Je rejoins un autre cluster, merci.');
    await again.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByTestId('deletion-pending').waitFor();
  });

  it('staff back up from /data-safety, then carry out the pending deletion (confirmed): the person is anonymised', async () => {
    const page = await signedIn(STAFF);
    await page.goto(`${session.app.url}/data-safety`);
    await settle(page);
    const backups = page.getByRole('region', { name: 'Sauvegardes' });
    await expect(backups.getByTestId('backup-health').textContent()).resolves.toBe('Aucune sauvegarde');
    await backups.getByRole('alert').filter({ hasText: 'Aucune sauvegarde dans' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await backups.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await page.getByRole('dialog', { name: /Lancer une sauvegarde maintenant/ }).getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await backups.getByTestId('backup-health').filter({ hasText: 'À jour' }).waitFor();
    await backups.getByRole('table', { name: 'Sauvegardes conservées' }).getByRole('row').nth(1).waitFor();
    expect(await backups.getByTestId('backup-last').textContent()).toMatch(/il y a 0\s?h/);

    const requests = page.getByRole('region', { name: 'Demandes de suppression de compte' });
    const row = requests.getByRole('row').filter({ hasText: LEAVER.name });
    await row.getByText('Je rejoins un autre cluster, merci.').waitFor();
    await shoot(page, 'fr/staff-data-safety');
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: `Télécharger les données de ${LEAVER.name}` }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).account.email).toBe(LEAVER.email);

    await row.getByRole('button', { name: `Supprimer le compte de ${LEAVER.name}` }).click();
    const confirm = page.getByRole('dialog', { name: new RegExp(`Supprimer définitivement le compte de ${LEAVER.name}`) });
    await confirm.waitFor();
    // Cancelling changes nothing.
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await row.waitFor();
    await row.getByRole('button', { name: `Supprimer le compte de ${LEAVER.name}` }).click();
    await confirm.getByRole('button', { name: 'Supprimer le compte' }).click();
    await page.getByText('Compte supprimé').first().waitFor();
    await requests.getByText('Aucune demande en attente.').waitFor();

    const [user] = await session.app.db.query(`SELECT u.full_name, u.email, u.phone, u.status FROM users u WHERE u.email = $1 OR u.full_name = 'Ancien membre'`, [LEAVER.email]);
    expect(user).toMatchObject({ full_name: 'Ancien membre', phone: null, status: 'SUSPENDED' });
    expect(user.email).not.toContain('oubella');

    // The person can no longer sign in.
    const other = await session.newPage();
    await other.goto(`${session.app.url}/sign-in`);
    await other.getByLabel('E-mail').fill(LEAVER.email);
    await other.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await other.getByRole('button', { name: 'Se connecter' }).click();
    await other.getByRole('alert').first().waitFor();
    expect(new URL(other.url()).pathname).toBe('/sign-in');
  });

  for (const language of LANGUAGES) {
    it(`the privacy page in ${language}: what is kept and why, reachable from sign-up, axe clean, no sideways scroll`, async () => {
      const page = session.page;
      await page.goto(`${session.app.url}/sign-up`);
      await page.evaluate((chosen) => (globalThis as any).localStorage.setItem('passerelle.language', chosen), language);
      await page.reload();
      await settle(page);
      const link = { fr: 'Comment nous traitons vos données personnelles', ar: 'كيف نعالج معطياتك الشخصية', en: 'How we handle your personal data' }[language];
      await page.getByRole('link', { name: link }).click();
      await page.waitForURL((url) => url.pathname === '/privacy');
      const title = { fr: 'Données personnelles', ar: 'المعطيات الشخصية', en: 'Personal data' }[language];
      await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      await settle(page);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      const rights = { fr: 'Vos droits', ar: 'حقوقك', en: 'Your rights' }[language];
      await page.getByRole('heading', { level: 2, name: rights }).waitFor();
      expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(await page.textContent('main')).toContain('09-08');
      expect(await seriousViolations(page)).toEqual([]);
      for (const width of [390, 1366]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await sidewaysScroll(page)).toBe(0);
        await shoot(page, `${language}/privacy-${width}`);
      }
    });
  }

  for (const language of ['ar', 'en'] as const) {
    it(`/data-safety and the account's data section in ${language}: axe clean, the right direction, no sideways scroll at 390 and 1366 px`, async () => {
      const page = session.page;
      await page.goto(`${session.app.url}/sign-in`);
      await page.evaluate((chosen) => (globalThis as any).localStorage.setItem('passerelle.language', chosen), language);
      await page.reload();
      await page.locator('input[type="email"]').fill(STAFF);
      await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL((url) => url.pathname !== '/sign-in');
      expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      for (const [name, path, heading] of [
        ['data-safety', '/data-safety', { ar: 'النسخ الاحتياطية والمعطيات', en: 'Backups and data' }[language]],
        ['account', '/account', { ar: 'معطياتك', en: 'Your data' }[language]],
      ] as const) {
        await page.goto(`${session.app.url}${path}`);
        await settle(page);
        await page.getByRole('heading', { name: heading, exact: true }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        for (const width of [390, 1366]) {
          await page.setViewportSize({ width, height: 900 });
          expect(await sidewaysScroll(page)).toBe(0);
          await shoot(page, `${language}/staff-${name}-${width}`);
        }
        await page.setViewportSize({ width: 1440, height: 900 });
      }
    });
  }
});
