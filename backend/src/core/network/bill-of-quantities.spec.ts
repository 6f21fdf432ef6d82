import { analyseConnectivity } from './connectivity';
import { buildNetworkGraphs } from './network-graph';
import { billOfQuantities, FES_TENDER_BUDGET_MAD_BEFORE_TAX, type BillSection } from './bill-of-quantities';
import { NetworkSketch, TEST_METRIC } from '../../../../test/support/core/network/network-sketch';
import { TEST_UNIT_COSTS } from '../../../../test/support/core/network/unit-costs';

/*
 *   zone "medina":  cab(0,0) ──r1 100 m underground── p1 [cam1 bullet, cam2 ptz]
 *   zone "ville":   p2(500,0) [cam3 bullet, kind unknown] ──r2 200 m aerial── (300,0)     s1 ──f1 50 m aerial──> p2
 *   unzoned:        r3 decommissioned (not counted)
 */
function scene() {
  const sketch = new NetworkSketch();
  sketch.newNode('cab', 'cabinet', [0, 0]);
  sketch.newPole('p1', [100, 0], { kind: 'camera_pole' });
  sketch.newPole('p2', [500, 0], { kind: 'street_light' });
  sketch.newCamera('cam1', 'p1', { model: 'bullet-4mp', kind: 'fixed_bullet' });
  sketch.newCamera('cam2', 'p1', { model: 'ptz-30x', kind: 'ptz' });
  sketch.newCamera('cam3', 'p2', { model: 'bullet-4mp' });
  sketch.newRun('r1', 'cab', 'p1', { cableType: 'sm_g652d', installMethod: 'underground_duct' });
  sketch.newRun('r2', 'p2', [300, 0], { cableType: 'sm_g652d', installMethod: 'aerial' });
  sketch.newRun('r3', 'cab', 'p2', { status: 'decommissioned' });
  sketch.newPowerSource('s1', 'utility_supply', [500, 50]);
  sketch.newFeed('f1', 's1', 'p2', { installMethod: 'aerial' });
  return sketch.network;
}

/** "category: item" -> [quantity, total MAD]. */
const lines = (section: BillSection) =>
  Object.fromEntries(section.lines.map((line) => [`${line.category}: ${line.item}`, [line.quantity, line.totalMad]]));

describe('billOfQuantities', () => {
  const bill = billOfQuantities(scene(), {
    metric: TEST_METRIC,
    unitCosts: TEST_UNIT_COSTS,
    zones: [
      { zoneId: 'medina', cameraIds: ['cam1', 'cam2'], poleIds: ['p1'], networkNodeIds: ['cab'], fiberRunIds: ['r1'] },
      { zoneId: 'ville', cameraIds: ['cam3'], poleIds: ['p2'], fiberRunIds: ['r2'], powerFeedIds: ['f1'], powerSourceIds: ['s1'] },
    ],
  });

  it('counts and measures supply and installation by type, per zone', () => {
    expect(bill.zones.map((zone) => zone.zoneId)).toEqual(['medina', 'ville']);
    const [medina, ville] = bill.zones;
    expect(lines(medina)).toEqual({
      // supply
      'camera: bullet-4mp': [1, 6_000],
      'camera: ptz-30x': [1, 20_000],
      'pole: camera_pole': [1, 9_000],
      'network_node: cabinet': [1, 30_000],
      'fiber: sm_g652d': [100, 1_000],
      // installation: a fixed camera 800, a PTZ 2,000; erecting the pole; the cabinet;
      // 100 m of trench at 190; both ends of r1 spliced at 600
      'camera_installation: fixed_bullet': [1, 800],
      'camera_installation: ptz': [1, 2_000],
      'pole_installation: camera_pole': [1, 4_000],
      'network_node_installation: cabinet': [1, 5_000],
      'fiber_laying: underground_duct': [100, 19_000],
      'fiber_splicing: run end': [2, 1_200],
    });
    expect(medina.supplyBeforeTaxMad).toBe(66_000);
    expect(medina.installationBeforeTaxMad).toBe(32_000);
    expect(medina.totalBeforeTaxMad).toBe(98_000);
    expect(lines(ville)).toEqual({
      'camera: bullet-4mp': [1, 6_000],
      'pole: street_light': [1, 1_500],
      'fiber: sm_g652d': [200, 2_000],
      'power_cable: low-voltage cable': [50, 1_500],
      'power_source: utility_supply': [1, 10_000],
      // cam3's kind is unknown: installed at the fixed price; aerial fiber and power at 20 a metre
      'camera_installation: fixed_bullet': [1, 800],
      'pole_installation: street_light': [1, 500],
      'fiber_laying: aerial': [200, 4_000],
      'fiber_splicing: run end': [2, 1_200],
      'power_laying: aerial': [50, 1_000],
    });
    expect(ville.supplyBeforeTaxMad).toBe(21_000);
    expect(ville.installationBeforeTaxMad).toBe(7_500);
    expect(bill.missingUnitCosts).toEqual(['camera kind of bullet-4mp (installation priced as fixed_bullet)', 'camera model: ptz-30x']);
  });

  it('lists supply lines first, each line tagged with its part', () => {
    const parts = bill.overall.lines.map((line) => line.part);
    expect(parts.indexOf('installation')).toBe(parts.lastIndexOf('supply') + 1);
    expect(bill.overall.lines.find((line) => line.category === 'fiber_splicing')).toMatchObject({ part: 'installation', unit: 'end', quantity: 4 });
  });

  it('totals overall with VAT 20% apart, against the Fes tender budget', () => {
    expect(bill.overall.supplyBeforeTaxMad).toBe(87_000);
    expect(bill.overall.installationBeforeTaxMad).toBe(39_500);
    expect(bill.overall.totalBeforeTaxMad).toBe(126_500);
    expect(bill.overall.vatMad).toBe(25_300);
    expect(bill.overall.totalWithTaxMad).toBe(151_800);
    expect(lines(bill.overall)['camera: bullet-4mp']).toEqual([2, 12_000]);
    expect(lines(bill.overall)['camera_installation: fixed_bullet']).toEqual([2, 1_600]);
    expect(bill.budget.budgetBeforeTaxMad).toBe(FES_TENDER_BUDGET_MAD_BEFORE_TAX);
    expect(bill.budget.budgetBeforeTaxMad).toBe(9_983_280);
    expect(bill.budget.remainingBeforeTaxMad).toBe(9_983_280 - 126_500);
    expect(bill.budget.withinBudget).toBe(true);
  });

  it('prices a power feed by its install method, underground when none is given', () => {
    const sketch = new NetworkSketch();
    sketch.newPowerSource('s', 'utility_supply', [0, 0]);
    sketch.newPole('p', [100, 0], { kind: 'utility_pole' });
    sketch.newFeed('aerial', 's', 'p', { installMethod: 'aerial' });
    sketch.newFeed('facade', 's', 'p', { installMethod: 'facade' });
    sketch.newFeed('unspecified', 's', 'p');
    const power = lines(billOfQuantities(sketch.network, { metric: TEST_METRIC, unitCosts: TEST_UNIT_COSTS }).overall);
    expect(power['power_laying: aerial']).toEqual([100, 2_000]);
    expect(power['power_laying: facade']).toEqual([100, 3_500]);
    expect(power['power_laying: underground_duct']).toEqual([100, 15_000]);
    expect(power['power_cable: low-voltage cable']).toEqual([300, 9_000]);
  });

  it('puts elements outside every zone in "unzoned"', () => {
    const unzoned = billOfQuantities(scene(), { metric: TEST_METRIC, unitCosts: TEST_UNIT_COSTS, budgetMadBeforeTax: 1_000 });
    expect(unzoned.zones.map((zone) => zone.zoneId)).toEqual(['unzoned']);
    expect(unzoned.overall.totalBeforeTaxMad).toBe(126_500);
    expect(unzoned.budget.withinBudget).toBe(false);
  });
});

/*
 *   A programme that re-uses what the city has (x marks an existing asset, not priced):
 *
 *   zone "ville":   x cc(0,0) ──x r-old 100 m── x lightA(100,0) [new cam-new]     x lightB(300,0) (no camera)
 *                     └──────────r-new 200 m aerial (new)────── x pylon(0,200) [x cam-old, re-used]
 *                   x s transformer (100,-50) ──x f 50 m aerial──> lightA
 *   unzoned:        x gone(500,0), a decommissioned existing street light (not counted at all)
 */
function reusedCity(flagExisting = true) {
  const sketch = new NetworkSketch();
  const existing = { existing: flagExisting };
  sketch.newNode('cc', 'control_centre', [0, 0], existing);
  sketch.newPole('lightA', [100, 0], { kind: 'street_light', ...existing });
  sketch.newPole('lightB', [300, 0], { kind: 'street_light', ...existing });
  sketch.newPole('pylon', [0, 200], { kind: 'utility_pole', ...existing });
  sketch.newPole('gone', [500, 0], { kind: 'street_light', status: 'decommissioned', ...existing });
  sketch.newCamera('cam-new', 'lightA', { model: 'bullet-4mp', kind: 'fixed_bullet' });
  sketch.newCamera('cam-old', 'pylon', { model: 'dome-2mp', kind: 'fixed_dome', ...existing });
  sketch.newRun('r-old', 'cc', 'lightA', { cableType: 'sm_g652d', installMethod: 'underground_duct', ...existing });
  sketch.newRun('r-new', 'cc', 'pylon', { cableType: 'sm_g652d', installMethod: 'aerial' });
  sketch.newPowerSource('s', 'transformer', [100, -50], existing);
  sketch.newFeed('f', 's', 'lightA', { installMethod: 'aerial', ...existing });
  return sketch.network;
}

describe('billOfQuantities with existing assets', () => {
  const zones = [
    { zoneId: 'ville', cameraIds: ['cam-new', 'cam-old'], poleIds: ['lightA', 'lightB', 'pylon'], networkNodeIds: ['cc'],
      fiberRunIds: ['r-old', 'r-new'], powerSourceIds: ['s'], powerFeedIds: ['f'] },
  ];
  const bill = billOfQuantities(reusedCity(), { metric: TEST_METRIC, unitCosts: TEST_UNIT_COSTS, zones });

  it('prices only the new works, and the camera mount that a new camera needs on an existing pole', () => {
    expect(lines(bill.overall)).toEqual({
      'camera: bullet-4mp': [1, 6_000],
      // lightA stands already; the new camera on it still needs the bracket and box (800) set (450)
      'camera_mount: street_light': [1, 800],
      'fiber: sm_g652d': [200, 2_000],
      'camera_installation: fixed_bullet': [1, 800],
      'camera_mount_installation: street_light': [1, 450],
      'fiber_laying: aerial': [200, 4_000],
      'fiber_splicing: run end': [2, 1_200],
    });
    expect(bill.overall.supplyBeforeTaxMad).toBe(8_800);
    expect(bill.overall.installationBeforeTaxMad).toBe(6_450);
    expect(bill.overall.totalBeforeTaxMad).toBe(15_250);
    expect(bill.budget.remainingBeforeTaxMad).toBe(9_983_280 - 15_250);
    expect(bill.missingUnitCosts).toEqual([]);
  });

  it('lists what is re-used apart, counted and measured by type, decommissioned left out', () => {
    const existing = Object.fromEntries(bill.overall.existing.map((line) => [`${line.category}: ${line.item}`, [line.quantity, line.unit]]));
    expect(existing).toEqual({
      'camera: dome-2mp': [1, 'each'],
      'fiber: sm_g652d': [100, 'm'],
      'network_node: control_centre': [1, 'each'],
      'pole: street_light': [2, 'each'],
      'pole: utility_pole': [1, 'each'],
      'power_cable: low-voltage cable': [50, 'm'],
      'power_source: transformer': [1, 'each'],
    });
    expect(bill.zones.map((zone) => [zone.zoneId, zone.existing.length])).toEqual([['ville', 7]]);
  });

  it('prices the same assets in full when they are new', () => {
    const allNew = billOfQuantities(reusedCity(false), { metric: TEST_METRIC, unitCosts: TEST_UNIT_COSTS, zones });
    expect(allNew.overall.existing).toEqual([]);
    const priced = lines(allNew.overall);
    expect(priced['camera_mount: street_light']).toBeUndefined();
    expect(priced['pole: street_light']).toEqual([2, 3_000]);
    expect(priced['pole: utility_pole']).toEqual([1, 2_000]);
    expect(priced['fiber_splicing: run end']).toEqual([4, 2_400]);
    expect(allNew.overall.totalBeforeTaxMad).toBe(
      6_000 + 800 + 20_000 + 900 + // the two cameras and their installation (dome-2mp at the default price)
        2 * (1_500 + 500) + 2_000 + 700 + // two street-light mounts and the utility-pole mount, planned as new
        100 * (10 + 190) + 200 * (10 + 20) + 4 * 600 + // both runs, four ends spliced
        50 * (30 + 20), // the feed (control centre and transformer at 0 in this price list)
    );
  });

  it('mounts a new camera on an existing camera pole by its own mount price, one mount per pole', () => {
    const sketch = new NetworkSketch();
    sketch.newPole('old-camera-pole', [0, 0], { kind: 'camera_pole', existing: true });
    sketch.newPole('no-kind', [50, 0], { kind: undefined, existing: true });
    sketch.newCamera('a', 'old-camera-pole', { kind: 'fixed_bullet' });
    sketch.newCamera('b', 'old-camera-pole', { kind: 'fixed_bullet' });
    sketch.newCamera('c', 'no-kind', { kind: 'fixed_bullet' });
    const mounts = billOfQuantities(sketch.network, { metric: TEST_METRIC, unitCosts: TEST_UNIT_COSTS });
    const priced = lines(mounts.overall);
    expect(priced['camera_mount: camera_pole']).toEqual([1, 400]);
    expect(priced['camera_mount_installation: camera_pole']).toEqual([1, 350]);
    expect(priced['camera_mount: street_light']).toEqual([1, 800]);
    expect(mounts.missingUnitCosts).toEqual(['kind of an existing pole (camera mount priced as on a street_light)']);
    expect(mounts.overall.existing).toEqual([
      { category: 'pole', item: 'camera_pole', unit: 'each', quantity: 1 },
      { category: 'pole', item: 'unspecified kind', unit: 'each', quantity: 1 },
    ]);
  });

  it('leaves the network analyses as they are: an existing asset carries traffic and power like a new one', () => {
    const withFlags = analyseConnectivity(buildNetworkGraphs(reusedCity(true), { metric: TEST_METRIC }));
    const without = analyseConnectivity(buildNetworkGraphs(reusedCity(false), { metric: TEST_METRIC }));
    expect(withFlags.cameras).toEqual(without.cameras);
    expect(withFlags.cameras.map((camera) => [camera.cameraId, camera.fiber?.fiberRunIds, camera.power.powerSourceId])).toEqual([
      ['cam-new', ['r-old'], 's'],
      ['cam-old', ['r-new'], null],
    ]);
  });
});
