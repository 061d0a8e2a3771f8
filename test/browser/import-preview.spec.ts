import { mkdtempSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { BrowserChecks, screenshot } from '../support/browser';
import { createMunicipality } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { createWebUser } from '../support/web';

jest.setTimeout(300_000);

/**
 * The import preview in Chromium (issue 19): its warning box (the document names another
 * municipality) at 1280 and 390 px, checked by axe, and the proposed commitments recomputed
 * against the answer date the griffie enters.
 */
describe('the import preview in headless Chromium', () => {
  let t: TestApp;
  let base = '';
  let clerk: { email: string; password: string };
  const checks = new BrowserChecks(() => base);
  const file = join(mkdtempSync(join(tmpdir(), 'import-preview-')), 'vragen-utrecht.txt');

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.current = '2025-01-10';
    const municipality = await createMunicipality(t, { name: 'Amersfoort', slug: 'amersfoort' });
    clerk = await createWebUser(t, {
      email: 'griffie@amersfoort.test',
      role: 'clerk',
      municipalityId: municipality.id,
    });
    writeFileSync(
      file,
      [
        'Gemeente Utrecht',
        'Onderwerp: Verlichting fietspad',
        'Datum: 6 januari 2025',
        '',
        'Vraag 1: Wanneer wordt de verlichting hersteld?',
        'Antwoord 1: Wij herstellen de verlichting binnen twee maanden en informeren u daarna.',
        '',
        'Vraag 2: Wordt de gemeente Utrecht hierover geïnformeerd?',
        'Antwoord 2: Ja.',
      ].join('\n'),
    );
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await checks.launch();
  });

  afterAll(async () => {
    await checks.close();
    await t?.close();
  });

  const openPreview = async (width: number): Promise<Page> => {
    const page = await checks.login(clerk.email, clerk.password, width);
    await page.goto(`${base}/beheer/import`);
    await page.getByLabel('Bestand (hoogstens 20 MB)').setInputFiles(file);
    await Promise.all([
      page.waitForURL(/\/beheer\/import\/voorbeeld/),
      page.getByRole('button', { name: 'Voorvertoning maken' }).click(),
    ]);
    return page;
  };

  it.each([1280, 390])('shows the warning box at %i px, without serious or critical axe findings', async (width) => {
    const page = await openPreview(width);
    const box = page.getByRole('region', { name: 'Waarschuwingen' });
    expect(await box.isVisible()).toBe(true);
    expect(await box.textContent()).toContain(
      'Het document noemt gemeente Utrecht, maar u importeert in Amersfoort; controleer de gemeente.',
    );
    const boxWidth = await box.evaluate(
      (el) => (el as unknown as { getBoundingClientRect(): { right: number } }).getBoundingClientRect().right,
    );
    expect(boxWidth).toBeLessThanOrEqual(width);
    await checks.accessibility(page, `import-voorvertoning-waarschuwing-${width}`);
    if (width === 390) await checks.noHorizontalScroll(page, 'import-voorvertoning-waarschuwing-390');
    await screenshot(page, `import-voorvertoning-waarschuwing-${width}.png`);
    await page.context().close();
    expect(checks.violations).toEqual([]);
    expect(checks.wideScrolls).toEqual([]);
  });

  it('recomputes the proposed commitments against the answer date the griffie enters', async () => {
    const page = await openPreview(1280);
    const deadline = () => page.locator('.commitment-proposals li').first().getAttribute('data-deadline');
    expect(await deadline()).toBe('2025-03-06');
    await page.getByLabel('Datum van beantwoording').fill('2025-02-01');
    await Promise.all([
      page.waitForURL(/\/beheer\/import\/bevestigen/),
      page.getByRole('button', { name: 'Toezeggingen opnieuw berekenen' }).click(),
    ]);
    expect(await page.getByRole('status').textContent()).toContain('Opnieuw berekend vanaf 1 februari 2025');
    expect(await deadline()).toBe('2025-04-01');
    // The edit stays in the form, and the set is stored only on confirmation.
    expect(await page.getByLabel('Datum van beantwoording').inputValue()).toBe('2025-02-01');
    expect(await page.getByRole('region', { name: 'Waarschuwingen' }).isVisible()).toBe(true);
    await checks.accessibility(page, 'import-voorvertoning-herberekend');
    expect(checks.violations).toEqual([]);
    await page.context().close();
  });
});
