/**
 * The map application (issue 6) in chromium against the real backend on the embedded database with
 * the Fes demo: planning (place, rotate, coverage preview, black spot drawing), analysis (black spot
 * coverage, summaries, network path, outage simulation) and the Arabic right-to-left interface.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInChromium, mapPoint, SCREENSHOTS, signedInChromium } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = describeInChromium('map-workspace');

describeIfChromium('map workspace in chromium', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let baseUrl: string;
  let session: { accessToken: string };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startVigie({ seedDemo: true });
    baseUrl = server.baseUrl.replace(/\/+$/, '');
    // Signed in as the demo engineer (planning rights), as a person would be after the login screen.
    session = await signIn(baseUrl, 'engineer@vigie.demo', 'vigie-engineer-demo');
    ({ browser, context } = await signedInChromium(baseUrl, session));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(() => {
    pageErrors.length = 0;
  });

  async function openMap(hash: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}/?tiles=off#${hash}`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await page.addScriptTag({ content: countDrawn.toString() });
    return page;
  }

  it('places a camera on a pole, turns it with its handle, and shows its coverage', async () => {
    const [pole] = (await graphql<{ poles: { nodes: Array<{ id: string; code: string; location: { coordinates: [number, number] } }> } }>(
      baseUrl, '{ poles(first: 1) { nodes { id code location } } }')).poles.nodes;
    const [lon, lat] = pole.location.coordinates;
    const page = await openMap(`map=18/${lat}/${lon}&layers=zones,buildings,black-spots,camera-sectors,poles,cameras`);
    const before = await countCameras(baseUrl);

    await page.getByTestId('tab-plan').click();
    await page.getByTestId('tool-place-camera').click();
    // 5 m east of the pole: within the 15 m snapping distance.
    const click = await mapPoint(page, lon + 5 / (111_320 * Math.cos((lat * Math.PI) / 180)), lat);
    await page.mouse.click(click.x, click.y);
    await page.waitForSelector('[data-testid="camera-editor"]');
    await expect(page.textContent('[data-testid="notice"]')).resolves.toContain(`on pole ${pole.code}`);
    expect(await countCameras(baseUrl)).toBe(before + 1);
    const placed = await newestCamera(baseUrl);
    expect(placed.poleId).toBe(pole.id);
    expect(placed.headingDegrees).toBe(0);

    // Drag the rotation knob from north to east: the camera turns to about 90 degrees.
    const knob = (await page.getByTestId('camera-rotate-handle').boundingBox())!;
    const body = (await page.getByTestId('camera-move-handle').boundingBox())!;
    const center = { x: body.x + body.width / 2, y: body.y + body.height / 2 };
    await page.mouse.move(knob.x + knob.width / 2, knob.y + knob.height / 2);
    await page.mouse.down();
    await page.mouse.move(center.x + 40, center.y - 20, { steps: 4 });
    await page.mouse.move(center.x + 80, center.y, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('turned to'));
    const turned = await cameraById(baseUrl, placed.id);
    expect(turned.headingDegrees).toBeGreaterThan(80);
    expect(turned.headingDegrees).toBeLessThan(100);
    expect(turned.version).toBeGreaterThan(placed.version);

    // Coverage: the four DORI polygons of the preview, following an edit as it is typed.
    const preview = page.getByTestId('coverage-preview');
    await page.waitForFunction(() => document.querySelector('[data-testid="coverage-preview"]')?.getAttribute('data-state') === 'loaded', undefined, { timeout: 20_000 });
    expect(Number(await preview.getAttribute('data-levels'))).toBeGreaterThan(0);
    expect(await page.evaluate(() => countDrawn('coverage-preview'))).toBeGreaterThan(0);
    // A different tilt changes the preview (debounced request).
    await page.getByTestId('camera-tilt').fill('35');
    await page.waitForFunction(() => document.querySelector('[data-testid="coverage-preview"]')?.getAttribute('data-state') === 'loaded');
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-camera-placed.png') });

    // Undo the rotation, then the placement.
    await page.getByTestId('undo').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.startsWith('Undone'));
    expect((await cameraById(baseUrl, placed.id)).headingDegrees).toBe(0);
    await page.getByTestId('undo').click();
    expect(await poll(() => countCameras(baseUrl), before)).toBe(before);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('explains a stale edit in words and offers a reload', async () => {
    const camera = await newestCamera(baseUrl);
    const page = await openMap(`map=18/${camera.location.coordinates[1]}/${camera.location.coordinates[0]}&sel=camera:${camera.id}&tab=plan`);
    await page.waitForSelector('[data-testid="camera-editor"]');
    // Let the page settle (map moved to the selection, preview state known) before editing.
    await page.waitForSelector('[data-testid="coverage-preview"]:not([data-state="idle"]):not([data-state="loading"])');
    await page.waitForTimeout(500);
    // Someone else changes the camera meanwhile.
    await graphql(baseUrl, `mutation { updateCamera(input: { id: "${camera.id}", version: ${camera.version}, tiltDegrees: 20 }) { version } }`);
    const height = Number(await page.getByTestId('camera-height').inputValue());
    await page.getByTestId('camera-height').fill(String(Math.round((height + 1.3) * 10) / 10));
    expect(await page.getByTestId('camera-apply').isEnabled()).toBe(true);
    await page.getByTestId('camera-apply').click();
    await page.waitForSelector('[data-testid="notice"][data-tone="error"]');
    expect(await page.textContent('[data-testid="notice"]')).toContain('Someone changed this camera while you were editing it; reload and retry.');
    await page.getByTestId('notice-reload').click();
    await page.waitForSelector('[data-testid="notice"]', { state: 'detached' });
    await page.close();
  });

  it('draws a black spot and shows its coverage', async () => {
    const [camera] = (await graphql<{ cameras: { nodes: Array<{ location: { coordinates: [number, number] }; headingDegrees: number }> } }>(
      baseUrl, '{ cameras(first: 1, filter: { status: [commissioned] }) { nodes { location headingDegrees } } }')).cameras.nodes;
    const [lon, lat] = camera.location.coordinates;
    const page = await openMap(`map=18/${lat}/${lon}&layers=zones,buildings,black-spots,camera-sectors,cameras`);
    const before = (await graphql<{ blackSpots: { totalCount: number } }>(baseUrl, '{ blackSpots(first: 1) { totalCount } }')).blackSpots.totalCount;
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('tool-draw-black-spot').click();
    const d = 0.00012;
    const corners = [[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d]];
    for (const [index, [x, y]] of corners.entries()) {
      const point = await mapPoint(page, x, y);
      await page.mouse.move(point.x, point.y);
      // The drawing hint follows the pointer, in the interface's language.
      if (index === 0) expect(await page.locator('.leaflet-tooltip').filter({ hasText: 'Click to place the first point' }).count()).toBe(1);
      await page.mouse.click(point.x, point.y);
      await page.waitForTimeout(120);
    }
    expect(await page.locator('.leaflet-tooltip').filter({ hasText: 'Click the first point to close the shape' }).count()).toBe(1);
    const first = await mapPoint(page, corners[0][0], corners[0][1]);
    await page.mouse.click(first.x, first.y);
    await page.waitForSelector('[data-testid="asset-details"][data-kind="blackSpot"]', { timeout: 15_000 });
    expect((await graphql<{ blackSpots: { totalCount: number } }>(baseUrl, '{ blackSpots(first: 1) { totalCount } }')).blackSpots.totalCount).toBe(before + 1);
    const coverage = page.getByTestId('black-spot-coverage');
    await page.waitForSelector('[data-testid="black-spot-coverage"][data-state="loaded"]', { timeout: 20_000 });
    expect(await coverage.textContent()).toMatch(/\d+(\.\d+)?%\s*covered at/);
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-black-spot.png') });

    await page.getByTestId('delete-asset').click();
    await page.getByTestId('confirm-ok').click();
    expect(await poll(async () => (await graphql<{ blackSpots: { totalCount: number } }>(baseUrl, '{ blackSpots(first: 1) { totalCount } }')).blackSpots.totalCount, before)).toBe(before);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('highlights a camera network path and simulates an outage', async () => {
    const camera = (await graphql<{ cameras: { nodes: Array<{ id: string; code: string; location: { coordinates: [number, number] } }> } }>(
      baseUrl, '{ cameras(first: 1, filter: { status: [commissioned] }) { nodes { id code location } } }')).cameras.nodes[0];
    const [lon, lat] = camera.location.coordinates;
    const page = await openMap(`map=17/${lat}/${lon}&sel=camera:${camera.id}&tab=network`);
    await page.getByTestId('show-path').click();
    await page.waitForSelector('[data-testid="path-result"]', { timeout: 20_000 });
    const runs = Number(await page.getAttribute('[data-testid="path-result"]', 'data-fiber-runs'));
    expect(runs).toBeGreaterThan(0);
    expect(await page.evaluate(() => countDrawn('network-path'))).toBeGreaterThan(0);
    // Fail the first fiber run of the camera's path to the control centre: picked on the map, then simulated.
    const run = (await graphql<{ cameraNetworkPath: { fiberRuns: Array<{ id: string; path: { coordinates: [number, number][] } }> } }>(
      baseUrl, `{ cameraNetworkPath(cameraId: "${camera.id}") { fiberRuns { id path } } }`)).cameraNetworkPath.fiberRuns[0];
    await page.getByTestId('outage-pick').click();
    // Clicked on the map like a user would: points along the run's longest segments, each brought to
    // the centre of the view (a run may start off screen). A pole, power feed or camera drawn above
    // the run may take a click, so a point that picks something else is cleared and the next tried.
    const segments = run.path.coordinates.slice(1).map((end, index) => [run.path.coordinates[index], end] as const)
      .sort((p, q) => Math.hypot(q[1][0] - q[0][0], q[1][1] - q[0][1]) - Math.hypot(p[1][0] - p[0][0], p[1][1] - p[0][1]));
    const candidates = segments.slice(0, 4).flatMap(([a, b]) => [0.5, 0.3, 0.7].map((f): [number, number] => [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f]));
    const pickedIds = () => page.$$eval('[data-testid="outage-failure"]', (items) => items.map((item) => item.getAttribute('data-id')));
    let picked = false;
    for (const target of candidates) {
      await page.evaluate(([lon, lat]) => {
        (globalThis as unknown as { __vigieMap: { setView(center: [number, number], zoom: number, options: object): void } }).__vigieMap.setView([lat, lon], 18, { animate: false });
      }, target);
      await page.waitForTimeout(300);
      const point = await mapPoint(page, target[0], target[1]);
      await page.mouse.click(point.x, point.y);
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="outage-selected"]')?.getAttribute('data-count')) > 0, undefined, { timeout: 2_000 }).catch(() => undefined);
      if ((await pickedIds()).includes(run.id)) {
        picked = true;
        break;
      }
      if ((await pickedIds()).length > 0) await page.getByTestId('outage-clear').click();
    }
    expect(picked).toBe(true);
    expect(await pickedIds()).toEqual([run.id]);
    await page.getByTestId('outage-run').click();
    await page.waitForSelector('[data-testid="outage-result"]', { timeout: 20_000 });
    expect(Number(await page.getAttribute('[data-testid="outage-result"]', 'data-dark'))).toBeGreaterThan(0);
    expect(await page.evaluate(() => countDrawn('dark-camera'))).toBeGreaterThan(0);
    // Coverage lost per black spot, as shares of its area before → during the outage.
    for (const loss of await page.locator('[data-testid="outage-loss"]').allTextContents()) {
      expect(loss).toMatch(/^\d+(\.\d+)?%\s*→\s*\d+(\.\d+)?%/);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-network.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("ranks a black spot's single points of failure and runs one's outage; shows a camera link's loss budget and power path", async () => {
    type Entry = { element: { kind: string; id: string; code: string } };
    const spots = (await graphql<{ blackSpots: { nodes: Array<{ id: string }> } }>(baseUrl, '{ blackSpots(first: 100) { nodes { id } } }')).blackSpots.nodes;
    // The first black spot that a pole, node, run, feed or source alone costs coverage (not only a camera of its own).
    let spotId = '';
    let ranked: Entry[] = [];
    for (const spot of spots) {
      ranked = (await graphql<{ blackSpotSinglePointsOfFailure: Entry[] }>(
        baseUrl, `{ blackSpotSinglePointsOfFailure(blackSpotId: "${spot.id}") { element { kind id code } } }`)).blackSpotSinglePointsOfFailure;
      spotId = spot.id;
      if (ranked.some((candidate) => candidate.element.kind !== 'camera')) break;
    }
    const entry = ranked.find((candidate) => candidate.element.kind !== 'camera')!;
    expect(entry).toBeDefined();
    const page = await openMap(`sel=blackSpot:${spotId}&tab=blackSpots`);
    await page.waitForSelector('[data-testid="spof-row"]', { timeout: 30_000 });
    // The API's ranking, in its order, largest coverage loss first.
    expect(await page.$$eval('[data-testid="spof-row"]', (rows) => rows.map((row) => row.getAttribute('data-id')))).toEqual(ranked.map((candidate) => candidate.element.id));
    await page.click(`[data-testid="spof-row"][data-id="${entry.element.id}"]`);
    await page.waitForSelector('[data-testid="spof-outage"]', { timeout: 20_000 });
    // The element alone costs the spot coverage: some camera goes dark, drawn on the map, and the spot's share falls.
    expect(Number(await page.getAttribute('[data-testid="spof-outage"]', 'data-dark'))).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="spof-outage"]')).toMatch(/\d+(\.\d+)?%\s*→\s*\d+(\.\d+)?%/);
    expect(await page.evaluate(() => countDrawn('dark-camera'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-black-spot-failures.png') });
    await page.close();

    const camera = (await graphql<{ cameras: { nodes: Array<{ id: string; version: number; name: string | null }> } }>(
      baseUrl, '{ cameras(first: 1, filter: { status: [commissioned] }) { nodes { id version name } } }')).cameras.nodes[0];
    // One change through the API (the seed writes no audit trail), for the history below.
    await graphql(baseUrl, `mutation { updateCamera(input: { id: "${camera.id}", version: ${camera.version}, name: "History check" }) { id } }`);
    const { cameraNetworkPath: path } = await graphql<{ cameraNetworkPath: { opticalLossDb: number; budgetDb: number; powerSource: { code: string } | null } }>(
      baseUrl, `{ cameraNetworkPath(cameraId: "${camera.id}") { opticalLossDb budgetDb powerSource { code } } }`);
    const networkPage = await openMap(`sel=camera:${camera.id}&tab=network`);
    await networkPage.getByTestId('show-path').click();
    await networkPage.waitForSelector('[data-testid="loss-budget"]', { timeout: 20_000 });
    expect(Number(await networkPage.getAttribute('[data-testid="loss-budget"]', 'data-loss-db'))).toBeCloseTo(path.opticalLossDb, 3);
    expect(await networkPage.textContent('[data-testid="loss-total"]')).toBe(`${Number(path.opticalLossDb.toFixed(2))} of ${Number(path.budgetDb.toFixed(2))} dB`);
    expect(await networkPage.textContent('[data-testid="power-path"]')).toContain(path.powerSource?.code ?? 'No power path');
    await networkPage.screenshot({ path: join(SCREENSHOTS, 'workspace-loss-budget.png') });
    // The camera's history, collapsed until opened: the demo seed created it.
    expect(await networkPage.isVisible('[data-testid="history-entry"]')).toBe(false);
    await networkPage.click('[data-testid="asset-history"] summary');
    await networkPage.waitForSelector('[data-testid="history-entry"][data-action="update"]', { timeout: 20_000 });
    const change = await networkPage.textContent('[data-testid="history-entry"][data-action="update"]');
    expect(change).toContain('engineer@vigie.demo');
    expect(change).toContain('History check');
    // On a phone the budget, its bar and the history fit the width.
    await networkPage.setViewportSize({ width: 390, height: 844 });
    for (const testId of ['loss-budget', 'power-path', 'asset-history']) {
      const box = (await networkPage.getByTestId(testId).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await networkPage.getByTestId('loss-budget').scrollIntoViewIfNeeded();
    await networkPage.screenshot({ path: join(SCREENSHOTS, 'workspace-loss-budget-phone.png') });
    await graphql(baseUrl, `mutation { updateCamera(input: { id: "${camera.id}", version: ${camera.version + 1}, name: ${JSON.stringify(camera.name ?? '')} }) { id } }`);
    expect(pageErrors).toEqual([]);
    await networkPage.close();
  });

  it('saves a PTZ camera\'s current aim as a named preset, shows its view, and removes it', async () => {
    const cameras = (await graphql<{ cameras: { nodes: Array<{ id: string; code: string; location: { coordinates: [number, number] }; model: { kind: string } }> } }>(
      baseUrl, '{ cameras(first: 200) { nodes { id code location model { kind } } } }')).cameras.nodes;
    const ptz = cameras.find((camera) => camera.model.kind === 'ptz')!;
    expect(ptz).toBeDefined();
    const [lon, lat] = ptz.location.coordinates;
    const page = await openMap(`map=17/${lat}/${lon}&sel=camera:${ptz.id}&tab=plan`);
    await page.waitForSelector('[data-testid="ptz-presets"]', { timeout: 20_000 });
    const before = Number(await page.getAttribute('[data-testid="ptz-presets"]', 'data-count'));
    await page.getByTestId('camera-heading').fill('135');
    await page.getByTestId('ptz-preset-name').fill('Test gate');
    await page.getByTestId('ptz-preset-zoom').fill('4');
    await page.getByTestId('ptz-preset-save').click();
    await page.waitForSelector('[data-testid="ptz-preset"][data-name="Test gate"]', { timeout: 15_000 });
    // Saving the preset made a new version of the camera: the heading typed (not applied) stays.
    expect(await page.getByTestId('camera-heading').inputValue()).toBe('135');
    expect(await page.getByTestId('camera-apply').isEnabled()).toBe(true);
    const stored = await graphql<{ camera: { ptzPresets: Array<{ name: string; headingDegrees: number; zoomFactor: number }> } }>(
      baseUrl, `{ camera(id: "${ptz.id}") { ptzPresets { name headingDegrees zoomFactor } } }`);
    expect(stored.camera.ptzPresets).toContainEqual({ name: 'Test gate', headingDegrees: 135, zoomFactor: 4 });
    await page.locator('[data-testid="ptz-preset"][data-name="Test gate"] [data-testid="ptz-preset-show"]').click();
    await page.waitForFunction(() => countDrawn('coverage-preview') > 0, undefined, { timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-ptz-preset.png') });
    await page.getByRole('button', { name: 'Remove preset Test gate' }).click();
    await page.waitForFunction((count) => Number(document.querySelector('[data-testid="ptz-presets"]')?.getAttribute('data-count')) === count, before, { timeout: 15_000 });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('shows the city and zone summaries, and says the stored coverage behind them is current', async () => {
    const page = await openMap('map=14/34.0617/-4.9836&tab=summary');
    await page.waitForSelector('[data-testid="summary-city"]', { timeout: 20_000 });
    expect(await page.locator('[data-testid="summary-city"] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="summary-city"]')).toMatch(/\d+(\.\d+)?\s?%/);
    await page.waitForSelector('[data-testid="coverage-freshness"]', { timeout: 20_000 });
    expect(await page.getAttribute('[data-testid="coverage-freshness"]', 'data-stale')).toBe('0');
    expect(await page.textContent('[data-testid="coverage-freshness"]')).toMatch(/current for all \d+ cameras/);
    expect(await page.locator('.chart-box canvas').count()).toBe(1);
    // Every zone table has black spots in it; no area is titled with a dash.
    const captions = await page.locator('[data-testid="summary-zone"] caption').allTextContents();
    expect(captions.length).toBeGreaterThan(0);
    expect(captions).not.toContain('—');
    for (const count of await page.locator('[data-testid="summary-zone"] tbody tr td:first-of-type').allTextContents()) expect(Number(count)).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-summary.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('switches to Arabic, right to left, and remembers it', async () => {
    const page = await openMap('map=15/34.0617/-4.9836');
    await page.getByTestId('language-select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.textContent('[data-testid="tab-layers"]')).toBe('الطبقات');
    expect(await page.textContent('#layers-heading')).toBe('الطبقات');
    // The panel is mirrored: on the right of the map.
    const panel = (await page.locator('aside.side-panel').boundingBox())!;
    const map = (await page.getByTestId('map').boundingBox())!;
    expect(panel.x).toBeGreaterThan(map.x);
    // Drawing hints in Arabic too (geoman ships none).
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('tool-draw-black-spot').click();
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.move(map.x + map.width / 2 + 5, map.y + map.height / 2 + 5);
    expect(await page.locator('.leaflet-tooltip').filter({ hasText: 'انقر لوضع النقطة الأولى' }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-arabic-rtl.png') });
    await page.getByTestId('tool-select').click();
    // Remembered: a new page opens in Arabic; a camera's editor and figures read right to left.
    const camera = (await graphql<{ cameras: { nodes: Array<{ id: string; location: { coordinates: [number, number] } }> } }>(
      baseUrl, '{ cameras(first: 1, filter: { status: [commissioned] }) { nodes { id location } } }')).cameras.nodes[0];
    await page.goto(`${baseUrl}/?tiles=off#map=18/${camera.location.coordinates[1]}/${camera.location.coordinates[0]}&sel=camera:${camera.id}&tab=plan`);
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.waitForSelector('[data-testid="coverage-preview"][data-state="loaded"]', { timeout: 20_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-arabic-camera.png') });
    await page.getByTestId('language-select').selectOption('fr');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(await page.textContent('[data-testid="tab-layers"]')).toBe('Couches');
    await page.close();
  });

  it('leaves no English behind in Arabic and French: every tab, and the details of every kind of asset', async () => {
    // The codes of one asset of each kind, to open its details through the search box.
    const codes = await graphql<Record<string, { nodes: Array<{ code: string }> }>>(baseUrl, `{
      cameras(first: 1) { nodes { code } } poles(first: 1) { nodes { code } } networkNodes(first: 1) { nodes { code } }
      fiberRuns(first: 1) { nodes { code } } powerSources(first: 1) { nodes { code } } powerFeeds(first: 1) { nodes { code } }
      blackSpots(first: 1) { nodes { code } } zones(first: 1) { nodes { code } } }`);
    const page = await openMap('map=15/34.0617/-4.9836');
    const tabs = await page.locator('[role="tab"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')!));
    expect(tabs.length).toBeGreaterThanOrEqual(7);
    for (const language of ['ar', 'fr', 'en']) {
      await page.getByTestId('language-select').selectOption(language);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      for (const tab of tabs) {
        await page.getByTestId(tab).click();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: join(SCREENSHOTS, `every-tab-${language}-${tab}.png`) });
      }
      await page.getByTestId('tab-layers').click();
      for (const [collection, { nodes }] of Object.entries(codes)) {
        if (!nodes[0]?.code) continue;
        await page.getByTestId('search-input').fill(nodes[0].code);
        await page.getByTestId('search-results').getByRole('option').first().click();
        await page.waitForLoadState('networkidle');
        const details = page.locator('[data-testid="asset-details"], [data-testid="camera-editor"]');
        await details.first().waitFor();
        expect([collection, await details.count()]).toEqual([collection, 1]);
      }
      const missing = await page.evaluate(() => [...((globalThis as { __vigieMissingTranslations?: Set<string> }).__vigieMissingTranslations ?? [])]);
      expect([language, missing]).toEqual([language, []]);
    }
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('flags a camera placed with neither fiber nor power: in the design checks, with a badge, in its editor', async () => {
    const poles = (await graphql<{ poles: { nodes: Array<{ location: { coordinates: [number, number] } }> } }>(
      baseUrl, '{ poles(first: 1000) { nodes { location } } }')).poles.nodes;
    const northernmost = poles.reduce((best, pole) => (pole.location.coordinates[1] > best.location.coordinates[1] ? pole : best));
    // 60 m north of the northernmost pole: nothing to snap to, no cable ends there.
    const [lon, lat] = [northernmost.location.coordinates[0], northernmost.location.coordinates[1] + 60 / 111_320];
    const page = await openMap(`map=18/${lat}/${lon}&layers=poles,cameras`);
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('tool-place-camera').click();
    const click = await mapPoint(page, lon, lat);
    await page.mouse.click(click.x, click.y);
    await page.waitForSelector('[data-testid="camera-editor"]');
    const placed = await newestCamera(baseUrl);
    expect(placed.poleId).toBeNull();

    const warnings = page.getByTestId('camera-design-warnings');
    await warnings.waitFor();
    expect(await warnings.getAttribute('data-kinds')).toBe('no_network_path,no_power');
    await page.waitForFunction((id) => {
      let found = false;
      (globalThis as unknown as { __vigieMap: { eachLayer(callback: (layer: { feature?: { properties?: { layer?: string; cameraId?: string } } }) => void): void } }).__vigieMap
        .eachLayer((layer) => { if (layer.feature?.properties?.layer === 'design-check-badges' && layer.feature.properties.cameraId === id) found = true; });
      return found;
    }, placed.id);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="camera-editor"]', { state: 'detached' });
    await page.screenshot({ path: join(SCREENSHOTS, 'design-check-badge.png') });

    await page.getByTestId('tab-network').click();
    const noPower = page.locator('[data-testid="design-check"][data-kind="no_power"]');
    expect(Number(await noPower.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    expect(Number(await page.locator('[data-testid="design-check"][data-kind="dark_by_day"]').getAttribute('data-count'))).toBe(10);
    await page.getByTestId('design-checks').screenshot({ path: join(SCREENSHOTS, 'design-checks.png') });
    // Select another camera, then come back to the flagged one from the list.
    await page.locator('[data-testid="design-check"][data-kind="dark_by_day"] [data-testid="design-check-camera"]').first().click();
    await page.waitForSelector('[data-testid="camera-design-warnings"][data-kinds="dark_by_day"]');
    await noPower.locator(`[data-testid="design-check-camera"][data-camera-id="${placed.id}"]`).click();
    await page.waitForSelector('[data-testid="camera-design-warnings"][data-kinds="no_network_path,no_power"]');
    expect(pageErrors).toEqual([]);
    await page.close();
    await graphql(baseUrl, `mutation { deleteCamera(id: "${placed.id}", version: ${placed.version}) { id } }`);
  });

  it('works on a phone: the panel is a sheet toggled from the header', async () => {
    const phone = await browser!.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.route((url) => url.origin !== new URL(baseUrl).origin, (route) => route.abort('internetdisconnected'));
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/?tiles=off`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    expect(await page.getByTestId('panel-toggle').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-phone.png') });
    await page.getByTestId('panel-toggle').click();
    expect(await page.locator('aside.side-panel').isVisible()).toBe(false);
    await phone.close();
  });
});

// ---- helpers -------------------------------------------------------------------------------------

function countDrawn(layerId: string): number {
  let count = 0;
  (globalThis as unknown as { __vigieMap?: { eachLayer(callback: (layer: { feature?: { properties?: { layer?: string } } }) => void): void } }).__vigieMap?.eachLayer((layer) => {
    if (layer.feature?.properties?.layer === layerId) count++;
  });
  return count;
}

let accessToken: string | undefined;

/** Signs in through the API and keeps the token for the test's own API calls. */
async function signIn(baseUrl: string, email: string, password: string): Promise<{ accessToken: string }> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    baseUrl,
    `mutation { login(email: "${email}", password: "${password}") { accessToken refreshToken accessTokenExpiresAt user { id email name role organisation { id name kind } } } }`,
  );
  accessToken = login.accessToken;
  return login;
}

async function graphql<T>(baseUrl: string, query: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${body.errors?.map((error) => error.message).join('; ')}`);
  return body.data;
}

interface ApiCamera { id: string; version: number; headingDegrees: number; poleId: string | null; location: { coordinates: [number, number] } }

async function countCameras(baseUrl: string): Promise<number> {
  return (await graphql<{ cameras: { totalCount: number } }>(baseUrl, '{ cameras(first: 1) { totalCount } }')).cameras.totalCount;
}
async function newestCamera(baseUrl: string): Promise<ApiCamera> {
  const { cameras } = await graphql<{ cameras: { nodes: Array<ApiCamera & { createdAt: string }> } }>(baseUrl, '{ cameras(first: 1000) { nodes { id version headingDegrees poleId location createdAt } } }');
  return cameras.nodes.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}
async function cameraById(baseUrl: string, id: string): Promise<ApiCamera> {
  return (await graphql<{ camera: ApiCamera }>(baseUrl, `{ camera(id: "${id}") { id version headingDegrees poleId location } }`)).camera;
}

/** Polls until the value equals `expected` (or 10 s pass) and returns the last value. */
async function poll<T>(read: () => Promise<T>, expected: T): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 50 && value !== expected; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}
