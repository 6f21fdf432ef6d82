import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LineString, Position } from 'geojson';
import { billOfQuantities } from './bill-of-quantities';
import { metricPolicy } from '../geometry/metric';
import type { FiberRun } from './network-types';
import { arrayScanDijkstra } from '../../../../test/support/core/network/reference-algorithms';
import {
  attachToStreets,
  buildStreetNetwork,
  prepareRoutingTargets,
  proposeFiberRoute,
  proposePowerRoute,
  routeToNearestTarget,
  type StreetNetwork,
} from './street-routing';
import { seededRandom } from '../../../../test/support/core/network/generated-city-network';
import { at, TEST_METRIC } from '../../../../test/support/core/network/network-sketch';
import { TEST_UNIT_COSTS } from '../../../../test/support/core/network/unit-costs';

const line = (...points: [number, number][]): LineString => ({ type: 'LineString', coordinates: points.map(([x, y]) => at(x, y)) });

/** The reference: O(V^2) Dijkstra from the start's attachment, then the best target attachment. */
function referenceLength(network: StreetNetwork, start: Position, targets: Position[]): number {
  const startAttachment = attachToStreets(network, start)!;
  const length = network.segmentLengthMeters[startAttachment.segment];
  const distance = arrayScanDijkstra(
    network.vertexCount,
    network.adjacency.offsets,
    network.adjacency.targets,
    network.adjacency.lengthMeters,
    [
      { vertex: network.segmentFrom[startAttachment.segment], distance: startAttachment.accessMeters + startAttachment.fraction * length },
      { vertex: network.segmentTo[startAttachment.segment], distance: startAttachment.accessMeters + (1 - startAttachment.fraction) * length },
    ],
  );
  let best = Infinity;
  for (const target of targets) {
    const attachment = attachToStreets(network, target);
    if (!attachment) continue;
    const segmentLength = network.segmentLengthMeters[attachment.segment];
    best = Math.min(
      best,
      distance[network.segmentFrom[attachment.segment]] + attachment.fraction * segmentLength + attachment.accessMeters,
      distance[network.segmentTo[attachment.segment]] + (1 - attachment.fraction) * segmentLength + attachment.accessMeters,
    );
    if (attachment.segment === startAttachment.segment) {
      best = Math.min(
        best,
        startAttachment.accessMeters + Math.abs(startAttachment.fraction - attachment.fraction) * segmentLength + attachment.accessMeters,
      );
    }
  }
  return best;
}

describe('street routing', () => {
  /*
   *   D(0,100) ─────────────── E(200,100)          F(600,100)──G(700,100)  (an island)
   *   │                         │
   *   A(0,0) ──── B(100,0) ──── C(200,0)
   *        ·
   *      start (20,-10)       switch near C at (200,-5); cabinet near E at (205,100); node on the island
   */
  const streets = [line([0, 0], [100, 0], [200, 0]), line([0, 0], [0, 100], [200, 100], [200, 0]), line([600, 100], [700, 100])];
  const network = buildStreetNetwork(streets, TEST_METRIC.projection);

  it('builds intersections from shared coordinates', () => {
    expect(network.vertexCount).toBe(7);
    expect(network.segmentFrom.length).toBe(6);
  });

  it('routes from a camera to the nearest node along the streets, with length and cost', () => {
    const targets = prepareRoutingTargets(network, [
      { id: 'switch', location: at(200, -5) },
      { id: 'cabinet', location: at(205, 100) },
    ]);
    const route = proposeFiberRoute(network, at(20, -10), targets, {
      installMethod: 'aerial',
      costMadPerMeterByInstallMethod: { aerial: 50 },
    });
    expect(route.status).toBe('found');
    if (route.status !== 'found') return;
    expect(route.target.id).toBe('switch');
    // 10 m to the street, 180 m along A-B-C, 5 m to the switch
    expect(route.lengthMeters).toBeCloseTo(195, 1);
    expect(route.accessLengthMeters).toBeCloseTo(15, 1);
    expect(route.costMad).toBeCloseTo(195 * 50, 0);
    expect(route.path.coordinates).toHaveLength(5); // start, on street, B, C, switch
  });

  it('costs a fiber route as the bill of quantities costs the same new run: per metre plus splicing at both ends', () => {
    const targets = prepareRoutingTargets(network, [{ id: 'switch', location: at(200, -5) }]);
    const route = proposeFiberRoute(network, at(20, -10), targets, {
      installMethod: 'underground_duct',
      costMadPerMeterByInstallMethod: {
        underground_duct: TEST_UNIT_COSTS.fiberCableMadPerMeterByType.sm_g652d + TEST_UNIT_COSTS.fiberInstallMadPerMeterByMethod.underground_duct,
      },
      splicingMadPerRunEnd: TEST_UNIT_COSTS.fiberSplicingMadPerRunEnd,
    });
    if (route.status !== 'found') throw new Error(`no route: ${route.reason}`);
    // 195 m at 10 (cable) + 190 (trench) a metre, and two ends spliced at 600
    expect(route.splicingCostMad).toBe(1_200);
    expect(route.costMad).toBeCloseTo(195 * 200 + 1_200, 2);
    const newRun: FiberRun = {
      id: 'proposed', path: route.path, from: null, to: { kind: 'network_node', id: 'switch' }, strandCount: 12,
      cableType: 'sm_g652d', installMethod: 'underground_duct', status: 'planned',
    };
    const bill = billOfQuantities({ networkNodes: [], poles: [], cameras: [], fiberRuns: [newRun], powerSources: [], powerFeeds: [] }, { metric: TEST_METRIC, unitCosts: TEST_UNIT_COSTS });
    expect(bill.overall.totalBeforeTaxMad).toBeCloseTo(route.costMad, 2);
    // A power route has no splicing.
    const power = proposePowerRoute(network, at(20, -10), targets, { costMadPerMeterByInstallMethod: { underground_duct: 100 } });
    expect(power.status === 'found' && [power.splicingCostMad, power.costMad]).toEqual([0, expect.closeTo(19_500, 2)]);
  });

  it('answers "no route" as a normal result', () => {
    const island = prepareRoutingTargets(network, [{ id: 'island-node', location: at(650, 105) }]);
    expect(routeToNearestTarget(network, at(20, -10), island)).toEqual({ status: 'no_route', reason: 'no_target_reachable' });
    expect(routeToNearestTarget(network, at(20, -5000), island)).toEqual({ status: 'no_route', reason: 'start_not_near_a_street' });
    expect(routeToNearestTarget(network, at(20, -10), prepareRoutingTargets(network, []))).toEqual({
      status: 'no_route',
      reason: 'no_targets',
    });
  });

  it('takes a target on the same street segment straight along it', () => {
    const targets = prepareRoutingTargets(network, [{ id: 'near', location: at(60, 3) }]);
    const route = routeToNearestTarget(network, at(20, -10), targets);
    expect(route.status === 'found' && route.lengthMeters).toBeCloseTo(10 + 40 + 3, 1);
  });

  it('matches an O(V^2) reference Dijkstra on random street grids', () => {
    const random = seededRandom(99);
    for (let trial = 0; trial < 40; trial++) {
      const size = 4 + Math.floor(random() * 5);
      const lines: LineString[] = [];
      for (let i = 0; i < size; i++) {
        for (let j = 0; j < size; j++) {
          const jitter = () => (random() - 0.5) * 30;
          if (i + 1 < size && random() < 0.7) lines.push(line([i * 100, j * 100], [(i + 1) * 100, j * 100]));
          if (j + 1 < size && random() < 0.7) lines.push(line([i * 100, j * 100], [i * 100, (j + 1) * 100]));
          if (random() < 0.1) lines.push(line([i * 100, j * 100], [i * 100 + 50 + jitter(), j * 100 + 50 + jitter()], [(i + 1) * 100, (j + 1) * 100]));
        }
      }
      const grid = buildStreetNetwork(lines, TEST_METRIC.projection);
      const randomPoint = () => at(random() * size * 100, random() * size * 100);
      const targetPositions = Array.from({ length: 1 + Math.floor(random() * 4) }, randomPoint);
      const prepared = prepareRoutingTargets(grid, targetPositions.map((location, index) => ({ id: `t${index}`, location })));
      for (let query = 0; query < 5; query++) {
        const start = randomPoint();
        const expected = referenceLength(grid, start, targetPositions);
        const route = routeToNearestTarget(grid, start, prepared);
        if (expected === Infinity) expect(route.status).toBe('no_route');
        else {
          expect(route.status).toBe('found');
          if (route.status === 'found') expect(route.lengthMeters).toBeCloseTo(expected, 6);
        }
      }
    }
  });

  const bayreuthStreets = resolve(__dirname, '../../../../../shared/gis-data/bayreuth_north/bayreuth_north_streets.geojson');
  const bayreuthAvailable = existsSync(bayreuthStreets);
  if (!bayreuthAvailable) {
    it.skip(`Bayreuth street network: skipped, ${bayreuthStreets} is absent (shared gis-data not mounted)`, () => {});
  } else {
    it('matches the reference on the real Bayreuth street network', () => {
      const collection = JSON.parse(readFileSync(bayreuthStreets, 'utf8')) as { features: { geometry: LineString }[] };
      const geometries = collection.features.map((feature) => feature.geometry);
      // Bayreuth lies in UTM zone 32N.
      const metric = metricPolicy(32632);
      const bayreuth = buildStreetNetwork(geometries, metric.projection);
      expect(bayreuth.vertexCount).toBeGreaterThan(10_000);
      const random = seededRandom(2014);
      const vertexPosition = (): Position => {
        const vertex = Math.floor(random() * bayreuth.vertexCount);
        // a little off the street, as a pole would be
        return [bayreuth.longitude[vertex] + 0.00005, bayreuth.latitude[vertex] + 0.00003];
      };
      const targetPositions = Array.from({ length: 25 }, vertexPosition);
      const prepared = prepareRoutingTargets(bayreuth, targetPositions.map((location, index) => ({ id: `node-${index}`, location })));
      for (let query = 0; query < 3; query++) {
        const start = vertexPosition();
        const expected = referenceLength(bayreuth, start, targetPositions);
        const route = routeToNearestTarget(bayreuth, start, prepared);
        if (expected === Infinity) {
          expect(route.status).toBe('no_route');
          continue;
        }
        expect(route.status).toBe('found');
        if (route.status !== 'found') continue;
        expect(route.lengthMeters).toBeCloseTo(expected, 6);
        // the path measures what the route claims, to the millimetre, by the one length rule
        expect(metric.lineLengthMeters(route.path.coordinates)).toBeCloseTo(route.lengthMeters, 3);
      }
    });
  }
});
