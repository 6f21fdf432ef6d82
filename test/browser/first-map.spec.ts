/**
 * The first map in a real browser (Debian's chromium) against the real backend with the Fes demo.
 * No internet here: the page is opened with `?tiles=off` (offline basemap) and every request that
 * would leave the test server is refused and recorded.
 */
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, describeInChromium, SCREENSHOTS } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

/** The layers a shared link shows (no poles, no network): what the shared-link test puts in the URL. */
const LINKED_LAYERS = ['zones', 'buildings', 'black-spots', 'camera-sectors', 'cameras'];

const describeIfChromium = describeInChromium('first-map');

describeIfChromium('first map in chromium', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let baseUrl: string;
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startVigie({ seedDemo: true });
    baseUrl = server.baseUrl.replace(/\/+$/, '');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route(
      (url) => url.origin !== new URL(baseUrl).origin,
      async (route) => {
        outsideRequests.push(route.request().url());
        await route.abort('internetdisconnected');
      },
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(() => {
    outsideRequests.length = 0;
    pageErrors.length = 0;
  });

  async function openMap(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}${path}`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    // The page cannot see this module's functions: define the in-page helpers there.
    await page.addScriptTag({ content: `${vigieMap.toString()}\n${countDrawn.toString()}` });
    return page;
  }

  it('shows every camera of the API with its field of view, on the offline basemap', async () => {
    const totalCameras = await cameraTotalCount(baseUrl);
    expect(totalCameras).toBeGreaterThan(0);

    const page = await openMap('/?tiles=off');
    // Layers are added just after the data arrives; on timeout the expectations below say what is wrong.
    await page.waitForFunction((total) => countDrawn('cameras') === total, totalCameras, { timeout: 20_000 }).catch(() => undefined);

    const counted = await page.getAttribute('[data-testid="count-cameras"]', 'data-count');
    expect(Number(counted)).toBe(totalCameras);
    const drawn = await drawnFeatureCounts(page);
    expect(drawn.cameras).toBe(totalCameras);
    // Sectors are drawn as one layer per status (a multi-polygon of that status's fields of view),
    // not one per camera: one layer for each status the cameras are in, together one sector per camera.
    const statuses = await cameraStatuses(baseUrl);
    expect(drawn['camera-sectors']).toBe(new Set(statuses).size);
    const groups = await drawnSectorGroups(page);
    expect(groups.map((group) => group.status).sort()).toEqual([...new Set(statuses)].sort());
    for (const group of groups) expect(group.cameraCount).toBe(statuses.filter((status) => status === group.status).length);
    // Drawn on canvas, not as DOM elements.
    expect(await page.locator('.leaflet-overlay-pane canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-overlay-pane path').count()).toBe(0);

    await expect(page.textContent('[data-testid="basemap-notice"]')).resolves.toContain('Offline basemap');
    expect(await page.textContent('header')).toContain('Vigie');
    expect(await page.locator('[data-testid="load-errors"]').count()).toBe(0);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);

    await page.screenshot({ path: join(SCREENSHOTS, 'first-map-overview.png') });
    await page.close();
  });

  it('hides and shows the cameras with their layer toggle', async () => {
    const page = await openMap('/?tiles=off');
    const map = page.getByTestId('map');
    const shown = await drawnFeatureCounts(page);
    expect(shown.cameras).toBeGreaterThan(0);
    const withCameras = await map.screenshot();

    await page.getByTestId('layer-toggle-cameras').uncheck();
    await page.waitForFunction(() => countDrawn('cameras') === 0);
    const hidden = await drawnFeatureCounts(page);
    expect(hidden.cameras ?? 0).toBe(0);
    expect(hidden['camera-sectors']).toBe(shown['camera-sectors']);
    expect(page.url()).not.toMatch(/[=,]cameras(,|&|$)/);
    const withoutCameras = await map.screenshot({ path: join(SCREENSHOTS, 'first-map-cameras-hidden.png') });
    expect(withoutCameras.equals(withCameras)).toBe(false);

    await page.getByTestId('layer-toggle-cameras').check();
    await page.waitForFunction((total) => countDrawn('cameras') === total, shown.cameras);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('opens a shared link at its view with its layers', async () => {
    const [longitude, latitude] = await firstCameraLocation(baseUrl);
    const page = await openMap(`/?tiles=off#map=18/${latitude}/${longitude}&layers=${LINKED_LAYERS.join(',')}`);

    const view = await page.evaluate(() => {
      const map = vigieMap();
      return { zoom: map.getZoom(), center: map.getCenter() };
    });
    expect(view.zoom).toBe(18);
    expect(view.center.lat).toBeCloseTo(latitude, 4);
    expect(view.center.lng).toBeCloseTo(longitude, 4);
    expect(await page.getByTestId('layer-toggle-poles').isChecked()).toBe(false);
    expect(await page.getByTestId('layer-toggle-cameras').isChecked()).toBe(true);
    const drawn = await drawnFeatureCounts(page);
    expect(drawn.poles ?? 0).toBe(0);
    expect(drawn['camera-sectors']).toBeGreaterThan(0);

    await page.screenshot({ path: join(SCREENSHOTS, 'first-map-shared-link.png') });
    await page.close();
  });

  it('finds an asset by mouse on a desk screen: the results lie above the map and take the click', async () => {
    const failed: string[] = [];
    const page = await openMap('/?tiles=off');
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    const [code, id] = await firstCameraCode(baseUrl);
    await page.getByTestId('search-input').fill(code);
    // A real click at the option's centre: playwright refuses it if the map or its controls cover it.
    await page.getByTestId('search-results').getByRole('option', { name: new RegExp(code) }).first().click();
    await page.waitForFunction((cameraId) => window.location.hash.includes(`sel=camera:${cameraId}`), id);
    expect(await pageScrolls(page)).toEqual({ vertical: false, horizontal: false });
    expect(failed).toEqual([]); // favicon included
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('finds an asset by touch on a phone, and the page never scrolls out of the window', async () => {
    const phone = await browser!.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await phone.route((url) => url.origin !== new URL(baseUrl).origin, (route) => route.abort('internetdisconnected'));
    const page = await phone.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}/?tiles=off`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    const [code, id] = await firstCameraCode(baseUrl);
    await page.getByTestId('search-input').fill(code);
    const option = page.getByTestId('search-results').getByRole('option', { name: new RegExp(code) }).first();
    expect(await option.isVisible()).toBe(true);
    await option.tap();
    await page.waitForFunction((cameraId) => window.location.hash.includes(`sel=camera:${cameraId}`), id);
    expect(await pageScrolls(page)).toEqual({ vertical: false, horizontal: false });
    await page.screenshot({ path: join(SCREENSHOTS, 'first-map-phone-search.png') });
    expect(pageErrors).toEqual([]);
    await phone.close();
  });

  it('follows a link pasted into the address bar of an open tab', async () => {
    const [longitude, latitude] = await firstCameraLocation(baseUrl);
    const page = await openMap('/?tiles=off');
    await page.evaluate(([lon, lat]) => {
      window.location.hash = `map=17/${lat}/${lon}&layers=zones,cameras`;
    }, [longitude, latitude]);
    await page.waitForFunction(([lon, lat]) => {
      const map = vigieMap();
      const center = map.getCenter();
      return map.getZoom() === 17 && Math.abs(center.lat - lat) < 1e-4 && Math.abs(center.lng - lon) < 1e-4;
    }, [longitude, latitude]);
    await page.waitForFunction(() => countDrawn('black-spots') === 0);
    expect(await page.getByTestId('layer-toggle-black-spots').isChecked()).toBe(false);
    await page.close();
  });
});

/** Whether the document itself scrolls (it must not: the app is the window, its panels scroll inside). */
async function pageScrolls(page: Page): Promise<{ vertical: boolean; horizontal: boolean }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { vertical: root.scrollHeight > window.innerHeight + 1, horizontal: root.scrollWidth > window.innerWidth + 1 };
  });
}

async function firstCameraCode(baseUrl: string): Promise<[string, string]> {
  const data = await graphqlQuery<{ cameras: { nodes: Array<{ id: string; code: string }> } }>(baseUrl, '{ cameras(first: 1) { nodes { id code } } }');
  return [data.cameras.nodes[0].code, data.cameras.nodes[0].id];
}

// ---- helpers -------------------------------------------------------------------------------------

interface DrawnLayer {
  feature?: { properties?: { layer?: string } };
}
interface VigieMap {
  eachLayer(callback: (layer: DrawnLayer) => void): void;
  getZoom(): number;
  getCenter(): { lat: number; lng: number };
}

/** Runs in the page: the Leaflet map the app exposes as window.__vigieMap. */
function vigieMap(): VigieMap {
  const map = (globalThis as unknown as { __vigieMap?: VigieMap }).__vigieMap;
  if (!map) throw new Error('window.__vigieMap is not set');
  return map;
}

/** Runs in the page: features of one layer currently on the map (each feature carries its layer id). */
function countDrawn(layerId: string): number {
  let count = 0;
  (globalThis as unknown as { __vigieMap?: VigieMap }).__vigieMap?.eachLayer((layer) => {
    if (layer.feature?.properties?.layer === layerId) count++;
  });
  return count;
}

async function drawnFeatureCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    vigieMap().eachLayer((layer) => {
      const id = layer.feature?.properties?.layer;
      if (id) counts[id] = (counts[id] ?? 0) + 1;
    });
    return counts;
  });
}

async function graphqlQuery<T>(baseUrl: string, query: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status}: ${body.errors?.map((error) => error.message).join('; ')}`);
  }
  return body.data;
}

async function cameraTotalCount(baseUrl: string): Promise<number> {
  const data = await graphqlQuery<{ cameras: { totalCount: number } }>(baseUrl, '{ cameras(first: 1) { totalCount } }');
  return data.cameras.totalCount;
}

/** Every camera's status, as the API lists them (the demo has fewer than 1000 cameras). */
async function cameraStatuses(baseUrl: string): Promise<string[]> {
  const data = await graphqlQuery<{ cameras: { nodes: Array<{ status: string }> } }>(baseUrl, '{ cameras(first: 1000) { nodes { status } } }');
  return data.cameras.nodes.map((camera) => camera.status);
}

/** The sector layers on the map: the status each stands for and how many cameras' sectors it draws. */
async function drawnSectorGroups(page: Page): Promise<Array<{ status: string; cameraCount: number }>> {
  return page.evaluate(() => {
    const groups: Array<{ status: string; cameraCount: number }> = [];
    vigieMap().eachLayer((layer) => {
      const properties = layer.feature?.properties as { layer?: string; node?: { status: string; cameraCount: number } } | undefined;
      if (properties?.layer === 'camera-sectors' && properties.node) groups.push({ status: properties.node.status, cameraCount: properties.node.cameraCount });
    });
    return groups;
  });
}

async function firstCameraLocation(baseUrl: string): Promise<[number, number]> {
  const data = await graphqlQuery<{ cameras: { nodes: Array<{ location: { coordinates: [number, number] } }> } }>(
    baseUrl,
    '{ cameras(first: 1) { nodes { location } } }',
  );
  return data.cameras.nodes[0].location.coordinates;
}
