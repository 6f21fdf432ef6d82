/**
 * The map as a city deploys it: NODE_ENV=production (no introspection, no GraphiQL, a Content
 * Security Policy) and no anonymous reading. A visitor gets the login screen, signs in, and the
 * analyses work: nothing in the page may depend on what only a development server offers.
 */
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, describeInChromium, SCREENSHOTS } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = describeInChromium('production-mode');

describeIfChromium('the map in production mode', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let baseUrl: string;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startVigie({
      seedDemo: true,
      config: { production: true, allowAnonymousRead: false, demoAccounts: true, jwtSecret: 'production-mode-test-secret-of-32-characters-at-least' },
    });
    baseUrl = server.baseUrl.replace(/\/+$/, '');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    await context.route((url) => url.origin !== new URL(baseUrl).origin, (route) => route.abort('internetdisconnected'));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses introspection, asks for a login, and after it the analyses answer', async () => {
    const introspection = await fetch(`${baseUrl}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    expect(JSON.stringify(await introspection.json())).toMatch(/introspection/i);

    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    // A CSP violation is a console error in chromium: the page must not need anything the policy forbids.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    await page.goto(`${baseUrl}/?tiles=off#map=15/34.0617/-4.9836&tab=blackSpots`);
    await page.waitForSelector('[data-testid="login-form"]', { timeout: 30_000 });
    await page.fill('#login-email', 'engineer@vigie.demo');
    await page.fill('#login-password', 'vigie-engineer-demo');
    await page.getByTestId('login-submit').click();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    // Live updates: the WebSocket to /graphql is allowed by the policy and accepts the session's token.
    await page.waitForSelector('[data-testid="map"][data-live="connected"]', { timeout: 15_000 });

    // Black-spot coverage from the API, not a "not available" note.
    await page.waitForSelector('.black-spot-list .coverage-bar', { timeout: 30_000 });
    expect(await page.locator('.black-spot-list .coverage-bar').count()).toBeGreaterThan(0);
    // The network tab answers too: a commissioned camera's path to the control centre.
    const cameraId = await page.evaluate(async () => {
      const stored = JSON.parse(localStorage.getItem('vigie.session') ?? '{}') as { accessToken?: string };
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${stored.accessToken}` },
        body: JSON.stringify({ query: '{ cameras(first: 1, filter: { status: [commissioned] }) { nodes { id } } }' }),
      });
      return ((await response.json()) as { data: { cameras: { nodes: { id: string }[] } } }).data.cameras.nodes[0].id;
    });
    // A shared link to the camera's network tab (a hash change alone is not a new page: reload).
    await page.goto(`${baseUrl}/?tiles=off#map=16/34.0617/-4.9836&sel=camera:${cameraId}&tab=network`);
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('show-path').click();
    await page.waitForSelector('[data-testid="path-result"]', { timeout: 20_000 });
    expect(Number(await page.getAttribute('[data-testid="path-result"]', 'data-fiber-runs'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'production-network.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
