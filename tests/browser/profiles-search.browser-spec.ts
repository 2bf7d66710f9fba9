import type { Locator, Page } from 'playwright-core';
import { SearchIndexer } from '../../apps/api/src/search/search-indexer.service';
import { DEMO_PASSWORD as PASSWORD, useBrowserSession } from './browser-session';

const RESEARCHER = 'researcher@passerelle.demo';
const STAFF = 'staff@passerelle.demo';
const INDUSTRIAL = 'industrial@passerelle.demo';
const NAV = 'Navigation principale';

describe('profile and search pages in Chromium', () => {
  const session = useBrowserSession();
  let page: Page;
  beforeEach(async () => {
    page = session.page;
    await drainIndex();
  });

  /** Tests run the search outbox themselves: every write so far becomes searchable. */
  async function drainIndex() {
    await session.app.app.get(SearchIndexer).drain();
  }

  async function signIn(email: string) {
    await session.signIn(email, PASSWORD);
    await page.getByRole('navigation', { name: NAV }).waitFor();
  }

  async function openFromMenu(label: string) {
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: label }).click();
  }

  /** The result list once the search in the address has answered (not the previous one). */
  async function waitForResults(total: RegExp | string) {
    await page.getByTestId('search-total').filter({ hasText: total }).waitFor();
    await page.locator('[data-testid="search-results"][aria-busy="false"]').waitFor();
  }

  function hitTitles(): Promise<string[]> {
    return page.getByTestId('search-hit').getByRole('heading', { level: 2 }).allInnerTexts();
  }

  /** "Cosmétique (4)" → 4 */
  async function facetCount(option: Locator): Promise<number> {
    const label = await option.evaluate((input) => (input as any).labels?.[0]?.textContent ?? '');
    const match = /\((\d+)\)\s*$/.exec(label);
    if (!match) throw new Error(`No count in the facet label "${label}"`);
    return Number(match[1]);
  }

  function totalText(count: number): string {
    return count === 1 ? '1 résultat' : `${count} résultats`;
  }

  async function token(email: string): Promise<string> {
    return session.app.login(email, PASSWORD);
  }

  it('lets the researcher improve the profile with the concepts and completeness shown as they type, then shows it publicly', async () => {
    // Start from a thinner profile: three keywords and no publication.
    const researcherToken = await token(RESEARCHER);
    const { myProfile } = await session.app.ok<{ myProfile: Record<string, any> }>(
      '{ myProfile { id headline expertise keywords techniques equipment languages availability trlMin trlMax } }',
      {},
      { token: researcherToken },
    );
    const { id: profileId, ...profile } = myProfile;
    await session.app.ok(
      'mutation($input: ProfileInput!) { saveMyProfile(input: $input) { id } }',
      { input: { ...profile, keywords: profile.keywords.slice(0, 3), publications: [] } },
      { token: researcherToken },
    );

    await signIn(RESEARCHER);
    await openFromMenu('Mon profil');
    await page.getByRole('heading', { level: 1, name: 'Mon profil d’expertise' }).waitFor();
    const hints = page.getByTestId('completeness-hints');
    await hints.getByText('Ajoutez au moins 5 mots-clés (3 pour l’instant).').waitFor();
    await hints.getByText('Ajoutez une publication avec son résumé.').waitFor();
    const progress = page.getByTestId('profile-completeness');
    const before = await progress.getByText(/^Profil complet à/).innerText();

    // The concept preview follows the keywords as they are typed.
    const concepts = page.getByTestId('concept-preview').getByTestId('detected-concept');
    await concepts.first().waitFor();
    expect(await concepts.allInnerTexts()).not.toContain('safran');
    const keywords = page.getByRole('combobox', { name: 'Mots-clés' });
    await keywords.fill('safran');
    await keywords.press('Enter');
    await concepts.filter({ hasText: /^safran$/ }).waitFor();
    await hints.getByText('Ajoutez au moins 5 mots-clés (4 pour l’instant).').waitFor();

    // A publication, first with a DOI the API would refuse: the message comes beside the field, in French.
    await page.getByRole('button', { name: 'Ajouter une publication' }).click();
    const publication = page.getByTestId('publication-fields').last();
    const title = 'Séchage solaire du safran de Taliouine et qualité ISO 3632';
    await publication.getByLabel('Titre', { exact: false }).fill(title);
    await publication.getByLabel('Résumé').fill('Trois modes de séchage comparés sur la crocine, la picrocrocine et le safranal.');
    await publication.getByLabel('DOI').fill('doi:safran');
    await expect(hints.getByText('Ajoutez une publication avec son résumé.').count()).resolves.toBe(0);
    expect(await progress.getByText(/^Profil complet à/).innerText()).not.toBe(before);

    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await publication.getByText('Un DOI commence par «\u202f10.\u202f», par exemple 10.1234/abcd.').waitFor();
    await publication.getByLabel('DOI').fill('10.1234/safran.2025');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.getByText('Profil enregistré').waitFor();

    const saved = await session.app.ok<{ myProfile: { keywords: string[]; publications: { title: string; doi: string }[] } }>(
      '{ myProfile { keywords publications { title doi } } }',
      {},
      { token: researcherToken },
    );
    expect(saved.myProfile.keywords).toContain('safran');
    expect(saved.myProfile.publications).toEqual([{ title, doi: '10.1234/safran.2025' }]);

    // Reloaded, the editor shows what was saved.
    await page.reload();
    await page.locator('.mantine-TagsInput-pill', { hasText: 'safran' }).waitFor();
    expect(await page.getByTestId('publication-fields').getByLabel('Titre', { exact: false }).inputValue()).toBe(title);

    // So does the public profile, with the new concept.
    await page.getByRole('link', { name: 'Voir mon profil public' }).click();
    await page.waitForURL(`**/researchers/${profileId}`);
    await page.getByRole('heading', { level: 1, name: 'Fatima Zahra Id Brahim' }).waitFor();
    await page.getByRole('region', { name: 'Mots-clés' }).getByText('safran', { exact: true }).waitFor();
    await page.getByTestId('profile-publications').getByText(title).waitFor();
    await page.getByTestId('profile-concepts').getByText('safran', { exact: true }).waitFor();
  });

  it('lets a new researcher create the profile, with required-field messages in the page’s language', async () => {
    const staffToken = await token(STAFF);
    const { organisations } = await session.app.ok<{ organisations: { edges: { node: { id: string } }[] } }>(
      '{ organisations(filter: { kind: RESEARCH_LAB }, first: 1) { edges { node { id } } } }',
      {},
      { token: staffToken },
    );
    const email = 'nouvelle.chercheuse@lab.example';
    const { register } = await session.app.ok<{ register: { userId: string } }>(
      'mutation($input: RegisterInput!) { register(input: $input) { userId } }',
      { input: { email, fullName: 'Salma Nouvelle', password: PASSWORD, role: 'RESEARCHER', organisationId: organisations.edges[0].node.id, preferredLanguage: 'fr' } },
    );
    await session.app.ok('mutation($id: ID!) { approveUser(id: $id) { id } }', { id: register.userId }, { token: staffToken });

    await signIn(email);
    await openFromMenu('Mon profil');
    await page.getByText('Vous n’avez pas encore de profil').waitFor();
    expect(await page.getByRole('link', { name: 'Voir mon profil public' }).count()).toBe(0);

    // Saving the empty form says what is missing, in French, beside each field.
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.getByText('Écrivez un titre d’au moins 5 caractères.').waitFor();
    await page.getByText('Décrivez votre expertise en au moins 20 caractères.').waitFor();
    expect(await page.getByLabel('Titre du profil').evaluate((input) => input === (input.ownerDocument as any).activeElement)).toBe(true);

    await page.getByLabel('Titre du profil').fill('Microbiologiste — ferments lactiques traditionnels');
    await page.getByLabel('Présentation de votre expertise').fill('Isolement et caractérisation de bactéries lactiques du lben et du jben pour des ferments locaux.');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.getByText('Profil enregistré').waitFor();
    await page.getByRole('link', { name: 'Voir mon profil public' }).click();
    await page.getByRole('heading', { level: 1, name: 'Salma Nouvelle' }).waitFor();
    await page.getByText('Microbiologiste — ferments lactiques traditionnels').waitFor();
  });

  it('finds needs from a French typo, narrows them with a facet whose count holds, and comes back to the same search', async () => {
    await signIn(RESEARCHER);
    await openFromMenu('Recherche');
    await page.getByRole('heading', { level: 1, name: 'Recherche' }).waitFor();
    const box = page.getByRole('textbox', { name: 'Rechercher des besoins' });
    await box.fill("huile d'argn");
    await box.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === "huile d'argn");
    await waitForResults(/^\d+ résultats?$/);
    const titles = await hitTitles();
    expect(titles.some((t) => /argan/i.test(t))).toBe(true);

    // The facet says how many cosmetics needs there are; the list then shows exactly those.
    const cosmetics = page.getByRole('group', { name: 'Secteur' }).getByRole('checkbox', { name: /^Cosmétique \(\d+\)$/ });
    const count = await facetCount(cosmetics);
    expect(count).toBeGreaterThan(0);
    await cosmetics.check();
    await page.waitForURL((url) => url.searchParams.get('sector') === 'COSMETICS');
    await waitForResults(totalText(count));
    const hits = page.getByTestId('search-hit');
    expect(await hits.count()).toBe(Math.min(count, 20));
    const badges = await hits.locator('.mantine-Badge-root').allTextContents();
    expect(badges.filter((badge) => badge === 'Cosmétique')).toHaveLength(Math.min(count, 20));
    expect(badges).not.toContain('Agroalimentaire');
    const narrowed = await hitTitles();
    const searchUrl = page.url();

    // A result opens its detail page; the browser's back button returns to the same search.
    const first = hits.first().getByRole('link');
    const firstTitle = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: firstTitle }).waitFor();
    await page.goBack();
    await page.waitForURL(searchUrl);
    await waitForResults(totalText(count));
    expect(await box.inputValue()).toBe("huile d'argn");
    expect(await cosmetics.isChecked()).toBe(true);
    expect(await hitTitles()).toEqual(narrowed);

    // The other sector stays within reach, counted as what it would add (a need has one sector).
    const agrifood = page.getByRole('group', { name: 'Secteur' }).getByRole('checkbox', { name: /^Agroalimentaire \(\d+\)$/ });
    const added = await facetCount(agrifood);
    await agrifood.check();
    await page.waitForURL((url) => url.searchParams.get('sector') === 'COSMETICS,AGRIFOOD');
    await waitForResults(totalText(count + added));
  });

  it('lets staff search researchers with a facet and open a profile with its contacts', async () => {
    await signIn(STAFF);
    await openFromMenu('Recherche');
    await page.getByRole('radiogroup', { name: 'Rechercher parmi' }).getByText('Chercheurs', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'researchers');
    const box = page.getByRole('textbox', { name: 'Rechercher des chercheurs' });
    await box.fill('argan');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await waitForResults(/^\d+ résultats?$/);

    const arabic = page.getByRole('group', { name: 'Langue' }).getByRole('checkbox', { name: /^Arabe \(\d+\)$/ });
    const count = await facetCount(arabic);
    await arabic.check();
    await page.waitForURL((url) => url.searchParams.get('language') === 'ar');
    await waitForResults(totalText(count));
    const api = await session.app.ok<{ searchResearchers: { total: number; hits: { researcher: { researcher: { fullName: string } } }[] } }>(
      '{ searchResearchers(query: "argan", filters: { languages: [ar] }) { total hits { researcher { researcher { fullName } } } } }',
      {},
      { token: await token(STAFF) },
    );
    expect(api.searchResearchers.total).toBe(count);
    expect(await hitTitles()).toEqual(api.searchResearchers.hits.map((hit) => hit.researcher.researcher.fullName));

    const first = page.getByTestId('search-hit').first().getByRole('link');
    const name = (await first.innerText()).trim();
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    // Staff see a researcher's contact details; the e-mail is a link.
    await page.getByTestId('profile-contacts').getByRole('link', { name: /@/ }).waitFor();
  });

  it('shows highlights as marked text, never as escaped HTML', async () => {
    const industrialToken = await token(INDUSTRIAL);
    const title = 'Emballage R&D <éco> pour huile de figue de Barbarie';
    await session.app.ok(
      'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
      {
        input: {
          title,
          description: 'Notre service R&D cherche un emballage <éco> & recyclable pour protéger l’huile de la lumière.',
          sector: 'COSMETICS',
          language: 'fr',
          trlCurrent: 3,
          trlTarget: 6,
        },
      },
      { token: industrialToken },
    );
    await drainIndex();

    await signIn(RESEARCHER);
    await page.goto(`${session.app.url}/search?q=${encodeURIComponent('emballage R&D')}&kind=needs`);
    await waitForResults(/^\d+ résultats?$/);
    const hit = page.getByTestId('search-hit').filter({ has: page.getByRole('link', { name: title }) });
    await hit.waitFor();
    expect(await hit.locator('mark').count()).toBeGreaterThan(0);
    expect(await hit.locator('h2 mark').first().innerText()).toMatch(/emballage|R&D/i);
    const text = await hit.innerText();
    expect(text).toContain('R&D');
    expect(text).toContain('<éco>');
    expect(text).not.toMatch(/&amp;|&lt;|&gt;|<\/?mark>/);
  });

  it('reproduces a shared search, with its filters, sort and page, in a fresh page', async () => {
    await signIn(RESEARCHER);
    await openFromMenu('Recherche');
    const box = page.getByRole('textbox', { name: 'Rechercher des besoins' });
    await box.fill('argan');
    await box.press('Enter');
    await waitForResults(/^\d+ résultats?$/);
    const cosmetics = page.getByRole('group', { name: 'Secteur' }).getByRole('checkbox', { name: /^Cosmétique/ });
    const count = await facetCount(cosmetics);
    await cosmetics.check();
    await page.getByLabel('Trier par').selectOption('newest');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'newest' && url.searchParams.get('sector') === 'COSMETICS');
    await waitForResults(totalText(count));
    const needsUrl = page.url();
    const needTitles = await hitTitles();

    // Researchers, browsed without a query, newest first, second page.
    await page.getByRole('radiogroup', { name: 'Rechercher parmi' }).getByText('Chercheurs', { exact: true }).click();
    await page.getByRole('button', { name: 'Effacer la recherche' }).click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'researchers' && !url.searchParams.has('q'));
    await waitForResults(/^\d+ résultats$/);
    await page.getByRole('navigation', { name: 'Pages de résultats' }).getByRole('button', { name: 'Page 2' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page.locator('[data-testid="search-results"][aria-busy="false"]').waitFor();
    const researchersUrl = page.url();
    const researcherTitles = await hitTitles();
    expect(researcherTitles.length).toBeGreaterThan(0);

    // A colleague opens the links: after signing in they land on the same searches.
    page = await session.newPage();
    await page.goto(needsUrl);
    await page.getByLabel('E-mail').fill(RESEARCHER);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(needsUrl);
    await waitForResults(totalText(count));
    expect(await page.getByRole('textbox', { name: 'Rechercher des besoins' }).inputValue()).toBe('argan');
    expect(await page.getByRole('group', { name: 'Secteur' }).getByRole('checkbox', { name: /^Cosmétique/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Trier par').inputValue()).toBe('newest');
    expect(await hitTitles()).toEqual(needTitles);

    await page.goto(researchersUrl);
    await page.locator('[data-testid="search-results"][aria-busy="false"]').waitFor();
    await page.getByTestId('search-hit').first().waitFor();
    expect(await hitTitles()).toEqual(researcherTitles);
    expect(await page.getByRole('button', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
  });

  it('turns the search page right-to-left with Arabic labels, concept facets included', async () => {
    await signIn(RESEARCHER);
    await page.goto(`${session.app.url}/search?q=${encodeURIComponent('huile d’argan')}&kind=needs`);
    await waitForResults(/^\d+ résultats?$/);
    await page.getByTestId('language-switcher').selectOption('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('heading', { level: 1, name: 'البحث' }).waitFor();
    const kinds = page.getByRole('radiogroup', { name: 'البحث في' });
    await kinds.getByText('الاحتياجات', { exact: true }).waitFor();
    await kinds.getByText('الباحثون', { exact: true }).waitFor();
    await page.getByRole('group', { name: 'القطاع' }).getByRole('checkbox', { name: /^مستحضرات التجميل \(\d+\)$/ }).waitFor();
    await page.getByTestId('search-total').filter({ hasText: /^(عدد النتائج: \d+|نتيجة واحدة)$/ }).waitFor();
    // Concept labels come from the API, which follows the account's new language.
    const concepts = page.getByRole('group', { name: 'المفاهيم (مكنز أغروفوك)' }).getByRole('checkbox');
    await page.waitForFunction(() => {
      const doc = (globalThis as any).document;
      const group = [...doc.querySelectorAll('fieldset')].find((f: any) => f.querySelector('legend')?.textContent === 'المفاهيم (مكنز أغروفوك)');
      const labels = group ? [...group.querySelectorAll('label')].map((l: any) => l.textContent) : [];
      return labels.length > 0 && labels.every((text: string) => /[\u0600-\u06FF]/.test(text));
    });
    expect(await concepts.count()).toBeGreaterThan(0);

    // Back to French for the account (the API keeps the choice).
    await page.getByTestId('language-switcher').selectOption('fr');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    await page.getByRole('heading', { level: 1, name: 'Recherche' }).waitFor();
  });
});
