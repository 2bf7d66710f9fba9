import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SearchIndexer } from '../../apps/api/src/search/search-indexer.service';
import { SmtpSink } from '../support/smtp-sink';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, useBrowserSession } from './browser-session';

const STAFF = 'staff@passerelle.demo';

/** The toast that says `text` (Mantine notifications are role=alert). */
function toast(page: Page, text: string | RegExp) {
  return page.locator('.mantine-Notification-root').filter({ hasText: text });
}

const CSV_HEADER = 'organisation_name,organisation_kind,sectors,city,region,full_name,email,role,preferred_language';

describe('the staff console in Chromium', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await SmtpSink.start();
  });
  const session = useBrowserSession({ env: () => ({ SMTP_URL: sink.url, MAIL_INTERVAL_MS: '200' }) });
  afterAll(async () => {
    await sink?.stop();
  });
  let page: Page;
  beforeEach(async () => {
    page = session.page;
    // Matching reads the index, which tests fill themselves (INDEXER_INTERVAL_MS=0).
    await session.app.app.get(SearchIndexer).drain();
  });

  /** Signs in and waits to be in, so the next page opened is opened signed in. */
  async function signInAsStaff() {
    await session.signIn(STAFF);
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
  }

  async function register(email: string, fullName: string, preferredLanguage: string, organisation?: Record<string, unknown>) {
    const { signUpOrganisations } = await session.app.ok<{ signUpOrganisations: { id: string; kind: string }[] }>(
      '{ signUpOrganisations(query: "Université", first: 20) { id kind } }',
    );
    const university = signUpOrganisations.find((o) => o.kind === 'UNIVERSITY')!;
    await session.app.ok('mutation($input: RegisterInput!) { register(input: $input) { userId } }', {
      input: {
        email,
        fullName,
        password: 'une phrase assez longue',
        role: organisation ? 'INDUSTRIAL' : 'RESEARCHER',
        preferredLanguage,
        ...(organisation ? { organisation } : { organisationId: university.id }),
      },
    });
  }

  it('approves one sign-up and refuses another with a reason; the count in the menu goes down', async () => {
    await register('nadia.berrada@univ.example', 'Nadia Berrada', 'fr');
    await register('karim.ouali@savons.example', 'Karim Ouali', 'en', {
      name: 'Savonnerie Ouali',
      kind: 'COMPANY',
      sectors: ['COSMETICS'],
      city: 'Essaouira',
      region: 'Marrakech-Safi',
      description: 'Savons artisanaux au beurre de karité',
    });

    await signInAsStaff();
    const count = page.getByTestId('nav-approvals').getByTestId('pending-sign-up-count');
    await count.filter({ hasText: '2 en attente' }).waitFor();
    await page.getByTestId('nav-approvals').click();
    await page.getByRole('heading', { level: 1, name: 'Inscriptions et invitations' }).waitFor();

    const karim = page.getByTestId('pending-sign-up').filter({ hasText: 'Karim Ouali' });
    await karim.waitFor();
    expect(await karim.innerText()).toContain('Savons artisanaux au beurre de karité');

    await page.getByRole('button', { name: 'Approuver Nadia Berrada' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approuver' }).click();
    await toast(page, 'Nadia Berrada peut maintenant se connecter.').waitFor();
    await page.getByTestId('pending-sign-up').filter({ hasText: 'Nadia Berrada' }).waitFor({ state: 'detached' });
    await count.filter({ hasText: '1 en attente' }).waitFor();

    await page.getByRole('button', { name: 'Refuser Karim Ouali' }).click();
    const dialog = page.getByRole('dialog', { name: 'Refuser l’inscription de Karim Ouali' });
    await dialog.getByRole('button', { name: 'Refuser l’inscription' }).click();
    await dialog.getByText('Indiquez la raison du refus.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel(/^Raison du refus/).fill('Votre entreprise est hors de la région du cluster.');
    await dialog.getByRole('button', { name: 'Refuser l’inscription' }).click();
    await toast(page, 'Inscription de Karim Ouali refusée').waitFor();
    await page.getByText('Aucune inscription en attente.').waitFor();
    await page.getByTestId('nav-approvals').getByTestId('pending-sign-up-count').waitFor({ state: 'detached' });

    const mail = await sink.waitFor((m) => m.to === 'karim.ouali@savons.example');
    expect(mail.subject).toBe('Your Passerelle sign-up was not accepted');
    expect(mail.text).toContain('Votre entreprise est hors de la région du cluster.');
    const login = await session.app.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: 'karim.ouali@savons.example', password: 'une phrase assez longue' },
    });
    expect(login.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('finds experts for a demo need, filters by language, shortlists one onto the board, and saves the top suggestions', async () => {
    const token = await session.app.login(STAFF, DEMO_PASSWORD);
    const { needId, language, expected } = await needWithLanguageChoice(token);

    await signInAsStaff();
    await page.goto(`${session.app.url}/needs/${needId}`);
    const experts = page.getByTestId('suggested-expert');
    await experts.first().waitFor();
    const total = await experts.count();

    await page.getByRole('combobox', { name: 'Langue de travail' }).click();
    await page.locator('[data-combobox-option]').filter({ hasText: language.label }).click();
    await page.getByText(`${expected.length} experts affichés sur ${total}.`).waitFor();
    expect(expected.length).toBeLessThan(total);
    expect(await seriousViolations(page)).toEqual([]);
    const shownNames = await experts.locator('h3').allInnerTexts();
    expect(shownNames.map((name) => name.trim()).sort()).toEqual([...expected].sort());

    const chosen = expected[0];
    await page.getByRole('button', { name: `Présélectionner ${chosen}` }).click();
    await toast(page, 'Paire ajoutée au pipeline, présélectionnée.').waitFor();
    const card = experts.filter({ hasText: chosen });
    await card.getByText('Déjà dans le pipeline\u202f: Présélectionnée').waitFor();

    await page.getByRole('button', { name: 'Enregistrer les meilleures suggestions' }).click();
    await toast(page, /suggestions enregistrées dans le pipeline/).waitFor();
    // Without the filter (a new visit): the chosen one stays SHORTLISTED, the others entered as SUGGESTED.
    await page.reload();
    await card.getByText('Déjà dans le pipeline\u202f: Présélectionnée').waitFor();
    await page.getByText('Déjà dans le pipeline\u202f: Suggérée').first().waitFor();
    expect(await page.getByText('Déjà dans le pipeline\u202f: Suggérée').count()).toBeGreaterThan(0);

    await card.getByRole('link', { name: 'Ouvrir dans le pipeline' }).click();
    await page.waitForURL(/\/pipeline\/[0-9a-f-]{36}$/);
    await page.getByRole('dialog').waitFor();
    await page.goto(`${session.app.url}/pipeline`);
    await page.getByTestId('column-SHORTLISTED').getByTestId('pipeline-card').filter({ hasText: chosen }).first().waitFor();
  });

  it('shows staff the needs for a researcher, and shortlists one from the profile', async () => {
    const token = await session.app.login(STAFF, DEMO_PASSWORD);
    const { researcherProfiles } = await session.app.ok<{ researcherProfiles: { edges: { node: { id: string } }[] } }>(
      '{ researcherProfiles(first: 1) { edges { node { id } } } }',
      {},
      { token },
    );
    const profileId = researcherProfiles.edges[0].node.id;
    await signInAsStaff();
    await page.goto(`${session.app.url}/researchers/${profileId}`);
    const section = page.getByTestId('needs-for-researcher');
    await section.getByRole('heading', { name: 'Besoins pour ce chercheur' }).waitFor();
    const shortlist = section.getByRole('button', { name: /^Présélectionner pour/ }).first();
    await shortlist.waitFor();
    await shortlist.click();
    await toast(page, 'Paire ajoutée au pipeline, présélectionnée.').waitFor();
    await section.getByText('Déjà dans le pipeline\u202f: Présélectionnée').first().waitFor();
  });

  it('imports a CSV with one bad row, reads the report, uploads the fixed file, applies and invites', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'staff-import-'));
    const good = 'Coopérative Tamount,COOPERATIVE,AGRIFOOD,Taroudant,Souss-Massa,Fatima Ait Said,fatima@tamount.example,INDUSTRIAL,ar';
    const bad = 'Laboratoire Biotech Agadir,RESEARCH_LAB,AGRIFOOD,Agadir,Souss-Massa,Youssef Amrani,pas-un-email,RESEARCHER,fr';
    const fixed = bad.replace('pas-un-email', 'y.amrani@biotech.example');
    const badFile = join(folder, 'membres.csv');
    const fixedFile = join(folder, 'membres-corrige.csv');
    writeFileSync(badFile, [CSV_HEADER, good, bad].join('\n'));
    writeFileSync(fixedFile, [CSV_HEADER, good, fixed].join('\n'));

    await signInAsStaff();
    await page.getByRole('link', { name: 'Import de membres' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des membres' }).waitFor();
    const example = page.getByRole('link', { name: 'Télécharger un exemple de fichier' });
    expect(decodeURIComponent((await example.getAttribute('href')) ?? '')).toContain('organisation_name,organisation_kind,sectors');

    await page.locator('input[type="file"]').setInputFiles(badFile);
    const report = page.getByTestId('import-report');
    await report.getByRole('heading', { name: 'Vérification de «\u202fmembres.csv\u202f»' }).waitFor();
    const problems = page.getByTestId('import-problems');
    const row = problems.locator('tbody tr').first();
    expect(await row.locator('td').nth(0).innerText()).toBe('3');
    expect(await row.locator('td').nth(1).innerText()).toBe('email');
    expect((await row.locator('td').nth(2).innerText()).length).toBeGreaterThan(3);
    expect(await page.getByTestId('import-errorRows').locator('dd').innerText()).toBe('1');
    expect(await page.getByRole('button', { name: 'Appliquer l’import' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('input[type="file"]').setInputFiles(fixedFile);
    await report.getByRole('heading', { name: 'Vérification de «\u202fmembres-corrige.csv\u202f»' }).waitFor();
    expect(await problems.count()).toBe(0);
    expect(await page.getByTestId('import-usersCreated').locator('dd').innerText()).toBe('2');
    await page.getByRole('button', { name: 'Appliquer l’import' }).click();
    await toast(page, 'Import appliqué\u202f: 2 personnes créées, 2 organisations créées.').waitFor();
    await report.getByRole('heading', { name: 'Import de «\u202fmembres-corrige.csv\u202f» appliqué' }).waitFor();

    await page.getByRole('button', { name: 'Inviter les personnes importées' }).click();
    const invited = toast(page, /personnes invitées/);
    await invited.waitFor();
    const [, count] = /(\d+) personnes invitées/.exec(await invited.innerText()) ?? [];
    expect(Number(count)).toBeGreaterThanOrEqual(2);
    const toFatima = await sink.waitFor((m) => m.to === 'fatima@tamount.example');
    expect(toFatima.headers.get('content-language')).toBe('ar');
    await sink.waitFor((m) => m.to === 'y.amrani@biotech.example');
  });

  /** An open demo need whose proposed experts do not all share one language: the filter must narrow the list. */
  async function needWithLanguageChoice(token: string): Promise<{ needId: string; language: { code: string; label: string }; expected: string[] }> {
    const labels: Record<string, string> = { fr: 'Français', ar: 'العربية', en: 'English' };
    const { needs } = await session.app.ok<{ needs: { edges: { node: { id: string; status: string } }[] } }>(
      '{ needs(first: 50) { edges { node { id status } } } }',
      {},
      { token },
    );
    for (const { node } of needs.edges.filter((edge) => edge.node.status === 'OPEN')) {
      const { proposeMatches } = await session.app.ok<{ proposeMatches: { researcher: { languages: string[]; researcher: { fullName: string } } }[] }>(
        'query($id: ID!) { proposeMatches(needId: $id, first: 10) { researcher { languages researcher { fullName } } } }',
        { id: node.id },
        { token },
      );
      for (const code of ['en', 'ar', 'fr']) {
        const expected = proposeMatches.filter((m) => m.researcher.languages.includes(code)).map((m) => m.researcher.researcher.fullName);
        if (expected.length > 0 && expected.length < proposeMatches.length) return { needId: node.id, language: { code, label: labels[code] }, expected };
      }
    }
    throw new Error('No demo need with experts of different languages');
  }
});
