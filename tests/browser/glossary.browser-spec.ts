import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MatcherProvider } from '../../apps/api/src/matching/matcher.provider';
import { SearchIndexer } from '../../apps/api/src/search/search-indexer.service';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, useBrowserSession } from './browser-session';

const SCREENSHOT_DIR = process.env.GLOSSARY_SCREENSHOT_DIR ?? '/tmp/glossary-screens';
const CACTUS_EXPERT = 'Biopolymers from cactus cladodes';

describe('the cluster glossary in Chromium', () => {
  const session = useBrowserSession();

  async function signIn(email: string, language: 'fr' | 'ar' | 'en' = 'fr', width = 1366): Promise<Page> {
    const page = await session.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${session.app.url}/sign-in`);
    await page.evaluate((chosen) => (globalThis as any).localStorage.setItem('passerelle.language', chosen), language);
    await page.reload();
    await page.locator('input[type="email"]').fill(email);
    await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    return page;
  }

  async function settle(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !(globalThis as any).document.querySelector('[role="status"] .spinner, .mantine-Loader-root'));
  }

  async function researcherSearch(page: Page, query: string): Promise<void> {
    await page.goto(`${session.app.url}/search?q=${encodeURIComponent(query)}&kind=researchers`);
    await settle(page);
  }

  it('staff add a word from the suggestions page in one step, and the next search uses it', async () => {
    // The demo data reaches the engine through the outbox, which tests drain themselves (the app's
    // polling indexer is off in tests). After the new entry nothing is drained: the engine's
    // synonyms, applied at once, are what the next search uses.
    await session.app.app.get(SearchIndexer).drain();
    const page = await signIn('staff@passerelle.demo');
    // A search for a word no profile has: nothing found, and the page says so.
    await researcherSearch(page, 'nopalitos');
    await page.getByText('Aucun résultat', { exact: false }).first().waitFor();
    expect(await page.getByText(CACTUS_EXPERT).count()).toBe(0);

    // The suggestions page lists it among the searches that found nothing.
    await page.goto(`${session.app.url}/glossary/suggestions`);
    await settle(page);
    await page.getByRole('heading', { level: 1, name: 'Mots à ajouter au glossaire' }).waitFor();
    const queries = page.getByRole('table', { name: 'Recherches sans résultat' });
    await queries.getByRole('cell', { name: 'nopalitos', exact: true }).waitFor();
    // The words of needs and profiles without a concept are listed with their contexts.
    await page.getByRole('table', { name: 'Mots sans concept' }).waitFor();

    // One step: the form opens with the word already in it; staff add the English word the profile uses.
    await queries.getByRole('button', { name: 'Ajouter une entrée pour « nopalitos »' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle entrée du glossaire' });
    await dialog.waitFor();
    await dialog.getByText('nopalitos', { exact: true }).waitFor(); // prefilled as a French label
    const english = dialog.getByLabel('Libellés en anglais', { exact: true });
    await english.fill('mucilage');
    await english.press('Enter');
    await dialog.getByRole('button', { name: 'Ajouter l’entrée' }).click();
    await page.locator('.mantine-Notification-root').filter({ hasText: 'Entrée ajoutée' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // The next search finds the cactus mucilage expert, without a restart.
    await researcherSearch(page, 'nopalitos');
    await page.getByText(CACTUS_EXPERT).first().waitFor();

    // And the glossary page lists the new entry, with its history.
    await page.goto(`${session.app.url}/glossary`);
    await settle(page);
    await page.getByRole('textbox', { name: 'Rechercher dans le glossaire' }).fill('nopalitos');
    const row = page.getByRole('row').filter({ hasText: 'nopalitos' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Historique de « nopalitos »' }).click();
    await page.getByRole('dialog', { name: 'Historique de « nopalitos »' }).getByText('Création', { exact: false }).waitFor();
    await page.keyboard.press('Escape');

    // The entry re-indexed the documents that hold its words (this app's indexer polls every 200 ms):
    // the page says that search has applied it; matching, without snapshots here, is built when next asked for.
    const indexing = page.getByTestId('indexing-status');
    await indexing.getByText('Recherche : à jour', { exact: true }).waitFor();
    await indexing.getByText('Mise en relation : calculée à la prochaine demande', { exact: true }).waitFor();
  });

  it('while matching is recomputed for a new glossary, the page says the previous statistics answer, and asks again until done', async () => {
    // Without snapshots here no background rebuild happens (search-snapshot.e2e-spec.ts holds one on a
    // lock): the matcher reports the state a glossary change brings when they are on.
    const matcher = session.app.app.get(MatcherProvider);
    const status = matcher.status.bind(matcher);
    const refreshing = jest.spyOn(matcher, 'status').mockImplementation(() => ({ ...status(), state: 'refreshing' }));
    try {
      const page = await signIn('staff@passerelle.demo', 'en');
      await page.goto(`${session.app.url}/glossary`);
      await settle(page);
      const indexing = page.getByTestId('indexing-status');
      await indexing.getByText('Matching: statistics being recomputed for the new glossary — suggestions use the previous ones meanwhile', { exact: true }).waitFor();
      refreshing.mockRestore();
      // Not settled, so the page asks again by itself.
      await indexing.getByText('Matching: computed at the next request', { exact: true }).waitFor();
    } finally {
      refreshing.mockRestore();
    }
  });

  it('a member cannot open the glossary pages', async () => {
    const page = await signIn('industrial@passerelle.demo');
    await page.goto(`${session.app.url}/glossary`);
    await settle(page);
    expect(await page.getByRole('heading', { level: 1, name: 'Glossaire du cluster' }).count()).toBe(0);
  });

  for (const language of ['fr', 'ar', 'en'] as const) {
    it(`the glossary page passes axe in ${language}, with the import dry run and the entry form open`, async () => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const page = await signIn('staff@passerelle.demo', language);
      expect(await page.evaluate(() => (globalThis as any).document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.goto(`${session.app.url}/glossary`);
      await settle(page);
      await page.getByRole('table').first().waitFor();
      await page.getByTestId('indexing-status').getByText({ fr: 'Recherche : à jour', ar: 'البحث: محيَّن', en: 'Search: up to date' }[language], { exact: true }).waitFor();
      // A dry run with a bad row: its problems are in a table with line, column and reason.
      await page.locator('input[type="file"]').setInputFiles({
        name: 'glossary.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('code,labels_fr,labels_en,category\ng_ok_word,mot nouveau,new word,product\ng_bad,,,\n'),
      });
      const problems = page.getByRole('table').filter({ hasText: 'labels_fr' });
      await problems.waitFor();
      expect(await problems.getByRole('row').count()).toBe(2); // header + line 3
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `glossary-${language}-1366.png`), fullPage: true });

      await page.getByRole('button', { name: { fr: 'Ajouter une entrée', ar: 'إضافة مدخل', en: 'Add an entry' }[language], exact: true }).first().click();
      await page.getByRole('dialog').waitFor();
      // Once the modal has finished fading in (axe would read the colours of a half-transparent dialog).
      await page.waitForFunction(() => {
        const content = (globalThis as any).document.querySelector('.mantine-Modal-content');
        return !!content && (globalThis as any).getComputedStyle(content).opacity === '1';
      });
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `glossary-form-${language}.png`) });
      await page.keyboard.press('Escape');
    });

    it(`the suggestions page passes axe in ${language}, and neither page scrolls sideways at 390 px`, async () => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const page = await signIn('staff@passerelle.demo', language);
      await page.goto(`${session.app.url}/glossary/suggestions`);
      await settle(page);
      await page.getByRole('table').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `suggestions-${language}-1366.png`), fullPage: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `suggestions-${language}-1366-top.png`) });

      await page.setViewportSize({ width: 390, height: 844 });
      for (const path of ['/glossary', '/glossary/suggestions']) {
        await page.goto(`${session.app.url}${path}`);
        await settle(page);
        const overflow = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).innerWidth);
        expect([path, overflow <= 1]).toEqual([path, true]);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${path === '/glossary' ? 'glossary' : 'suggestions'}-${language}-390.png`), fullPage: true });
      }
    });
  }
});
