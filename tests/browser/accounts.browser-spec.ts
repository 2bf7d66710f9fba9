import type { Page } from 'playwright-core';
import { DeliveredMail, SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';
import { DEMO_PASSWORD, useBrowserSession } from './browser-session';

const STAFF = 'staff@passerelle.demo';

/** The e-mail's link to `path`, on the test app (links use PUBLIC_URL; path and token are what count). */
function linkIn(mail: DeliveredMail, path: string, app: TestApp): string {
  const found = new RegExp(`https?://[^\\s"<>]+${path}\\?token=[A-Za-z0-9_-]+`).exec(`${mail.text}\n${mail.html ?? ''}`);
  if (!found) throw new Error(`No ${path} link in: ${mail.text}`);
  const url = new URL(found[0]);
  return `${app.url}${url.pathname}${url.search}`;
}

/** An approved researcher of a demo lab, made through the API, for journeys that change a password. */
async function activeResearcher(app: TestApp, email: string, fullName: string, password: string): Promise<void> {
  const { signUpOrganisations } = await app.ok<{ signUpOrganisations: { id: string; kind: string }[] }>(
    '{ signUpOrganisations(query: "Université", first: 20) { id kind } }',
  );
  const university = signUpOrganisations.find((organisation) => organisation.kind === 'UNIVERSITY');
  if (!university) throw new Error('No demo university');
  const { register } = await app.ok<{ register: { userId: string } }>('mutation($input: RegisterInput!) { register(input: $input) { userId } }', {
    input: { email, fullName, password, role: 'RESEARCHER', organisationId: university.id, preferredLanguage: 'fr' },
  });
  const token = await app.login(STAFF, DEMO_PASSWORD);
  await app.ok('mutation($id: ID!) { approveUser(id: $id) { id } }', { id: register.userId }, { token });
}

/** The input labelled exactly `label` (a required field's label ends with an asterisk). */
function field(page: Page, label: string) {
  return page.getByLabel(exactly(label));
}

function exactly(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}

/** Chooses an option of a Mantine Select (or Autocomplete) by its label. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: exactly(label) }).click();
  await page.locator('[data-combobox-option]').filter({ hasText: option }).first().click();
}

describe('accounts in Chromium', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await SmtpSink.start();
  });
  const session = useBrowserSession({ env: () => ({ SMTP_URL: sink.url, MAIL_INTERVAL_MS: '200' }) });
  afterAll(async () => {
    await sink?.stop();
  });
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });

  it('lets a visitor sign up proposing an organisation, wait for approval, and sign in once staff approve', async () => {
    const email = 'salma.idrissi@labo-nouveau.ma';
    const fullName = 'Salma Idrissi';
    const password = 'argan et romarin 2026';

    await page.goto(`${session.app.url}/sign-in`);
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    await page.getByLabel('Nom complet').fill(fullName);
    await page.getByLabel('E-mail').fill(email);
    await field(page, 'Mot de passe').fill(password);
    await page.getByRole('radio', { name: 'Chercheur' }).check();
    await page.getByRole('radio', { name: 'Non, je la propose' }).check();
    await page.getByLabel('Nom de l’organisation').fill('Laboratoire des Huiles Végétales de Taroudant');
    await choose(page, 'Type d’organisation', 'Laboratoire de recherche');
    await page.getByRole('checkbox', { name: 'Cosmétique' }).check();
    await page.getByLabel('Ville').fill('Taroudant');
    await page.getByRole('combobox', { name: exactly('Région') }).fill('Souss-Massa');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Envoyer ma demande d’inscription' }).click();

    await page.waitForURL('**/sign-up/pending');
    await page.getByRole('heading', { level: 1, name: 'Demande d’inscription envoyée' }).waitFor();
    await page.getByRole('link', { name: 'Aller à la page de connexion' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Votre compte attend la validation de l\'équipe du cluster');

    // The staff are told by e-mail and in the app.
    const mail = await sink.waitFor((m) => m.to === STAFF && m.text.includes(fullName));
    expect(mail.text).toContain('Laboratoire des Huiles Végétales de Taroudant');
    const staffPage = await session.newPage();
    await session.signIn(STAFF);
    await staffPage.getByTestId('nav-needs').waitFor();
    await staffPage.goto(`${session.app.url}/notifications`);
    await staffPage.getByText(`Inscription à valider`).first().waitFor();
    expect(await staffPage.locator('main').innerText()).toContain(fullName);

    await staffPage.goto(`${session.app.url}/approvals`);
    const card = staffPage.getByTestId('pending-sign-up').filter({ hasText: fullName });
    await card.waitFor();
    const details = (await card.textContent()) ?? '';
    expect(details).toContain(email);
    expect(details).toContain('Chercheur');
    expect(details).toContain('Nouvelle organisation proposée');
    expect(details).toContain('Français');
    await card.getByRole('button', { name: `Approuver ${fullName}` }).click();
    const dialog = staffPage.getByRole('dialog');
    await dialog.getByText('l’organisation proposée, Laboratoire des Huiles Végétales de Taroudant, devient membre du cluster').waitFor();
    await dialog.getByRole('button', { name: 'Approuver' }).click();
    await staffPage.getByText(`${fullName} peut maintenant se connecter.`).waitFor();
    await card.waitFor({ state: 'detached' });

    const personPage = await session.newPage();
    await session.signIn(email, password);
    await personPage.waitForURL('**/needs');
    await personPage.getByTestId('user-menu').getByText(fullName).waitFor();
  });

  it('resets a forgotten password through the e-mailed link, which works only once', async () => {
    const email = 'yassine.amrani@uiz.ac.ma';
    await activeResearcher(session.app, email, 'Yassine Amrani', 'ancien mot de passe');
    const newPassword = 'nouveau mot de passe 42';

    await page.goto(`${session.app.url}/sign-in`);
    await page.getByRole('link', { name: /Mot de passe oublié/ }).click();
    // The page is loaded on demand: until it shows, "E-mail" is still the sign-in form's field.
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await page.getByText('Si un compte existe pour').waitFor();
    expect(await page.getByRole('status').innerText()).toContain('valable 1 heure');

    const link = linkIn(await sink.waitFor((m) => m.to === email && m.text.includes('/reset-password')), '/reset-password', session.app);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    await field(page, 'Nouveau mot de passe').fill(newPassword);
    await field(page, 'Confirmez le mot de passe').fill('autre chose encore');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByText('Les deux mots de passe ne sont pas identiques.').waitFor();
    await field(page, 'Confirmez le mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();

    await page.waitForURL('**/sign-in');
    await page.getByText('Votre mot de passe a été changé. Connectez-vous avec le nouveau.').waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/needs');

    const again = await session.newPage();
    await again.goto(link);
    await field(again, 'Nouveau mot de passe').fill('une troisième tentative');
    await field(again, 'Confirmez le mot de passe').fill('une troisième tentative');
    await again.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await again.getByText('Ce lien ne fonctionne plus').waitFor();
    await again.getByRole('link', { name: 'Demander un nouveau lien' }).waitFor();
    await expect(session.app.login(email, newPassword)).resolves.toEqual(expect.any(String));
  });

  it('invites the imported members from the approvals page; one sets a password and is signed in', async () => {
    const email = 'hassan.ouali@cooperative-imouzzer.ma';
    const token = await session.app.login(STAFF, DEMO_PASSWORD);
    const csv = [
      'organisation_name,organisation_kind,sectors,city,region,full_name,email,role,preferred_language',
      `Coopérative Miel d'Imouzzer,COOPERATIVE,AGRIFOOD,Imouzzer Ida Outanane,Souss-Massa,Hassan Ouali,${email},INDUSTRIAL,fr`,
    ].join('\n');
    const { importMembers } = await session.app.ok<{ importMembers: { usersCreated: number } }>(
      'mutation($input: ImportMembersInput!) { importMembers(input: $input) { usersCreated } }',
      { input: { csv, dryRun: false } },
      { token },
    );
    expect(importMembers.usersCreated).toBe(1);

    await session.signIn(STAFF);
    await page.getByTestId('nav-approvals').click();
    await page.getByRole('heading', { level: 1, name: 'Inscriptions et invitations' }).waitFor();
    await page.getByRole('button', { name: 'Inviter les membres importés' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Envoyer les invitations' }).click();
    const toast = page.getByText(/Invitations envoyées\s*: [1-9]\d*\. Ignorées\s*: \d+\./);
    await toast.waitFor();

    const link = linkIn(await sink.waitFor((m) => m.to === email), '/invitation', session.app);
    const invited = await session.newPage();
    await invited.goto(link);
    await invited.getByText('Bienvenue, Hassan Ouali').waitFor();
    expect(await invited.locator('main').innerText()).toContain("Coopérative Miel d'Imouzzer");
    await field(invited, 'Choisissez un mot de passe').fill('miel de thym 2026');
    await field(invited, 'Confirmez le mot de passe').fill('miel de thym 2026');
    await invited.getByRole('button', { name: 'Activer mon compte' }).click();
    await invited.waitForURL('**/needs');
    await invited.getByTestId('user-menu').getByText('Hassan Ouali').waitFor();
    await expect(session.app.login(email, 'miel de thym 2026')).resolves.toEqual(expect.any(String));

    const reused = await session.newPage();
    await reused.goto(link);
    await reused.getByText('Cette invitation ne fonctionne plus').waitFor();
  });

  it('lets a member change their name, language and password, and sign out everywhere', async () => {
    const email = 'nadia.berrada@uiz.ac.ma';
    await activeResearcher(session.app, email, 'Nadia Berrada', 'mot de passe initial');
    await session.signIn(email, 'mot de passe initial');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await page.locator('main').getByText(email).first().waitFor();

    await page.getByLabel('Nom complet').fill('Nadia Berrada-Alaoui');
    await choose(page, 'Langue préférée', 'English');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await page.getByText('Your details are saved.').waitFor();
    await page.getByTestId('user-menu').getByText('Nadia Berrada-Alaoui').waitFor();
    const token = await session.app.login(email, 'mot de passe initial');
    const { me } = await session.app.ok<{ me: { fullName: string; preferredLanguage: string } }>('{ me { fullName preferredLanguage } }', {}, { token });
    expect(me).toEqual({ fullName: 'Nadia Berrada-Alaoui', preferredLanguage: 'en' });

    await field(page, 'Current password').fill('not my password');
    await field(page, 'New password').fill('a brand new passphrase');
    await field(page, 'Confirm the password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Change the password' }).click();
    const current = field(page, 'Current password');
    await page.waitForFunction(() => (globalThis as any).document.activeElement?.getAttribute('aria-invalid') === 'true');
    expect(await current.getAttribute('aria-invalid')).toBe('true');
    await current.fill('mot de passe initial');
    await page.getByRole('button', { name: 'Change the password' }).click();
    await page.getByText('Password changed. Your other sessions were closed.').waitFor();
    await expect(session.app.login(email, 'a brand new passphrase')).resolves.toEqual(expect.any(String));

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByText('You have been signed out on every device.').waitFor();
    await page.goto(`${session.app.url}/account`);
    await page.waitForURL('**/sign-in?**');
  });

  it('says what is missing in the page’s language, then signs up an industrial of a listed organisation', async () => {
    await page.goto(`${session.app.url}/sign-up`);
    await page.getByTestId('language-switcher').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.getByRole('button', { name: 'Send my sign-up request' }).click();
    const fullName = page.getByLabel('Full name');
    await page.getByText('This field is required.').first().waitFor();
    expect(await fullName.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await fullName.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText()).toBe('This field is required.');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('aria-invalid'))).toBe('true');

    await fullName.fill('Khadija Tazi');
    await page.getByLabel('E-mail').fill('khadija.tazi@tifaout.ma');
    await field(page, 'Password').fill('short');
    await page.getByRole('radio', { name: 'Industrial' }).check();
    await page.getByRole('combobox', { name: exactly('Organisation') }).fill('tifaout');
    await page.getByRole('option', { name: /Tifaout Argane/ }).click();
    await page.getByRole('button', { name: 'Send my sign-up request' }).click();
    await page.getByText('At least 10 characters.').waitFor();
    await field(page, 'Password').fill('huile d’argan bio 2026');
    await page.getByRole('button', { name: 'Send my sign-up request' }).click();
    await page.waitForURL('**/sign-up/pending');
    await page.getByRole('heading', { level: 1, name: 'Sign-up request sent' }).waitFor();

    const token = await session.app.login(STAFF, DEMO_PASSWORD);
    const { users } = await session.app.ok<{ users: { edges: { node: { email: string; preferredLanguage: string; organisation: { name: string } } }[] } }>(
      '{ users(filter: { status: PENDING }, first: 100) { edges { node { email preferredLanguage organisation { name } } } } }',
      {},
      { token },
    );
    expect(users.edges.map((edge) => edge.node)).toContainEqual({
      email: 'khadija.tazi@tifaout.ma',
      preferredLanguage: 'en',
      organisation: { name: 'Coopérative Féminine Tifaout Argane' },
    });
  });
});
