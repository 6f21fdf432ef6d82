/**
 * The placement optimiser end to end: problem -> discretised instance (coverage engine) -> lazy
 * greedy + local improvement -> proposals with their cost, what they cover and their coverage
 * region, and the targets' coverage before and after.
 */
import { DORI_LEVELS, type DoriLevel } from '../domain';
import { computeCameraCoverageOn } from '../coverage/camera-coverage';
import { IEC_62676_4_DORI_LADDER } from '../optics/dori';
import { buildPlacementInstance, DEFAULT_HEADING_STEP_DEGREES, DEFAULT_TILTS_DEGREES, placementCamera, type PlacementInstance } from './instance';
import { PlacementOptimiser, type OptimiseOutcome } from './optimiser';
import type { PlacementProblem, PlacementProposal, PlacementResult, PlacementRunOptions, PlacementTargetGain } from './types';

function formatNumber(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Result figures of an outcome on its instance. */
export function assemblePlacementResult(instance: PlacementInstance, outcome: OptimiseOutcome, statistics: { coverageMilliseconds: number; optimiseMilliseconds: number }): PlacementResult {
  const { problem, weights, existingCover, targets, elementTargetStart, elementTargets, cellAreaSquareMeters, panoramas } = instance;
  const cover = outcome.cover;
  let objectiveBefore = 0;
  let objectiveAfter = 0;
  let objectiveTotal = 0;
  for (let element = 0; element < weights.length; element++) {
    objectiveTotal += weights[element];
    if (existingCover[element] > 0) objectiveBefore += weights[element];
    if (cover[element] > 0) objectiveAfter += weights[element];
  }
  const mountPaid = new Set<number>();
  const proposals: PlacementProposal[] = outcome.chosen.map((camera, number) => {
    const panorama = panoramas[camera.panorama];
    const mount = problem.mounts[camera.mount];
    const model = problem.models[panorama.modelIndex];
    const firstOnMount = !mountPaid.has(camera.mount);
    mountPaid.add(camera.mount);
    // With shared resources, the option the mount took when it opened (priced against what was left then).
    const globalOption = outcome.mountOption?.[camera.mount] ?? -1;
    const connectionOption = globalOption >= 0 ? globalOption - instance.mountOptionStart[camera.mount] : null;
    const connectionCost = globalOption >= 0 ? instance.optionCost[globalOption] : mount.connectionCost;
    const cost = {
      camera: model.price,
      mount: firstOnMount ? mount.mountCost : 0,
      connection: firstOnMount ? connectionCost : 0,
      total: model.price + (firstOnMount ? mount.mountCost + connectionCost : 0),
    };
    const covered = new Map<number, { covered: number; exclusive: number }>();
    let marginalObjective = 0;
    for (const element of camera.elements) {
      const exclusive = cover[element] === 1;
      if (exclusive) marginalObjective += weights[element];
      for (let slot = elementTargetStart[element]; slot < elementTargetStart[element + 1]; slot++) {
        const target = elementTargets[slot];
        const entry = covered.get(target) ?? { covered: 0, exclusive: 0 };
        entry.covered += cellAreaSquareMeters;
        if (exclusive) entry.exclusive += cellAreaSquareMeters;
        covered.set(target, entry);
      }
    }
    const gains: PlacementTargetGain[] = [...covered.entries()]
      .sort((a, b) => b[1].exclusive - a[1].exclusive || a[0] - b[0])
      .map(([target, entry]) => ({ targetId: targets[target].targetId, exclusiveSquareMeters: entry.exclusive, coveredSquareMeters: entry.covered }));
    // The coverage region from the engine, at the camera's own heading and HFOV, for the levels its targets require.
    const levels = [...new Set([...covered.keys()].map((target) => targets[target].levelIndex))].sort((a, b) => a - b).map((index) => DORI_LEVELS[index] as DoriLevel);
    const engineCamera = placementCamera(`proposal-${number + 1}`, mount, model, panorama.lensSetting, panorama.tiltDegrees, camera.headingDegrees, panorama.fieldOfViewDegrees);
    const coverage = computeCameraCoverageOn(engineCamera, instance.obstacles.flat, IEC_62676_4_DORI_LADDER);
    const regions = levels.map((level) => ({ level, region: coverage.levels.find((entry) => entry.level === level)?.region ?? [] }));
    const served = gains.filter((gain) => gain.exclusiveSquareMeters > 0).map((gain) => `${gain.targetId} (${formatNumber(gain.exclusiveSquareMeters)} m²)`);
    const explanation =
      `${model.id} on ${mount.id} (${mount.kind}), heading ${camera.headingDegrees.toFixed(1)}°, tilt ${panorama.tiltDegrees}°: ` +
      `adds ${served.length > 0 ? served.join(', ') : 'nothing on its own'} at the required level; ` +
      `costs ${formatNumber(cost.total)} MAD (camera ${formatNumber(cost.camera)}, mount ${formatNumber(cost.mount)}, connection ${formatNumber(cost.connection)}).`;
    return {
      mountId: mount.id,
      modelId: model.id,
      lensSetting: panorama.lensSetting,
      headingDegrees: camera.headingDegrees,
      tiltDegrees: panorama.tiltDegrees,
      mountHeightMeters: mount.heightMeters,
      horizontalFieldOfViewDegrees: panorama.fieldOfViewDegrees,
      cost,
      connectionOption,
      marginalObjective,
      gains,
      coverage: regions,
      explanation,
    };
  });
  return {
    proposals,
    objectiveBefore,
    objectiveAfter,
    objectiveTotal,
    targets: targets.map((target) => {
      let before = 0;
      let after = 0;
      for (const element of target.elements) {
        if (existingCover[element] > 0) before++;
        if (cover[element] > 0) after++;
      }
      const count = target.elements.length;
      return {
        targetId: target.targetId,
        areaSquareMeters: count * cellAreaSquareMeters,
        coveredFractionBefore: count > 0 ? before / count : 0,
        coveredFractionAfter: count > 0 ? after / count : 0,
      };
    }),
    spent: outcome.spent,
    stoppedReason: outcome.stoppedReason,
    statistics: {
      candidates: instance.candidateCount,
      elements: weights.length,
      coverageMilliseconds: statistics.coverageMilliseconds,
      optimiseMilliseconds: statistics.optimiseMilliseconds,
      gainEvaluations: outcome.gainEvaluations,
    },
  };
}

/** Proposes new cameras for a placement problem (see types.ts). Refuses bad input with a CoreInputError. */
export async function solvePlacement(problem: PlacementProblem, options: PlacementRunOptions = {}): Promise<PlacementResult> {
  const coverageShare = 0.7;
  const instance = await buildPlacementInstance(problem, { signal: options.signal, onProgress: options.onProgress, progressShare: coverageShare });
  const optimiser = new PlacementOptimiser(instance, {
    budget: problem.budget,
    maxCameras: problem.maxCameras,
    headingStepDegrees: problem.headingStepDegrees ?? DEFAULT_HEADING_STEP_DEGREES,
    tiltsDegrees: problem.tiltsDegrees ?? DEFAULT_TILTS_DEGREES,
    refineHeadings: problem.refineHeadings,
    signal: options.signal,
    onProgress: (fraction, phase, proposals) => options.onProgress?.({ phase, fraction: coverageShare + (1 - coverageShare) * fraction, proposals }),
  });
  const outcome = instance.cancelled
    ? { chosen: [], cover: instance.existingCover.slice(), objective: 0, spent: 0, stoppedReason: 'cancelled' as const, gainEvaluations: 0, milliseconds: 0 }
    : await optimiser.run();
  options.onProgress?.({ phase: 'explain', fraction: 0.99, proposals: outcome.chosen.length });
  const result = assemblePlacementResult(instance, outcome, { coverageMilliseconds: instance.coverageMilliseconds, optimiseMilliseconds: outcome.milliseconds });
  options.onProgress?.({ phase: 'explain', fraction: 1, proposals: outcome.chosen.length });
  return result;
}
