import { billOfQuantities, FES_TENDER_BUDGET_MAD_BEFORE_TAX, type UnitCosts } from './bill-of-quantities';
import { NetworkSketch } from './testing/network-sketch';

/*
 *   zone "medina":  cab(0,0) ──r1 100 m underground── p1 [cam1 bullet, cam2 ptz]
 *   zone "ville":   p2(500,0) [cam3 bullet] ──r2 200 m aerial── cab     s1 ──f1 50 m──> p2
 *   unzoned:        r3 decommissioned (not counted)
 */
function scene() {
  const sketch = new NetworkSketch();
  sketch.newNode('cab', 'cabinet', [0, 0]);
  sketch.newPole('p1', [100, 0], { kind: 'camera_pole' });
  sketch.newPole('p2', [500, 0], { kind: 'street_light' });
  sketch.newCamera('cam1', 'p1', { model: 'bullet-4mp' });
  sketch.newCamera('cam2', 'p1', { model: 'ptz-30x' });
  sketch.newCamera('cam3', 'p2', { model: 'bullet-4mp' });
  sketch.newRun('r1', 'cab', 'p1', { cableType: 'sm_g652d', installMethod: 'underground_duct' });
  sketch.newRun('r2', 'p2', [300, 0], { cableType: 'sm_g652d', installMethod: 'aerial' });
  sketch.newRun('r3', 'cab', 'p2', { status: 'decommissioned' });
  sketch.newPowerSource('s1', 'utility_supply', [500, 50]);
  sketch.newFeed('f1', 's1', 'p2', { installMethod: 'aerial' });
  return sketch.network;
}

const TEST_UNIT_COSTS: UnitCosts = {
  cameraByModelMad: { 'bullet-4mp': 6_000 },
  defaultCameraMad: 20_000,
  defaultPoleMad: 9_000,
  poleByKindMad: { camera_pole: 9_000, street_light: 1_500, utility_pole: 2_000, wall_mount: 1_000 },
  fiberCableMadPerMeterByType: { sm_g652d: 10, sm_g657a: 12, mm_om3: 15, drop: 5 },
  fiberInstallMadPerMeterByMethod: { aerial: 20, underground_duct: 190, facade: 40 },
  powerCableMadPerMeter: 30,
  powerInstallMadPerMeterByMethod: { aerial: 20, underground_duct: 150, facade: 35 },
  networkNodeByKindMad: { control_centre: 0, cabinet: 30_000, switch: 18_000, splice_closure: 3_000 },
  powerSourceByKindMad: { utility_supply: 10_000, transformer: 0, street_lighting_circuit: 0 },
};

describe('billOfQuantities', () => {
  const bill = billOfQuantities(scene(), {
    unitCosts: TEST_UNIT_COSTS,
    zones: [
      { zoneId: 'medina', cameraIds: ['cam1', 'cam2'], poleIds: ['p1'], networkNodeIds: ['cab'], fiberRunIds: ['r1'] },
      { zoneId: 'ville', cameraIds: ['cam3'], poleIds: ['p2'], fiberRunIds: ['r2'], powerFeedIds: ['f1'], powerSourceIds: ['s1'] },
    ],
  });
  const lines = (section: { lines: { item: string; quantity: number; totalMad: number }[] }) =>
    Object.fromEntries(section.lines.map((line) => [line.item, [line.quantity, line.totalMad]]));

  it('counts and measures by type, per zone', () => {
    expect(bill.zones.map((zone) => zone.zoneId)).toEqual(['medina', 'ville']);
    expect(lines(bill.zones[0])).toEqual({
      'bullet-4mp': [1, 6_000],
      'ptz-30x': [1, 20_000],
      camera_pole: [1, 9_000],
      cabinet: [1, 30_000],
      'sm_g652d / underground_duct': [100, 20_000],
    });
    expect(lines(bill.zones[1])).toEqual({
      'bullet-4mp': [1, 6_000],
      street_light: [1, 1_500],
      'sm_g652d / aerial': [200, 6_000],
      aerial: [50, 2_500],
      utility_supply: [1, 10_000],
    });
    expect(bill.missingUnitCosts).toEqual(['camera model: ptz-30x']);
  });

  it('totals overall with VAT 20% apart, against the Fes tender budget', () => {
    expect(bill.overall.totalBeforeTaxMad).toBe(85_000 + 26_000);
    expect(bill.overall.vatMad).toBe(22_200);
    expect(bill.overall.totalWithTaxMad).toBe(133_200);
    expect(lines(bill.overall)['bullet-4mp']).toEqual([2, 12_000]);
    expect(bill.budget.budgetBeforeTaxMad).toBe(FES_TENDER_BUDGET_MAD_BEFORE_TAX);
    expect(bill.budget.remainingBeforeTaxMad).toBe(9_983_280 - 111_000);
    expect(bill.budget.withinBudget).toBe(true);
  });

  it('puts elements outside every zone in "unzoned"', () => {
    const unzoned = billOfQuantities(scene(), { unitCosts: TEST_UNIT_COSTS, budgetMadBeforeTax: 1_000 });
    expect(unzoned.zones.map((zone) => zone.zoneId)).toEqual(['unzoned']);
    expect(unzoned.budget.withinBudget).toBe(false);
  });
});
