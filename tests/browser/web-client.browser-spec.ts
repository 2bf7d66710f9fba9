import { Browser, chromium, Page } from 'playwright-core';
import { TestApp } from '../support/test-app';

// Runs with `npm run test:browser` (needs Debian's chromium; .ci/run installs it).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('web client in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await TestApp.start({ SEED_DEMO_DATA: 'true' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(() => page.close());

  async function signIn(email: string, password = 'passerelle-demo') {
    await page.goto(`${app.url}/`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }

  it('lets the demo staff sign in with the keyboard and page through every need', async () => {
    await page.goto(`${app.url}/`);
    await page.getByLabel('E-mail').fill('staff@passerelle.demo');
    await page.keyboard.press('Tab');
    await page.keyboard.type('passerelle-demo');
    await page.keyboard.press('Enter');
    await page.getByTestId('need-card').first().waitFor();
    expect(await page.getByTestId('need-card').count()).toBe(20);
    await page.getByRole('button', { name: /plus|more/i }).click();
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[data-testid="need-card"]').length === 25);
  });

  it('hides the organisation of anonymous needs from a researcher', async () => {
    await signIn('researcher@passerelle.demo');
    await page.getByTestId('need-card').first().waitFor();
    const cards = await page.getByTestId('need-card').allInnerTexts();
    expect(cards.some((text) => text.includes('Organisation anonyme'))).toBe(true);
  });

  it('shows the API’s error for a wrong password', async () => {
    await signIn('staff@passerelle.demo', 'wrong password');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('E-mail ou mot de passe incorrect');
  });

  it('switches to Arabic, right to left, and keeps the choice', async () => {
    await signIn('industrial@passerelle.demo');
    await page.getByTestId('need-card').first().waitFor();
    const saved = page.waitForResponse((response) => response.url().endsWith('/graphql') && !!response.request().postData()?.includes('SaveLanguage'));
    await page.getByTestId('language-switcher').selectOption('ar');
    await saved;
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await page.getByRole('heading', { name: 'احتياجات الابتكار' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'احتياجات الابتكار' }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // The account follows, so the API's messages and e-mails come in Arabic too.
    const token = await app.login('industrial@passerelle.demo', 'passerelle-demo');
    expect((await app.ok('{ me { preferredLanguage } }', {}, { token })).me.preferredLanguage).toBe('ar');
    const refused = await app.gql('{ pipeline { totalCount } }', {}, { token });
    expect(refused.errors![0].message).toBe('هذا الإجراء مخصص للأدوار: STAFF, ADMIN');
  });
});
