/**
 * "My work" on a phone (390 x 844) against the real backend with the Fès demo: the demo contractor (Atlas)
 * signs in, opens the Work tab in French, sees its railway-station cameras by due date, moves one to
 * installed with a comment (the API records the step); the same tab reads right to left in Arabic; the
 * engineer's Work tab shows the packages with their progress bars and the programme chart.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserTestApi, type BrowserTestApi } from '../support/browser-api';
import { describeInChromium, SCREENSHOTS, signedInChromium } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = describeInChromium('my-work');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describeIfChromium('the Work tab on a phone', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  const browsers: Browser[] = [];
  let baseUrl: string;
  let api: BrowserTestApi;

  beforeAll(async () => {
    server = await startVigie({ seedDemo: true });
    baseUrl = server.baseUrl.replace(/\/+$/, '');
    api = browserTestApi(baseUrl);
  }, 180_000);

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  async function openWork(email: string, password: string, language: string): Promise<Page> {
    const session = await api.signIn(email, password);
    const { browser, context }: { browser: Browser; context: BrowserContext } = await signedInChromium(baseUrl, session, { baseURL: baseUrl, ...PHONE });
    browsers.push(browser);
    const page = await context.newPage();
    await page.goto('/?tiles=off#map=14/34.0617/-4.9836&tab=work');
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('language-select').selectOption(language);
    await page.getByTestId('tab-work').click();
    return page;
  }

  it('lets the contractor move a camera to installed with a comment, in French, and reads right to left in Arabic', async () => {
    const page = await openWork('contractor@vigie.demo', 'vigie-contractor-demo', 'fr');
    const item = page.getByTestId('work-item-CAM-GAR-01');
    await item.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'my-work-french-phone.png') });
    await item.getByPlaceholder('Commentaire (facultatif)').fill('Caméra posée, alignée sur le parvis');
    await item.getByRole('button', { name: 'Installé' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="work-item-CAM-GAR-01"] button'), undefined, { timeout: 30_000 });
    expect(await item.textContent()).toContain('Installé');
    const { cameras } = await api.query<{ cameras: { nodes: { id: string }[] } }>('{ cameras(filter: { search: "CAM-GAR-01" }) { nodes { id } } }');
    const { steps } = await api.query<{ steps: { toStatus: string; comment: string; actorName: string }[] }>(
      `{ steps: assetStatusHistory(assetType: camera, assetId: "${cameras.nodes[0].id}") { toStatus comment actorName } }`,
    );
    expect(steps.at(-1)).toEqual({ toStatus: 'installed', comment: 'Caméra posée, alignée sur le parvis', actorName: 'Karim Contractor' });
    // No horizontal scrolling on the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByTestId('language-select').selectOption('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getByTestId('tab-work').textContent()).toBe('الأشغال');
    await page.getByRole('heading', { name: 'أشغالي' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'my-work-arabic-phone.png') });
  });

  it("shows the engineer the packages' progress and the programme chart", async () => {
    const page = await openWork('engineer@vigie.demo', 'vigie-engineer-demo', 'en');
    await page.getByTestId('package-WP-SEB-01').waitFor({ timeout: 30_000 });
    await page.getByTestId('progress-chart').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('package-WP-ATL-01').textContent()).toContain('7 of 7 installed');
    expect(await page.getByTestId('programme-progress').textContent()).toMatch(/late/);
    await page.screenshot({ path: join(SCREENSHOTS, 'work-packages-phone.png') });
  });
});
