import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

/**
 * One headless Chromium per test file, with the checks every new page gets: axe-core (serious
 * and critical violations collected), no horizontal scrolling at phone width, screenshots at
 * 1280 and 390 px under test/screenshots/ (git-ignored; only with TEST_SCREENSHOTS=1).
 */

export const SCREENSHOTS = join(__dirname, '..', 'screenshots');
/**
 * Screenshots are for people to look at, not checks: taken only with `TEST_SCREENSHOTS=1`
 * (README, "Tests"), since full-page PNGs cost about a fifth of the browser tests' time.
 */
export const TAKE_SCREENSHOTS = process.env.TEST_SCREENSHOTS === '1';

/** A full-page screenshot under test/screenshots/ when TAKE_SCREENSHOTS. */
export async function screenshot(page: Page, file: string): Promise<void> {
  if (TAKE_SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
}
const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');

export interface Finding {
  page: string;
  detail: string;
}

export class BrowserChecks {
  readonly violations: Finding[] = [];
  readonly wideScrolls: Finding[] = [];
  browser!: Browser;

  constructor(private readonly base: () => string) {}

  async launch(): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    this.browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  }

  async close(): Promise<void> {
    await this.browser?.close();
  }

  async newPage(width = 1280): Promise<Page> {
    const context = await this.browser.newContext({
      viewport: { width, height: width > 500 ? 900 : 844 },
      locale: 'nl-NL',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  /** A logged-in page at the given width. */
  async login(email: string, password: string, width = 1280): Promise<Page> {
    const page = await this.newPage(width);
    await page.goto(`${this.base()}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await Promise.all([
      page.waitForURL((url) => !url.pathname.startsWith('/inloggen')),
      page.getByRole('button', { name: 'Inloggen' }).click(),
    ]);
    return page;
  }

  /** axe-core on the current page (evaluated over the DevTools protocol: the CSP forbids inline scripts). */
  async accessibility(page: Page, name: string): Promise<void> {
    await page.evaluate(AXE_SOURCE);
    const found = (await page.evaluate(`(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).join(', ') }));
    })()`)) as { id: string; impact: string | null; targets: string }[];
    for (const v of found) {
      if (v.impact === 'serious' || v.impact === 'critical')
        this.violations.push({ page: name, detail: `${v.id} (${v.impact}): ${v.targets}` });
    }
  }

  /** Records the page when the document is wider than the viewport (horizontal scrolling). */
  async noHorizontalScroll(page: Page, name: string): Promise<void> {
    const [scrollWidth, clientWidth] = (await page.evaluate(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    )) as [number, number];
    if (scrollWidth > clientWidth) this.wideScrolls.push({ page: name, detail: `${scrollWidth} > ${clientWidth}` });
  }

  /**
   * Visits a path at 1280 and 390 px with the cookies of `session` (or none): screenshots both,
   * runs axe on both and measures horizontal scrolling at 390. `phoneOnly` (pages this work did
   * not add): only the 390 px scroll measurement.
   */
  async visit(path: string, name: string, session?: Page, phoneOnly = false): Promise<void> {
    const cookies = session ? await session.context().cookies() : [];
    for (const width of phoneOnly ? [390] : [1280, 390]) {
      const page = await this.newPage(width);
      if (cookies.length > 0) await page.context().addCookies(cookies);
      const response = await page.goto(`${this.base()}${path}`);
      if (!response || response.status() >= 400) {
        this.violations.push({ page: name, detail: `HTTP ${response?.status()} for ${path}` });
      }
      if (width === 390) await this.noHorizontalScroll(page, name);
      if (!phoneOnly) {
        await this.accessibility(page, `${name}-${width}`);
        await screenshot(page, `${name}-${width}.png`);
      }
      await page.context().close();
    }
  }
}
