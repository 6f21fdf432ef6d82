/**
 * Live updates in chromium: a map open on a phone, signed in as nobody (anonymous reading, as on a
 * development machine), sees poles an engineer adds through the API without a reload: the layer and
 * the counts update, and a notice says how many changes others made.
 */
import type { Browser } from 'playwright-core';
import { browserTestApi } from '../support/browser-api';
import { describeInChromium, signedInChromium } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = describeInChromium('live-updates');
const ADMIN = { email: 'live-admin@test.vigie', password: 'a long live-updates admin passphrase', name: 'Live admin' };

describeIfChromium('live updates in chromium', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startVigie({ seedDemo: false, config: { initialAdmin: ADMIN } });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows poles added by someone else without a reload, with a notice, on a phone', async () => {
    const baseUrl = server!.baseUrl;
    const api = browserTestApi(baseUrl);
    await api.signIn(ADMIN.email, ADMIN.password);
    // An empty stored session: the page reads anonymously.
    let context;
    ({ browser, context } = await signedInChromium(baseUrl, {}, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }));
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}/?tiles=off#map=16/34.0433/-5.0003&layers=poles`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="count-poles"][data-count="0"]');
    // The live socket is acknowledged; its subscriptions reach the server a moment after.
    await page.waitForSelector('[data-testid="map"][data-live="connected"]', { timeout: 10_000 });
    await page.waitForTimeout(300);

    for (const [index, east] of [0.0004, 0.0008, 0.0012].entries()) {
      await api.query('mutation($i: CreatePoleInput!) { createPole(input: $i) { id } }', {
        i: { code: `LIVE-${index}`, kind: 'street_light', heightMeters: 9, location: { type: 'Point', coordinates: [-5.0003 + east, 34.0433] } },
      });
    }
    await page.waitForSelector('[data-testid="count-poles"][data-count="3"]', { timeout: 10_000 });
    const notice = page.getByTestId('live-notice');
    await notice.waitFor({ timeout: 5_000 });
    expect(await notice.textContent()).toContain('3 changes by others');
    expect(pageErrors).toEqual([]);
  });
});
