import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, useBrowserSession } from './browser-session';

const ADMIN = 'admin@passerelle.demo';
const STAFF = 'staff@passerelle.demo';
const LANGUAGES = ['fr', 'ar', 'en'] as const;
/** Where the screenshots of these pages go (paths listed in the closing note). */
const SCREENSHOT_DIR = process.env.MEMBERS_SCREENSHOT_DIR ?? '/tmp/members-screenshots';

/** Chooses an option of the open Mantine Select. */
async function chooseOption(page: Page, option: string): Promise<void> {
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The page has its heading and has stopped loading (no spinner, no pending request). */
async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !(globalThis as any).document.querySelector('[role="status"] .spinner, .mantine-Loader-root'));
}

describe('members administration in Chromium', () => {
  const session = useBrowserSession();

  async function signedIn(email: string): Promise<Page> {
    await session.signIn(email);
    await session.page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    return session.page;
  }

  /** A row of the people table, found by searching for the person's name. */
  async function findPerson(page: Page, name: string) {
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill(name);
    const row = page.getByTestId('people-table').getByRole('row').filter({ hasText: name });
    await row.waitFor();
    await page.waitForLoadState('networkidle');
    return row;
  }

  async function userByEmail(email: string): Promise<{ id: string; role: string; status: string }> {
    const token = await session.app.login(STAFF, DEMO_PASSWORD);
    const data = await session.app.ok<{ users: { edges: { node: { id: string; role: string; status: string } }[] } }>(
      'query($q: String) { users(first: 5, filter: { query: $q }) { edges { node { id role status } } } }',
      { q: email },
      { token },
    );
    return data.users.edges[0].node;
  }

  it('admin changes a role from /people: confirmation, toast, the new role shown, the audit entry in the history', async () => {
    const page = await signedIn(ADMIN);
    await page.goto(`${session.app.url}/people`);
    await settle(page);
    const row = await findPerson(page, 'Zahra Ben Hammou');

    await row.getByRole('combobox', { name: 'Rôle de Zahra Ben Hammou' }).click();
    await chooseOption(page, 'Équipe du cluster');
    const dialog = page.getByRole('dialog', { name: /^Changer le rôle de Zahra Ben Hammou\s\?$/ });
    await expectText(dialog, 'Son rôle passera de « Industriel » à « Équipe du cluster »');
    await dialog.getByRole('button', { name: 'Changer le rôle' }).click();

    await page.getByText('Zahra Ben Hammou a désormais le rôle « Équipe du cluster ».').waitFor();
    await expectValue(row.getByRole('combobox', { name: 'Rôle de Zahra Ben Hammou' }), 'Équipe du cluster');
    expect((await userByEmail('zahra.benhammou@taddart-argan.example')).role).toBe('STAFF');

    await row.getByRole('button', { name: 'Actions pour Zahra Ben Hammou' }).click();
    await page.getByRole('menuitem', { name: 'Historique' }).click();
    const history = page.getByRole('dialog', { name: 'Historique de Zahra Ben Hammou' });
    const entry = history.getByTestId('audit-history').getByRole('row').filter({ hasText: 'Rôle changé' });
    await entry.waitFor();
    await expectText(entry, 'Industriel → Équipe du cluster');
    await expectText(entry, 'Samir Bennis');
  });

  it('staff suspend a person (who can no longer sign in) and reactivate them, each after a confirmation', async () => {
    const page = await signedIn(STAFF);
    await page.goto(`${session.app.url}/people`);
    await settle(page);
    const row = await findPerson(page, 'Mustapha Oulhaj');
    // Staff read roles; only the admin changes them.
    expect(await row.getByRole('combobox').count()).toBe(0);
    await expectText(row, 'Industriel');

    await row.getByRole('button', { name: 'Actions pour Mustapha Oulhaj' }).click();
    await page.getByRole('menuitem', { name: 'Suspendre' }).click();
    await page.getByRole('dialog', { name: /^Suspendre Mustapha Oulhaj\s\?$/ }).getByRole('button', { name: 'Suspendre' }).click();
    await page.getByText('Mustapha Oulhaj est suspendu(e).').waitFor();
    await row.getByText('Suspendu', { exact: true }).waitFor();
    expect((await userByEmail('mustapha.oulhaj@zafrane-souktana.example')).status).toBe('SUSPENDED');
    const refused = await session.app.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: 'mustapha.oulhaj@zafrane-souktana.example', password: DEMO_PASSWORD },
    });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');

    await row.getByRole('button', { name: 'Actions pour Mustapha Oulhaj' }).click();
    await page.getByRole('menuitem', { name: 'Réactiver' }).click();
    await page.getByRole('dialog', { name: /^Réactiver Mustapha Oulhaj\s\?$/ }).getByRole('button', { name: 'Réactiver' }).click();
    await page.getByText('Mustapha Oulhaj est réactivé(e).').waitFor();
    await row.getByText('Actif', { exact: true }).waitFor();
    expect((await userByEmail('mustapha.oulhaj@zafrane-souktana.example')).status).toBe('ACTIVE');
  });

  it('staff find an organisation by a name typed without accents and see its people and needs', async () => {
    const token = await session.app.login(STAFF, DEMO_PASSWORD);
    const { organisations } = await session.app.ok<any>('{ organisations(first: 5, filter: { nameContains: "Tifaout Argane" }) { edges { node { id } } } }', {}, { token });
    const organisationId = organisations.edges[0].node.id;
    const { needs } = await session.app.ok<any>('query($id: ID!) { needs(first: 50, filter: { organisationId: $id, includeArchived: true }) { edges { node { id title } } } }', { id: organisationId }, { token });
    expect(needs.edges.length).toBeGreaterThan(0);

    const page = await signedIn(STAFF);
    await page.goto(`${session.app.url}/organisations`);
    await settle(page);
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('cooperative feminine tifaout');
    const link = page.getByTestId('organisations-table').getByRole('link', { name: 'Coopérative Féminine Tifaout Argane' });
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Coopérative Féminine Tifaout Argane' }).waitFor();

    await page.getByTestId('organisation-people').getByRole('row').filter({ hasText: 'Aïcha Oubaha' }).waitFor();
    await expectText(page.getByTestId('organisation-people'), 'industrial@passerelle.demo');
    const needList = page.getByTestId('organisation-needs');
    await needList.waitFor();
    const first = needs.edges[0].node as { id: string; title: string };
    await needList.getByRole('link', { name: first.title }).click();
    await page.waitForURL(`**/needs/${first.id}`);
  });

  it('staff change an organisation’s membership after a confirmation, and the history shows who did it', async () => {
    const page = await signedIn(STAFF);
    await page.goto(`${session.app.url}/organisations`);
    await settle(page);
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('Tifaout Argane');
    await page.getByTestId('organisations-table').getByRole('link', { name: 'Coopérative Féminine Tifaout Argane' }).click();
    await settle(page);

    await page.getByRole('combobox', { name: 'Statut d’adhésion' }).click();
    await chooseOption(page, 'Adhésion expirée');
    await page.getByRole('button', { name: 'Enregistrer l’adhésion' }).click();
    await page.getByRole('dialog', { name: /^Changer l’adhésion de Coopérative Féminine Tifaout Argane\s\?$/ }).getByRole('button', { name: 'Enregistrer l’adhésion' }).click();
    await page.getByText(/^Adhésion de Coopérative Féminine Tifaout Argane\s: Adhésion expirée\.$/).waitFor();
    const entry = page.getByTestId('audit-history').getByRole('row').filter({ hasText: 'Adhésion modifiée' });
    await entry.waitFor();
    await expectText(entry, 'Membre actif → Adhésion expirée');
    await expectText(entry, 'Mouna Hajji');
  });

  it('staff create an organisation (required fields said in French), then archive and unarchive it after confirmations', async () => {
    const page = await signedIn(STAFF);
    await page.goto(`${session.app.url}/organisations`);
    await settle(page);
    await page.getByRole('button', { name: 'Créer une organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle organisation' });
    await dialog.getByRole('button', { name: 'Créer l’organisation' }).click();
    await dialog.getByText('Choisissez au moins un secteur.').waitFor();
    expect(await dialog.getByText('Ce champ est obligatoire.').count()).toBe(4);

    await dialog.getByRole('textbox', { name: /^Nom/ }).fill('Distillerie des Roses du Dadès');
    await dialog.getByRole('combobox', { name: /^Type/ }).click();
    await chooseOption(page, 'Entreprise');
    await dialog.getByRole('checkbox', { name: 'Cosmétique' }).check();
    await dialog.getByRole('textbox', { name: /^Ville/ }).fill('Kelaat MGouna');
    await dialog.getByRole('textbox', { name: /^Région/ }).fill('Drâa-Tafilalet');
    await dialog.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Distillerie des Roses du Dadès' }).waitFor();
    await page.getByText('Organisation « Distillerie des Roses du Dadès » créée.').waitFor();

    await page.getByRole('button', { name: 'Archiver l’organisation' }).click();
    await page.getByRole('dialog', { name: /^Archiver Distillerie des Roses du Dadès\s\?$/ }).getByRole('button', { name: 'Archiver l’organisation' }).click();
    await page.getByText('Distillerie des Roses du Dadès est archivée.').waitFor();
    await page.getByRole('button', { name: 'Désarchiver l’organisation' }).waitFor();
    const history = page.getByTestId('audit-history');
    await history.getByRole('row').filter({ hasText: 'Organisation archivée' }).waitFor();
    await expectText(history, 'Organisation créée');

    await page.getByRole('button', { name: 'Désarchiver l’organisation' }).click();
    await page.getByRole('dialog', { name: /^Désarchiver Distillerie des Roses du Dadès\s\?$/ }).getByRole('button', { name: 'Désarchiver l’organisation' }).click();
    await page.getByText('Distillerie des Roses du Dadès est de nouveau active dans les listes.').waitFor();
    await history.getByRole('row').filter({ hasText: 'Organisation désarchivée' }).waitFor();
  });

  for (const language of LANGUAGES) {
    it(`the three pages pass axe in ${language} and fit 390 and 1366 px`, async () => {
      const page = await signedIn(ADMIN);
      await page.evaluate((chosen) => (globalThis as any).localStorage.setItem('passerelle.language', chosen), language);
      const token = await session.app.login(ADMIN, DEMO_PASSWORD);
      const { organisations } = await session.app.ok<any>('{ organisations(first: 1, filter: { nameContains: "Tifaout Argane" }) { edges { node { id } } } }', {}, { token });
      const stops = [
        { name: 'organisations', path: '/organisations' },
        { name: 'organisation', path: `/organisations/${organisations.edges[0].node.id}` },
        { name: 'people', path: '/people' },
      ];
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const problems: string[] = [];
      for (const stop of stops) {
        for (const width of [1366, 390]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${session.app.url}${stop.path}`);
          await settle(page);
          expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
          const overflow = await page.evaluate(() => {
            const doc = (globalThis as any).document;
            return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
          });
          if (overflow > 0) problems.push(`${stop.name} ${width}px: the page scrolls sideways by ${overflow}px`);
          for (const violation of await seriousViolations(page)) problems.push(`${stop.name} ${width}px: ${violation}`);
          await page.screenshot({ path: `${SCREENSHOT_DIR}/${stop.name}-${language}-${width}.png`, fullPage: true });
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

async function expectText(locator: { innerText(): Promise<string> }, text: string): Promise<void> {
  expect((await locator.innerText()).replace(/\s+/g, ' ')).toContain(text);
}

async function expectValue(locator: { inputValue(): Promise<string> }, value: string): Promise<void> {
  expect(await locator.inputValue()).toBe(value);
}
