import { analyseConnectivity } from './connectivity';
import { designChecks } from './design-checks';
import { buildNetworkGraphs } from './network-graph';
import { NetworkSketch, TEST_METRIC } from '../../../../test/support/core/network/network-sketch';
import { poweredSwitchesScene, TEST_NODE_POWER_DRAW_WATTS } from '../../../../test/support/core/network/powered-switches-scene';

/*
 *   cc(0,0) ──r1 1000 m── sw(1000,0) ──r2 500 m (1 strand)── p1(1500,0) [cam1, cam2]
 *   s1 utility 30 W ──f1──> p1 (cam1 + cam2 = 24 W) ──f3──> sw (80 W): s1 overloaded
 *   s2 street lighting ──f2 (switched)──> p2(1000,500) [cam3], fiber r3 sw-p2, no UPS: dark 06:30-19:00
 *   p3(2000,500) [cam4]: no fiber, no power
 */
function scene() {
  const sketch = new NetworkSketch();
  sketch.newNode('cc', 'control_centre', [0, 0], { portCount: 8 });
  sketch.newNode('sw', 'switch', [1000, 0], { portCount: 8, powerDrawWatts: 80 });
  sketch.newPole('p1', [1500, 0]);
  sketch.newPole('p2', [1000, 500]);
  sketch.newPole('p3', [2000, 500]);
  sketch.newCamera('cam1', 'p1');
  sketch.newCamera('cam2', 'p1');
  sketch.newCamera('cam3', 'p2');
  sketch.newCamera('cam4', 'p3');
  sketch.newRun('r1', 'cc', 'sw');
  sketch.newRun('r2', 'sw', 'p1', { strandCount: 1 });
  sketch.newRun('r3', 'sw', 'p2');
  sketch.newPowerSource('s1', 'utility_supply', [0, -50], { capacityWatts: 30 });
  sketch.newPowerSource('s2', 'street_lighting_circuit', [1000, 550], { capacityWatts: 1000 });
  sketch.newFeed('f1', 's1', 'p1', { capacityWatts: 500 });
  sketch.newFeed('f2', 's2', 'p2', { switched: true });
  sketch.newFeed('f3', 's1', 'sw', { capacityWatts: 500 });
  return sketch.network;
}

const byKind = (findings: ReturnType<typeof designChecks>) => {
  const result: Record<string, string[]> = {};
  for (const finding of findings) (result[finding.kind] ??= []).push(finding.cameraId);
  return result;
};

describe('designChecks', () => {
  const findings = designChecks(analyseConnectivity(buildNetworkGraphs(scene(), { metric: TEST_METRIC }), { linkBudgetDb: 3, requiredMarginDb: 1.8 }));

  it('flags each camera that cannot work, per check, worst check first', () => {
    expect(byKind(findings)).toEqual({
      no_network_path: ['cam4'],
      no_power: ['cam4'],
      dark_by_day: ['cam3'],
      power_over_capacity: ['cam1', 'cam2'],
      fiber_over_capacity: ['cam1', 'cam2'],
      // 500 m links: 1.275 dB of 3, 1.725 dB left, short of the 1.8 dB margin.
      optical_budget_exceeded: ['cam1', 'cam2', 'cam3'],
    });
  });

  it('names the elements at fault and when a camera is dark', () => {
    const dark = findings.find((finding) => finding.kind === 'dark_by_day')!;
    expect(dark.elements).toEqual([{ kind: 'power_source', id: 's2' }, { kind: 'power_feed', id: 'f2' }]);
    expect(dark.darkByDay).toMatchObject({ from: '06:30', to: '19:00' });
    expect(findings.find((finding) => finding.kind === 'power_over_capacity')!.elements).toEqual([{ kind: 'power_source', id: 's1' }]);
    expect(findings.find((finding) => finding.kind === 'fiber_over_capacity')!.elements).toEqual([{ kind: 'fiber_run', id: 'r2' }]);
    expect(findings.find((finding) => finding.kind === 'no_network_path')!.elements).toEqual([]);
  });

  it('tells a camera cut off by an unpowered switch from one with no path at all', () => {
    const report = analyseConnectivity(buildNetworkGraphs(poweredSwitchesScene(), { metric: TEST_METRIC, nodePowerDrawWattsByKind: TEST_NODE_POWER_DRAW_WATTS }));
    const cutOff = designChecks(report).filter((finding) => finding.kind === 'behind_unpowered_node' || finding.kind === 'no_network_path');
    expect(cutOff).toEqual([expect.objectContaining({ kind: 'behind_unpowered_node', cameraId: 'cam2', elements: [{ kind: 'network_node', id: 'sw2' }] })]);
  });
});
