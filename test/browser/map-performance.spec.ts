/**
 * Map performance with 10,000 cameras and their fields of view, in headless chromium against the
 * real backend (embedded PostGIS). The cameras are inserted in one SQL statement (copies of a demo
 * camera spread over Fes), then the map is opened and timed:
 *  - first paint: navigation start -> the map's first useful paint (`data-first-paint`: the cameras in
 *    view and the black spots drawn; the other layers follow) (checked: <= 3 s; the goal, 1.5 s, is the bench's);
 *  - full load, printed: every layer loaded (`data-ready`, the page's `vigie:map-ready` mark);
 *  - pan: map.panBy(300 px) -> the canvas redrawn (two animation frames after moveend) (<= 100 ms).
 * Also printed, not checked: a long pan (1.5 map widths, out of the margin the canvas draws ahead,
 * so everything is drawn again), and the machine's load average (figures on a busy machine are slower).
 * Run: `VIGIE_PERF=1 node --experimental-vm-modules node_modules/jest/bin/jest.js --selectProjects browser --testPathPatterns map-performance`
 * Prints the figures; fails when a target is missed by more than the tolerance below (CI noise). The
 * first load after the server started is timed here (cold caches); `npm run bench -- map-paint` gives
 * medians of warm loads beside references.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createVigieApp } from '../../backend/src/bootstrap';
import { CHROMIUM, SCREENSHOTS } from '../support/chromium';
import { fillWithCameras } from '../support/many-cameras';
import { createTestDatabase } from '../support/test-database';

const CAMERAS = 10_000;
/** The goal (1.5 s) is measured by `npm run bench -- map-paint`, on warm loads; this first, cold load is checked against 3 s. */
const FIRST_PAINT_TARGET_MS = 3000;
const PAN_TARGET_MS = 100;
/** Shared 2-core machines are noisy: fail only beyond target x tolerance. */
const TOLERANCE = Number(process.env.VIGIE_PERF_TOLERANCE ?? 2);
// A benchmark (about 30 s, inserts 10,000 cameras): opt in with VIGIE_PERF=1.
const enabled = existsSync(CHROMIUM) && process.env.VIGIE_PERF === '1';
if (!enabled) console.warn('map-performance skipped: set VIGIE_PERF=1 (and install /usr/bin/chromium) to run the 10,000-camera benchmark.');
const describeIfChromium = enabled ? describe : describe.skip;

describeIfChromium('map performance with 10,000 cameras', () => {
  it('paints within 3 s and pans within 100 ms', async () => {
    const database = await createTestDatabase({ seedDemoWhenEmpty: true });
    const app = await createVigieApp(database.config);
    await app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const dataSource = app.get(DataSource);
      expect(await fillWithCameras(dataSource, CAMERAS)).toBe(CAMERAS);

      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.route((url) => url.origin !== new URL(baseUrl).origin, (route) => route.abort('internetdisconnected'));
      const results: Record<string, number | string> = { 'load average (1 min) at the start': loadavg()[0].toFixed(2) };
      const checks: Array<[string, number, number]> = [];
      for (const [label, hash] of [['city view (zoom 13, all cameras in view)', 'map=13/34.045/-4.99'], ['street view (zoom 16)', 'map=16/34.0617/-4.9836']] as const) {
        // The previous view's requests (its pans asked for cameras in view many times; the page went, the
        // server still answers them) are served before this view is timed: one query queued behind them.
        await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ cameras(first: 0) { totalCount } }' }) });
        const page = await context.newPage();
        await page.goto(`${baseUrl}/?tiles=off#${hash}&layers=zones,black-spots,camera-sectors,cameras`);
        await page.waitForSelector('[data-testid="map"][data-first-paint="true"]', { timeout: 120_000, state: 'attached' });
        // Timed in the page (from its navigation start, to the frame after the paint): this process also
        // runs the server, whose synchronous work after the first paint (the design checks of 10,000
        // cameras) would otherwise be counted as the page's.
        const firstPaint = await page.evaluate(() => Math.round(performance.getEntriesByName('vigie:first-paint')[0]?.startTime ?? NaN));
        const camerasAtFirstPaint: number = await page.evaluate(() => {
          let cameras = 0;
          (globalThis as any).__vigieMap?.eachLayer((layer: any) => { if (layer.feature?.properties?.layer === 'cameras') cameras++; });
          return cameras;
        });
        expect(camerasAtFirstPaint).toBeGreaterThan(0);
        await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 120_000 });
        await page.waitForFunction(() => {
          let cameras = 0;
          (globalThis as any).__vigieMap?.eachLayer((layer: any) => { if (layer.feature?.properties?.layer === 'cameras') cameras++; });
          const loaded = Number(document.querySelector('[data-testid="count-cameras"]')?.getAttribute('data-count') ?? -1);
          return cameras > 0 && cameras === loaded;
        }, undefined, { timeout: 120_000, polling: 50 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const fullLoad = await page.evaluate(() => Math.round(performance.getEntriesByName('vigie:map-ready')[0]?.startTime ?? NaN));
        const drawn = Number(await page.getAttribute('[data-testid="count-cameras"]', 'data-count'));
        const mode = await page.getAttribute('[data-testid="map"]', 'data-camera-loading');
        const pans: number[] = await page.evaluate(async () => {
          const map = (globalThis as any).__vigieMap;
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          const times: number[] = [];
          for (let index = 0; index < 6; index++) {
            const start = performance.now();
            const moved = new Promise((resolve) => map.once('moveend', resolve));
            map.panBy([index % 2 ? -300 : 300, 0], { animate: false });
            await moved;
            await frame();
            await frame();
            times.push(performance.now() - start);
          }
          return times;
        });
        const longPans: number[] = await page.evaluate(async () => {
          const map = (globalThis as any).__vigieMap;
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          const distance = Math.round(map.getSize().x * 1.5);
          const times: number[] = [];
          for (let index = 0; index < 4; index++) {
            const start = performance.now();
            const moved = new Promise((resolve) => map.once('moveend', resolve));
            map.panBy([index % 2 ? -distance : distance, 0], { animate: false });
            await moved;
            await frame();
            await frame();
            times.push(performance.now() - start);
          }
          return times;
        });
        const sorted = [...pans].sort((a, b) => a - b);
        const medianPan = sorted[Math.floor(sorted.length / 2)];
        results[`${label}: first paint ms`] = firstPaint;
        results[`${label}: cameras drawn at first paint`] = camerasAtFirstPaint;
        results[`${label}: full load ms (every layer, not checked)`] = fullLoad;
        results[`${label}: cameras drawn`] = drawn;
        results[`${label}: loading mode`] = mode ?? '?';
        results[`${label}: pan ms (median of 6)`] = Math.round(medianPan);
        results[`${label}: pan ms (max)`] = Math.round(sorted[sorted.length - 1]);
        results[`${label}: long pan ms (each of 4, not checked)`] = longPans.map((time) => Math.round(time)).join(', ');
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `performance-${hash.startsWith('map=13') ? 'city' : 'street'}.png`) });
        await page.close();
        checks.push([`${label}: first paint`, firstPaint, FIRST_PAINT_TARGET_MS], [`${label}: pan`, medianPan, PAN_TARGET_MS]);
      }
      results['load average (1 min) at the end'] = loadavg()[0].toFixed(2);
      console.log(`Map performance, ${CAMERAS} cameras (targets: first paint ${FIRST_PAINT_TARGET_MS} ms, pan ${PAN_TARGET_MS} ms)\n` +
        Object.entries(results).map(([key, value]) => `  ${key}: ${value}`).join('\n'));
      // Fail beyond target x tolerance, listing every miss.
      expect(checks.filter(([, value, target]) => value > target * TOLERANCE).map(([what, value, target]) => `${what} ${Math.round(value)} ms > ${target} ms x ${TOLERANCE}`)).toEqual([]);
    } finally {
      await browser.close();
      await app.close();
      await database.dispose();
    }
  }, 600_000);
});
