import { Browser, chromium, Page } from 'playwright-core';
import { TestApp } from '../support/test-app';

// Browser tests run with `npm run test:browser` (needs Debian's chromium; .ci/run installs it).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The demo accounts' password (apps/api/src/seed). */
export const DEMO_PASSWORD = 'passerelle-demo';

export interface BrowserSession {
  /** The application with the demo data, started once for the describe block. */
  readonly app: TestApp;
  /** This test's page: a fresh browser context (no session), closed after the test. */
  readonly page: Page;
  /** Opens another fresh page, which becomes `page`; every page of the test is closed after it. */
  newPage(): Promise<Page>;
  /** Fills the sign-in form on a fresh load of the app and submits it. */
  signIn(email: string, password?: string): Promise<void>;
}

export interface BrowserSessionOptions {
  /**
   * More environment for the app, read when it starts (after the suite's earlier beforeAll hooks,
   * e.g. one starting an SmtpSink for SMTP_URL).
   */
  env?: () => Record<string, string>;
}

/**
 * Registers the hooks of a Chromium test suite on the demo data, inside the calling `describe`:
 * one TestApp and one browser for the block, one page per test, whose uncaught script errors
 * fail that test.
 */
export function useBrowserSession(options: BrowserSessionOptions = {}): BrowserSession {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let pages: Page[] = [];
  let pageErrors: Error[] = [];

  async function newPage(): Promise<Page> {
    if (!browser) throw new Error('The browser is not started (use the session inside a test)');
    // A page in a context of its own (no shared storage); axe-core needs the context to be explicit.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const opened = await context.newPage();
    opened.on('close', () => void context.close());
    opened.on('pageerror', (error) => pageErrors.push(error));
    pages.push(opened);
    page = opened;
    return opened;
  }

  beforeAll(async () => {
    app = await TestApp.start({ SEED_DEMO_DATA: 'true', ...options.env?.() });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    pageErrors = [];
    pages = [];
    await newPage();
  });
  afterEach(async () => {
    for (const opened of pages) if (!opened.isClosed()) await opened.close();
    expect(pageErrors).toEqual([]);
  });

  return {
    get app() {
      if (!app) throw new Error('The app is not started (use the session inside a test)');
      return app;
    },
    get page() {
      if (!page) throw new Error('No page yet (use the session inside a test)');
      return page;
    },
    newPage,
    async signIn(email: string, password = DEMO_PASSWORD) {
      const current = this.page;
      await current.goto(`${this.app.url}/`);
      await current.getByLabel('E-mail').fill(email);
      await current.getByLabel('Mot de passe').fill(password);
      await current.getByRole('button', { name: 'Se connecter' }).click();
    },
  };
}
