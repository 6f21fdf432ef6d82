/**
 * "My work" on a phone (390 x 844) against the real backend with the Fès demo: the demo contractor (Atlas)
 * signs in, opens the Work tab in French, sees its railway-station cameras by due date, moves one to
 * installed with a comment (the API records the step); the same tab reads right to left in Arabic; the
 * engineer's Work tab shows the packages with their progress bars and the programme chart. Then the whole
 * flow of one camera (CAM-GAR-02): the contractor (French) installs it with a photo and as-built values
 * turned 12 degrees; the engineer (Arabic) sees the deviation and sends it back; the contractor measures
 * again; the engineer accepts and commissions, and the programme chart moves. The admin creates a
 * contractor organisation and a user (a weak password refused first) and disables it.
 */
import { join } from 'node:path';
import { testPhoto } from '../evidence/test-photos';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserTestApi, type BrowserTestApi } from '../support/browser-api';
import { describeInChromium, SCREENSHOTS, signedInChromium } from '../support/chromium';
import { startVigie } from '../support/vigie-server';

const describeIfChromium = describeInChromium('my-work');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describeIfChromium('the Work tab on a phone', () => {
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;
  const browsers: Browser[] = [];
  let baseUrl: string;
  let api: BrowserTestApi;

  beforeAll(async () => {
    server = await startVigie({ seedDemo: true });
    baseUrl = server.baseUrl.replace(/\/+$/, '');
    api = browserTestApi(baseUrl);
  }, 300_000); // the Fès demo seeded on an embedded database: about 4 minutes on this machine at load 20-26

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  async function openWork(email: string, password: string, language: string, hash = 'map=14/34.0617/-4.9836&tab=work'): Promise<Page> {
    const session = await api.signIn(email, password);
    const { browser, context }: { browser: Browser; context: BrowserContext } = await signedInChromium(baseUrl, session, { baseURL: baseUrl, ...PHONE });
    browsers.push(browser);
    // Printing is the browser's dialog: here the page only has to lay the sheet out.
    await context.addInitScript(() => { window.print = () => undefined; });
    const page = await context.newPage();
    await page.goto(`/?tiles=off#${hash}`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('language-select').selectOption(language);
    await page.getByTestId('tab-work').click();
    return page;
  }

  it('lets the contractor move a camera to installed with a comment, in French, and reads right to left in Arabic', async () => {
    const page = await openWork('contractor@vigie.demo', 'vigie-contractor-demo', 'fr');
    const item = page.getByTestId('work-item-CAM-GAR-01');
    await item.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'my-work-french-phone.png') });
    await item.getByPlaceholder('Commentaire (facultatif)').fill('Caméra posée, alignée sur le parvis');
    await item.getByRole('button', { name: 'Installé' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="work-item-CAM-GAR-01"] .work-item-actions'), undefined, { timeout: 30_000 });
    expect(await item.textContent()).toContain('Installé');
    const { cameras } = await api.query<{ cameras: { nodes: { id: string }[] } }>('{ cameras(filter: { search: "CAM-GAR-01" }) { nodes { id } } }');
    const { steps } = await api.query<{ steps: { toStatus: string; comment: string; actorName: string }[] }>(
      `{ steps: assetStatusHistory(assetType: camera, assetId: "${cameras.nodes[0].id}") { toStatus comment actorName } }`,
    );
    expect(steps.at(-1)).toEqual({ toStatus: 'installed', comment: 'Caméra posée, alignée sur le parvis', actorName: 'Karim Contractor' });
    // No horizontal scrolling on the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByTestId('language-select').selectOption('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getByTestId('tab-work').textContent()).toBe('الأشغال');
    await page.getByRole('heading', { name: 'أشغالي' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'my-work-arabic-phone.png') });
  });

  it("shows the engineer the packages' progress and the programme chart", async () => {
    const page = await openWork('engineer@vigie.demo', 'vigie-engineer-demo', 'en');
    await page.getByTestId('package-WP-SEB-01').waitFor({ timeout: 30_000 });
    await page.getByTestId('progress-chart').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('package-WP-ATL-01').textContent()).toContain('7 of 7 installed');
    expect(await page.getByTestId('programme-progress').textContent()).toMatch(/late/);
    // The demo's as-built records say something out of the box: accepted, awaiting review, out of tolerance, sent back.
    const states: Record<string, string> = {};
    for (const code of ['CAM-PFL-01', 'CAM-BBJ-01', 'CAM-BBJ-02', 'CAM-BBJ-03', 'CAM-BBJ-04']) {
      const { cameras } = await api.query<{ cameras: { nodes: { id: string }[] } }>(`{ cameras(filter: { search: "${code}" }) { nodes { id } } }`);
      const { record, photos } = await api.query<{ record: { acceptanceState: string }; photos: { farFromAsset: boolean; stepId: string | null }[] }>(
        `{ record: cameraAsBuilt(cameraId: "${cameras.nodes[0].id}") { acceptanceState } photos: evidencePhotos(assetType: camera, assetId: "${cameras.nodes[0].id}") { farFromAsset stepId } }`,
      );
      states[code] = `${record.acceptanceState}${photos.length === 1 && photos[0].stepId ? '' : ' (no photo on its step)'}${photos[0]?.farFromAsset ? ', photo far' : ''}`;
    }
    expect(states).toEqual({
      'CAM-PFL-01': 'accepted', 'CAM-BBJ-01': 'pending', 'CAM-BBJ-02': 'needs_correction', 'CAM-BBJ-03': 'needs_correction, photo far', 'CAM-BBJ-04': 'sent_back',
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'work-packages-phone.png') });
  });

  it('takes a camera from installation to commissioning: photo, as-built off by 12 degrees, sent back, measured again, accepted, commissioned; the chart moves', async () => {
    const engineerApi = browserTestApi(baseUrl);
    await engineerApi.signIn('engineer@vigie.demo', 'vigie-engineer-demo');
    const { cameras } = await engineerApi.query<{ cameras: { nodes: { id: string; headingDegrees: number; location: { coordinates: [number, number] } }[] } }>(
      '{ cameras(filter: { search: "CAM-GAR-02" }) { nodes { id headingDegrees location } } }',
    );
    const camera = cameras.nodes[0];
    // The crews laid the fiber runs on its path and its power feed (not this test's subject): through the API, as status steps.
    const { path } = await engineerApi.query<{ path: { fiberRuns: { code: string; status: string }[] } }>(
      `{ path: cameraNetworkPath(cameraId: "${camera.id}") { fiberRuns { code status } } }`,
    );
    const toBuild = [
      ...path.fiberRuns.filter((run) => run.status === 'planned' || run.status === 'approved').map((run) => ['fiber_run', 'fiberRuns', run.code, run.status] as const),
      ['power_feed', 'powerFeeds', 'PF-0056', 'approved'] as const,
    ];
    for (const [type, field, code, status] of toBuild) {
      for (const toStatus of [...(status === 'planned' ? ['approved'] : []), 'in_progress', 'installed']) {
        const found = await engineerApi.query<Record<string, { nodes: { id: string; version: number }[] }>>(`{ list: ${field}(filter: { search: "${code}" }) { nodes { id version } } }`);
        const { id, version } = found.list.nodes[0];
        await engineerApi.query('mutation($input: MoveAssetStatusInput!) { moveAssetStatus(input: $input) { stepId } }', {
          input: { assetType: type, assetId: id, toStatus, expectedVersion: version },
        });
      }
    }
    const missing = async () => (await engineerApi.query<{ missing: string[] }>(`{ missing: commissioningMissing(cameraId: "${camera.id}") }`)).missing;
    expect((await missing()).sort()).toEqual(['accepted_as_built', 'photo']);

    // The contractor, in French: from My work to the camera, installed with a photo and its measured values.
    const contractor = await openWork('contractor@vigie.demo', 'vigie-contractor-demo', 'fr');
    const item = contractor.getByTestId('work-item-CAM-GAR-02');
    await item.waitFor({ timeout: 30_000 });
    await contractor.getByTestId('show-CAM-GAR-02').click();
    const installation = contractor.getByTestId('camera-installation');
    await installation.waitFor({ timeout: 30_000 });
    await item.getByRole('button', { name: 'Installé' }).click();
    await contractor.waitForFunction(() => !document.querySelector('[data-testid="work-item-CAM-GAR-02"] .work-item-actions'), undefined, { timeout: 30_000 });
    const [longitude, latitude] = camera.location.coordinates;
    await contractor.getByTestId('photo-input').setInputFiles({
      name: 'IMG_2041.jpg', mimeType: 'image/jpeg',
      buffer: await testPhoto({ gps: [longitude + 0.00005, latitude], takenAt: { local: '2026:12:07 09:30:00', offset: '+01:00' }, colour: '#4a6a8a' }),
    });
    await installation.getByTestId('photo-card').waitFor({ timeout: 30_000 });
    const heading = installation.getByLabel('Orientation (°)');
    await heading.fill(String((camera.headingDegrees + 12) % 360));
    await installation.getByRole('button', { name: 'Enregistrer le relevé' }).click();
    await contractor.locator('[data-testid="as-built"][data-state="needs_correction"]').waitFor({ timeout: 30_000 });
    await contractor.screenshot({ path: join(SCREENSHOTS, 'installation-as-built-french-phone.png') });

    // The engineer, in Arabic: the deviation, sent back with a comment.
    const engineer = await openWork('engineer@vigie.demo', 'vigie-engineer-demo', 'ar', `map=17/${latitude}/${longitude}&tab=work&sel=camera:${camera.id}`);
    const chart = engineer.getByTestId('progress-chart');
    await chart.waitFor({ timeout: 30_000 });
    const commissionedBefore = Number(await chart.getAttribute('data-commissioned'));
    const liveBefore = Number(await chart.getAttribute('data-live'));
    const deviations = engineer.getByTestId('deviations');
    await deviations.waitFor({ timeout: 30_000 });
    expect(await deviations.textContent()).toMatch(/12/);
    await engineer.getByTestId('review-comment').fill('أعد توجيه الكاميرا نحو المدخل');
    await engineer.getByTestId('send-back-as-built').click();
    await engineer.locator('[data-testid="as-built"][data-state="sent_back"]').waitFor({ timeout: 30_000 });

    // The contractor turns it and measures again (as designed); the engineer accepts and commissions.
    await contractor.reload();
    await contractor.getByTestId('tab-work').click();
    await contractor.getByTestId('show-CAM-GAR-02').click();
    await contractor.getByTestId('camera-installation').getByLabel('Orientation (°)').fill(String(camera.headingDegrees));
    await contractor.getByTestId('camera-installation').getByRole('button', { name: 'Enregistrer le relevé' }).click();
    await contractor.locator('[data-testid="as-built"][data-state="pending"]').waitFor({ timeout: 30_000 });
    await engineer.reload();
    await engineer.getByTestId('accept-as-built').click();
    await engineer.locator('[data-testid="as-built"][data-state="accepted"]').waitFor({ timeout: 30_000 });
    await engineer.getByTestId('commission').click();
    await engineer.getByTestId('commissioned').waitFor({ timeout: 30_000 });
    expect(await missing()).toEqual([]);
    await engineer.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="progress-chart"]')?.getAttribute('data-commissioned')) > before, commissionedBefore, { timeout: 30_000 },
    );
    expect(Number(await engineer.getByTestId('progress-chart').getAttribute('data-live'))).toBeGreaterThan(liveBefore);
    const { steps } = await engineerApi.query<{ steps: { toStatus: string; actorName: string }[] }>(
      `{ steps: assetStatusHistory(assetType: camera, assetId: "${camera.id}") { toStatus actorName } }`,
    );
    expect(steps.slice(-2).map((step) => step.toStatus)).toEqual(['installed', 'commissioned']);
    await engineer.screenshot({ path: join(SCREENSHOTS, 'installation-commissioned-arabic-phone.png') });

    // The package's S-curve and its printable page (Arabic, right to left).
    await engineer.getByTestId('package-open-WP-ATL-02').click();
    await engineer.getByTestId('s-curve').waitFor({ timeout: 30_000 });
    await engineer.getByTestId('package-print').click();
    await engineer.emulateMedia({ media: 'print' });
    const sheet = engineer.getByTestId('print-sheet');
    await sheet.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await sheet.getAttribute('dir')).toBe('rtl');
    expect(await sheet.textContent()).toContain('WP-ATL-02');
    expect(await engineer.locator('#root').isVisible()).toBe(false);
    await engineer.screenshot({ path: join(SCREENSHOTS, 'package-progress-print-arabic.png'), fullPage: true });
    await engineer.emulateMedia({ media: 'screen' });
  }, 300_000);

  it('lets the admin create a contractor organisation and a user (a weak password refused), and disable it', async () => {
    const page = await openWork('admin@vigie.demo', 'vigie-admin-demo', 'en');
    const panel = page.getByTestId('admin-panel');
    await panel.waitFor({ timeout: 30_000 });
    const organisationForm = panel.getByTestId('organisation-form');
    await organisationForm.getByLabel('Name').fill('Atlas Réseaux SARL');
    await organisationForm.getByRole('button', { name: 'Create the organisation' }).click();
    await panel.getByTestId('organisation-error').waitFor();
    await organisationForm.getByLabel('Name').fill('Fès Vidéo Travaux SARL');
    await organisationForm.getByRole('button', { name: 'Create the organisation' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="organisation-users"] h3')?.textContent?.includes('Fès Vidéo Travaux SARL'), undefined, { timeout: 30_000 });
    const userForm = panel.getByTestId('user-form');
    await userForm.getByLabel('Full name').fill('Nadia Chef de chantier');
    await userForm.getByLabel('Email').fill('nadia@fes-video.example');
    await userForm.getByLabel('First password').fill('password12');
    await userForm.getByRole('button', { name: 'Create the user' }).click();
    await panel.getByTestId('user-error').waitFor({ timeout: 30_000 });
    await userForm.getByRole('button', { name: 'Another one' }).click();
    await userForm.getByRole('button', { name: 'Create the user' }).click();
    const user = panel.getByTestId('user-nadia@fes-video.example');
    await user.waitFor({ timeout: 30_000 });
    const handOver = await panel.getByTestId('hand-over').locator('code').textContent();
    await user.getByRole('button', { name: 'Disable' }).click();
    await user.getByRole('button', { name: 'Enable' }).waitFor({ timeout: 30_000 });
    // Disabled: the account cannot sign in, with the password it was given.
    await expect(browserTestApi(baseUrl).signIn('nadia@fes-video.example', handOver!)).rejects.toThrow();
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-organisations-phone.png'), fullPage: true });
  });
});
