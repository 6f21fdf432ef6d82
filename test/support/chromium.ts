import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's chromium, driven by playwright-core; CI installs it. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
/** Screenshots the browser tests leave behind (git-ignored), to be looked at. */
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');

/** `describe` when chromium is installed, else `describe.skip` with a line saying why. */
export function describeInChromium(suite: string): jest.Describe {
  if (existsSync(CHROMIUM)) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    return describe;
  }
  console.warn(`${suite} browser test skipped: ${CHROMIUM} is not installed (apt-get install -y chromium).`);
  return describe.skip;
}

/**
 * Chromium with one desktop context (1400 x 900, en-GB) signed in with `session` (what the login screen
 * stores) and no internet: requests to other origins (tiles) fail as they do offline.
 */
export async function signedInChromium(
  baseUrl: string,
  session: object,
  options: BrowserContextOptions = {},
): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { browser, context: await signedInContext(browser, baseUrl, session, options) };
}

/** One more context of an open chromium (another person at another screen), signed in with `session`, offline like the first. */
export async function signedInContext(browser: Browser, baseUrl: string, session: object, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', ...options });
  await context.addInitScript((stored) => localStorage.setItem('vigie.session', stored), JSON.stringify(session));
  await context.route((url) => url.origin !== new URL(baseUrl).origin, (route) => route.abort('internetdisconnected'));
  return context;
}

/** Where a [lon, lat] position is on the page (for mouse clicks on the map), through the map the app exposes to tests. */
export async function mapPoint(page: Page, longitude: number, latitude: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([lon, lat]) => {
    const map = (globalThis as unknown as { __vigieMap: { latLngToContainerPoint(latLng: [number, number]): { x: number; y: number } } }).__vigieMap;
    return map.latLngToContainerPoint([lat, lon]);
  }, [longitude, latitude]);
  const box = (await page.getByTestId('map').boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}
