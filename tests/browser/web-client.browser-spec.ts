import type { Page } from 'playwright-core';
import { useBrowserSession } from './browser-session';

describe('web client in Chromium', () => {
  const session = useBrowserSession();
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });
  const signIn = (email: string, password?: string) => session.signIn(email, password);

  it('lets the demo staff sign in with the keyboard and page through every need', async () => {
    await page.goto(`${session.app.url}/`);
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
    const token = await session.app.login('industrial@passerelle.demo', 'passerelle-demo');
    expect((await session.app.ok('{ me { preferredLanguage } }', {}, { token })).me.preferredLanguage).toBe('ar');
    const refused = await session.app.gql('{ pipeline { totalCount } }', {}, { token });
    expect(refused.errors![0].message).toBe('هذا الإجراء مخصص للأدوار: STAFF, ADMIN');
  });

  it('opens a link from an Arabic e-mail in Arabic, right to left', async () => {
    await page.goto(`${session.app.url}/reset-password?token=${'x'.repeat(43)}&lang=ar`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
  });

  it('after sign-in goes back where the person was going, never to another site', async () => {
    await page.goto(`${session.app.url}/sign-in?redirect=${encodeURIComponent('//elsewhere.invalid/needs')}`);
    await page.getByLabel('E-mail').fill('staff@passerelle.demo');
    await page.getByLabel('Mot de passe').fill('passerelle-demo');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname === '/needs');
    expect(new URL(page.url()).origin).toBe(new URL(session.app.url).origin);

    await page.goto(`${session.app.url}/kpis`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kpis');
  });
});
