/**
 * The map's first useful paint after sign-in, in headless chromium against the whole Vigie (embedded
 * PostGIS, the built front end: run `npm run build -w frontend` first), on the Fès demo (91 cameras)
 * and on 10,000 cameras (the demo plus copies of a camera spread over Fès).
 *  - first useful paint: navigation start -> the map shows the cameras in view and the black spots
 *    (the page's `data-first-paint="true"` marker on the map, seen one animation frame after it is set);
 *  - full load, in the same run (the reference this section improves on): every layer loaded
 *    (`data-ready="true"`, what the other browser tests wait for);
 *  - blank page, in the same run: navigation to an empty page of the same origin, the browser's own
 *    floor on this machine at this moment.
 * Each figure is the median of RUNS page loads (fresh browser context each: nothing cached), after one
 * warm-up load; the machine's load average is printed with each scenario (the machine is shared).
 * `npm run bench -- map-paint`; VIGIE_BENCH_RUNS (default 5), VIGIE_PAINT_ONLY=demo|large (one scenario),
 * VIGIE_PAINT_TRACE=1 prints the requests of the last load (what ran before the first paint, their sizes
 * and durations) and VIGIE_PAINT_PROFILE=1 its main thread's busiest functions up to the first paint
 * (build the front end with `npx vite build --minify false` to read their names).
 * VIGIE_PAINT_BASELINE=<dist>: another build of the front end (e.g. main's, `vite build --outDir`) is
 * loaded too, alternating with this one in every run, from the same server: an A/B on a shared machine.
 * A build without the `data-first-paint` marker is timed when every camera and every black spot is on
 * the map (counts learnt in the warm-up); builds of before 2026-12-07 held the canvas's redraws until
 * every layer had arrived, so what they showed first was in fact painted at their full load.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { browserTestApi } from '../support/browser-api';
import { CHROMIUM, CHROMIUM_ARGS, signedInContext as signedInSession } from '../support/chromium';
import { fillWithCameras } from '../support/many-cameras';
import { startVigie } from '../support/vigie-server';

const RUNS = Number(process.env.VIGIE_BENCH_RUNS ?? 5);
const TRACE = process.env.VIGIE_PAINT_TRACE === '1';
const TARGET_MS = 1500;
/** VIGIE_PAINT_PROFILE=1 (with VIGIE_PAINT_TRACE=1): the page's CPU profile up to the first paint, by function. */
const PROFILE = process.env.VIGIE_PAINT_PROFILE === '1';

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions that took the most of the page's main thread (self time) up to `untilMs` after the profile started. */
function topFunctions(profile: CpuProfile, untilMs: number): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let time = 0;
  (profile.samples ?? []).forEach((sample, index) => {
    const delta = (profile.timeDeltas?.[index] ?? 0) / 1000;
    time += delta;
    if (time > untilMs) return;
    const frame = byNode.get(sample)?.callFrame;
    const key = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}` : '?';
    self.set(key, (self.get(key) ?? 0) + delta);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([key, value]) => `  cpu ${value.toFixed(0).padStart(5)} ms  ${key}`);
}

interface Marks {
  shell?: number;
  firstPaint?: number;
  ready?: number;
  /** The first frame with every black spot on the map. */
  blackSpots?: number;
  /** Frames in which camera sprites were stamped on the canvas: [time, how many]. */
  stamps?: Array<[number, number]>;
}

/**
 * Cameras and black spots actually painted, the same way for every build: the first frame that
 * stamped (almost) as many camera sprites as the fullest redraw did, once the black spots were on the
 * map. Builds hold the canvas's redraws while layers arrive, so layers on the map are not yet pixels.
 */
function paintedAt(marks: Marks): number | undefined {
  const stamps = marks.stamps ?? [];
  const most = Math.max(0, ...stamps.map(([, count]) => count));
  const frame = stamps.find(([, count]) => most > 0 && count >= 0.98 * most);
  if (!frame || marks.blackSpots === undefined) return undefined;
  return Math.max(frame[0], marks.blackSpots);
}

interface View {
  label: string;
  /** The map's URL (hash: view and layers); '' for the deployment's initial view. */
  path: string;
}

const DEMO_VIEWS: View[] = [{ label: 'Fès demo, initial view', path: '/?tiles=off' }];
const LARGE_VIEWS: View[] = [
  { label: '10,000 cameras, city zoom 13', path: '/?tiles=off#map=13/34.045/-4.99&layers=zones,black-spots,camera-sectors,cameras' },
  { label: '10,000 cameras, street zoom 16', path: '/?tiles=off#map=16/34.0617/-4.9836&layers=zones,black-spots,camera-sectors,cameras' },
];

const load = () => loadavg().map((value) => value.toFixed(2)).join(' / ');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};
const ms = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value)} ms`);

/**
 * Runs in the page from its start: records (performance.now(), from navigation start) the frame after
 * the map's shell appears, after its first useful paint, and after it is ready. `expected`: the camera
 * and black-spot counts of the fallback for pages without the first-paint marker.
 */
function recordMarks(expected: { cameras: number; blackSpots: number } | null): void {
  const marks: Marks = {};
  (globalThis as unknown as { __paintMarks: Marks }).__paintMarks = marks;
  const drawn = (): Record<string, number> => {
    const counts: Record<string, number> = {};
    (globalThis as unknown as { __vigieMap?: { eachLayer(f: (layer: { feature?: { properties?: { layer?: string } } }) => void): void } }).__vigieMap?.eachLayer((layer) => {
      const id = layer.feature?.properties?.layer;
      if (id) counts[id] = (counts[id] ?? 0) + 1;
    });
    return counts;
  };
  const painted = (map: Element): boolean => {
    const marker = map.getAttribute('data-first-paint');
    if (marker !== null) return marker === 'true';
    if (!expected) return false;
    const counts = drawn();
    return (counts.cameras ?? 0) >= expected.cameras && (counts['black-spots'] ?? 0) >= expected.blackSpots;
  };
  // Camera markers are circle sprites stamped with drawImage (see mapCanvas): counted frame by frame.
  let stamped = 0;
  marks.stamps = [];
  const drawImage = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
    if (args[0] instanceof HTMLCanvasElement) stamped++;
    return (drawImage as (...all: unknown[]) => void).apply(this, args);
  } as typeof drawImage;
  const seen: Pick<Marks, 'shell' | 'firstPaint' | 'ready'> = {};
  const tick = () => {
    const now = performance.now();
    // Stamped since the last frame: drawn by this one.
    if (stamped) marks.stamps!.push([now, stamped]);
    stamped = 0;
    if (expected && marks.blackSpots === undefined && (drawn()['black-spots'] ?? 0) >= expected.blackSpots) marks.blackSpots = now;
    // A condition seen in one frame was painted by the next one.
    for (const key of Object.keys(seen) as Array<keyof typeof seen>) if (marks[key] === undefined) marks[key] = now;
    const map = document.querySelector('[data-testid="map"]');
    if (map) {
      seen.shell ??= now;
      if (seen.firstPaint === undefined && painted(map)) seen.firstPaint = now;
      if (seen.ready === undefined && map.getAttribute('data-ready') === 'true') seen.ready = now;
    }
    if (marks.firstPaint === undefined || marks.ready === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

interface Load {
  marks: Marks;
  cameras: number;
  blackSpots: number;
  requests: string[];
}

/** Another build of the front end (a `dist` directory), served in place of this one's for the baseline loads. */
const BASELINE = process.env.VIGIE_PAINT_BASELINE;

async function serveBaseline(page: Page, baseUrl: string, dist: string): Promise<void> {
  const origin = new URL(baseUrl).origin;
  await page.route((url) => url.origin === origin && (url.pathname === '/' || url.pathname === '/index.html' || url.pathname.startsWith('/assets/')), (route) => {
    const path = new URL(route.request().url()).pathname;
    return route.fulfill({ path: join(dist, path === '/' ? 'index.html' : path) });
  });
}

async function openOnce(context: BrowserContext, baseUrl: string, view: View, expected: { cameras: number; blackSpots: number } | null, trace: boolean, baseline?: string): Promise<Load> {
  const page = await context.newPage();
  // With a baseline, both builds are served the same way (from disk by the browser's route), not one by the server.
  if (baseline ?? BASELINE) await serveBaseline(page, baseUrl, baseline ?? join(__dirname, '..', '..', 'frontend', 'dist'));
  const profiler = trace && PROFILE ? await context.newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.send('Profiler.start');
  }
  const requests: Array<Promise<string>> = [];
  if (trace) page.on('requestfinished', (request) => requests.push(describeRequest(page, request)));
  await page.addInitScript(recordMarks, expected);
  await page.goto(`${baseUrl}${view.path}`);
  // The warm-up (no expected counts) waits for every camera loaded to be drawn instead.
  await page.waitForFunction((warmUp) => {
    const marks = (globalThis as unknown as { __paintMarks?: Marks }).__paintMarks;
    if (!warmUp) return marks?.firstPaint !== undefined && marks.ready !== undefined;
    if (marks?.ready === undefined) return false;
    let cameras = 0;
    (globalThis as unknown as { __vigieMap?: { eachLayer(f: (layer: { feature?: { properties?: { layer?: string } } }) => void): void } }).__vigieMap?.eachLayer((layer) => {
      if (layer.feature?.properties?.layer === 'cameras') cameras++;
    });
    return cameras > 0 && cameras === Number(document.querySelector('[data-testid="count-cameras"]')?.getAttribute('data-count') ?? -1);
  }, expected === null, { timeout: 180_000, polling: 100 });
  const result = await page.evaluate(() => {
    const counts: Record<string, number> = {};
    (globalThis as unknown as { __vigieMap?: { eachLayer(f: (layer: { feature?: { properties?: { layer?: string } } }) => void): void } }).__vigieMap?.eachLayer((layer) => {
      const id = layer.feature?.properties?.layer;
      if (id) counts[id] = (counts[id] ?? 0) + 1;
    });
    return { marks: (globalThis as unknown as { __paintMarks: Marks }).__paintMarks, cameras: counts.cameras ?? 0, blackSpots: counts['black-spots'] ?? 0 };
  });
  const lines = await Promise.all(requests);
  if (profiler) lines.push(...topFunctions((await profiler.send('Profiler.stop')).profile, result.marks.firstPaint ?? Infinity));
  await page.close();
  return { ...result, requests: lines };
}

async function describeRequest(page: Page, request: import('playwright-core').Request): Promise<string> {
  const timing = request.timing();
  const origin = await page.evaluate(() => performance.timeOrigin).catch(() => 0);
  const sizes = await request.sizes().catch(() => ({ responseBodySize: -1 }));
  let body = '';
  try {
    body = String((JSON.parse(request.postData() ?? '{}') as { query?: string }).query ?? '');
  } catch {
    body = '';
  }
  const operation = /(?:query|mutation)\s*(\w*)[^{]*\{\s*(\w+)/.exec(body);
  const name = operation ? `${operation[1] || '(anonymous)'} → ${operation[2]}` : new URL(request.url()).pathname;
  const start = timing.startTime - origin;
  return `${String(Math.round(start)).padStart(6)} ms +${String(Math.round(timing.responseEnd)).padStart(5)} ms ${String(Math.round(sizes.responseBodySize / 1024)).padStart(6)} kB  ${name}`;
}

async function anonymousContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  await context.route((url) => url.origin !== new URL(baseUrl).origin, (route) => route.abort('internetdisconnected'));
  return context;
}

/** Time to an empty page of the same origin (the server answers 404 quickly): the browser's floor now. */
async function blankPage(context: BrowserContext, baseUrl: string): Promise<number> {
  const page = await context.newPage();
  await page.route(`${baseUrl}/blank-reference`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>blank</title><body></body>' }));
  await page.goto(`${baseUrl}/blank-reference`);
  const time = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
  await page.close();
  return time;
}

async function measureViews(log: (line: string) => void, browser: Browser, baseUrl: string, session: object | null, views: View[]): Promise<void> {
  const signedInContext = (browser: Browser, baseUrl: string, session: object | null) => (session ? signedInSession(browser, baseUrl, session) : anonymousContext(browser, baseUrl));
  for (const view of views) {
    const loadBefore = load();
    const warmContext = await signedInContext(browser, baseUrl, session);
    const warm = await openOnce(warmContext, baseUrl, view, null, TRACE);
    await warmContext.close();
    const expected = { cameras: warm.cameras, blackSpots: warm.blackSpots };
    const loads: Load[] = [];
    const baselineLoads: Load[] = [];
    const blanks: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await signedInContext(browser, baseUrl, session);
      blanks.push(await blankPage(context, baseUrl));
      await context.close();
      // This build and the baseline alternate which goes first (the machine's load drifts).
      const order = run % 2 ? ['baseline', 'this'] : ['this', 'baseline'];
      for (const which of order) {
        if (which === 'baseline' && !BASELINE) continue;
        const fresh = await signedInContext(browser, baseUrl, session);
        if (which === 'this') loads.push(await openOnce(fresh, baseUrl, view, expected, TRACE && run === RUNS - 1));
        else baselineLoads.push(await openOnce(fresh, baseUrl, view, expected, false, BASELINE));
        await fresh.close();
      }
    }
    const firstPaints = loads.map((one) => one.marks.firstPaint ?? NaN);
    const painted = loads.map((one) => paintedAt(one.marks) ?? NaN);
    const readies = loads.map((one) => one.marks.ready ?? NaN);
    const shells = loads.map((one) => one.marks.shell ?? NaN);
    const firstPaint = median(firstPaints);
    log(`${view.label} (${expected.cameras} cameras drawn, ${expected.blackSpots} black spots; load average ${loadBefore} → ${load()}):`);
    log(`  first useful paint: median ${ms(firstPaint)} (runs: ${firstPaints.map(ms).join(', ')}) ${firstPaint <= TARGET_MS ? '≤' : '>'} target ${TARGET_MS} ms`);
    log(`  cameras stamped on the canvas with the black spots on the map (any build): median ${ms(median(painted))} (runs: ${painted.map(ms).join(', ')})`);
    log(`  full load (every layer, data-ready): median ${ms(median(readies))} (runs: ${readies.map(ms).join(', ')})`);
    log(`  map shell shown: median ${ms(median(shells))}; blank page of the same origin: median ${ms(median(blanks))}`);
    log(`  warm-up, the first load after the server started (its caches cold): first paint ${ms(warm.marks.firstPaint)}, full load ${ms(warm.marks.ready)}`);
    if (TRACE) log(`  requests of the warm-up:\n${warm.requests.sort().map((line) => `    ${line}`).join('\n')}`);
    if (baselineLoads.length) {
      const basePaints = baselineLoads.map((one) => one.marks.firstPaint ?? NaN);
      const baseReadies = baselineLoads.map((one) => one.marks.ready ?? NaN);
      const basePainted = baselineLoads.map((one) => paintedAt(one.marks) ?? NaN);
      log(`  baseline build (${BASELINE}), same runs: cameras stamped on the canvas with the black spots on the map ${ms(median(basePainted))} (runs: ${basePainted.map(ms).join(', ')});`);
      log(`    camera and black-spot layers on the map (not yet painted) ${ms(median(basePaints))} (runs: ${basePaints.map(ms).join(', ')}),`);
      log(`    full load ${ms(median(baseReadies))} (runs: ${baseReadies.map(ms).join(', ')}), shell ${ms(median(baselineLoads.map((one) => one.marks.shell ?? NaN)))}`);
    }
    if (TRACE) log(`  requests of the last load (start from navigation, duration, body size):\n${loads[loads.length - 1].requests.sort().map((line) => `    ${line}`).join('\n')}`);
  }
}

export async function runMapPaintBenchmarks(log: (line: string) => void): Promise<void> {
  log(`load average (1 / 5 / 15 min) at the start: ${load()}; ${RUNS} runs per view after one warm-up, fresh browser context each`);
  const only = process.env.VIGIE_PAINT_ONLY; // 'demo' or 'large': one scenario
  for (const [label, cameras, views] of [['Fès demo', 0, DEMO_VIEWS], ['10,000 cameras', 10_000, LARGE_VIEWS]] as const) {
    if (only && only !== (cameras ? 'large' : 'demo')) continue;
    const server = await startVigie({ seedDemo: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      if (cameras) await fillWithCameras(server.app.get(DataSource), cameras);
      // VIGIE_PAINT_ANONYMOUS=1: a visitor who reads without signing in (the server lets them), as map-performance.spec does.
      const session = process.env.VIGIE_PAINT_ANONYMOUS === '1' ? null : await browserTestApi(server.baseUrl).signIn('engineer@vigie.demo', 'vigie-engineer-demo');
      log(`--- ${label} ---`);
      await measureViews(log, browser, server.baseUrl, session, [...views]);
    } finally {
      await browser.close();
      await server.stop();
    }
  }
  log(`load average at the end: ${load()}`);
}
