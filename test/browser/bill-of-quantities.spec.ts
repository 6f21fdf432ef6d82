/**
 * The Cost tab in chromium against the real backend with the Fes demo: the bill's total and its share
 * of the tender budget as the API computes them, the existing assets listed apart, the zones opened from
 * the keyboard, Arabic right to left; and the existing flag of a street light saved from its details.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserTestApi, type BrowserTestApi } from '../support/browser-api';
import { describeInChromium, SCREENSHOTS, signedInChromium } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = describeInChromium('bill-of-quantities');

interface ApiBill {
  billOfQuantities: {
    overall: { totalBeforeTaxMad: number; existing: Array<{ category: string; item: string; unit: string; quantity: number }> };
    budgetBeforeTaxMad: number;
    usedFraction: number;
    zones: Array<{ zoneCode: string | null }>;
  };
}
const BILL_QUERY = '{ billOfQuantities { overall { totalBeforeTaxMad existing { category item unit quantity } } budgetBeforeTaxMad usedFraction zones { zoneCode } } }';

const mad = (locale: string, amount: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'MAD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
/** Compares figures as text, whatever the spaces and direction marks Intl puts around them. */
const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f\u200e\u200f\u061c]/g, '');

describeIfChromium('Cost tab in chromium', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let api: BrowserTestApi;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startVigie({ seedDemo: true });
    const baseUrl = server.baseUrl.replace(/\/+$/, '');
    api = browserTestApi(baseUrl);
    // The demo engineer: may change the existing flag.
    const session = await api.signIn('engineer@vigie.demo', 'vigie-engineer-demo');
    ({ browser, context } = await signedInChromium(baseUrl, session, { baseURL: baseUrl }));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openMap(hash: string): Promise<Page> {
    pageErrors.length = 0;
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`/?tiles=off#${hash}`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    return page;
  }

  async function openBill(page: Page): Promise<void> {
    await page.getByTestId('tab-bill').click();
    await page.waitForSelector('[data-testid="bill-panel"][data-state="loaded"]', { timeout: 30_000 });
  }

  it('shows the total and the share of the tender budget the API computes, the existing assets apart, in English and Arabic', async () => {
    const { billOfQuantities: bill } = await api.query<ApiBill>(BILL_QUERY);
    // The Fes demo's new works: 12.87 M MAD, 128.9% of the 9,983,280 MAD tender.
    expect(bill.overall.totalBeforeTaxMad).toBeCloseTo(12_869_907.4, -1);
    expect(bill.budgetBeforeTaxMad).toBe(9_983_280);

    const page = await openMap('map=14/34.0617/-4.9836');
    await openBill(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'bill-english.png') });
    expect(plain(await page.textContent('[data-testid="bill-total"]'))).toBe(plain(mad('en-GB', bill.overall.totalBeforeTaxMad)));
    expect(Number(await page.getAttribute('[data-testid="bill-total"]', 'data-total-mad'))).toBe(bill.overall.totalBeforeTaxMad);
    const share = `${(100 * bill.usedFraction).toFixed(1)}%`;
    expect(share).toBe('128.9%');
    expect(await page.textContent('[data-testid="bill-budget-share"]')).toBe(`${share} of the budget used`);
    expect(await page.getAttribute('[data-testid="bill-budget-share"]', 'data-over')).toBe('true');
    expect(plain(await page.textContent('[data-testid="bill-budget-status"]'))).toContain(plain(`Over budget by ${mad('en-GB', bill.overall.totalBeforeTaxMad - bill.budgetBeforeTaxMad)}`));
    expect(await page.inputValue('[data-testid="bill-budget-input"]')).toBe('9,983,280.00');

    // The existing assets, apart and not priced: one row per type the API lists (143 street lights in the demo).
    const existingRows = page.locator('[data-testid="bill-existing"] [data-testid="bill-existing-line"]');
    expect(await existingRows.count()).toBe(bill.overall.existing.length);
    expect(await existingRows.filter({ hasText: 'Street light' }).locator('td').last().textContent()).toBe('143');
    expect(await page.locator('[data-testid="bill-existing"]').textContent()).not.toContain('MAD');

    // Zones: one collapsible group each, opened from the keyboard.
    const zones = page.getByTestId('bill-zone');
    expect(await zones.count()).toBe(bill.zones.length);
    await zones.first().locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="bill-zone"]')?.hasAttribute('open'));
    expect(await zones.first().getByTestId('bill-line').count()).toBeGreaterThan(0);
    // The panel widens for the six columns, and the map beside it still fills its area.
    const panel = (await page.locator('aside.side-panel').boundingBox())!;
    const map = (await page.getByTestId('map').boundingBox())!;
    expect(panel.width).toBeGreaterThan(500);
    expect(map.x).toBeGreaterThanOrEqual(panel.x + panel.width - 1);
    await page.locator('[data-testid="bill-zone"][open]').first().screenshot({ path: join(SCREENSHOTS, 'bill-zone-english.png') });

    // Arabic: right to left, amounts in Latin digits with the Moroccan separators and the dirham sign.
    await page.getByTestId('language-select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.textContent('[data-testid="tab-bill"]')).toBe('التكلفة');
    expect(await page.textContent('#bill-existing-heading')).toBe('موجود، غير مُسعَّر');
    const total = plain(await page.textContent('[data-testid="bill-total"]'));
    expect(total).toBe(plain(mad('ar-MA-u-nu-latn', bill.overall.totalBeforeTaxMad)));
    expect(total).toContain('12.869.907,40');
    expect(await page.textContent('[data-testid="bill-budget-share"]')).toContain('128,9');
    const rtlPanel = (await page.locator('aside.side-panel').boundingBox())!;
    const rtlMap = (await page.getByTestId('map').boundingBox())!;
    expect(rtlPanel.x).toBeGreaterThan(rtlMap.x);
    expect(await page.$eval('[data-testid="bill-panel"]', (element) => getComputedStyle(element).direction)).toBe('rtl');
    await page.locator('aside.side-panel').evaluate((panel) => panel.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'bill-arabic-rtl.png') });
    await page.locator('[data-testid="bill-zone"][open]').first().screenshot({ path: join(SCREENSHOTS, 'bill-zone-arabic.png') });
    await page.getByTestId('language-select').selectOption('en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('exports the bill as a CSV a French spreadsheet opens as columns: every priced line, the existing assets, the totals', async () => {
    const { billOfQuantities: bill } = await api.query<ApiBill>(BILL_QUERY);
    const page = await openMap('map=14/34.0617/-4.9836');
    await page.getByTestId('language-select').selectOption('fr');
    await openBill(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bill-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^vigie-bill-planned-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    // No field of the demo holds a semicolon or a quote, so a plain split reads it.
    const rows = text.slice(1).trim().split('\r\n').map((row) => row.split(';'));
    expect(rows[0]).toEqual(['Zone', 'Partie', 'Catégorie', 'Article', 'Unité', 'Quantité', 'Prix unitaire (MAD)', 'Montant (MAD)']);
    expect(rows.every((row) => row.length === 8)).toBe(true);
    const amount = (field: string) => Number(field.replace(',', '.'));
    const priced = rows.filter((row) => row[1] === 'Fourniture' || row[1] === 'Pose');
    const sumOfLines = priced.reduce((sum, row) => sum + amount(row[7]), 0);
    expect(sumOfLines).toBeCloseTo(bill.overall.totalBeforeTaxMad, 0);
    const total = rows.find((row) => row[2] === 'Total HT');
    expect(total && amount(total[7])).toBeCloseTo(bill.overall.totalBeforeTaxMad, 2);
    // Every zone's existing assets, with their quantities and no price.
    const existing = rows.filter((row) => row[1] === 'Existant, non chiffré');
    expect(existing.length).toBeGreaterThan(0);
    expect(existing.every((row) => row[6] === '' && row[7] === '')).toBe(true);
    const existingPoles = existing.filter((row) => row[2] === 'Poteau').reduce((sum, row) => sum + amount(row[5]), 0);
    expect(existingPoles).toBe(bill.overall.existing.filter((line) => line.category === 'pole').reduce((sum, line) => sum + line.quantity, 0));
    expect(pageErrors).toEqual([]);
    await page.getByTestId('language-select').selectOption('en');
    await page.close();
  });

  it('fits a phone: the bill in the bottom sheet, its tables scroll sideways rather than overflow', async () => {
    const phone = await browser!.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-GB', baseURL: server!.baseUrl });
    await phone.route((url) => url.origin !== new URL(server!.baseUrl).origin, (route) => route.abort('internetdisconnected'));
    const page = await phone.newPage();
    await page.goto('/?tiles=off#tab=bill');
    await page.waitForSelector('[data-testid="bill-panel"][data-state="loaded"]', { timeout: 60_000 });
    expect(await page.getByTestId('bill-total').isVisible()).toBe(true);
    const panel = (await page.locator('aside.side-panel').boundingBox())!;
    expect(panel.width).toBeLessThanOrEqual(390);
    const overflow = await page.$$eval('.bill-table', (tables) => tables.filter((table) => table.closest('.table-scroll') === null).length);
    expect(overflow).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'bill-phone.png') });
    await phone.close();
  });

  it("marks an existing street light as new works from its details, and the bill prices it", async () => {
    const { poles } = await api.query<{ poles: { nodes: Array<{ id: string; code: string; kind: string; existing: boolean; version: number; location: { coordinates: [number, number] } }> } }>(
      '{ poles(first: 1000) { nodes { id code kind existing version location } } }');
    // One that carries no new camera: existing, it costs nothing (with a new camera it would pay the mount, as much as a new bracket).
    const { cameras } = await api.query<{ cameras: { nodes: Array<{ poleId: string | null }> } }>('{ cameras(first: 1000) { nodes { poleId } } }');
    const carrying = new Set(cameras.nodes.map((camera) => camera.poleId));
    const pole = poles.nodes.find((candidate) => candidate.existing && candidate.kind === 'street_light' && !carrying.has(candidate.id))!;
    expect(pole).toBeDefined();
    const totalBefore = (await api.query<ApiBill>(BILL_QUERY)).billOfQuantities.overall.totalBeforeTaxMad;
    const [lon, lat] = pole.location.coordinates;
    const page = await openMap(`map=18/${lat}/${lon}&sel=pole:${pole.id}`);
    const checkbox = page.getByRole('checkbox', { name: 'Existing (already in place, not priced)' });
    await page.waitForSelector('[data-testid="existing-flag"][data-state="true"]', { timeout: 20_000 });
    expect(await checkbox.isChecked()).toBe(true);
    await checkbox.press('Space');
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('marked as new works'));
    const saved = (await api.query<{ pole: { existing: boolean; version: number } }>(`{ pole(id: "${pole.id}") { existing version } }`)).pole;
    expect(saved).toEqual({ existing: false, version: pole.version + 1 });
    await page.screenshot({ path: join(SCREENSHOTS, 'bill-existing-flag.png') });

    // The Cost tab now prices that street light (a new one: its supply and installation).
    await openBill(page);
    const totalAfter = Number(await page.getAttribute('[data-testid="bill-total"]', 'data-total-mad'));
    expect(totalAfter).toBeGreaterThan(totalBefore);

    // Back as it was, from the same checkbox (its details stay on the Layers tab).
    await page.getByTestId('tab-layers').click();
    await checkbox.press('Space');
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('marked as existing'));
    expect((await api.query<{ pole: { existing: boolean } }>(`{ pole(id: "${pole.id}") { existing } }`)).pole.existing).toBe(true);
    expect((await api.query<ApiBill>(BILL_QUERY)).billOfQuantities.overall.totalBeforeTaxMad).toBe(totalBefore);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
