/**
 * The design report in chromium against the real backend with the Fès demo: opened from the map's
 * "Design report" link, switched to Arabic, printed to PDF (A4, then A3) with the offline basemap (no
 * internet here), and checked page by page from the text pdftotext extracts; then a layer exported from
 * the map's export box as a GeoPackage.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserTestApi, type BrowserTestApi } from '../support/browser-api';
import { describeInChromium, SCREENSHOTS, signedInChromium } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = existsSync('/usr/bin/pdftotext') ? describeInChromium('design-report') : describe.skip;
if (!existsSync('/usr/bin/pdftotext')) console.warn('design-report browser test skipped: pdftotext is not installed (apt-get install -y poppler-utils).');

describeIfChromium('design report in chromium', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let api: BrowserTestApi;
  const dir = mkdtempSync(join(tmpdir(), 'design-report-'));
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The report is one analysis of the whole demo (about a second on a quiet machine); the time budget is raised
    // only because this process also runs chromium and the test on a shared 2-core machine.
    server = await startVigie({ seedDemo: true, config: { requestTimeoutMs: 30_000 } });
    const baseUrl = server.baseUrl.replace(/\/+$/, '');
    api = browserTestApi(baseUrl);
    const session = await api.signIn('engineer@vigie.demo', 'vigie-engineer-demo');
    ({ browser, context } = await signedInChromium(baseUrl, session, { baseURL: baseUrl, acceptDownloads: true }));
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A PDF page size ("594.96 x 841.92" pt: chromium rounds to its pixels) within 1 pt of the paper's. */
  function expectPaper(size: string, [width, height]: [number, number]): void {
    const [w, h] = size.split(' x ').map(Number);
    expect(Math.abs(w - width)).toBeLessThan(1);
    expect(Math.abs(h - height)).toBeLessThan(1);
  }

  /** Prints the page to PDF and returns its pages' text (pdftotext, one string per page) and its page size in points. */
  async function printed(page: Page, name: string): Promise<{ pages: string[]; size: string; fonts: string }> {
    await page.emulateMedia({ media: 'print' });
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const pages = text.split('\f').filter((pageText, index, all) => index < all.length - 1 || pageText.trim());
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(pages.length);
    return { pages, size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)![1], fonts };
  }

  it('opens from the map, prints in Arabic on A4 and A3 with every section, black spot and camera, offline', async () => {
    const { designReport, bandwidthReport } = await api.query<{ designReport: { blackSpots: { blackSpot: { code: string } }[]; cameras: { code: string }[]; bill: { totalBeforeTaxMad: number } }; bandwidthReport: { planned: { rawTerabytes: number } } }>(
      '{ designReport(scope: { kind: city }) { blackSpots { blackSpot { code } } cameras { code } bill { totalBeforeTaxMad } } bandwidthReport { planned { rawTerabytes } } }',
    );
    // The planned storage with RAID as the Arabic report prints it: Latin digits, decimal comma, one decimal.
    const report = { ...designReport, raw: new Intl.NumberFormat('ar-MA-u-nu-latn', { maximumFractionDigits: 1 }).format(bandwidthReport.planned.rawTerabytes) };
    const map = await context.newPage();
    map.on('pageerror', (error) => pageErrors.push(error.message));
    await map.goto('/?tiles=off#map=14/34.0617/-4.9836');
    await map.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    const [page] = await Promise.all([context.waitForEvent('page'), map.getByTestId('open-design-report').click()]);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.waitForSelector('[data-testid="design-report"][data-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('language-select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    // Every black spot's map drawn (its outline is an SVG path) before printing.
    await page.waitForFunction((count) => document.querySelectorAll('.report-map .leaflet-overlay-pane path').length >= count, report.blackSpots.length, { timeout: 30_000 });
    expect(await page.locator('.report-map img.leaflet-marker-icon').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'design-report-arabic.png') });

    const a4 = await printed(page, 'report-a4');
    expectPaper(a4.size, [595.28, 841.89]);
    // Arabic glyphs came from the named font, embedded, not a Type 3 fallback.
    expect(a4.fonts).toMatch(/NotoNaskhArabic/);
    expect(a4.fonts).not.toMatch(/Type 3/);
    const all = a4.pages.join('\n');
    // The cover: deployment and date; then each section by its Arabic heading (pdftotext may reorder words of a line, so words are checked).
    expect(a4.pages[0]).toContain('Fès');
    expect(a4.pages[0]).toMatch(/2026|20\d\d/);
    for (const word of ['التصميم', 'الكاميرات', 'الميزانية', 'الفرضيات', 'DORI']) expect(all).toContain(word);
    // Night coverage and bandwidth: their headings, the demo's cameras dark at night (lighting circuits) and the
    // storage as planned with RAID, as the API computes it (Latin digits in Arabic too).
    // pdftotext writes a tanween before its alef: words are checked without it.
    expect(['الليلية', 'نهار', 'مطفأة', 'مقطوعة', 'التخزين', 'المراقبة', 'H.265'].filter((word) => !all.includes(word))).toEqual([]);
    expect(all).toContain(report.raw);
    for (const { blackSpot } of report.blackSpots) expect(all).toContain(blackSpot.code);
    for (const camera of report.cameras) expect(all).toContain(camera.code);
    // Cover alone on the first page; the schedule, network, bill and assumptions each start a page.
    expect(a4.pages.length).toBeGreaterThanOrEqual(6 + Math.ceil(report.blackSpots.length / 2));

    await page.getByTestId('report-paper').selectOption('a3');
    const a3 = await printed(page, 'report-a3');
    expectPaper(a3.size, [841.89, 1190.55]);
    expect(a3.pages.length).toBeLessThan(a4.pages.length);
    expect(page.url()).toContain('paper=a3');
    await page.close();

    // Export from the map: coverage polygons of the city as a GeoPackage.
    await map.getByTestId('export-layer').selectOption('coverage');
    await map.getByTestId('export-format').selectOption('gpkg');
    const [download] = await Promise.all([map.waitForEvent('download'), map.getByTestId('export-download').click()]);
    expect(download.suggestedFilename()).toBe('vigie-coverage-city.gpkg');
    const saved = join(dir, 'coverage.gpkg');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
