import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { seedFesDemo } from '../../backend/src/seed/demo-seeder';

/**
 * The design report's aggregate over the Fès demo: it says what the analyses it gathers say (black-spot
 * coverage, each camera's network path, the bill by zone), for the city, a zone and a work package, and
 * refuses bad scopes with coded errors.
 */
describe('designReport', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await seedFesDemo(app.dataSource, undefined, undefined, { demoAccounts: false });
  });
  afterAll(async () => {
    await app?.close();
  });

  const REPORT = `query ($scope: ReportScopeInput!) { designReport(scope: $scope) {
    deploymentName scopeKind scopeId scopeCode scopeName scopeArea
    blackSpots { blackSpot { id code priority } coverage { blackSpotId coveredFraction areaSquareMeters coveredAreaSquareMeters contributingCameraIds uncovered } }
    cameras { id code status pole { code } model { code } coverage { level } }
    networkPaths { cameraId cameraCode connected opticalLossDb budgetDb marginDb elements { code } }
    coverageByLevel { level blackSpotCount areaSquareMeters coveredAreaSquareMeters }
    bill { totalBeforeTaxMad lines { category quantity totalMad } }
    budgetBeforeTaxMad budgetUsedFraction
    doriLadder { level pixelsPerMeter } unitCosts { parameter item valueMad } } }`;

  it('for the city: every black spot and camera, the paths and the bill the other queries give', async () => {
    const { designReport: report } = await app.ok(REPORT, { scope: { kind: 'city' } });
    const { blackSpotCoverages: spots } = await app.ok('{ blackSpotCoverages { blackSpotId coveredFraction contributingCameraIds } }');
    const [{ count: cameraCount }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM camera WHERE status <> 'decommissioned'`);
    expect(report.scopeKind).toBe('city');
    expect(report.scopeName).toBe(report.deploymentName);
    expect(report.blackSpots).toHaveLength(spots.length);
    expect(spots.length).toBeGreaterThan(5);
    const byId = new Map(spots.map((spot: any) => [spot.blackSpotId, spot]));
    for (const entry of report.blackSpots) {
      expect(entry.coverage.coveredFraction).toBeCloseTo((byId.get(entry.blackSpot.id) as any).coveredFraction, 9);
    }
    // Highest priority first.
    const priorities = report.blackSpots.map((entry: any) => entry.blackSpot.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(report.cameras).toHaveLength(cameraCount);
    expect(report.networkPaths.map((path: any) => path.cameraId)).toEqual(report.cameras.map((camera: any) => camera.id));
    const sample = report.cameras[3];
    const { cameraNetworkPath } = await app.ok(`query ($id: ID!) { cameraNetworkPath(cameraId: $id) { connected opticalLossDb marginDb elements { code } } }`, { id: sample.id });
    expect(report.networkPaths[3]).toMatchObject(cameraNetworkPath);
    const { billOfQuantities: bill } = await app.ok('{ billOfQuantities { overall { totalBeforeTaxMad } budgetBeforeTaxMad } }');
    expect(report.bill.totalBeforeTaxMad).toBe(bill.overall.totalBeforeTaxMad);
    expect(report.budgetUsedFraction).toBeCloseTo(bill.overall.totalBeforeTaxMad / bill.budgetBeforeTaxMad, 9);
    // Coverage by level adds up to the black spots listed.
    const levelArea = report.coverageByLevel.reduce((sum: number, level: any) => sum + level.areaSquareMeters, 0);
    const spotArea = report.blackSpots.reduce((sum: number, entry: any) => sum + entry.coverage.areaSquareMeters, 0);
    expect(levelArea).toBeCloseTo(spotArea, 3);
    expect(report.doriLadder.map((rung: any) => rung.pixelsPerMeter)).toEqual([25, 62.5, 125, 250]);
    expect(report.unitCosts).toContainEqual({ parameter: 'fiberInstallMadPerMeterByMethod', item: 'underground_duct', valueMad: 280 });
    expect(report.unitCosts.filter((cost: any) => cost.parameter === 'cameraModel').length).toBeGreaterThan(0);
  });

  it("for a zone: the zone's black spots and its section of the bill", async () => {
    const { billOfQuantities: bill } = await app.ok('{ billOfQuantities { zones { zoneId zoneCode totalBeforeTaxMad } } }');
    const section = bill.zones.find((zone: any) => zone.zoneId && zone.totalBeforeTaxMad > 0);
    const { designReport: report } = await app.ok(REPORT, { scope: { kind: 'zone', id: section.zoneId } });
    const { blackSpotCoverages: spots } = await app.ok('query ($zone: ID) { blackSpotCoverages(zoneId: $zone) { blackSpotId } }', { zone: section.zoneId });
    expect(report.scopeCode).toBe(section.zoneCode);
    expect(report.scopeArea.type).toBe('MultiPolygon');
    expect(report.blackSpots.map((entry: any) => entry.blackSpot.id).sort()).toEqual(spots.map((spot: any) => spot.blackSpotId).sort());
    expect(report.bill.totalBeforeTaxMad).toBe(section.totalBeforeTaxMad);
    // Cameras in the zone are scheduled, and those serving its black spots from outside too.
    const inZone = await app.dataSource.query(
      `SELECT c.code FROM camera c JOIN zone z ON ST_Intersects(c.location, z.boundary) WHERE z.id = $1 AND c.status <> 'decommissioned'`, [section.zoneId]);
    const codes = report.cameras.map((camera: any) => camera.code);
    for (const { code } of inZone) expect(codes).toContain(code);
  });

  it("for a work package: its cameras, the black spots they serve, the bill of its members; other contractors refused", async () => {
    const [workPackage] = await app.dataSource.query(
      `SELECT wp.id, wp.code, wp.organisation_id FROM work_package wp WHERE EXISTS (SELECT 1 FROM work_package_asset a WHERE a.work_package_id = wp.id AND a.asset_type = 'camera') ORDER BY wp.code LIMIT 1`);
    const members = await app.dataSource.query(
      `SELECT c.id FROM work_package_asset a JOIN camera c ON c.id = a.asset_id WHERE a.work_package_id = $1 AND a.asset_type = 'camera' AND NOT c.existing`, [workPackage.id]);
    const { designReport: report } = await app.ok(REPORT, { scope: { kind: 'work_package', id: workPackage.id } });
    expect(report.scopeCode).toBe(workPackage.code);
    const scheduled = new Set(report.cameras.map((camera: any) => camera.id));
    for (const { id } of members) expect(scheduled.has(id)).toBe(true);
    // The bill counts exactly the package's new cameras.
    const cameraLines = report.bill.lines.filter((line: any) => line.category === 'camera');
    expect(cameraLines.reduce((sum: number, line: any) => sum + line.quantity, 0)).toBe(members.length);
    for (const entry of report.blackSpots) {
      const served = entry.coverage.contributingCameraIds.some((id: string) => members.some((member: any) => member.id === id));
      if (!served) expect(report.scopeArea).not.toBeNull();
    }
    // A contractor of another organisation may not read it.
    const refused = await app.as('contractor').graphql(REPORT, { scope: { kind: 'work_package', id: workPackage.id } });
    expect(workPackage.organisation_id).not.toBe(app.users.contractor.organisationId);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad scopes with coded errors', async () => {
    const codeOf = async (scope: object) => (await app.graphql(REPORT, { scope })).errors?.[0]?.extensions?.code;
    expect(await codeOf({ kind: 'zone', id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await codeOf({ kind: 'work_package', id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await codeOf({ kind: 'zone' })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ kind: 'city', id: '00000000-0000-4000-8000-000000000000' })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ kind: 'zone', id: 'not-a-uuid' })).toBe('BAD_USER_INPUT');
  });
});
