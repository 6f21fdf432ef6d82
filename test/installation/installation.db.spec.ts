import type { TestApp, TestClient } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { InstallationService } from '../../backend/src/installation/installation.service';
import { newBlackSpot, newCamera, newCameraModel, newOrganisation, newPole, newUser, newZone, point, rectangle, uniqueCode } from '../support/factories';

/**
 * Work packages and installation tracking through the API (metres east, north of the test origin):
 *
 *   CAM-A (0,0) and CAM-B (0,30), both looking east over the black spot SPOT (10..40 x -10..40, observation);
 *   POLE-X (500,0) and an existing pole (520,0); the test contractor's package P1 holds A, B and POLE-X;
 *   another contractor's package P2 holds CAM-C (800,0).
 */
let app: TestApp;
let contractor: TestClient;
let otherContractor: TestClient;
let otherOrganisation: string;
const ids: Record<string, string> = {};
const packages: Record<string, { id: string; version: number; code: string }> = {};

const PACKAGE_FIELDS = 'id version code status organisationId assetCount assets { assetType assetId code status version }';
const CREATE = `mutation($input: CreateWorkPackageInput!) { created: createWorkPackage(input: $input) { ${PACKAGE_FIELDS} } }`;
const ADD = `mutation($input: WorkPackageAssetsInput!) { changed: addWorkPackageAssets(input: $input) { ${PACKAGE_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateWorkPackageInput!) { changed: updateWorkPackage(input: $input) { ${PACKAGE_FIELDS} } }`;
const MOVE = `mutation($input: MoveAssetStatusInput!) { moved: moveAssetStatus(input: $input) {
  stepId status assetVersion step { id fromStatus toStatus actorUserId actorName occurredAt position positionAccuracyMeters comment workPackageId } } }`;
const HISTORY = `query($type: NetworkElementKind!, $id: ID!) { steps: assetStatusHistory(assetType: $type, assetId: $id) {
  id fromStatus toStatus actorName occurredAt position positionAccuracyMeters comment } }`;
const PROGRESS = `query($scope: ProgressScopeInput, $at: DateTime) { progress: installationProgress(scope: $scope, at: $at) {
  assetCount installedCount lateCount byStatus { status count share } lateItems { code status daysLate workPackageCode }
  coverage { blackSpotCount blackSpotAreaSquareMeters liveCoveredSquareMeters designCoveredSquareMeters liveCoveredFraction designCoveredFraction } } }`;

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
const cameraVersion = async (id: string) => (await app.ok<{ camera: { version: number } }>('query($id: ID!) { camera(id: $id) { version } }', { id })).camera.version;
async function move(client: TestClient, assetId: string, toStatus: string, extra: Record<string, unknown> = {}) {
  return client.graphql<{ moved: any }>(MOVE, { input: { assetType: 'camera', assetId, toStatus, expectedVersion: await cameraVersion(assetId), ...extra } });
}
/**
 * The engineer's commissioning, as its step is recorded. Through the API it needs an accepted as-built
 * record, a photo, a network path and power (acceptance/, tested there); this file is about progress
 * from the status history, so the camera and its step are written as that commissioning writes them.
 */
async function commission(assetId: string) {
  await app.dataSource.query(`UPDATE camera SET status = 'commissioned', version = version + 1 WHERE id = $1`, [assetId]);
  await app.dataSource.query(
    `INSERT INTO asset_status_step (asset_type, asset_id, from_status, to_status, actor_user_id, comment, work_package_id)
     SELECT 'camera', $1, 'installed', 'commissioned', $2, 'Commissioned', (SELECT work_package_id FROM work_package_asset WHERE asset_type = 'camera' AND asset_id = $1 AND package_open)`,
    [assetId, app.users.engineer.id],
  );
}
async function createPackage(organisationId: string, input: Record<string, unknown> = {}) {
  const { created } = await app.ok<{ created: any }>(CREATE, {
    input: { code: uniqueCode('WP'), name: 'Médina lot 1', organisationId, plannedStartOn: '2026-01-01', dueOn: '2026-03-31', ...input },
  });
  return created;
}

beforeAll(async () => {
  app = await startTestApp();
  contractor = app.as('contractor');
  otherOrganisation = (await newOrganisation(app, { kind: 'contractor' })).id;
  otherContractor = app.asUser(await newUser(app, { role: 'contractor', organisationId: otherOrganisation }));
  const model = await newCameraModel(app);
  for (const [name, north] of [['A', 0], ['B', 30]] as const) {
    ids[name] = (await newCamera(app, { code: `CAM-${name}`, modelId: model.id, location: point(0, north), headingDegrees: 90, status: 'approved' })).id;
  }
  ids.C = (await newCamera(app, { code: 'CAM-C', modelId: model.id, location: point(800, 0), status: 'approved' })).id;
  ids.POLE = (await newPole(app, { code: 'POLE-X', location: point(500, 0) })).id;
  ids.OLD_POLE = (await newPole(app, { code: 'POLE-OLD', location: point(520, 0), existing: true })).id;
  ids.SPOT = (await newBlackSpot(app, { code: 'SPOT', boundary: rectangle(10, -10, 40, 40), requiredLevel: 'observation' })).id;
});
afterAll(async () => {
  await app?.close();
});

describe('work packages', () => {
  it('hold an asset in at most one open package, name the other one, and assign assets to their contractor', async () => {
    const p1 = await createPackage(app.organisations.contractor, { code: 'WP-P1', dueOn: '2026-02-15' });
    const p2 = await createPackage(otherOrganisation, { code: 'WP-P2' });
    // By ids, and by a drawn area around the poles (the existing one is not new work: left out).
    let { changed } = await app.ok<{ changed: any }>(ADD, {
      input: { workPackageId: p1.id, version: p1.version, assets: [{ assetType: 'camera', assetId: ids.A }, { assetType: 'camera', assetId: ids.B }], area: rectangle(490, -10, 530, 10) },
    });
    expect(changed.assets.map((asset: any) => asset.code).sort()).toEqual(['CAM-A', 'CAM-B', 'POLE-X']);
    expect(changed.version).toBe(p1.version + 1);
    const assigned = await app.ok<{ camera: { assignedOrganisationId: string } }>('query($id: ID!) { camera(id: $id) { assignedOrganisationId } }', { id: ids.A });
    expect(assigned.camera.assignedOrganisationId).toBe(app.organisations.contractor);
    packages.P1 = changed;
    ({ changed } = await app.ok<{ changed: any }>(ADD, { input: { workPackageId: p2.id, version: p2.version, assets: [{ assetType: 'camera', assetId: ids.C }] } }));
    packages.P2 = changed;

    const refused = await app.graphql(ADD, { input: { workPackageId: p2.id, version: packages.P2.version, assets: [{ assetType: 'camera', assetId: ids.A }] } });
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toContain('CAM-A (in WP-P1)');
    expect(refused.errors![0].extensions!.workPackageCodes).toEqual(['WP-P1']);
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM work_package_asset WHERE work_package_id = $1', [p2.id]);
    expect(count).toBe(1);
    // The database holds the rule even for a write that bypasses the API.
    await expect(app.dataSource.query(`INSERT INTO work_package_asset (work_package_id, asset_type, asset_id) VALUES ($1, 'camera', $2)`, [p2.id, ids.A]))
      .rejects.toThrow(/work_package_asset_one_open_package/);

    // A closed package frees its assets; reopening it while one is elsewhere is refused.
    const spare = await createPackage(app.organisations.contractor, { code: 'WP-SPARE' });
    const { changed: closed } = await app.ok<{ changed: any }>(UPDATE, { input: { id: p2.id, version: packages.P2.version, status: 'closed' } });
    const { changed: withC } = await app.ok<{ changed: any }>(ADD, { input: { workPackageId: spare.id, version: spare.version, assets: [{ assetType: 'camera', assetId: ids.C }] } });
    expect(withC.assetCount).toBe(1);
    const reopen = await app.graphql(UPDATE, { input: { id: p2.id, version: closed.version, status: 'open' } });
    expect(code(reopen)).toBe('CONFLICT');
    expect(reopen.errors![0].message).toContain('WP-SPARE');
    // Back as it was: C leaves the spare package (its assignment taken back) and P2 reopens.
    await app.ok('mutation($input: WorkPackageAssetsInput!) { removeWorkPackageAssets(input: $input) { id } }', {
      input: { workPackageId: spare.id, version: withC.version, assets: [{ assetType: 'camera', assetId: ids.C }] },
    });
    const { changed: reopened } = await app.ok<{ changed: any }>(UPDATE, { input: { id: p2.id, version: closed.version, status: 'open' } });
    packages.P2 = reopened;
    const c = await app.ok<{ camera: { assignedOrganisationId: string } }>('query($id: ID!) { camera(id: $id) { assignedOrganisationId } }', { id: ids.C });
    expect(c.camera.assignedOrganisationId).toBe(otherOrganisation);
  });

  it('are read by contractors for their own organisation only, and managed by planners only', async () => {
    const list = await contractor.ok<{ workPackages: { nodes: { code: string }[] } }>('{ workPackages { nodes { code } } }');
    expect(list.workPackages.nodes.map((node) => node.code)).not.toContain('WP-P2');
    expect(list.workPackages.nodes.map((node) => node.code)).toContain('WP-P1');
    expect(code(await contractor.graphql('query($id: ID!) { workPackage(id: $id) { code } }', { id: packages.P2.id }))).toBe('FORBIDDEN');
    expect(code(await contractor.graphql(ADD, { input: { workPackageId: packages.P1.id, version: packages.P1.version, assets: [] } }))).toBe('FORBIDDEN');
    const refused = await app.graphql(CREATE, { input: { code: 'WP-BAD', name: 'x', organisationId: app.organisations.office, plannedStartOn: '2026-01-01', dueOn: '2026-02-01' } });
    expect(code(refused)).toBe('BAD_USER_INPUT');
  });
});

describe('status steps', () => {
  it('let a contractor move its package assets through installation, recording who, when, where and why', async () => {
    const moved = await move(contractor, ids.A, 'in_progress', { comment: 'Bracket mounted', longitude: point(1, 1).coordinates[0], latitude: point(1, 1).coordinates[1], accuracyMeters: 6 });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moved).toMatchObject({ status: 'in_progress', step: { fromStatus: 'approved', toStatus: 'in_progress', actorUserId: app.users.contractor.id, comment: 'Bracket mounted', positionAccuracyMeters: 6 } });
    expect(moved.data!.moved.stepId).toBe(moved.data!.moved.step.id);
    expect(moved.data!.moved.step.workPackageId).toBe(packages.P1.id);

    // Not its organisation's asset, commissioning, a stale version, half a position: refused, no step written.
    const stepsBefore = (await app.dataSource.query('SELECT count(*)::int AS n FROM asset_status_step'))[0].n;
    expect(code(await move(contractor, ids.C, 'in_progress'))).toBe('FORBIDDEN');
    expect(code(await move(otherContractor, ids.A, 'installed'))).toBe('FORBIDDEN');
    expect(code(await move(contractor, ids.A, 'commissioned'))).toBe('FORBIDDEN');
    expect(code(await contractor.graphql(MOVE, { input: { assetType: 'camera', assetId: ids.A, toStatus: 'installed', expectedVersion: 1 } }))).toBe('STALE_VERSION');
    expect(code(await move(contractor, ids.A, 'installed', { longitude: -5 }))).toBe('BAD_USER_INPUT');
    expect(code(await move(contractor, ids.A, 'in_progress'))).toBe('BAD_USER_INPUT');
    expect((await app.dataSource.query('SELECT count(*)::int AS n FROM asset_status_step'))[0].n).toBe(stepsBefore);

    expect((await move(contractor, ids.A, 'installed', { comment: 'Aimed and powered' })).errors).toBeUndefined();
    const { steps } = await app.as('viewer').ok<{ steps: any[] }>(HISTORY, { type: 'camera', id: ids.A });
    expect(steps.map((step) => `${step.fromStatus}->${step.toStatus}`)).toEqual(['approved->in_progress', 'in_progress->installed']);
    expect(steps[0]).toMatchObject({ actorName: 'Test contractor', comment: 'Bracket mounted' });
    expect(steps[0].position.coordinates[0]).toBeCloseTo(point(1, 1).coordinates[0], 7);
    expect(steps[1].position).toBeNull();
    expect(Date.parse(steps[1].occurredAt)).toBeGreaterThanOrEqual(Date.parse(steps[0].occurredAt));
  });

  it("list the contractor's work by due date with its distance and late flag", async () => {
    const here = point(500, 100).coordinates;
    const { myWork } = await contractor.ok<{ myWork: any[] }>(
      'query($lon: Float, $lat: Float) { myWork(longitude: $lon, latitude: $lat) { code status dueOn late distanceMeters workPackageCode } }',
      { lon: here[0], lat: here[1] },
    );
    // Due 2026-02-15 (past): CAM-B (approved) and POLE-X (planned) are late; CAM-A is installed.
    expect(myWork.map((item) => item.code)).toEqual(['POLE-X', 'CAM-B', 'CAM-A']);
    expect(myWork.find((item) => item.code === 'POLE-X').distanceMeters).toBeCloseTo(100, 0);
    expect(myWork.map((item) => item.late)).toEqual([true, true, false]);
    expect((await otherContractor.ok<{ myWork: any[] }>('{ myWork { code } }')).myWork.map((item) => item.code)).toEqual(['CAM-C']);
  });
});

describe('progress', () => {
  it('at a past date equals what it was then, from the history; late items; S-curve and CSV', async () => {
    // A is commissioned by the engineer: live coverage now.
    await commission(ids.A);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const then = new Date().toISOString();
    const thenProgress = (await app.ok<{ progress: any }>(PROGRESS, { scope: { workPackageId: packages.P1.id } })).progress;
    const thenLive = (await app.ok<{ spots: any[] }>('{ spots: blackSpotCoverages(cameras: live) { blackSpotId coveredAreaSquareMeters } }'))
      .spots.find((spot) => spot.blackSpotId === ids.SPOT);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Later: B goes all the way; the package's figures move.
    for (const status of ['in_progress', 'installed']) expect((await move(contractor, ids.B, status)).errors).toBeUndefined();
    await commission(ids.B);
    const now = (await app.ok<{ progress: any }>(PROGRESS, { scope: { workPackageId: packages.P1.id } })).progress;
    expect(now.coverage.liveCoveredSquareMeters).toBeGreaterThan(thenProgress.coverage.liveCoveredSquareMeters);

    const past = (await app.ok<{ progress: any }>(PROGRESS, { scope: { workPackageId: packages.P1.id }, at: then })).progress;
    expect(past).toEqual(thenProgress);
    expect(past.coverage.liveCoveredSquareMeters).toBeGreaterThan(0);
    expect(past.coverage.liveCoveredSquareMeters).toBeCloseTo(thenLive.coveredAreaSquareMeters, 1);
    expect(past.coverage.designCoveredSquareMeters).toBeCloseTo(now.coverage.designCoveredSquareMeters, 6);
    expect(past.byStatus.find((entry: any) => entry.status === 'commissioned').count).toBe(1);
    // Then, B (approved) and POLE-X (planned) were late; now only the pole.
    expect(past.lateItems.map((item: any) => item.code).sort()).toEqual(['CAM-B', 'POLE-X']);
    expect(now.lateItems.map((item: any) => item.code)).toEqual(['POLE-X']);
    // Before anything moved, nothing was commissioned.
    const start = (await app.ok<{ progress: any }>(PROGRESS, { scope: { workPackageId: packages.P1.id }, at: '2026-01-01T00:00:00Z' })).progress;
    expect(start.coverage.liveCoveredSquareMeters).toBe(0);

    const { curve } = await app.ok<{ curve: any[] }>('query($id: ID!) { curve: workPackageSCurve(workPackageId: $id, stepDays: 30) { at plannedCount actualCount } }', { id: packages.P1.id });
    expect(curve[0].plannedCount).toBe(0);
    expect(curve.at(-1)).toMatchObject({ plannedCount: 3, actualCount: 2 });

    const { updated } = await app.ok<{ updated: { version: number } }>('mutation($input: UpdateWorkPackageInput!) { updated: updateWorkPackage(input: $input) { version } }', {
      input: { id: packages.P1.id, version: (await app.ok<any>('query($id: ID!) { workPackage(id: $id) { version } }', { id: packages.P1.id })).workPackage.version, name: '=HYPERLINK("http://evil")' },
    });
    expect(updated.version).toBeGreaterThan(1);
    const { csv } = await contractor.ok<{ csv: string }>('query($id: ID!) { csv: workPackageProgressCsv(workPackageId: $id) }', { id: packages.P1.id });
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(csv).toMatch(/\r\nCAM-A,camera,commissioned,false,\d{4}-\d\d-\d\d,/);
    expect(csv).toMatch(/\r\nPOLE-X,pole,planned,true,,/);

    // A contractor reads its own organisation's progress, not another's.
    expect(code(await contractor.graphql(PROGRESS, { scope: { organisationId: otherOrganisation } }))).toBe('FORBIDDEN');
    const own = (await contractor.ok<{ progress: any }>(PROGRESS, { scope: { organisationId: app.organisations.contractor } })).progress;
    expect(own.assetCount).toBe(3);
    expect((await contractor.ok<{ progress: any }>(PROGRESS, {})).progress).toEqual(own);
    // A zone counts the new works inside it (CAM-A, CAM-B, POLE-X; not the existing pole nor CAM-C far east).
    const zone = await newZone(app, { boundary: rectangle(-100, -100, 600, 100) });
    const inZone = (await app.ok<{ progress: any }>(PROGRESS, { scope: { zoneId: zone.id } })).progress;
    expect(inZone).toMatchObject({ assetCount: 3, installedCount: 2 });
    expect(inZone.coverage.liveCoveredSquareMeters).toBeCloseTo(now.coverage.liveCoveredSquareMeters, 6);
    expect(code(await app.graphql(PROGRESS, { scope: { zoneId: zone.id, organisationId: otherOrganisation } }))).toBe('BAD_USER_INPUT');
  });

  it('is prepared once per data revision and prepared again after any change, through the API or by SQL', async () => {
    // The one step that reads the scope's assets and history: counting its calls tells a kept answer from a computed one.
    const reads = jest.spyOn(app.app.get(InstallationService) as unknown as { scopeItems: () => unknown }, 'scopeItems');
    try {
      const scope = { workPackageId: packages.P1.id };
      const first = (await app.ok<{ progress: any }>(PROGRESS, { scope })).progress;
      reads.mockClear();
      expect((await app.ok<{ progress: any }>(PROGRESS, { scope })).progress).toEqual(first);
      await app.ok('query($scope: ProgressScopeInput) { installationProgressSeries(scope: $scope, stepDays: 30) { at } }', { scope });
      expect(reads).not.toHaveBeenCalled();

      // A status step through the API: the next read sees it.
      const pole = await app.ok<{ pole: { version: number } }>('query($id: ID!) { pole(id: $id) { version } }', { id: ids.POLE });
      await app.ok(MOVE, { input: { assetType: 'pole', assetId: ids.POLE, toStatus: 'approved', expectedVersion: pole.pole.version } });
      const afterMove = (await app.ok<{ progress: any }>(PROGRESS, { scope })).progress;
      expect(reads).toHaveBeenCalledTimes(1);
      expect(afterMove.byStatus.find((entry: any) => entry.status === 'approved')?.count).toBe(1);
      expect(afterMove.byStatus.find((entry: any) => entry.status === 'planned')?.count ?? 0).toBe(0);

      // A plain SQL write (another process, a person): seen too, through the revision triggers.
      await app.dataSource.query(`UPDATE work_package SET due_on = '2099-01-01' WHERE id = $1`, [packages.P1.id]);
      const afterSql = (await app.ok<{ progress: any }>(PROGRESS, { scope })).progress;
      expect(reads).toHaveBeenCalledTimes(2);
      expect(afterMove.lateCount).toBe(1);
      expect(afterSql.lateCount).toBe(0);
    } finally {
      reads.mockRestore();
    }
  });
});
