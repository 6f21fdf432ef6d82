/**
 * The import wizard (issue 13) in chromium against the real backend with the Fès demo, on a phone: a
 * lighting operator's zipped Shapefile of street lights is uploaded through the Import tab; its object
 * ids repeat (the report refuses a row as DUPLICATE and the import is blocked), so the engineer picks
 * the pole number as the id and maps the height column by hand; the report then has only a warning
 * (a height out of range), the preview is drawn on the map, the import writes the poles (counted
 * through the API and drawn on the map), and the undo takes them all back; after a reload the import
 * is found again on the server, and a second undo is refused in words.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserTestApi, type BrowserTestApi } from '../support/browser-api';
import { describeInChromium, SCREENSHOTS, signedInChromium } from '../support/chromium';
import { startVigie } from '../support/vigie-server';
import { zippedShapefile } from '../exchange/import-support';

const describeIfChromium = describeInChromium('import-wizard');

/** Four street lights along an avenue of the Fès demo; the operator's object ids repeat (2 twice). */
const LIGHTS = [
  { objectid: 1, numero: 'LP-WIZ-1', h_mat: 9, type: 'lampadaire', at: [-4.9905, 34.0405] },
  { objectid: 2, numero: 'LP-WIZ-2', h_mat: 11, type: 'lampadaire', at: [-4.9900, 34.0408] },
  { objectid: 2, numero: 'LP-WIZ-3', h_mat: 250, type: 'lampadaire', at: [-4.9895, 34.0411] },
  { objectid: 3, numero: 'LP-WIZ-4', h_mat: 10, type: 'poteau', at: [-4.9890, 34.0414] },
];

describeIfChromium('import wizard in chromium', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let api: BrowserTestApi;
  let dir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-wizard-'));
    server = await startVigie({ seedDemo: true });
    const baseUrl = server.baseUrl.replace(/\/+$/, '');
    api = browserTestApi(baseUrl);
    const session = await api.signIn('engineer@vigie.demo', 'vigie-engineer-demo');
    ({ browser, context } = await signedInChromium(baseUrl, session, { baseURL: baseUrl, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const wizardPoles = async () =>
    (await api.query<{ poles: { totalCount: number; nodes: Array<{ code: string; kind: string; heightMeters: number }> } }>(
      '{ poles(first: 100, filter: { search: "LP-WIZ-" }) { totalCount nodes { code kind heightMeters } } }')).poles;
  const drawn = (page: Page, layerId: string) => page.evaluate((id) => {
    let count = 0;
    (globalThis as unknown as { __vigieMap?: { eachLayer(callback: (layer: { feature?: { properties?: { layer?: string } } }) => void): void } }).__vigieMap?.eachLayer((layer) => {
      if (layer.feature?.properties?.layer === id) count++;
    });
    return count;
  }, layerId);
  const waitDrawn = (page: Page, layerId: string, expected: number) => page.waitForFunction(([id, want]) => {
    let count = 0;
    (globalThis as unknown as { __vigieMap?: { eachLayer(callback: (layer: { feature?: { properties?: { layer?: string } } }) => void): void } }).__vigieMap?.eachLayer((layer) => {
      if (layer.feature?.properties?.layer === id) count++;
    });
    return count === want;
  }, [layerId, expected] as const, { timeout: 30_000 });

  it('uploads a zipped Shapefile, fixes the mapping by hand, previews it, imports it and undoes it', async () => {
    const zip = await zippedShapefile(dir, 'eclairage', LIGHTS.map(({ at, ...properties }) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } })));
    const { totalCount: polesBefore } = (await api.query<{ poles: { totalCount: number } }>('{ poles(first: 1) { totalCount } }')).poles;
    expect((await wizardPoles()).totalCount).toBe(0);

    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/?tiles=off#map=14/34.060/-4.980&layers=zones,poles');
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    const polesDrawn = await drawn(page, 'poles');
    expect(polesDrawn).toBe(polesBefore);
    await page.getByTestId('tab-import').click();

    // A file whose name and content disagree is refused at once, in words, and nothing is staged.
    await page.getByTestId('import-file').setInputFiles({ name: 'eclairage.zip', mimeType: 'application/zip', buffer: Buffer.from('numero;h_mat\nLP-1;9\n') });
    await page.getByTestId('import-upload').click();
    await page.waitForSelector('[data-testid="import-error"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="import-error"]')).toMatch(/^The file was refused: "eclairage.zip" is named .zip but its content is/);
    expect(await page.getByTestId('import-form').count()).toBe(1);

    // Upload: the file from the phone's picker, what it holds, the source's name.
    await page.getByTestId('import-file').setInputFiles({ name: 'eclairage.zip', mimeType: 'application/zip', buffer: zip });
    await page.getByTestId('import-target').selectOption('pole');
    await page.getByTestId('import-source').fill('radeef-eclairage');
    await page.getByTestId('import-upload').click();

    // The report: object id 2 twice, so the third row is refused as a duplicate and the import is blocked.
    await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    const report = page.getByTestId('import-report');
    expect(await report.getAttribute('data-rows')).toBe('4');
    expect(await report.getAttribute('data-errors')).toBe('1');
    const refused = page.locator('[data-testid="import-problem"][data-severity="error"]');
    expect(await refused.getAttribute('data-code')).toBe('DUPLICATE');
    expect(await refused.getAttribute('data-row')).toBe('3');
    expect(await page.getByTestId('import-code-DUPLICATE').getAttribute('data-count')).toBe('1');
    expect(await page.textContent('[data-testid="import-blocked"]')).toMatch(/1 rows have errors and block the import/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    // The suggestion: the id from objectid, the kind from "type"; h_mat is no height name it knows.
    expect(await page.getByTestId('import-id-select').inputValue()).toBe('objectid');
    expect(await page.getByTestId('import-map-kind').inputValue()).toBe('source:type');
    expect(await page.getByTestId('import-map-heightMeters').inputValue()).toBe('');
    // The preview on the map: every row (the refused one in red), fitted into view.
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="import-preview-note"]')?.getAttribute('data-features')) === 4);
    await waitDrawn(page, 'import-preview', 4);
    // In view above the panel, which is a sheet over the bottom of the map on a phone.
    const inView = await page.evaluate((points) => {
      const map = (globalThis as unknown as { __vigieMap: { getContainer(): HTMLElement; latLngToContainerPoint(latLng: [number, number]): { x: number; y: number } } }).__vigieMap;
      const box = map.getContainer().getBoundingClientRect();
      const sheetTop = document.getElementById('side-panel')!.getBoundingClientRect().top - box.top;
      const bottom = sheetTop > 0 ? Math.min(box.height, sheetTop) : box.height;
      return points.every(([lon, lat]) => {
        const point = map.latLngToContainerPoint([lat, lon]);
        return point.x >= 0 && point.x <= box.width && point.y >= 0 && point.y <= bottom;
      });
    }, LIGHTS.map((light) => light.at));
    expect(inView).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-wizard-report-phone.png'), fullPage: true });

    // Fixed by hand: the pole number is the id and the code, h_mat is the height; checked again.
    await page.getByTestId('import-id-select').selectOption('numero');
    await page.getByTestId('import-map-code').selectOption('source:numero');
    await page.getByTestId('import-map-heightMeters').selectOption('source:h_mat');
    await page.getByTestId('import-remap').click();
    await page.waitForSelector('[data-testid="import-report"][data-errors="0"]', { timeout: 60_000 });
    expect(await report.getAttribute('data-warnings')).toBe('1');
    const warned = page.locator('[data-testid="import-problem"]');
    expect(await warned.count()).toBe(1);
    expect(await warned.getAttribute('data-code')).toBe('BAD_VALUE');
    expect(await warned.getAttribute('data-row')).toBe('3');
    expect(await warned.textContent()).toMatch(/heightMeters: 250 is out of range/);
    expect(await page.getByTestId('import-map-heightMeters').inputValue()).toBe('source:h_mat');
    expect(await page.getByTestId('import-blocked').count()).toBe(0);

    // Import: a progress bar while it writes (a small file may be done before the first poll), then the result.
    await page.getByTestId('import-commit').click();
    await page.waitForSelector('[data-testid="import-committing"], [data-testid="import-result"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="import-result"]', { timeout: 120_000 });
    const result = page.getByTestId('import-result');
    expect([await result.getAttribute('data-inserted'), await result.getAttribute('data-updated'), await result.getAttribute('data-unchanged')]).toEqual(['4', '0', '0']);
    const imported = await wizardPoles();
    expect(imported.nodes.map((pole) => [pole.code, pole.kind, pole.heightMeters]).sort()).toEqual([
      ['LP-WIZ-1', 'street_light', 9], ['LP-WIZ-2', 'street_light', 11], ['LP-WIZ-3', 'street_light', 8], ['LP-WIZ-4', 'utility_pole', 10],
    ]);
    // The map's poles layer reads again: the four are drawn; the draft is gone.
    await waitDrawn(page, 'poles', polesBefore + 4);
    expect(await drawn(page, 'import-preview')).toBe(0);

    // Arabic, right to left, on the phone.
    await page.getByTestId('language-select').selectOption('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('#import-heading')).toBe('استيراد البيانات');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-wizard-result-arabic-phone.png'), fullPage: true });
    await page.getByTestId('language-select').selectOption('en');

    // Undo: the import goes as a whole, and the map follows.
    await page.getByTestId('import-undo').click();
    await page.waitForSelector('[data-testid="import-undone"]', { timeout: 60_000 });
    expect((await wizardPoles()).totalCount).toBe(0);
    expect((await api.query<{ poles: { totalCount: number } }>('{ poles(first: 1) { totalCount } }')).poles.totalCount).toBe(polesBefore);
    await waitDrawn(page, 'poles', polesBefore);

    // The page reloaded finds the import on the server again; undoing it twice is refused in words.
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('tab-import').click();
    await page.waitForSelector('[data-testid="import-recent"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="import-recent"]')).toMatch(/eclairage\.zip.*imported/);
    await page.getByTestId('import-open').first().click();
    await page.waitForSelector('[data-testid="import-result"][data-inserted="4"]', { timeout: 30_000 });
    await page.getByTestId('import-undo').click();
    await page.waitForSelector('[data-testid="import-undo-error"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="import-undo-error"]')).toMatch(/^Cannot undo: .*already undone/);
    expect((await api.query<{ poles: { totalCount: number } }>('{ poles(first: 1) { totalCount } }')).poles.totalCount).toBe(polesBefore);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 300_000);
});
