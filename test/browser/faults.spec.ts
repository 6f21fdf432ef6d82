/**
 * Maintenance (issue 12) in chromium on a phone viewport against the real backend with the Fès demo:
 * a maintenance user logs a fault on the trunk fiber run from its details, sees the priority and the
 * black spots it costs, resolves it, and the cameras come back (but the one another open fault holds).
 */
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { describeInChromium, SCREENSHOTS, signedInChromium } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = describeInChromium('faults');

describeIfChromium('faults on a phone', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let baseUrl: string;
  let accessToken: string;

  const graphql = async <T>(query: string): Promise<T> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${body.errors?.map((error) => error.message).join('; ')}`);
    return body.data;
  };

  beforeAll(async () => {
    server = await startVigie({ seedDemo: true });
    baseUrl = server.baseUrl.replace(/\/+$/, '');
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "maintenance@vigie.demo", password: "vigie-maintenance-demo") { accessToken refreshToken accessTokenExpiresAt user { id email name role organisation { id name kind } } } }' }),
    });
    const session = ((await response.json()) as { data: { login: { accessToken: string } } }).data.login;
    accessToken = session.accessToken;
    ({ browser, context } = await signedInChromium(baseUrl, session, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('logs a fault on the trunk, shows its priority and the coverage it costs, and the cameras come back when resolved', async () => {
    const { fiberRuns } = await graphql<{ fiberRuns: { nodes: Array<{ id: string; path: { coordinates: [number, number][] } }> } }>(
      '{ fiberRuns(filter: { search: "FR-0001" }) { nodes { id path } } }');
    const trunk = fiberRuns.nodes[0];
    const [lon, lat] = trunk.path.coordinates[0];
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/?tiles=off#map=16/${lat}/${lon}&sel=fiberRun:${trunk.id}&tab=layers`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });

    // From the asset's details to the faults tab, with the form for this cable.
    await page.getByTestId('details-log-fault').click();
    await page.waitForSelector('[data-testid="log-fault"]');
    expect(await page.getByTestId('log-fault-category').inputValue()).toBe('fiber_cut');
    await page.getByTestId('log-fault-description').fill('Fibre sectionnée par une pelleteuse');
    await page.getByTestId('log-fault-submit').click();
    const ticket = page.getByTestId('fault-ticket');
    await page.waitForSelector('[data-testid="fault-losses"]', { timeout: 20_000 });
    // The whole of Place Florence goes dark: its black spot loses all its live coverage (P2 with the default thresholds).
    expect(await ticket.getAttribute('data-priority')).toBe('2');
    expect(await page.getByTestId('fault-loss').first().textContent()).toMatch(/% → 0 % at Recognition/);
    expect(await page.getByTestId('fault-dark-cameras').textContent()).toContain('CAM-PFL-01');
    const panel = (await page.locator('aside.side-panel').boundingBox())!;
    expect(panel.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'faults-phone-ticket.png') });

    const statuses = async () => Object.fromEntries(
      (await graphql<{ cameras: { nodes: Array<{ code: string; status: string }> } }>('{ cameras(first: 200, filter: { search: "CAM-PFL" }) { nodes { code status } } }'))
        .cameras.nodes.map((camera) => [camera.code, camera.status]),
    );
    expect(Object.values(await statuses()).every((status) => status === 'out_of_service')).toBe(true);

    await page.getByTestId('fault-move-resolved').click();
    await page.getByTestId('fault-resolution').selectOption('repaired');
    await page.getByTestId('fault-resolve-confirm').click();
    await page.waitForSelector('[data-testid="fault-ticket"][data-state="resolved"]');
    const after = await statuses();
    // CAM-PFL-05 stays out: the demo's open vandalism fault still holds it.
    expect(after['CAM-PFL-05']).toBe('out_of_service');
    expect(Object.entries(after).filter(([code]) => code !== 'CAM-PFL-05').every(([, status]) => status === 'commissioned')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
