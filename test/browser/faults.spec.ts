/**
 * Maintenance (issue 12) in chromium on a phone viewport against the real backend with the Fès demo:
 * a maintenance user logs a fault on the trunk fiber run from its details, sees the priority and the
 * black spots it costs, resolves it, and the cameras come back (but the one another open fault holds).
 * Then a second person (the engineer, another browser context) with the map and the control-centre
 * wall open sees a fault logged on the phone without a reload (about 1.5 s after logFault answered);
 * the phone assigns the ticket and adds a photo.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInChromium, SCREENSHOTS, signedInChromium, signedInContext } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = describeInChromium('faults');

describeIfChromium('faults on a phone', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let baseUrl: string;
  let accessToken: string;
  let trunk: { id: string; path: { coordinates: [number, number][] } };

  const graphql = async <T>(query: string): Promise<T> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${body.errors?.map((error) => error.message).join('; ')}`);
    return body.data;
  };

  const login = async (email: string, password: string) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "${password}") { accessToken refreshToken accessTokenExpiresAt user { id email name role organisation { id name kind } } } }` }),
    });
    return ((await response.json()) as { data: { login: { accessToken: string; user: { id: string } } } }).data.login;
  };

  beforeAll(async () => {
    server = await startVigie({ seedDemo: true });
    baseUrl = server.baseUrl.replace(/\/+$/, '');
    const session = await login('maintenance@vigie.demo', 'vigie-maintenance-demo');
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
    trunk = fiberRuns.nodes[0];
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

  it('a second map and the control-centre wall, signed in as another user, see the fault live, without a reload; the phone assigns it and adds a photo', async () => {
    const engineer = await login('engineer@vigie.demo', 'vigie-engineer-demo');
    const office = await signedInContext(browser!, baseUrl, engineer);
    const wall = await signedInContext(browser!, baseUrl, engineer, { viewport: { width: 1920, height: 1080 } });
    const errors: string[] = [];
    const watch = (page: Page) => page.on('pageerror', (error) => errors.push(error.message));
    const [lon, lat] = trunk.path.coordinates[0];

    const map = await office.newPage();
    watch(map);
    await map.goto(`${baseUrl}/?tiles=off#map=15/${lat}/${lon}&tab=faults`);
    await map.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await map.waitForSelector('[data-testid="map"][data-live="connected"]', { timeout: 10_000 });
    await map.waitForSelector('[data-testid="fault-row"]');
    // Figures over the period: the demo's months of history give a mean time to repair.
    await map.waitForSelector('[data-testid="figures-mttr"]');
    expect(await map.getByTestId('figures-mttr').textContent()).toMatch(/\d h/);
    const rowsBefore = await map.getByTestId('fault-row').count();

    const control = await wall.newPage();
    watch(control);
    await control.goto(`${baseUrl}/?view=control`);
    await control.waitForSelector('[data-testid="control-live"][data-connected="true"]', { timeout: 20_000 });
    await control.waitForSelector('[data-testid="control-dark-camera"][data-code="CAM-PFL-05"]');
    expect(await control.locator('[data-testid="control-dark-camera"][data-code="CAM-PFL-01"]').count()).toBe(0);
    // The subscriptions reach the server a moment after the socket is acknowledged. A marker on each
    // window tells a live update from a reload.
    await map.waitForTimeout(300);
    for (const page of [map, control]) await page.evaluate(() => { (window as unknown as { liveMarker?: number }).liveMarker = 1; });

    // The phone logs a fault on the trunk again.
    const phone = await context.newPage();
    watch(phone);
    await phone.goto(`${baseUrl}/?tiles=off#map=16/${lat}/${lon}&sel=fiberRun:${trunk.id}&tab=layers`);
    await phone.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await phone.getByTestId('details-log-fault').click();
    await phone.getByTestId('log-fault-description').fill('Câble arraché, second incident');
    const logged = phone.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('LogFault'));
    await phone.getByTestId('log-fault-submit').click();
    const faultId = ((await (await logged).json()) as { data: { logFault: { id: string } } }).data.logFault.id;
    const committedAt = Date.now();
    await map.waitForFunction((count) => document.querySelectorAll('[data-testid="fault-row"]').length > count, rowsBefore, { timeout: 10_000 });
    expect(await map.locator(`[data-testid="fault-row"][data-id="${faultId}"]`).count()).toBe(1);
    const seenOnMapMs = Date.now() - committedAt;
    await control.waitForSelector('[data-testid="control-dark-camera"][data-code="CAM-PFL-01"]', { timeout: 10_000 });
    const seenOnWallMs = Date.now() - committedAt;
    console.log(`fault seen by the other map ${seenOnMapMs} ms and by the control centre ${seenOnWallMs} ms after logFault answered`);
    // About 1.5 s on a loaded 2-core machine (400 ms of it the map's batching), up to 4 s when it is
    // overloaded: the bound proves the live path (no reload: the marker survived; the wall's own refresh
    // is a minute), the latency goal itself is measured by `npm run bench -- live`.
    expect(seenOnMapMs).toBeLessThan(8_000);
    expect(seenOnWallMs).toBeLessThan(8_000);
    expect(await map.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(1);
    expect(await control.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(1);
    expect(await control.getByTestId('control-spot').first().textContent()).toMatch(/% → 0 % at Recognition/);
    expect(await control.getByTestId('control-live').textContent()).toBe('Live');
    await control.screenshot({ path: join(SCREENSHOTS, 'control-centre-wall.png') });

    // On the phone's ticket: assign it to the maintenance team's person, and add a photo.
    await phone.waitForSelector('[data-testid="fault-ticket"][data-state="open"]');
    await phone.getByTestId('fault-assign-team').selectOption({ label: 'Équipe maintenance Fès' });
    const person = phone.getByTestId('fault-assign-person');
    await person.selectOption({ label: 'Salma Maintenance' });
    const personValue = await person.inputValue();
    await phone.getByTestId('fault-assign-save').click();
    await phone.waitForFunction(() => (document.querySelector('[data-testid="fault-assign-save"]') as HTMLButtonElement | null)?.disabled === true);
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#884422' } }).jpeg().toBuffer();
    await phone.getByTestId('fault-photo-input').setInputFiles({ name: 'cable.jpg', mimeType: 'image/jpeg', buffer: photo });
    await phone.waitForSelector('[data-testid="fault-photo"] img', { timeout: 10_000 });
    const { fault } = await graphql<{ fault: { id: string; assignedUserId: string | null; history: { kind: string }[] } }>(
      `{ fault(id: "${faultId}") { id assignedUserId history { kind } } }`);
    expect(fault.assignedUserId).toBe(personValue);
    expect(fault.history.map((event) => event.kind)).toContain('assigned');
    await phone.screenshot({ path: join(SCREENSHOTS, 'faults-phone-assigned-photo.png'), fullPage: true });

    // Resolved on the phone: the wall shows CAM-PFL-01 back, in Arabic, right to left.
    await phone.getByTestId('fault-move-resolved').click();
    await phone.getByTestId('fault-resolution').selectOption('repaired');
    await phone.getByTestId('fault-resolve-confirm').click();
    await control.waitForSelector('[data-testid="control-dark-camera"][data-code="CAM-PFL-01"]', { state: 'detached', timeout: 10_000 });
    await control.getByTestId('language-select').selectOption('ar');
    await control.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await control.locator('h1').textContent()).toContain('مركز المراقبة');
    expect(errors).toEqual([]);
    await office.close();
    await wall.close();
    await phone.close();
  });
});
