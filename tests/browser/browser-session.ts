import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
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

  let contexts: BrowserContext[] = [];

  /**
   * The suite's browser, launched again if it went away between tests (seen, rarely, right after a
   * suite's launch on CI): a test then starts in a working browser instead of failing on setup.
   */
  async function liveBrowser(): Promise<Browser> {
    if (browser?.isConnected()) return browser;
    if (browser) process.stderr.write('Chromium disconnected between tests: launching it again\n');
    // Signals are Jest's to handle: Playwright's own handlers would close the browser under a running suite.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    return browser;
  }

  async function newPage(): Promise<Page> {
    // A page in a context of its own (no shared storage); axe-core needs the context to be explicit.
    const context = await (await liveBrowser()).newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    const opened = await context.newPage();
    opened.on('pageerror', (error) => pageErrors.push(error));
    pages.push(opened);
    page = opened;
    return opened;
  }

  beforeAll(async () => {
    // The search indexer polls as in production, so what a page writes is soon found by another page.
    app = await TestApp.start({ SEED_DEMO_DATA: 'true', INDEXER_INTERVAL_MS: '200', ...options.env?.() });
    await liveBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    pageErrors = [];
    pages = [];
    contexts = [];
    await newPage();
  });
  afterEach(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
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
