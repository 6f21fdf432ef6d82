/**
 * Bandwidth and storage follow the engineer's edits, in chromium against the real backend with the Fès
 * demo: a planned camera set from its model's H.265 to H.264 in its panel, then the recording profile's
 * retention doubled in the Network tab; each time the storage figure on screen moves to what the API
 * computes.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserTestApi, type BrowserTestApi } from '../support/browser-api';
import { describeInChromium, SCREENSHOTS, signedInChromium, signedInContext } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = describeInChromium('bandwidth-editing');

type Storage = { netTerabytes: number; rawTerabytes: number; meanRecordedMbps: number };
const STORAGE = '{ bandwidthReport { settings { retentionDays } planned { netTerabytes rawTerabytes meanRecordedMbps } } }';

describeIfChromium('bandwidth and storage after edits, in chromium', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let api: BrowserTestApi;
  let session: { accessToken: string };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // Generous request budget: this process also runs chromium on a shared 2-core machine.
    server = await startVigie({ seedDemo: true, config: { requestTimeoutMs: 30_000 } });
    const baseUrl = server.baseUrl.replace(/\/+$/, '');
    api = browserTestApi(baseUrl);
    session = await api.signIn('engineer@vigie.demo', 'vigie-engineer-demo');
    ({ browser, context } = await signedInChromium(baseUrl, session, { baseURL: baseUrl }));
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const planned = async () => (await api.query<{ bandwidthReport: { settings: { retentionDays: number }; planned: Storage } }>(STORAGE)).bandwidthReport;

  /** Asks again until the answer passes `done` (the save is on its way), for up to a minute. */
  async function until<T>(ask: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const value = await ask();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Waits until the Network tab's planned storage shows `netTerabytes` (the API's figure). */
  async function storageShown(page: Page, netTerabytes: number): Promise<void> {
    await page.waitForFunction(
      (expected) => Number(document.querySelector('[data-testid="storage-planned"]')?.getAttribute('data-net-tb')) === expected,
      netTerabytes,
      { timeout: 60_000 },
    );
  }

  it("moves the storage figure when a camera's codec and the profile's retention change", async () => {
    const { cameras } = await api.query<{ cameras: { nodes: { id: string; code: string; codec: string | null; location: { coordinates: [number, number] }; model: { codec: string } }[] } }>(
      '{ cameras(first: 200, filter: { status: [planned] }) { nodes { id code codec location model { codec } } } }',
    );
    const camera = cameras.nodes.find((node) => node.codec === null && node.model.codec === 'h265')!;
    expect(camera).toBeDefined();
    const before = await planned();
    const [lon, lat] = camera.location.coordinates;
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`/?tiles=off#map=17/${lat}/${lon}&sel=camera:${camera.id}&tab=network`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await storageShown(page, before.planned.netTerabytes);

    // The camera's panel: its stream set to H.264 (more bits than its model's H.265).
    await page.getByTestId('tab-plan').click();
    await page.waitForSelector('[data-testid="camera-stream"][data-state="loaded"]', { timeout: 60_000 });
    await page.getByTestId('camera-codec').selectOption('h264');
    await page.waitForSelector('[data-testid="camera-stream"][data-state="loaded"][data-codec="h264"]', { timeout: 60_000 });
    const afterCodec = await planned();
    // By hand: the camera's stream grows from 0.55 to 1 of H.264's, so the total grows by 0.45/0.55 of its share.
    expect(afterCodec.planned.netTerabytes).toBeGreaterThan(before.planned.netTerabytes);
    await page.getByTestId('tab-network').click();
    await storageShown(page, afterCodec.planned.netTerabytes);

    // The recording profile's retention doubled where the bandwidth panel is: twice the terabytes.
    await page.locator('[data-testid="recording-profile-form"] input').first().fill(String(before.settings.retentionDays * 2));
    await page.locator('[data-testid="recording-profile-form"] button[type="submit"]').click();
    const afterRetention = await until(planned, (report) => report.settings.retentionDays !== before.settings.retentionDays);
    expect(afterRetention.settings.retentionDays).toBe(before.settings.retentionDays * 2);
    expect(afterRetention.planned.netTerabytes).toBeCloseTo(afterCodec.planned.netTerabytes * 2, 2);
    await storageShown(page, afterRetention.planned.netTerabytes);

    // A retention the API refuses is explained in words, and nothing moves.
    await page.locator('[data-testid="recording-profile-form"] input').first().fill('0');
    await page.locator('[data-testid="recording-profile-form"] button[type="submit"]').click();
    await page.waitForSelector('[data-testid="recording-profile-form"] [role="alert"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="recording-profile-form"] [role="alert"]')).toMatch(/retention/i);
    expect((await planned()).planned.netTerabytes).toBe(afterRetention.planned.netTerabytes);
    await page.screenshot({ path: join(SCREENSHOTS, 'bandwidth-after-edits.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 240_000);

  it("fits the camera's stream settings and the model's night fields in a phone's panel, in Arabic, French and English", async () => {
    const { cameras } = await api.query<{ cameras: { nodes: { id: string; location: { coordinates: [number, number] } }[] } }>(
      '{ cameras(first: 1, filter: { status: [planned] }) { nodes { id location } } }',
    );
    const [lon, lat] = cameras.nodes[0].location.coordinates;
    const phone = await signedInContext(browser!, server!.baseUrl.replace(/\/+$/, ''), session, { viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server!.baseUrl.replace(/\/+$/, '')}/?tiles=off#map=17/${lat}/${lon}&sel=camera:${cameras.nodes[0].id}&tab=plan`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    const overflow = () => page.evaluate(() => {
      const panel = document.querySelector('.tab-panel') as HTMLElement;
      return panel.scrollWidth - panel.clientWidth;
    });
    for (const language of ['ar', 'fr', 'en']) {
      await page.getByTestId('language-select').selectOption(language);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      await page.getByTestId('tab-plan').click();
      await page.waitForSelector('[data-testid="camera-stream"][data-state="loaded"]', { timeout: 60_000 });
      await page.locator('[data-testid="camera-stream"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `camera-stream-phone-${language}.png`) });
      expect([language, 'camera', (await overflow()) <= 1]).toEqual([language, 'camera', true]);
      // The model catalogue's form with its infrared, white light and codec fields.
      await page.getByTestId('tab-models').click();
      await page.locator('[data-testid="model-open"]').first().click();
      await page.waitForSelector('[data-testid="asset-field-whiteLightRangeMeters"]');
      await page.locator('[data-testid="asset-field-codec"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `model-night-fields-phone-${language}.png`) });
      expect([language, 'models', (await overflow()) <= 1]).toEqual([language, 'models', true]);
    }
    const missing = await page.evaluate(() => [...((globalThis as { __vigieMissingTranslations?: Set<string> }).__vigieMissingTranslations ?? [])]);
    expect(missing).toEqual([]);
    expect(pageErrors).toEqual([]);
    await phone.close();
  }, 240_000);
});
