/**
 * The engineer's map, complete (issue 15) in chromium against the real backend with the Fes demo:
 * placing, moving and editing a switch and a pole, a fiber run's install method moving the bill, the
 * camera model catalogue with its optics as typed, the city blind-spot layer, the admins' audit view,
 * a hash edited in the open tab; and screenshots of every tab in ar/fr/en on a desktop and a phone
 * (test-artifacts/screenshots/tabs-*.png, git-ignored), to be looked at.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserTestApi, type BrowserTestApi } from '../support/browser-api';
import { describeInChromium, mapPoint, SCREENSHOTS, signedInChromium } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = describeInChromium('engineer-map');

interface ApiPoint { id: string; version: number; code: string; kind: string; location: { coordinates: [number, number] } }

describeIfChromium("the engineer's map in chromium", () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let engineer: BrowserContext;
  let admin: BrowserContext;
  let api: BrowserTestApi;
  let adminSession: { accessToken: string };
  let baseUrl: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startVigie({ seedDemo: true });
    baseUrl = server.baseUrl.replace(/\/+$/, '');
    const adminApi = browserTestApi(baseUrl);
    adminSession = await adminApi.signIn('admin@vigie.demo', 'vigie-admin-demo');
    api = browserTestApi(baseUrl);
    const session = await api.signIn('engineer@vigie.demo', 'vigie-engineer-demo');
    ({ browser, context: engineer } = await signedInChromium(baseUrl, session, { baseURL: baseUrl }));
    admin = await signedInContext(browser, baseUrl, adminSession, { width: 1400, height: 900 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openMap(hash: string, context: BrowserContext = engineer): Promise<Page> {
    pageErrors.length = 0;
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}/?tiles=off#${hash}`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await page.addScriptTag({ content: countDrawn.toString() });
    return page;
  }

  const notice = (page: Page, text: string) =>
    page.waitForFunction((expected) => document.querySelector('[data-testid="notice"]')?.textContent?.includes(expected), text, { timeout: 20_000 });

  it('places a switch and a pole, edits them with the API refusing a bad value in words, and moves the pole by its handle', async () => {
    // An open spot 60 m north of a demo pole.
    const [pole] = (await api.query<{ poles: { nodes: ApiPoint[] } }>('{ poles(first: 1) { nodes { id version code kind location } } }')).poles.nodes;
    const [lon, lat] = pole.location.coordinates;
    const north = (meters: number) => lat + meters / 111_320;
    const page = await openMap(`map=18/${north(60)}/${lon}&layers=zones,poles,network-nodes,power-sources`);
    await page.getByTestId('tab-plan').click();

    await page.getByTestId('tool-place-network-node').click();
    await page.getByTestId('point-kind').selectOption('switch');
    const at = await mapPoint(page, lon, north(60));
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('[data-testid="asset-details"][data-kind="networkNode"] [data-testid="asset-form"]');
    const switchCode = await page.locator('#asset-NetworkNode-code').inputValue();
    const { networkNodes } = await api.query<{ networkNodes: { nodes: Array<ApiPoint & { status: string }> } }>('{ networkNodes(first: 1000) { nodes { id version code kind status location } } }');
    const placedSwitch = networkNodes.nodes.find((node) => node.code === switchCode)!;
    expect(placedSwitch).toMatchObject({ kind: 'switch', status: 'planned' });
    expect(placedSwitch.location.coordinates[1]).toBeCloseTo(north(60), 4);

    // A negative port count: the API's refusal, in words, and nothing written.
    await page.getByTestId('asset-field-portCount').fill('-3');
    await page.getByTestId('asset-apply').click();
    await page.waitForSelector('[data-testid="asset-form-error"]');
    expect(await page.textContent('[data-testid="asset-form-error"]')).toContain('A value is not accepted');
    await page.getByTestId('asset-field-portCount').fill('16');
    await page.getByTestId('asset-field-upsAutonomyMinutes').fill('45');
    await page.getByTestId('asset-apply').click();
    await notice(page, `updated`);
    const edited = (await api.query<{ networkNode: { version: number; portCount: number; upsAutonomyMinutes: number } }>(
      `{ networkNode(id: "${placedSwitch.id}") { version portCount upsAutonomyMinutes } }`)).networkNode;
    expect(edited).toEqual({ version: placedSwitch.version + 1, portCount: 16, upsAutonomyMinutes: 45 });

    // A pole 30 m east of the switch, then dragged 20 m further east by its handle.
    await page.getByTestId('tool-place-pole').click();
    await page.getByTestId('point-kind').selectOption('street_light');
    const east = (meters: number) => lon + meters / (111_320 * Math.cos((lat * Math.PI) / 180));
    const poleAt = await mapPoint(page, east(30), north(60));
    await page.mouse.click(poleAt.x, poleAt.y);
    await page.waitForSelector('[data-testid="asset-details"][data-kind="pole"] [data-testid="asset-form"]');
    // One details panel, the pole's (not the switch's left behind).
    expect(await page.locator('[data-testid="asset-form"]').count()).toBe(1);
    const poleCode = await page.locator('#asset-Pole-code').inputValue();
    const findPole = async () => (await api.query<{ poles: { nodes: Array<ApiPoint & { heightMeters: number }> } }>('{ poles(first: 1000) { nodes { id version code kind heightMeters location } } }'))
      .poles.nodes.find((candidate) => candidate.code === poleCode)!;
    expect(await findPole()).toMatchObject({ kind: 'street_light', heightMeters: 8 });
    await page.getByTestId('asset-field-heightMeters').fill('10,5');
    await page.getByTestId('asset-apply').click();
    await notice(page, 'updated');
    expect((await findPole()).heightMeters).toBe(10.5);

    const handle = (await page.getByTestId('point-handle').boundingBox())!;
    const target = await mapPoint(page, east(50), north(60));
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x - 10, target.y, { steps: 4 });
    await page.mouse.move(target.x, target.y, { steps: 2 });
    await page.mouse.up();
    await notice(page, `${poleCode} moved`);
    const moved = await findPole();
    expect(moved.location.coordinates[0]).toBeCloseTo(east(50), 4);
    await page.screenshot({ path: join(SCREENSHOTS, 'engineer-pole-moved.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("changes a fiber run's install method and strands from its details, and the bill moves by what the API prices", async () => {
    const { fiberRuns } = await api.query<{ fiberRuns: { nodes: Array<{ id: string; version: number; code: string; installMethod: string; existing: boolean; path: { coordinates: [number, number][] } }> } }>(
      '{ fiberRuns(first: 1000) { nodes { id version code installMethod existing path } } }');
    const run = fiberRuns.nodes.find((candidate) => !candidate.existing && candidate.installMethod === 'underground_duct')
      ?? fiberRuns.nodes.find((candidate) => !candidate.existing && candidate.installMethod !== 'existing_duct')!;
    const total = async () => (await api.query<{ billOfQuantities: { overall: { totalBeforeTaxMad: number } } }>('{ billOfQuantities { overall { totalBeforeTaxMad } } }')).billOfQuantities.overall.totalBeforeTaxMad;
    const before = await total();
    const [lon, lat] = run.path.coordinates[0];
    const page = await openMap(`map=17/${lat}/${lon}&sel=fiberRun:${run.id}`);
    await page.waitForSelector('[data-testid="asset-details"][data-kind="fiberRun"] [data-testid="asset-form"]');
    expect(await page.getByTestId('asset-field-installMethod').inputValue()).toBe(run.installMethod);

    // Strands as text that is not a number: said before anything is sent.
    await page.getByTestId('asset-field-strandCount').fill('twelve');
    await page.getByTestId('asset-apply').click();
    expect(await page.textContent('[data-testid="asset-form-error"]')).toBe('Strands: type a number.');
    await page.getByTestId('asset-field-strandCount').fill('24');
    await page.getByTestId('asset-field-installMethod').selectOption('existing_duct');
    await page.getByTestId('asset-apply').click();
    await notice(page, 'updated');
    const saved = (await api.query<{ fiberRun: { installMethod: string; strandCount: number } }>(`{ fiberRun(id: "${run.id}") { installMethod strandCount } }`)).fiberRun;
    expect(saved).toEqual({ installMethod: 'existing_duct', strandCount: 24 });
    const after = await total();
    // Pulled through a duct already there: no trench, cheaper laying.
    expect(after).toBeLessThan(before);

    await page.getByTestId('tab-bill').click();
    await page.waitForSelector('[data-testid="bill-panel"][data-state="loaded"]', { timeout: 30_000 });
    expect(Number(await page.getAttribute('[data-testid="bill-total"]', 'data-total-mad'))).toBe(after);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('lists the camera model catalogue, shows the optics as a new model is typed, creates it and refuses a duplicate code', async () => {
    const { cameraModels } = await api.query<{ cameraModels: { totalCount: number; nodes: Array<{ code: string }> } }>('{ cameraModels(first: 1000) { totalCount nodes { code } } }');
    const page = await openMap('map=15/34.0617/-4.9836&tab=models');
    await page.waitForSelector('[data-testid="model-list"]');
    expect(Number(await page.getAttribute('[data-testid="model-list"]', 'data-count'))).toBe(cameraModels.totalCount);

    await page.getByTestId('model-new').click();
    const type = async (key: string, value: string) => page.locator(`#model-${key}`).fill(value);
    await type('code', 'CAM-TEST-4MM');
    await type('name', 'Bullet 2 MP 4 mm');
    await type('manufacturer', 'Test optics');
    await type('sensorWidthMm', '5.37');
    await type('focalLengthMinMm', '4');
    expect(await page.getAttribute('[data-testid="model-optics"]', 'data-state')).toBe('incomplete');
    await type('horizontalPixels', '1920');
    // HFOV = 2 atan(5.37 / 8) = 67.7°; detection (25 px/m) reaches 1920 / 25 / (2 tan 33.9°) = 57.2 m.
    expect(Number(await page.getAttribute('[data-testid="model-optics"]', 'data-fov'))).toBeCloseTo(67.73, 1);
    expect(Number(await page.getAttribute('[data-testid="model-dori"][data-level="detection"]', 'data-wide'))).toBeCloseTo(57.2, 0);
    // A longer focal length typed: the optics follow at once.
    await type('focalLengthMaxMm', '12');
    await page.waitForFunction(() => document.querySelector('[data-testid="model-fov"]')?.textContent?.includes(' to '));
    await type('verticalPixels', '1080');
    await type('powerDrawWatts', '6');
    await type('typicalBitrateMbps', '4');
    await type('unitPriceMad', '2400');
    await page.getByTestId('model-save').click();
    await page.waitForSelector('[data-testid="model-row"][data-code="CAM-TEST-4MM"]');
    const created = (await api.query<{ cameraModels: { nodes: Array<{ code: string; focalLengthMaxMm: number; kind: string }> } }>('{ cameraModels(first: 1000) { nodes { code focalLengthMaxMm kind } } }'))
      .cameraModels.nodes.find((model) => model.code === 'CAM-TEST-4MM');
    expect(created).toEqual({ code: 'CAM-TEST-4MM', focalLengthMaxMm: 12, kind: 'fixed_bullet' });

    // The same code again: refused by the API, said in words, nothing added.
    await page.getByTestId('model-new').click();
    for (const [key, value] of [['code', cameraModels.nodes[0].code.toLowerCase()], ['name', 'Copy'], ['manufacturer', 'X'], ['sensorWidthMm', '5'], ['focalLengthMinMm', '4'],
      ['horizontalPixels', '1920'], ['verticalPixels', '1080'], ['powerDrawWatts', '5'], ['typicalBitrateMbps', '4'], ['unitPriceMad', '100']]) await type(key, value);
    await page.getByTestId('model-save').click();
    await page.waitForSelector('[data-testid="model-error"]');
    expect(await page.textContent('[data-testid="model-error"]')).toMatch(/conflicts with existing data/);
    expect(Number(await page.getAttribute('[data-testid="model-list"]', 'data-count'))).toBe(cameraModels.totalCount + 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'engineer-model-catalogue.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("shows each PTZ preset's figures (area per level, black spots served) and draws the reach over the pan range at a zoom", async () => {
    const { cameras } = await api.query<{ cameras: { nodes: Array<{ id: string; version: number; location: { coordinates: [number, number] }; model: { kind: string } }> } }>(
      '{ cameras(first: 1000) { nodes { id version location model { kind } } } }');
    const ptz = cameras.nodes.find((camera) => camera.model.kind === 'ptz')!;
    const { blackSpots } = await api.query<{ blackSpots: { nodes: Array<{ code: string; name: string; boundary: { coordinates: [number, number][][] } }> } }>('{ blackSpots(first: 100) { nodes { code name boundary } } }');
    // Aimed at the nearest black spot's centre (a bearing on the local plane).
    const [lon, lat] = ptz.location.coordinates;
    const toward = blackSpots.nodes.map((spot) => {
      const ring = spot.boundary.coordinates[0];
      const [cx, cy] = ring.reduce(([x, y], [px, py]) => [x + px / ring.length, y + py / ring.length], [0, 0]);
      const dx = (cx - lon) * Math.cos((lat * Math.PI) / 180);
      const dy = cy - lat;
      return { spot, distance: Math.hypot(dx, dy), heading: ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360 };
    }).sort((a, b) => a.distance - b.distance)[0];
    await api.query(`mutation { updateCamera(input: { id: "${ptz.id}", version: ${ptz.version}, ptzPresets: [{ name: "Spot", headingDegrees: ${toward.heading}, tiltDegrees: 8, zoomFactor: 1 }] }) { id } }`);
    const { ptzPresetCoverage } = await api.query<{ ptzPresetCoverage: Array<{ presetName: string; coverage: Array<{ level: string; areaSquareMeters: number }> }> }>(
      `{ ptzPresetCoverage(cameraId: "${ptz.id}") { presetName coverage { level areaSquareMeters } } }`);

    const page = await openMap(`map=17/${lat}/${lon}&sel=camera:${ptz.id}`);
    await page.waitForSelector('[data-testid="ptz-preset-figures"]', { timeout: 30_000 });
    const shownArea = (scope: string, level: string) => page.getAttribute(`[data-testid="${scope}"] li[data-level="${level}"]`, 'data-area').then(Number);
    for (const { level, areaSquareMeters } of ptzPresetCoverage[0].coverage) expect(await shownArea('ptz-preset-figures', level)).toBeCloseTo(areaSquareMeters, 6);
    expect(Number(await page.getAttribute('[data-testid="ptz-preset-figures"]', 'data-served'))).toBeGreaterThanOrEqual(1);
    expect(await page.textContent('[data-testid="ptz-preset-figures"]')).toContain(toward.spot.name || toward.spot.code);

    await page.getByTestId('ptz-reach-zoom').fill('2');
    await page.getByTestId('ptz-reach-show').click();
    await page.waitForSelector('[data-testid="ptz-reach"]');
    const { ptzReachableCoverage } = await api.query<{ ptzReachableCoverage: Array<{ level: string; areaSquareMeters: number }> }>(
      `{ ptzReachableCoverage(cameraId: "${ptz.id}", zoomFactor: 2) { level areaSquareMeters } }`);
    const detection = ptzReachableCoverage.find((entry) => entry.level === 'detection')!.areaSquareMeters;
    expect(await shownArea('ptz-reach', 'detection')).toBeCloseTo(detection, 6);
    // The reach is larger than one preset's view at the widest zoom.
    expect(detection).toBeGreaterThan(ptzPresetCoverage[0].coverage.find((entry) => entry.level === 'detection')!.areaSquareMeters);
    expect(await page.evaluate(() => countDrawn('coverage-preview'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'engineer-ptz-reach.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('draws the city blind spots: the uncovered part of every black spot at once, toggled in the layers', async () => {
    const { blackSpotCoverages } = await api.query<{ blackSpotCoverages: Array<{ coveredFraction: number; uncovered: { coordinates: unknown[] } }> }>(
      '{ blackSpotCoverages { coveredFraction uncovered } }');
    const withBlindPart = blackSpotCoverages.filter((coverage) => coverage.uncovered.coordinates.length > 0).length;
    expect(withBlindPart).toBeGreaterThan(0);
    const page = await openMap('map=14/34.0617/-4.9836');
    expect(await page.getByTestId('layer-toggle-blind-spots').isChecked()).toBe(false);
    await page.getByTestId('layer-toggle-blind-spots').check();
    await page.waitForSelector('[data-testid="blind-spots-state"][data-state="loaded"]', { state: 'attached', timeout: 30_000 });
    expect(Number(await page.getAttribute('[data-testid="blind-spots-state"]', 'data-count'))).toBe(withBlindPart);
    expect(await page.evaluate(() => countDrawn('blind-spots'))).toBe(withBlindPart);
    expect(page.url()).toContain('blind-spots');
    await page.screenshot({ path: join(SCREENSHOTS, 'engineer-blind-spots.png') });
    await page.getByTestId('layer-toggle-blind-spots').uncheck();
    await page.waitForFunction(() => countDrawn('blind-spots') === 0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("gives administrators the audit trail with filters, and follows a hash edited in the open tab", async () => {
    const adminApi = browserTestApi(baseUrl);
    await adminApi.signIn('admin@vigie.demo', 'vigie-admin-demo');
    const count = async (filter: string) => (await adminApi.query<{ auditEntries: { totalCount: number } }>(`{ auditEntries(filter: ${filter}, first: 1) { totalCount } }`)).auditEntries.totalCount;
    const engineerPage = await openMap('map=15/34.0617/-4.9836');
    expect(await engineerPage.getByTestId('tab-audit').count()).toBe(0);
    await engineerPage.close();

    // The engineer changes a pole (through the API): the audit must list it.
    const [changed] = (await api.query<{ poles: { nodes: ApiPoint[] } }>('{ poles(first: 1) { nodes { id version code kind location } } }')).poles.nodes;
    await api.query(`mutation { updatePole(input: { id: "${changed.id}", version: ${changed.version}, owner: "Commune de Fès" }) { id } }`);
    const page = await openMap('map=15/34.0617/-4.9836&tab=audit', admin);
    await page.waitForSelector('[data-testid="audit-total"]');
    expect(Number(await page.getAttribute('[data-testid="audit-total"]', 'data-total'))).toBe(await count('{}'));
    await page.getByTestId('audit-type').selectOption('Pole');
    const poles = await count('{ entityType: "Pole" }');
    expect(poles).toBeGreaterThan(0);
    await page.waitForSelector(`[data-testid="audit-total"][data-total="${poles}"]`);
    expect(new Set(await page.locator('[data-testid="audit-entry"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-type'))))).toEqual(new Set(['Pole']));
    // Updates only, by the engineer, today.
    await page.getByTestId('audit-action-create').uncheck();
    await page.getByTestId('audit-action-delete').uncheck();
    const { users } = await adminApi.query<{ users: { nodes: Array<{ id: string; email: string }> } }>('{ users(first: 100) { nodes { id email } } }');
    const engineerId = users.nodes.find((user) => user.email === 'engineer@vigie.demo')!.id;
    await page.getByTestId('audit-actor').selectOption(engineerId);
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await page.getByTestId('audit-from').fill(day);
    const updates = await count(`{ entityType: "Pole", action: [update], actorUserId: "${engineerId}" }`);
    expect(updates).toBeGreaterThan(0);
    await page.waitForSelector(`[data-testid="audit-total"][data-total="${updates}"]`);
    expect(new Set(await page.locator('[data-testid="audit-entry"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action'))))).toEqual(new Set(['update']));
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-audit.png') });

    // A link pasted into this tab: its tab and selection are followed, not only its view.
    const [pole] = (await api.query<{ poles: { nodes: ApiPoint[] } }>('{ poles(first: 1) { nodes { id version code kind location } } }')).poles.nodes;
    await page.evaluate(([id, lon, lat]) => { window.location.hash = `map=18/${lat}/${lon}&sel=pole:${id}`; }, [pole.id, ...pole.location.coordinates] as const);
    await page.waitForSelector('[data-testid="asset-details"][data-kind="pole"]');
    expect(await page.getAttribute('[data-testid="tab-layers"]', 'aria-selected')).toBe('true');
    await page.evaluate(() => { window.location.hash = `${window.location.hash.replace(/&tab=[^&]*/, '')}&tab=models`; });
    await page.waitForSelector('[data-testid="model-catalogue"]');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  // The screens are the same whatever the database: the screenshots are taken once, in the embedded run.
  const itOnce = process.env.DATABASE_URL ? it.skip : it;
  itOnce('leaves screenshots of every tab in Arabic, French and English, on a desktop and a phone, with nothing cut off sideways', async () => {
    // A contractor with a long name: the organisation picker must still fit the panel (it once set its width).
    const adminApi = browserTestApi(baseUrl);
    await adminApi.signIn('admin@vigie.demo', 'vigie-admin-demo');
    await adminApi.query('mutation { createOrganisation(input: { kind: contractor, name: "Société Marocaine des Travaux de Vidéoprotection et de Fibre Optique du Saïs SARL" }) { id } }');
    const phone = await signedInContext(browser!, baseUrl, adminSession, { width: 390, height: 844 }, true);
    for (const [viewport, context] of [['desktop', admin], ['phone', phone]] as const) {
      const page = await openMap('map=16/34.0617/-4.9836', context);
      const tabs = await page.locator('[role="tab"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')!));
      expect(tabs).toEqual(expect.arrayContaining(['tab-models', 'tab-audit']));
      for (const language of ['ar', 'fr', 'en']) {
        await page.getByTestId('language-select').selectOption(language);
        await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
        for (const tab of tabs) {
          await page.getByTestId(tab).click();
          await page.waitForLoadState('networkidle');
          // The faults tab's team filter lists every organisation, the long-named one too: checked once it is there.
          if (tab === 'tab-faults') await page.waitForSelector('[data-testid="faults-filter-team"]');
          await page.screenshot({ path: join(SCREENSHOTS, `tabs-${viewport}-${language}-${tab.replace('tab-', '')}.png`) });
          // The panel's content fits its width (wide tables scroll inside their own box).
          const overflow = await page.evaluate(() => {
            const panel = document.querySelector('.tab-panel') as HTMLElement;
            return panel.scrollWidth - panel.clientWidth;
          });
          expect([viewport, language, tab, overflow <= 1]).toEqual([viewport, language, tab, true]);
        }
      }
      const missing = await page.evaluate(() => [...((globalThis as { __vigieMissingTranslations?: Set<string> }).__vigieMissingTranslations ?? [])]);
      expect(missing).toEqual([]);
      await page.close();
    }
    await phone.close();
    expect(pageErrors).toEqual([]);
  }, 400_000);
});

/** A second signed-in context in the same browser (another account, or a phone). */
async function signedInContext(browser: Browser, baseUrl: string, session: object, viewport: { width: number; height: number }, mobile = false): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'en-GB', isMobile: mobile, hasTouch: mobile, baseURL: baseUrl });
  await context.addInitScript((stored) => localStorage.setItem('vigie.session', stored), JSON.stringify(session));
  await context.route((url) => url.origin !== new URL(baseUrl).origin, (route) => route.abort('internetdisconnected'));
  return context;
}

function countDrawn(layerId: string): number {
  let count = 0;
  (globalThis as unknown as { __vigieMap?: { eachLayer(callback: (layer: { feature?: { properties?: { layer?: string } } }) => void): void } }).__vigieMap?.eachLayer((layer) => {
    if (layer.feature?.properties?.layer === layerId) count++;
  });
  return count;
}
