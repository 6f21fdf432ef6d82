import { analyseConnectivity } from '../network/connectivity';
import { buildNetworkGraphs } from '../network/network-graph';
import { analyzeBlackSpot, type BlackSpotInput } from '../coverage/black-spots';
import { computeCameraCoverage } from '../coverage/camera-coverage';
import { isPointInRegion } from '../geometry/planar';
import { NetworkSketch, TEST_METRIC } from '../../../../test/support/core/network/network-sketch';
import { newScene } from '../../../../test/support/core/scene-factories';
import { newCamera } from '../../../../test/support/core/coverage-factories';
import { camerasDarkAtNight, nightCameraCoverage, nightRangeMeters, overlapMinutes } from './night-coverage';

const clock = (hours: number, minutes = 0) => hours * 60 + minutes;

describe('night range and the infrared cut', () => {
  // Camera A at the origin looking east; by day its detection area covers the spot 10..30 x -5..5 entirely.
  const day = computeCameraCoverage(newCamera({ id: 'A', positionMeters: { x: 0, y: 0 } }), newScene());
  const spot: BlackSpotInput = {
    id: 'spot',
    requiredLevel: 'detection',
    polygon: [[{ x: 10, y: -5 }, { x: 30, y: -5 }, { x: 30, y: 5 }, { x: 10, y: 5 }]],
  };

  it('takes the farther of infrared and white light; none lights nothing', () => {
    expect(nightRangeMeters({ irRangeMeters: 30, whiteLightRangeMeters: 40 })).toBe(40);
    expect(nightRangeMeters({ irRangeMeters: 60 })).toBe(60);
    expect(nightRangeMeters({})).toBe(0);
  });

  it('cuts every level to the infrared range around the lens', () => {
    const night = nightCameraCoverage(day, { irRangeMeters: 20 }, { x: 0, y: 0 });
    const detection = night.levels.find((level) => level.level === 'detection')!;
    expect(isPointInRegion(detection.region, 15, 0)).toBe(true);
    expect(isPointInRegion(detection.region, 25, 0)).toBe(false);
    expect(isPointInRegion(day.levels.find((level) => level.level === 'detection')!.region, 25, 0)).toBe(true);
    expect(detection.band!.farMeters).toBe(20);
    // Never more than the quarter disc of 20 m the 90-degree sector can hold.
    expect(detection.areaSquareMeters).toBeLessThanOrEqual((Math.PI * 400) / 4 + 1e-6);
  });

  it('by hand: the spot is covered by day, and at night only inside the 20 m disc (97.9 of 200 m2)', () => {
    expect(analyzeBlackSpot(spot, [day]).coveredFraction).toBeCloseTo(1, 4);
    // Covered at night: the integral of sqrt(400 - y^2) - 10 over y in -5..5 = 197.90 - 100 = 97.90 m2;
    // the 64-sided polygon lies inside the circle, so a little less (within 0.2 %).
    const night = analyzeBlackSpot(spot, [nightCameraCoverage(day, { irRangeMeters: 20 }, { x: 0, y: 0 })]);
    expect(night.coveredAreaSquareMeters).toBeGreaterThan(97.9 * 0.995);
    expect(night.coveredAreaSquareMeters).toBeLessThanOrEqual(97.91);
  });

  it('a model without light of its own covers nothing at night', () => {
    const night = nightCameraCoverage(day, { irRangeMeters: null, whiteLightRangeMeters: null });
    expect(night.levels.every((level) => level.areaSquareMeters === 0 && level.region.length === 0)).toBe(true);
    expect(analyzeBlackSpot(spot, [night]).coveredFraction).toBe(0);
  });
});

describe('periods of the day', () => {
  it('measures overlaps across midnight', () => {
    const night = { startMinuteOfDay: clock(18), endMinuteOfDay: clock(7) };
    // Lighting off 06:30-19:00 meets the night 18:00-19:00 and 06:30-07:00.
    expect(overlapMinutes({ startMinuteOfDay: clock(6, 30), endMinuteOfDay: clock(19) }, night)).toBe(90);
    expect(overlapMinutes({ startMinuteOfDay: clock(2), endMinuteOfDay: clock(4) }, night)).toBe(120);
    expect(overlapMinutes({ startMinuteOfDay: clock(9), endMinuteOfDay: clock(17) }, night)).toBe(0);
  });
});

/*
 *   cc(0,0) ──r1── sw(1000,0, 80 W, UPS 240 min) ──r2── p1(1500,0) [cam1 UPS 180, cam3 UPS 30]
 *                                  └──r3── p2(1000,500) [cam2]
 *   s1 utility ──f1──> p1, ──f3──> sw;  s2 street lighting ──f2 (switched)──> p2, no UPS
 */
function nightScene() {
  const sketch = new NetworkSketch();
  sketch.newNode('cc', 'control_centre', [0, 0]);
  sketch.newNode('sw', 'switch', [1000, 0], { powerDrawWatts: 80, upsAutonomyMinutes: 240 });
  sketch.newPole('p1', [1500, 0]);
  sketch.newPole('p2', [1000, 500]);
  sketch.newCamera('cam1', 'p1', { upsAutonomyMinutes: 180 });
  sketch.newCamera('cam3', 'p1', { upsAutonomyMinutes: 30 });
  sketch.newCamera('cam2', 'p2');
  sketch.newRun('r1', 'cc', 'sw');
  sketch.newRun('r2', 'sw', 'p1');
  sketch.newRun('r3', 'sw', 'p2');
  sketch.newPowerSource('s1', 'utility_supply', [0, -50]);
  sketch.newPowerSource('s2', 'street_lighting_circuit', [1000, 550]);
  sketch.newFeed('f1', 's1', 'p1');
  sketch.newFeed('f2', 's2', 'p2', { switched: true });
  sketch.newFeed('f3', 's1', 'sw');
  return analyseConnectivity(buildNetworkGraphs(sketch.network, { metric: TEST_METRIC }));
}

describe('cameras dark at night', () => {
  const report = nightScene();
  const night = { startMinuteOfDay: clock(18), endMinuteOfDay: clock(7) };

  it('the switched circuit without UPS is off for 90 minutes of the night; utility-fed cameras are not', () => {
    const dark = camerasDarkAtNight(report, { night });
    expect(dark).toEqual([{ cameraId: 'cam2', darkMinutes: 90, from: '06:30', to: '19:00', causes: ['switched_lighting_off'] }]);
  });

  it('with the night as the lighting models it (19:00-06:30) the switched circuit is on all night', () => {
    expect(camerasDarkAtNight(report, { night: { startMinuteOfDay: clock(19), endMinuteOfDay: clock(6, 30) } })).toEqual([]);
  });

  it('a 02:00-04:00 grid outage darkens the camera whose UPS is too short (30 min: dark 02:30-04:00), not the one with 180 min', () => {
    const dark = camerasDarkAtNight(report, { night, gridOutage: { startMinuteOfDay: clock(2), endMinuteOfDay: clock(4) } });
    const cam3 = dark.find((entry) => entry.cameraId === 'cam3');
    expect(cam3).toEqual({ cameraId: 'cam3', darkMinutes: 90, from: '02:30', to: '04:00', causes: ['grid_outage_without_ups'] });
    expect(dark.find((entry) => entry.cameraId === 'cam1')).toBeUndefined();
    // cam2 (switched, no UPS) is dark at dusk and dawn and through the outage: 90 + 120 minutes.
    expect(dark.find((entry) => entry.cameraId === 'cam2')).toMatchObject({ darkMinutes: 210, causes: ['switched_lighting_off', 'grid_outage_without_ups'] });
  });

  it('counts a minute dark for two causes once: switched 06:30-07:00 and an outage 06:00-07:30 make 60 minutes before dawn, plus 60 at dusk', () => {
    const dark = camerasDarkAtNight(report, { night, gridOutage: { startMinuteOfDay: clock(6), endMinuteOfDay: clock(7, 30) } });
    expect(dark.find((entry) => entry.cameraId === 'cam2')).toMatchObject({ darkMinutes: 120, causes: ['switched_lighting_off', 'grid_outage_without_ups'] });
  });

  it('the switch on the path counts: an outage longer than its UPS darkens every camera behind it', () => {
    const dark = camerasDarkAtNight(report, { night, gridOutage: { startMinuteOfDay: clock(0), endMinuteOfDay: clock(5) } });
    // 300 minutes, longer than the switch (240) and cam1 (180): cam1 goes dark when its own UPS runs out, at 03:00.
    expect(dark.find((entry) => entry.cameraId === 'cam1')).toMatchObject({ darkMinutes: 120, from: '03:00', to: '05:00' });
  });
});
