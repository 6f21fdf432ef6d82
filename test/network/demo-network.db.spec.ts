import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { seedFesDemo } from '../../backend/src/seed/demo-seeder';

/**
 * The Fès demo's network through the API: statuses that make the commissioned part (Place Florence)
 * live end to end, cabinets drawing their kind's default power, the control centre its recorded draw,
 * power feeds laid mostly aerial along the poles, and the bill of quantities with installation labour.
 */
describe('the Fès demo network', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await seedFesDemo(app.dataSource, undefined, undefined, { demoAccounts: false });
  });
  afterAll(async () => {
    await app?.close();
  });

  const REPORT = `query($cameras: CameraSelection) { report: networkReport(cameras: $cameras) {
    cameraCount connectedAndPoweredCount camerasWithoutFiberPath { code } unpoweredCameras { code }
    unpoweredNetworkNodes { node { code } } networkNodePower { node { code } powerDrawWatts powered }
    camerasDarkByDay { camera { code } } overloadedPowerFeeds { element { code } } overloadedPowerSources { element { code } } } }`;

  it('counts the commissioned cameras as live, each connected and powered', async () => {
    const [{ commissioned }] = await app.dataSource.query(`SELECT count(*)::int AS commissioned FROM camera WHERE status = 'commissioned'`);
    expect(commissioned).toBeGreaterThan(0);
    const { report } = await app.ok(REPORT, { cameras: 'live' });
    expect(report.cameraCount).toBe(commissioned);
    expect(report.connectedAndPoweredCount).toBe(commissioned);
  });

  it('powers every cabinet and the control centre, and books their draw', async () => {
    const { report } = await app.ok(REPORT, { cameras: 'planned' });
    expect(report.unpoweredNetworkNodes).toEqual([]);
    const draws = new Map(report.networkNodePower.map((entry: { node: { code: string }; powerDrawWatts: number }) => [entry.node.code, entry.powerDrawWatts]));
    expect(draws.get('CC-FES-01')).toBe(25_000);
    const cabinets = [...draws.entries()].filter(([code]) => String(code).startsWith('CAB-'));
    expect(cabinets).toHaveLength(13);
    for (const [, watts] of cabinets) expect(watts).toBe(60);
    expect(report.networkNodePower.every((entry: { powered: boolean }) => entry.powered)).toBe(true);
    expect(report.unpoweredCameras).toEqual([]);
    expect(report.camerasWithoutFiberPath).toEqual([]);
  });

  it("turns the control centre's transformer into a single point of failure for every camera", async () => {
    const [source] = await app.dataSource.query(
      `SELECT s.id FROM power_source s JOIN power_feed f ON f.from_power_source_id = s.id JOIN network_node n ON n.id = f.to_network_node_id
        WHERE n.kind = 'control_centre'`,
    );
    const { impact } = await app.ok(`query($id: ID!) { impact: outageImpact(failed: { powerSourceIds: [$id] }) { darkCameraIds unpoweredNetworkNodes { code } } }`, { id: source.id });
    const [{ cameras }] = await app.dataSource.query(`SELECT count(*)::int AS cameras FROM camera WHERE status <> 'decommissioned'`);
    expect(impact.unpoweredNetworkNodes).toEqual([{ code: 'CC-FES-01' }]);
    expect(impact.darkCameraIds).toHaveLength(cameras);
  });

  it('bills supply and installation, power feeds by their install method, against the tender budget', async () => {
    const { bill } = await app.ok(`{ bill: billOfQuantities { overall { lines { part category item unit quantity unitCostMad totalMad }
      existing { category item unit quantity } supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad } budgetBeforeTaxMad remainingBeforeTaxMad withinBudget usedFraction missingUnitCosts
      zones { zoneCode totalBeforeTaxMad installationBeforeTaxMad } } }`);
    console.log(
      `Fès demo bill: supply ${bill.overall.supplyBeforeTaxMad} + installation ${bill.overall.installationBeforeTaxMad} = ` +
        `${bill.overall.totalBeforeTaxMad} MAD before tax, ${(100 * bill.usedFraction).toFixed(1)}% of the 9,983,280 MAD budget`,
    );
    expect(bill.budgetBeforeTaxMad).toBe(9_983_280);
    expect(bill.missingUnitCosts).toEqual([]);
    const laying = Object.fromEntries(
      bill.overall.lines.filter((line: { category: string }) => line.category === 'power_laying').map((line: { item: string; quantity: number }) => [line.item, line.quantity]),
    );
    expect(Object.keys(laying).sort()).toEqual(['aerial', 'facade', 'underground_duct']);
    expect(bill.overall.installationBeforeTaxMad).toBeGreaterThan(0);
    expect(bill.overall.supplyBeforeTaxMad + bill.overall.installationBeforeTaxMad).toBeCloseTo(bill.overall.totalBeforeTaxMad, 1);
    expect(bill.remainingBeforeTaxMad).toBeCloseTo(9_983_280 - bill.overall.totalBeforeTaxMad, 1);
  });

  it("prices the new works only: RADEEF's substations, the lighting circuits and the street lights are listed as existing", async () => {
    const { bill } = await app.ok(`{ bill: billOfQuantities { overall { lines { category item quantity totalMad } existing { category item unit quantity }
      totalBeforeTaxMad } usedFraction } }`);
    const existing = Object.fromEntries(bill.overall.existing.map((line: { category: string; item: string; unit: string; quantity: number }) =>
      [`${line.category}: ${line.item}`, line.unit === 'm' ? Math.round(line.quantity) : line.quantity]));
    expect(existing).toEqual({
      'pole: street_light': 143,
      'pole: utility_pole': 43,
      'power_source: transformer': 9,
      'power_source: street_lighting_circuit': 10,
      'power_cable: low-voltage cable': 3427, // the lighting circuits' cables to their 21 camera-carrying street lights
    });
    const priced = new Map(bill.overall.lines.map((line: { category: string; item: string; quantity: number }) => [`${line.category}: ${line.item}`, line.quantity]));
    // The 21 street lights that carry a new camera pay its mount; no street light, utility pole or RADEEF source is priced.
    expect(priced.get('camera_mount: street_light')).toBe(21);
    expect(priced.get('camera_mount_installation: street_light')).toBe(21);
    for (const item of ['pole: street_light', 'pole: utility_pole', 'power_source: transformer', 'power_source: street_lighting_circuit']) {
      expect(priced.has(item)).toBe(false);
    }
    expect(priced.get('pole: camera_pole')).toBe(33);
    expect(priced.get('power_source: utility_supply')).toBe(5);
    // 15.65 M MAD (157% of the budget) when everything was priced; the new works alone:
    expect(bill.overall.totalBeforeTaxMad).toBeCloseTo(12_869_907.4, -1);
    expect(bill.usedFraction).toBeCloseTo(1.289, 3);
  });
  it('comes with months of fault history: several categories, most closed, some open and overdue, figures that say something', async () => {
    const { list } = await app.ok(`{ list: faults(first: 500) { totalCount nodes { category state priority reportedAt assetCode sla { overdue } } } }`);
    const faults: { category: string; state: string; priority: number; reportedAt: string; sla: { overdue: boolean } }[] = list.nodes;
    expect(list.totalCount).toBeGreaterThanOrEqual(20);
    expect(new Set(faults.map((fault) => fault.category)).size).toBeGreaterThanOrEqual(5);
    // The trunk cut and the cabinet's power loss darkened the whole square: an urgent priority among the usual ones.
    expect(Math.min(...faults.map((fault) => fault.priority))).toBeLessThanOrEqual(2);
    expect(new Set(faults.map((fault) => fault.priority)).size).toBeGreaterThanOrEqual(3);
    const ages = faults.map((fault) => (Date.now() - Date.parse(fault.reportedAt)) / 86_400_000);
    expect(Math.max(...ages)).toBeGreaterThan(120);
    const open = faults.filter((fault) => ['open', 'acknowledged', 'in_progress'].includes(fault.state));
    expect(open.length).toBe(4);
    expect(open.some((fault) => fault.sla.overdue)).toBe(true);
    expect(faults.filter((fault) => fault.state === 'closed').length).toBeGreaterThan(10);
    // The open vandalism fault holds its camera out of service.
    const [{ status }] = await app.dataSource.query(`SELECT status FROM camera WHERE code = 'CAM-PFL-05'`);
    expect(status).toBe('out_of_service');
    const { figures } = await app.ok(`query($from: DateTime!, $to: DateTime!) { figures: faultFigures(from: $from, to: $to) {
      openByPriority resolvedCount meanTimeToRepairHours cameraAvailability { code availability } modelsFailingMost { label faultCount } } }`,
    { from: new Date(Date.now() - 200 * 86_400_000).toISOString(), to: new Date().toISOString() });
    expect(figures.openByPriority.reduce((a: number, b: number) => a + b, 0)).toBe(4);
    expect(figures.resolvedCount).toBeGreaterThanOrEqual(20);
    expect(figures.meanTimeToRepairHours).toBeGreaterThan(1);
    expect(figures.cameraAvailability.find((entry: { code: string }) => entry.code === 'CAM-PFL-05').availability).toBeLessThan(1);
    expect(figures.modelsFailingMost.length).toBeGreaterThan(0);
  });

  it('has installation under way: two contractors, late items and a status history the progress chart can draw', async () => {
    const { progress, series } = await app.ok(`{
      progress: installationProgress { lateItems { code workPackageCode } coverage { liveCoveredFraction designCoveredFraction } }
      series: installationProgressSeries(stepDays: 14) { at installedCount commissionedCount liveCoveredFraction } }`);
    const [{ contractors }] = await app.dataSource.query(`SELECT count(DISTINCT organisation_id)::int AS contractors FROM work_package`);
    expect(contractors).toBe(2);
    // WP-SEB-01 was due ten days ago with the Batha cameras still planned.
    expect(progress.lateItems.filter((item: { workPackageCode: string }) => item.workPackageCode === 'WP-SEB-01').map((item: { code: string }) => item.code))
      .toEqual(['CAM-BAT-01', 'CAM-BAT-02', 'CAM-BAT-03', 'CAM-BAT-04']);
    expect(progress.coverage.liveCoveredFraction).toBeGreaterThan(0);
    expect(progress.coverage.liveCoveredFraction).toBeLessThan(progress.coverage.designCoveredFraction);
    // Months of history: nothing commissioned at the start, the Place Florence works by the end.
    const [{ commissioned }] = await app.dataSource.query(`SELECT (SELECT count(*) FROM camera WHERE status = 'commissioned' AND NOT existing)
      + (SELECT count(*) FROM pole WHERE status = 'commissioned' AND NOT existing) + (SELECT count(*) FROM network_node WHERE status = 'commissioned' AND NOT existing)
      + (SELECT count(*) FROM fiber_run WHERE status = 'commissioned' AND NOT existing) + (SELECT count(*) FROM power_source WHERE status = 'commissioned' AND NOT existing)
      + (SELECT count(*) FROM power_feed WHERE status = 'commissioned' AND NOT existing) AS commissioned`);
    expect(series.length).toBeGreaterThan(8);
    expect(series[0].commissionedCount).toBe(0);
    expect(series.at(-1).commissionedCount).toBe(Number(commissioned));
    expect(series.at(-1).liveCoveredFraction).toBeCloseTo(progress.coverage.liveCoveredFraction, 6);
    expect(series.some((point: { installedCount: number }, index: number) => index > 0 && point.installedCount > series[index - 1].installedCount)).toBe(true);
  });
});
