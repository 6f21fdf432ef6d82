import type { LineString } from 'geojson';
import { analyseConnectivity } from './connectivity';
import { buildNetworkGraphs } from './network-graph';
import { fiberRoutingTargets } from './routing-targets';
import { buildStreetNetwork, prepareRoutingTargets, proposeFiberRoute } from './street-routing';
import { at, NetworkSketch, TEST_METRIC } from '../../../../test/support/core/network/network-sketch';
import { poweredSwitchesScene, TEST_NODE_POWER_DRAW_WATTS } from '../../../../test/support/core/network/powered-switches-scene';

/*
 *   One street along y = 0 (metres east of the sketch origin); every node stands 5 m north of it.
 *
 *   cc(-1000,5)          swA(200,5)      swC(400,5) ── pC(400,50) [camC]      swB(600,5)
 *   ══════════════════════════════════════════════════════════════════════════════════  street
 *                              · new camera at (250,-10)
 *                                                        s(500,-30) feeds swC, pC and swB
 *
 *   swA draws 45 W and has no power feed: unpowered, it passes no traffic.
 *   swC has 2 ports: camC's link and its own uplink to cc use both.
 *   swB is powered and has spare ports. Along the street from the new camera: swA 65 m, swC 165 m,
 *   swB 365 m, cc 1,265 m.
 */
function corridor(options: { powerSwitchA?: boolean } = {}) {
  const sketch = new NetworkSketch();
  sketch.newNode('cc', 'control_centre', [-1000, 5], { portCount: 48 });
  sketch.newNode('swA', 'switch', [200, 5], { portCount: 8, powerDrawWatts: 45 });
  sketch.newNode('swC', 'switch', [400, 5], { portCount: 2, powerDrawWatts: 45 });
  sketch.newNode('swB', 'switch', [600, 5], { portCount: 8, powerDrawWatts: 45 });
  sketch.newPole('pC', [400, 50]);
  sketch.newCamera('camC', 'pC');
  sketch.newRun('cc-swA', 'cc', 'swA');
  sketch.newRun('cc-swC', 'cc', 'swC');
  sketch.newRun('cc-swB', 'cc', 'swB');
  sketch.newRun('swC-pC', 'swC', 'pC');
  sketch.newPowerSource('s', 'utility_supply', [500, -30]);
  sketch.newFeed('s-swC', 's', 'swC');
  sketch.newFeed('s-pC', 's', 'pC');
  sketch.newFeed('s-swB', 's', 'swB');
  if (options.powerSwitchA) sketch.newFeed('s-swA', 's', 'swA');
  return sketch.network;
}

const street: LineString = { type: 'LineString', coordinates: [at(-1100, 0), at(800, 0)] };
const streets = buildStreetNetwork([street], TEST_METRIC.projection);

function fiberTargetsOf(network: ReturnType<typeof corridor>) {
  const graphs = buildNetworkGraphs(network, { metric: TEST_METRIC });
  return fiberRoutingTargets(graphs, analyseConnectivity(graphs));
}

describe('fiberRoutingTargets', () => {
  it('leaves out a switch without power and one without a spare port', () => {
    expect(fiberTargetsOf(corridor()).map((target) => target.id)).toEqual(['cc', 'swB']);
  });

  it('takes a switch back once it is powered', () => {
    expect(fiberTargetsOf(corridor({ powerSwitchA: true })).map((target) => target.id)).toEqual(['cc', 'swA', 'swB']);
  });

  it('routes a new camera past the nearer unpowered and full switches to the powered one with room', () => {
    const route = proposeFiberRoute(streets, at(250, -10), prepareRoutingTargets(streets, fiberTargetsOf(corridor())));
    expect(route.status === 'found' && route.target.id).toBe('swB');
    // 10 m to the street, 350 m along it, 5 m up to swB
    expect(route.status === 'found' && route.lengthMeters).toBeCloseTo(365, 3);
    const powered = proposeFiberRoute(streets, at(250, -10), prepareRoutingTargets(streets, fiberTargetsOf(corridor({ powerSwitchA: true }))));
    expect(powered.status === 'found' && powered.target.id).toBe('swA');
    expect(powered.status === 'found' && powered.lengthMeters).toBeCloseTo(65, 3);
  });

  it('leaves out the switch that a default draw leaves unpowered, and keeps one dark by day only', () => {
    const graphs = buildNetworkGraphs(poweredSwitchesScene(), { metric: TEST_METRIC, nodePowerDrawWattsByKind: TEST_NODE_POWER_DRAW_WATTS });
    const connectivity = analyseConnectivity(graphs);
    expect(connectivity.unpoweredNetworkNodes).toEqual(['sw2']);
    expect(connectivity.networkNodesDarkByDay.map((entry) => entry.networkNodeId)).toEqual(['sw3']);
    expect(fiberRoutingTargets(graphs, connectivity).map((target) => target.id)).toEqual(['cc', 'sw1', 'sw3']);
  });
});
