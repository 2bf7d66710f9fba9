import type { Page } from 'playwright-core';
import { SearchIndexer } from '../../apps/api/src/search/search-indexer.service';
import { DEMO_PASSWORD as PASSWORD, useBrowserSession } from './browser-session';

const INDUSTRIAL = 'industrial@passerelle.demo';
const RESEARCHER = 'researcher@passerelle.demo';
const STAFF = 'staff@passerelle.demo';

// Argan oil extraction helped by ultrasound: "الموجات فوق الصوتية" is the AGROVOC concept
// "ultrason", which no demo need mentions, so a French query finds this need through it.
const ARABIC_TITLE = 'استخلاص زيت الأركان بمساعدة الموجات فوق الصوتية';
const SHORT_ARABIC_DESCRIPTION = 'نبحث عن خبير لتحسين استخلاص زيت الأركان بمساعدة الموجات فوق الصوتية.';
const MORE_ARABIC_DESCRIPTION =
  ' تعاونيتنا النسائية تعصر لوز الأركان على البارد، لكن جزءا كبيرا من الزيت يبقى في الكسب. نريد تجربة الاستخلاص بالموجات فوق الصوتية على نطاق تجريبي، ثم قياس المردودية وجودة الزيت ومدة صلاحيته قبل الاستثمار في معدات جديدة.';

const NEED_FIELDS = 'id title status archivedAt';
const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;

describe('needs pages in Chromium', () => {
  const session = useBrowserSession();
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });

  async function signIn(email: string) {
    await session.signIn(email, PASSWORD);
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
  }

  async function token(email: string): Promise<string> {
    return session.app.login(email, PASSWORD);
  }

  /** Search and matching read the index, which tests fill themselves (INDEXER_INTERVAL_MS=0). */
  async function drainIndex() {
    await session.app.app.get(SearchIndexer).drain();
  }

  /** An open need of the demo industrial's cooperative, posted through the API. */
  async function postNeed(title: string, extra: Record<string, unknown> = {}): Promise<string> {
    const data = await session.app.ok<{ createNeed: { id: string } }>(
      CREATE_NEED,
      {
        input: {
          title,
          description:
            "Notre coopérative presse à froid les amandons d'argan et perd une part de l'huile dans le tourteau. Nous cherchons un expert de l'extraction de l'huile d'argan pour améliorer le rendement du pressage sans dégrader la qualité ni la stabilité oxydative.",
          language: 'fr',
          sector: 'AGRIFOOD',
          trlCurrent: 4,
          trlTarget: 7,
          keywords: ["huile d'argan", 'pressage à froid'],
          ...extra,
        },
      },
      { token: await token(INDUSTRIAL) },
    );
    await drainIndex();
    return data.createNeed.id;
  }

  async function chooseOption(label: string, option: RegExp) {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option }).click();
  }

  it('lets the industrial post a need in Arabic through the form, find it by a French typo query and see suggested experts with reasons', async () => {
    await drainIndex();
    await signIn(INDUSTRIAL);
    await page.getByRole('link', { name: 'Publier un besoin' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Publier un besoin' }).waitFor();

    await page.getByLabel('Titre').fill(ARABIC_TITLE);
    await page.getByLabel('Description').fill(SHORT_ARABIC_DESCRIPTION);
    // As the person types, the concepts matching will use appear, in the reader's language.
    const preview = page.getByTestId('concept-preview');
    await preview.getByTestId('detected-concept').filter({ hasText: "huile d'argan" }).waitFor();
    await preview.getByTestId('detected-concept').filter({ hasText: 'ultrason' }).first().waitFor();
    // The text is Arabic while the need's language is still French: the form offers to fix it.
    await page.getByRole('button', { name: 'Choisir arabe' }).click();
    expect(await page.getByRole('radio', { name: 'العربية' }).isChecked()).toBe(true);

    await page.getByRole('radio', { name: 'Agroalimentaire' }).check();
    await chooseOption('Niveau actuel', /^TRL 3/);
    await chooseOption('Niveau visé', /^TRL 6/);
    // Each level is explained in plain words under its choice.
    await page.getByText('Les premiers essais, au laboratoire ou sur un coin de table, montrent que l’idée fonctionne.').waitFor();

    // Too short and without keywords: warned, not blocked; "Compléter" goes back to the form.
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    const warnings = page.getByRole('dialog', { name: 'Avant de publier' });
    await warnings.waitFor();
    const listed = await warnings.getByTestId('publish-warnings').innerText();
    expect(listed).toContain('La description est courte');
    expect(listed).toContain('Aucun mot-clé');
    expect(listed).not.toContain('Aucun concept');
    await warnings.getByRole('button', { name: 'Compléter' }).click();
    await warnings.waitFor({ state: 'detached' });

    await page.getByLabel('Description').fill(SHORT_ARABIC_DESCRIPTION + MORE_ARABIC_DESCRIPTION);
    const keywords = page.getByRole('combobox', { name: 'Mots-clés' });
    await keywords.fill('زيت الأركان');
    await keywords.press('Enter');
    await keywords.fill('الموجات فوق الصوتية');
    await keywords.press('Enter');
    await page.getByRole('button', { name: 'Publier', exact: true }).click();

    // Published without warnings: the need's own page, with a toast.
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    const needId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: ARABIC_TITLE }).waitFor();
    await page.getByText('Besoin publié').waitFor();
    expect(await page.getByTestId('need-facts').innerText()).toContain('arabe');
    await page.getByTestId('need-concept').filter({ hasText: 'ultrason' }).first().waitFor();
    const stored = await session.app.ok<{ need: { language: string; status: string; keywords: string[]; trlCurrent: number; trlTarget: number } }>(
      'query($id: ID!) { need(id: $id) { language status keywords trlCurrent trlTarget } }',
      { id: needId },
      { token: await token(INDUSTRIAL) },
    );
    expect(stored.need).toEqual({ language: 'ar', status: 'OPEN', keywords: ['زيت الأركان', 'الموجات فوق الصوتية'], trlCurrent: 3, trlTarget: 6 });

    // Found from the search page by a French query with a typo ("ultrasson").
    await drainIndex();
    await page.goto(`${session.app.url}/search?q=${encodeURIComponent('ultrasson argan')}`);
    await page.getByRole('link', { name: ARABIC_TITLE }).click();
    await page.waitForURL(new RegExp(`/needs/${needId}$`));

    // Suggested experts, each with its score explained and reasons in French, no contacts.
    const experts = page.getByTestId('suggested-expert');
    await experts.first().waitFor();
    const first = experts.first();
    expect((await first.getByTestId('match-reasons').getByRole('listitem').allInnerTexts()).length).toBeGreaterThan(0);
    expect(await first.getByTestId('match-features').getByRole('progressbar').count()).toBeGreaterThan(0);
    const cards = (await experts.allInnerTexts()).join('\n');
    expect(cards).not.toMatch(/@|\+212/);
    expect(cards).toContain('Secteur : agroalimentaire');
    await page.screenshot({ path: '/tmp/need-detail-fr.png', fullPage: true });
    await first.screenshot({ path: '/tmp/suggested-expert-fr.png' });

    // In Arabic, the reasons, feature names and concept labels follow the page.
    await page.getByTestId('language-switcher').selectOption('ar');
    await page.getByRole('heading', { level: 2, name: 'الخبراء المقترحون' }).waitFor();
    await page.getByTestId('suggested-experts').getByText('القطاع: الصناعات الغذائية').first().waitFor();
    await page.getByTestId('need-concept').filter({ hasText: 'زيت الأركان' }).waitFor();
    expect(await page.getByTestId('match-features').first().innerText()).toContain('القطاع');
    await page.screenshot({ path: '/tmp/need-detail-ar.png', fullPage: true });
  });

  it('lets the industrial ask for an introduction to a suggested expert, which staff then see', async () => {
    const needId = await postNeed("Réduire la perte d'huile d'argan dans le tourteau de pressage");
    await signIn(INDUSTRIAL);
    await page.goto(`${session.app.url}/needs/${needId}`);
    const expert = page.getByTestId('suggested-expert').first();
    await expert.waitFor();
    const name = await expert.getByRole('heading', { level: 3 }).innerText();

    await expert.getByRole('button', { name: 'Demander une mise en relation' }).click();
    const dialog = page.getByRole('dialog', { name: `Demander à être présenté à ${name}` });
    await dialog.getByRole('button', { name: 'Envoyer la demande' }).click();
    // An empty message is refused in the page's language before anything is sent.
    await dialog.getByText('Ce champ est obligatoire.').waitFor();
    await dialog.getByLabel('Votre message à l’équipe du cluster').fill('Son travail sur le pressage à froid correspond exactement à notre problème de rendement.');
    await dialog.getByRole('button', { name: 'Envoyer la demande' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expert.getByTestId('introduction-requested').filter({ hasText: 'Demande envoyée' }).waitFor();

    // The API remembers it: after a reload the expert is still marked.
    await page.reload();
    await page.getByTestId('suggested-expert').filter({ hasText: name }).getByTestId('introduction-requested').waitFor();

    // Staff see the request in their queue, for this need and this expert.
    const queue = await session.app.ok<{ interests: { edges: { node: { kind: string; status: string; message: string; researcher: { researcher: { fullName: string } } } }[] } }>(
      'query($needId: ID!) { interests(needId: $needId, kind: INTRODUCTION_REQUEST) { edges { node { kind status message researcher { researcher { fullName } } } } } }',
      { needId },
      { token: await token(STAFF) },
    );
    expect(queue.interests.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ kind: 'INTRODUCTION_REQUEST', status: 'OPEN', researcher: { researcher: { fullName: name } } }),
    ]);
  });

  it('lets the industrial edit a need from "my needs", then archive it after confirming', async () => {
    const title = 'Stabiliser la couleur de notre huile d’argan torréfiée';
    const needId = await postNeed(title);
    await signIn(INDUSTRIAL);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes besoins' }).click();
    const card = page.getByTestId('my-need').filter({ has: page.getByRole('heading', { name: title }) });
    await card.waitFor();
    expect(await card.getByTestId('count-total').innerText()).toMatch(/\d/);
    await card.getByRole('link', { name: /^Modifier/ }).click();

    await page.getByRole('heading', { level: 1, name: 'Modifier le besoin' }).waitFor();
    expect(await page.getByLabel('Titre').inputValue()).toBe(title);
    const newTitle = 'Stabiliser la couleur et le goût de notre huile d’argan torréfiée';
    await page.getByLabel('Titre').fill(newTitle);
    await chooseOption('Niveau visé', /^TRL 8/);
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();

    await page.waitForURL(new RegExp(`/needs/${needId}$`));
    await page.getByRole('heading', { level: 1, name: newTitle }).waitFor();
    await page.getByText('Modifications enregistrées.').waitFor();
    expect(await page.getByTestId('need-facts').innerText()).toContain('TRL 8 — Produit complet et qualifié');

    await page.getByRole('button', { name: 'Archiver', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: /^Archiver ce besoin/ });
    await confirm.getByRole('button', { name: 'Archiver le besoin' }).click();
    await page.getByText('Besoin archivé.').waitFor();
    await page.getByRole('list', { name: 'Caractéristiques' }).getByText('Archivé').waitFor();
    expect(await page.getByRole('button', { name: 'Archiver', exact: true }).count()).toBe(0);

    const stored = await session.app.ok<{ need: { title: string; trlTarget: number; archivedAt: string | null } }>(
      'query($id: ID!) { need(id: $id) { title trlTarget archivedAt } }',
      { id: needId },
      { token: await token(INDUSTRIAL) },
    );
    expect(stored.need).toEqual({ title: newTitle, trlTarget: 8, archivedAt: expect.any(String) });
    // Still listed, marked archived, among the organisation's needs.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes besoins' }).click();
    await page.getByTestId('my-need').filter({ hasText: newTitle }).getByText('Archivé').waitFor();
  });

  it('shows a researcher recommended needs with reasons, and lets them express interest from the need’s page', async () => {
    await drainIndex();
    const researcherToken = await token(RESEARCHER);
    const { recommendedNeeds, interests } = await session.app.ok<{
      recommendedNeeds: { need: { id: string; title: string } }[];
      interests: { edges: { node: { need: { id: string } } }[] };
    }>('{ recommendedNeeds(first: 20) { need { id title } } interests(first: 100) { edges { node { need { id } } } } }', {}, { token: researcherToken });
    const raised = new Set(interests.edges.map((edge) => edge.node.need.id));
    const target = recommendedNeeds.find(({ need }) => !raised.has(need.id))!.need;

    await signIn(RESEARCHER);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Besoins pour moi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Besoins recommandés pour vous' }).waitFor();
    const recommendations = page.getByTestId('recommended-need');
    await recommendations.first().waitFor();
    expect(await recommendations.count()).toBe(recommendedNeeds.length);
    expect((await recommendations.first().getByTestId('match-reasons').getByRole('listitem').allInnerTexts()).length).toBeGreaterThan(0);
    expect(await recommendations.first().getByTestId('match-features').getByRole('progressbar').count()).toBeGreaterThan(0);

    const card = recommendations.filter({ has: page.getByRole('heading', { name: target.title }) });
    await card.getByRole('link', { name: target.title, exact: true }).click();
    await page.waitForURL(new RegExp(`/needs/${target.id}$`));
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await page.getByRole('button', { name: 'Je suis intéressé' }).click();
    await page.getByLabel(/Votre message/).fill('Notre laboratoire a mené un projet très proche avec une coopérative de Tiznit.');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.getByRole('status').filter({ hasText: 'Merci' }).waitFor();

    // The page remembers it after a reload.
    await page.reload();
    await page.getByTestId('interest-sent').filter({ hasText: 'déjà manifesté' }).waitFor();
    expect(await page.getByRole('button', { name: 'Je suis intéressé' }).count()).toBe(0);
    const after = await session.app.ok<{ interests: { totalCount: number } }>(
      'query($needId: ID!) { interests(needId: $needId, kind: EXPRESSION_OF_INTEREST) { totalCount } }',
      { needId: target.id },
      { token: researcherToken },
    );
    expect(after.interests.totalCount).toBe(1);
  });

  it('reloads a deep link to the same need, through sign-in, and says when a need is not visible', async () => {
    const title = 'Formuler un savon surgras à l’huile d’argan';
    const needId = await postNeed(title, { sector: 'COSMETICS' });
    const draftId = await postNeed('Brouillon : conditionnement de l’huile d’argan en dosettes', { status: 'DRAFT' });

    await page.goto(`${session.app.url}/needs/${needId}`);
    await page.getByLabel('E-mail').fill(RESEARCHER);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/needs/${needId}`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/needs/${needId}`);

    // Another organisation's draft answers NOT_FOUND to a researcher: the page says so.
    await page.goto(`${session.app.url}/needs/${draftId}`);
    await page.getByRole('heading', { level: 1, name: 'Besoin introuvable' }).waitFor();
    await page.goto(`${session.app.url}/needs/not-a-need`);
    await page.getByRole('heading', { level: 1, name: 'Besoin introuvable' }).waitFor();
  });

  it('says required fields are missing in the page’s language, not the browser’s', async () => {
    await signIn(INDUSTRIAL);
    await page.goto(`${session.app.url}/needs/new`);
    await page.getByRole('heading', { level: 1, name: 'Publier un besoin' }).waitFor();
    await page.getByTestId('language-switcher').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Post a need' }).waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();

    const title = page.getByLabel('Title');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await title.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toBe('This field is required.');
    // The first field in error has the focus, so keyboard users land on it.
    expect(await title.evaluate((element) => element === (element.ownerDocument as any).activeElement)).toBe(true);
    expect(await page.getByText('This field is required.').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByText('Ce champ est obligatoire.').count()).toBe(0);
    expect(page.url()).toMatch(/\/needs\/new$/);
  });
});
