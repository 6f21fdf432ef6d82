/**
 * Network core benchmarks on a generated city network (10,000 cameras, 2,000 nodes, 30,000 fiber runs,
 * fixed seed) and the Bayreuth street network, each beside a plain reference measured in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LineString, Position } from 'geojson';
import {
  analyseConnectivity,
  attachToStreets,
  buildNetworkGraphs,
  buildStreetNetwork,
  createOutageImpactAnalyser,
  prepareRoutingTargets,
  routeToNearestTarget,
  SinglePointOfFailureAnalysis,
  type FailureSet,
} from '../../backend/src/core/network';
import {
  darkCamerasFromScratch,
  heapDijkstraToNearest,
  liveCamerasFromScratch,
} from '../support/core/network/reference-algorithms';
import { generateCityNetwork, seededRandom } from '../support/core/network/generated-city-network';
import { TEST_METRIC } from '../support/core/network/network-sketch';
import { metricPolicy } from '../../backend/src/core/geometry/metric';

/** The shared GIS data: ../shared/gis-data next to the repository, or VIGIE_GIS_DATA (e.g. from a git worktree). */
const BAYREUTH_STREETS = resolve(process.env.VIGIE_GIS_DATA ?? resolve(__dirname, '../../../shared/gis-data'), 'bayreuth_north/bayreuth_north_streets.geojson');

function time<T>(run: () => T): { result: T; milliseconds: number } {
  const start = performance.now();
  const result = run();
  return { result, milliseconds: performance.now() - start };
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const verdict = (value: number, target: number) => (value <= target ? `OK (target ${target} ms)` : `OVER target ${target} ms`);

export async function runNetworkBenchmarks(log: (line: string) => void): Promise<void> {
  log('## Network core');
  const generated = time(() => generateCityNetwork({ seed: 18_2025 }));
  const input = generated.result;
  log(
    `generated network: ${input.cameras.length} cameras, ${input.networkNodes.length} nodes, ${input.fiberRuns.length} fiber runs, ` +
      `${input.poles.length} poles, ${input.powerFeeds.length} power feeds (${ms(generated.milliseconds)})`,
  );
  const built = time(() => buildNetworkGraphs(input, { metric: TEST_METRIC }));
  const graphs = built.result;
  log(
    `graph construction with snapping: ${ms(built.milliseconds)} (${graphs.snappedEnds.length} ends snapped, ` +
      `${graphs.danglingEnds.length} dangling, ${graphs.fiber.junctions.length} fiber junctions)`,
  );

  // Full connectivity, against a plain BFS reachability of both media.
  analyseConnectivity(graphs); // warm-up
  const connectivityRuns = Array.from({ length: 3 }, () => time(() => analyseConnectivity(graphs)));
  const connectivity = connectivityRuns[0].result;
  const connectivityMedian = percentile(connectivityRuns.map((run) => run.milliseconds), 0.5);
  const reachability = time(() => liveCamerasFromScratch(graphs));
  log(
    `full connectivity (paths, loss, power, loads, strands, ports): median ${ms(connectivityMedian)} ${verdict(connectivityMedian, 1000)}; ` +
      `plain BFS reachability alone ${ms(reachability.milliseconds)}; ` +
      `${connectivity.camerasWithoutFiberPath.length} without path, ${connectivity.unpoweredCameras.length} unpowered, ` +
      `${connectivity.networkNodePower.length} nodes drawing power (${connectivity.unpoweredNetworkNodes.length} unpowered, ` +
      `${connectivity.networkNodesDarkByDay.length} dark by day), ` +
      `${connectivity.camerasDarkByDay.length} dark by day, ${connectivity.linksOverBudget.length} links over budget, ` +
      `${connectivity.fiberRunsWithoutSpareStrands.length} runs without spare strands`,
  );

  // Outage impact: incremental vs BFS from scratch per query.
  const prepared = time(() => createOutageImpactAnalyser(graphs));
  const analyser = prepared.result;
  const liveBefore = liveCamerasFromScratch(graphs);
  const random = seededRandom(7);
  const pick = <T extends { id: string }>(rows: readonly T[]) => rows[Math.floor(random() * rows.length)].id;
  const scenarios: FailureSet[] = Array.from({ length: 1_000 }, (_, index) =>
    index % 4 === 0
      ? { networkNodeIds: [pick(input.networkNodes)] }
      : index % 4 === 1
        ? { powerFeedIds: [pick(input.powerFeeds)] }
        : { fiberRunIds: [pick(input.fiberRuns)] },
  );
  const fast: number[] = [];
  const reference: number[] = [];
  let mismatches = 0;
  let darkTotal = 0;
  for (const failures of scenarios) {
    const incremental = time(() => analyser.impactOf(failures));
    const scratch = time(() => darkCamerasFromScratch(graphs, failures, liveBefore));
    fast.push(incremental.milliseconds);
    reference.push(scratch.milliseconds);
    darkTotal += incremental.result.darkCameraIds.length;
    if (incremental.result.darkCameraIds.join() !== scratch.result.join()) mismatches++;
  }
  const fastMedian = percentile(fast, 0.5);
  const fastP95 = percentile(fast, 0.95);
  const referenceMedian = percentile(reference, 0.5);
  log(
    `outage impact, ${scenarios.length} random single failures (prep ${ms(prepared.milliseconds)}): median ${ms(fastMedian)}, ` +
      `p95 ${ms(fastP95)}, max ${ms(Math.max(...fast))} ${verdict(fastP95, 50)}; BFS from scratch median ` +
      `${ms(referenceMedian)}, p95 ${ms(percentile(reference, 0.95))}; ratio ${(referenceMedian / fastMedian).toFixed(0)}x; ` +
      `mean ${(darkTotal / scenarios.length).toFixed(1)} cameras dark; ${mismatches} mismatches`,
  );

  // SPOF ranking: dominators vs failing each element and re-running BFS (on a sample, extrapolated).
  const spof = time(() => new SinglePointOfFailureAnalysis(graphs));
  const ranking = time(() => spof.result.rankCriticalElements());
  ranking.milliseconds += spof.milliseconds;
  const elementCount =
    input.fiberRuns.length + input.networkNodes.length + input.poles.length + input.powerFeeds.length + input.powerSources.length;
  const sample = scenarios.slice(0, 200);
  const sampled = time(() => {
    for (const failures of sample) darkCamerasFromScratch(graphs, failures, liveBefore);
  });
  const referenceEstimate = (sampled.milliseconds / sample.length) * elementCount;
  const top = ranking.result
    .slice(0, 3)
    .map((entry) => `${entry.element.kind} ${entry.element.id} (${entry.camerasLost})`)
    .join(', ');
  log(
    `SPOF ranking (Lengauer-Tarjan dominators, fiber + power): ${ms(ranking.milliseconds)} ${verdict(ranking.milliseconds, 10_000)}; ` +
      `reference (BFS per element, ${elementCount} elements) estimated ${(referenceEstimate / 1000).toFixed(0)} s from ` +
      `${sample.length} samples; ratio ${(referenceEstimate / ranking.milliseconds).toFixed(0)}x; ` +
      `${ranking.result.length} critical elements (${spof.result.cascadeLosses.size} supplies of powered nodes measured by outage), top: ${top}`,
  );

  // Routing on the Bayreuth streets.
  if (!existsSync(BAYREUTH_STREETS)) {
    log(`route query: skipped, ${BAYREUTH_STREETS} is absent (shared gis-data not mounted)`);
    return;
  }
  const collection = JSON.parse(readFileSync(BAYREUTH_STREETS, 'utf8')) as { features: { geometry: LineString }[] };
  // Bayreuth lies in UTM zone 32N.
  const streets = time(() => buildStreetNetwork(collection.features.map((feature) => feature.geometry), metricPolicy(32632).projection));
  const network = streets.result;
  const routeRandom = seededRandom(2014);
  const nearStreet = (): Position => {
    const vertex = Math.floor(routeRandom() * network.vertexCount);
    return [network.longitude[vertex] + 0.00005, network.latitude[vertex] + 0.00003];
  };
  const targetPositions = Array.from({ length: 200 }, nearStreet);
  const targets = time(() =>
    prepareRoutingTargets(network, targetPositions.map((location, index) => ({ id: `node-${index}`, location }))),
  );
  const routeTimes: number[] = [];
  const starts = Array.from({ length: 300 }, nearStreet);
  let found = 0;
  for (const start of starts) {
    const route = time(() => routeToNearestTarget(network, start, targets.result));
    routeTimes.push(route.milliseconds);
    if (route.result.status === 'found') found++;
  }
  // Reference: what a reviewer would write without Vigie's preparation: Dijkstra on a binary heap from
  // the start's attachment, stopping at the nearest target (early exit), on every query. The cost of
  // reaching a target from each street vertex is set once (as the targets' attachment is, above).
  const targetCost = new Float64Array(network.vertexCount).fill(Infinity);
  const targetsBySegment = new Map<number, { fraction: number; accessMeters: number }[]>();
  for (const target of targets.result.attachments) {
    if (!target) continue;
    targetsBySegment.set(target.segment, [...(targetsBySegment.get(target.segment) ?? []), target]);
    const segmentLength = network.segmentLengthMeters[target.segment];
    const fromVertex = network.segmentFrom[target.segment];
    const toVertex = network.segmentTo[target.segment];
    targetCost[fromVertex] = Math.min(targetCost[fromVertex], target.fraction * segmentLength + target.accessMeters);
    targetCost[toVertex] = Math.min(targetCost[toVertex], (1 - target.fraction) * segmentLength + target.accessMeters);
  }
  const referenceTimes: number[] = [];
  let routeMismatches = 0;
  for (const start of starts) {
    const scratch = time(() => {
      const attachment = attachToStreets(network, start)!;
      const length = network.segmentLengthMeters[attachment.segment];
      // A target on the start's own street: straight along it.
      let alongStreet = Infinity;
      for (const target of targetsBySegment.get(attachment.segment) ?? []) {
        alongStreet = Math.min(alongStreet, attachment.accessMeters + Math.abs(attachment.fraction - target.fraction) * length + target.accessMeters);
      }
      return heapDijkstraToNearest(network.vertexCount, network.adjacency.offsets, network.adjacency.targets, network.adjacency.lengthMeters, [
        { vertex: network.segmentFrom[attachment.segment], distance: attachment.accessMeters + attachment.fraction * length },
        { vertex: network.segmentTo[attachment.segment], distance: attachment.accessMeters + (1 - attachment.fraction) * length },
      ], targetCost, alongStreet);
    });
    referenceTimes.push(scratch.milliseconds);
    const route = routeToNearestTarget(network, start, targets.result);
    const length = route.status === 'found' ? route.lengthMeters : Infinity;
    if (Math.abs(length - scratch.result) > 1e-6 && !(length === Infinity && scratch.result === Infinity)) routeMismatches++;
  }
  const routeMedian = percentile(routeTimes, 0.5);
  const routeP95 = percentile(routeTimes, 0.95);
  const referenceRouteMedian = percentile(referenceTimes, 0.5);
  log(
    `route query on Bayreuth streets (${network.vertexCount} vertices, built in ${ms(streets.milliseconds)}, ` +
      `200 targets attached in ${ms(targets.milliseconds)}): median ${ms(routeMedian)}, p95 ${ms(routeP95)} ${verdict(routeP95, 50)}, ` +
      `${found}/${starts.length} found; heap Dijkstra with early exit median ${ms(referenceRouteMedian)}, p95 ${ms(percentile(referenceTimes, 0.95))}; ratio ` +
      `${(referenceRouteMedian / routeMedian).toFixed(0)}x; ${routeMismatches} mismatches on ${referenceTimes.length} checked`,
  );
}
