/**
 * npm run bench -- placement: the placement optimiser (core/placement) against the exact optimum of
 * the same discretised problem (HiGHS MIP, in a worker, with a time limit: when it stops early the
 * optimiser is compared with the solver's proven bound, a ratio to the bound being a ratio to at
 * least the optimum), on synthetic scenes (100 and 500 candidate mounts, 16 headings, 3 models,
 * 50-200 black spots, buildings) and on the Fès demo files (gis-data/fes-demo, no database).
 * Targets: >= 99 % of the optimum; <= 2 s for 500 mounts x 16 headings x 3 models.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { createUtmProjection, projectPolygon } from '../../backend/src/core/geometry/projection';
import { seededRandom } from '../../backend/src/core/seeded-random';
import { horizontalFieldOfViewDegrees } from '../../backend/src/core/optics/field-of-view';
import {
  assemblePlacementResult,
  buildPlacementInstance,
  PlacementOptimiser,
  type PlacementBuilding,
  type PlacementExistingCamera,
  type PlacementModel,
  type PlacementMount,
  type PlacementProblem,
  type PlacementTarget,
} from '../../backend/src/core/placement';
import type { DoriLevel } from '../../backend/src/core/domain';
import { solvePlacementExactly } from './placement-exact';
import { boundPlacementByComponents } from './placement-components';

const EXACT_TIME_LIMIT_SECONDS = Number(process.env.PLACEMENT_EXACT_SECONDS ?? 120);

function rectangle(x: number, y: number, width: number, height: number) {
  return [[{ x, y }, { x: x + width, y }, { x: x + width, y: y + height }, { x, y: y + height }]];
}

const SYNTHETIC_MODELS: PlacementModel[] = [
  { id: '2MP-wide', lens: { kind: 'fixed_field_of_view', horizontalFieldOfViewDegrees: 90 }, horizontalPixels: 1920, verticalPixels: 1080, price: 3200 },
  { id: '4MP-mid', lens: { kind: 'fixed_field_of_view', horizontalFieldOfViewDegrees: 60 }, horizontalPixels: 2560, verticalPixels: 1440, price: 5400 },
  { id: '8MP-tele', lens: { kind: 'fixed_field_of_view', horizontalFieldOfViewDegrees: 35 }, horizontalPixels: 3840, verticalPixels: 2160, price: 8600 },
];

/** A synthetic city block pattern: buildings on a street grid, black spots in the streets and squares, mounts near them. */
export function syntheticProblem(mountCount: number, spotCount: number, seed: number, budget: number): PlacementProblem {
  const random = seededRandom(seed);
  const size = 1600;
  const buildings: PlacementBuilding[] = [];
  // Blocks of 60 m with 12 m streets; each block holds 2-4 buildings of 6-20 m.
  for (let bx = 0; bx < size; bx += 72) {
    for (let by = 0; by < size; by += 72) {
      if (random() < 0.15) continue; // a square
      const parts = 2 + Math.floor(random() * 3);
      for (let part = 0; part < parts; part++) {
        const width = 15 + random() * 20;
        const height = 15 + random() * 20;
        const x = bx + random() * (60 - width);
        const y = by + random() * (60 - height);
        buildings.push({ id: `b${buildings.length}`, polygon: rectangle(x, y, width, height), heightMeters: 6 + random() * 14 });
      }
    }
  }
  const levels: DoriLevel[] = ['detection', 'observation', 'recognition'];
  const targets: PlacementTarget[] = [];
  for (let index = 0; index < spotCount; index++) {
    // Along a street (between blocks) or over a square.
    const alongX = random() < 0.5;
    const street = 60 + 72 * Math.floor(random() * (size / 72 - 1));
    const along = random() * (size - 80);
    const length = 20 + random() * 40;
    const polygon = alongX ? rectangle(along, street, length, 12) : rectangle(street, along, 12, length);
    targets.push({ id: `spot-${index}`, polygon, priority: 1 + Math.floor(random() * 5), requiredLevel: levels[Math.floor(random() * levels.length)] });
  }
  const mounts: PlacementMount[] = [];
  for (let index = 0; index < mountCount; index++) {
    // On a street edge within 80 m of a black spot.
    const target = targets[Math.floor(random() * targets.length)].polygon[0];
    const alongX = random() < 0.5;
    const street = 60 + 72 * Math.round((alongX ? target[0].y - 60 : target[0].x - 60) / 72) + (random() < 0.5 ? 0.5 : 11.5);
    const along = (alongX ? target[0].x : target[0].y) + (random() - 0.5) * 160;
    const existing = random() < 0.6;
    mounts.push({
      id: `mount-${index}`,
      positionMeters: alongX ? { x: along, y: street } : { x: street, y: along },
      heightMeters: 4 + random() * 4,
      kind: existing ? 'street_light' : 'new_pole',
      mountCost: existing ? 600 : 9000,
      connectionCost: 1500 + random() * 15000,
    });
  }
  return { targets, buildings, mounts, models: SYNTHETIC_MODELS, existingCameras: [], budget, tiltsDegrees: [15], cellSizeMeters: 2, headingStepDegrees: 22.5 };
}

function readCollection<G extends Point | Polygon>(name: string): FeatureCollection<G> {
  return JSON.parse(readFileSync(join(__dirname, '../../gis-data/fes-demo', name), 'utf8')) as FeatureCollection<G>;
}

interface DemoModel {
  code: string;
  kind: string;
  horizontalPixels: number;
  verticalPixels: number;
  sensorWidthMm: number;
  focalLengthMinMm: number;
  focalLengthMaxMm: number | null;
  fixedHorizontalFieldOfViewDegrees: number | null;
  irRangeMeters: number | null;
  unitPriceMad: number;
}

/** The Fès demo as a placement problem: its black spots, buildings, poles (mounts), fixed models and the current cameras. */
export function fesProblem(budget: number): PlacementProblem {
  const projection = createUtmProjection();
  const project = (coordinates: [number, number]) => projection.toMeters(coordinates);
  const models = JSON.parse(readFileSync(join(__dirname, '../../gis-data/fes-demo/camera-models.json'), 'utf8')) as DemoModel[];
  const fixed = models.filter((model) => model.kind !== 'ptz');
  const placementModels: PlacementModel[] = fixed.map((model) => ({
    id: model.code,
    lens: model.focalLengthMaxMm
      ? { kind: 'varifocal', sensorWidthMillimeters: model.sensorWidthMm, minimumFocalLengthMillimeters: model.focalLengthMinMm, maximumFocalLengthMillimeters: model.focalLengthMaxMm }
      : { kind: 'fixed_focal_length', sensorWidthMillimeters: model.sensorWidthMm, focalLengthMillimeters: model.focalLengthMinMm },
    lensSettings: model.focalLengthMaxMm ? [{ focalLengthMillimeters: model.focalLengthMinMm }, { focalLengthMillimeters: model.focalLengthMaxMm }] : undefined,
    horizontalPixels: model.horizontalPixels,
    verticalPixels: model.verticalPixels,
    price: model.unitPriceMad,
    irRangeMeters: model.irRangeMeters ?? undefined,
  }));
  const targets: PlacementTarget[] = readCollection<Polygon>('black-spots.geojson').features.map((feature) => ({
    id: String(feature.properties?.code),
    polygon: projectPolygon(feature.geometry, projection),
    priority: Number(feature.properties?.priority ?? 1),
    requiredLevel: feature.properties?.requiredLevel as DoriLevel,
  }));
  const buildings: PlacementBuilding[] = readCollection<Polygon>('buildings.geojson').features.map((feature) => ({
    id: String(feature.properties?.code),
    polygon: projectPolygon(feature.geometry, projection),
    heightMeters: feature.properties?.heightMeters ?? null,
  }));
  // Connection: fiber to the nearest cabinet/node and power to the nearest source, at street-route
  // prices (1.4 x the straight distance; 180 MAD/m of fiber in duct, 90 MAD/m of power cable).
  const nodes = readCollection<Point>('network-nodes.geojson').features.map((feature) => project(feature.geometry.coordinates as [number, number]));
  const sources = readCollection<Point>('power-sources.geojson').features.map((feature) => project(feature.geometry.coordinates as [number, number]));
  const nearest = (point: { x: number; y: number }, list: { x: number; y: number }[]) => Math.min(...list.map((other) => Math.hypot(other.x - point.x, other.y - point.y)));
  const cameras = readCollection<Point>('cameras.geojson').features;
  const polesWithCamera = new Set(cameras.map((camera) => String(camera.properties?.poleCode)));
  const mounts: PlacementMount[] = readCollection<Point>('poles.geojson').features.map((feature) => {
    const position = project(feature.geometry.coordinates as [number, number]);
    const kind = String(feature.properties?.kind);
    const code = String(feature.properties?.code);
    const connected = polesWithCamera.has(code);
    return {
      id: code,
      positionMeters: position,
      heightMeters: Number(feature.properties?.heightMeters ?? 6) - 0.4,
      kind: kind === 'wall_mount' ? 'wall' : kind === 'street_light' ? 'street_light' : 'existing_pole',
      mountCost: connected ? 0 : kind === 'street_light' ? 800 : 1500,
      connectionCost: connected ? 0 : 1.4 * (180 * nearest(position, nodes) + 90 * nearest(position, sources)),
      capacity: 2,
    };
  });
  const modelByCode = new Map(models.map((model) => [model.code, model]));
  const existingCameras: PlacementExistingCamera[] = cameras.flatMap((feature) => {
    const model = modelByCode.get(String(feature.properties?.modelCode));
    if (!model || model.kind === 'ptz') return [];
    const focal = Number(feature.properties?.focalLengthMm ?? model.focalLengthMinMm);
    return [
      {
        id: String(feature.properties?.code),
        positionMeters: project(feature.geometry.coordinates as [number, number]),
        mountHeightMeters: Number(feature.properties?.mountHeightMeters),
        headingDegrees: Number(feature.properties?.headingDegrees),
        tiltDegrees: Number(feature.properties?.tiltDegrees),
        horizontalFieldOfViewDegrees: model.fixedHorizontalFieldOfViewDegrees ?? horizontalFieldOfViewDegrees(model.sensorWidthMm, focal),
        horizontalPixels: model.horizontalPixels,
        verticalPixels: model.verticalPixels,
        mountId: String(feature.properties?.poleCode),
      },
    ];
  });
  return { targets, buildings, mounts, models: placementModels, existingCameras, budget, tiltsDegrees: [10], cellSizeMeters: 2, headingStepDegrees: 22.5 };
}

function machineLoad(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}

async function runScene(name: string, problem: PlacementProblem, log: (line: string) => void, exactBy: 'whole' | 'components' = 'whole'): Promise<void> {
  log(`\n-- ${name}: ${problem.mounts.length} mounts, ${problem.models.length} models, ${problem.targets.length} black spots, ${problem.buildings.length} buildings, ${problem.existingCameras.length} existing cameras, budget ${problem.budget ?? '-'} MAD (load ${machineLoad()})`);
  const cpuBefore = process.cpuUsage();
  const instance = await buildPlacementInstance(problem);
  const coverageCpu = process.cpuUsage(cpuBefore);
  log(
    `candidates ${instance.candidateCount} (non-empty, from ${instance.panoramas.length} 360-degree sweeps), elements ${instance.weights.length}; ` +
      `coverage ${instance.coverageMilliseconds.toFixed(0)} ms wall, ${((coverageCpu.user + coverageCpu.system) / 1000).toFixed(0)} ms CPU`,
  );
  const constraints = { budget: problem.budget, maxCameras: problem.maxCameras };
  const settings = { ...constraints, headingStepDegrees: problem.headingStepDegrees ?? 22.5, tiltsDegrees: problem.tiltsDegrees ?? [15] };
  const optimiseCpuBefore = process.cpuUsage();
  const discrete = await new PlacementOptimiser(instance, { ...settings, refineHeadings: false }).run();
  const optimiseCpu = process.cpuUsage(optimiseCpuBefore);
  const refined = await new PlacementOptimiser(instance, { ...settings, refineHeadings: true }).run();
  const greedyOnly = await new PlacementOptimiser(instance, { ...settings, improve: false }).run();
  const result = assemblePlacementResult(instance, refined, { coverageMilliseconds: instance.coverageMilliseconds, optimiseMilliseconds: refined.milliseconds });
  log(`optimiser (discrete candidates): objective ${discrete.objective.toFixed(0)}, ${discrete.chosen.length} cameras, spent ${discrete.spent.toFixed(0)}, ${discrete.milliseconds.toFixed(0)} ms wall, ${((optimiseCpu.user + optimiseCpu.system) / 1000).toFixed(0)} ms CPU (greedy and budget sharing alone, no local improvement: ${greedyOnly.objective.toFixed(0)} in ${greedyOnly.milliseconds.toFixed(0)} ms)`);
  log(`optimiser (with re-aim at finer headings): objective ${refined.objective.toFixed(0)}, ${refined.milliseconds.toFixed(0)} ms; total with coverage ${(instance.coverageMilliseconds + refined.milliseconds).toFixed(0)} ms (load ${machineLoad()})`);
  log(`objective before ${result.objectiveBefore.toFixed(0)} -> after ${result.objectiveAfter.toFixed(0)} of ${result.objectiveTotal.toFixed(0)} (${((100 * result.objectiveBefore) / result.objectiveTotal).toFixed(1)} % -> ${((100 * result.objectiveAfter) / result.objectiveTotal).toFixed(1)} %), stopped: ${result.stoppedReason}`);
  const start = discrete.chosen.map((camera) => camera.candidate);
  if (exactBy === 'components') {
    await compareWithComponentBound(instance, problem, discrete.objective, refined.objective, start, log);
    if (process.env.PLACEMENT_WHOLE_MIP !== '1') return;
  }
  const exact = await solvePlacementExactly(instance, constraints, EXACT_TIME_LIMIT_SECONDS, start, process.env.PLACEMENT_TIGHT !== '0');
  const proven = exact.status === 'optimal';
  const reference = proven ? exact.objective : exact.bound;
  log(
    `HiGHS (${exact.columns} columns, ${exact.rows} rows, tight mount rows, presolve on, limit ${EXACT_TIME_LIMIT_SECONDS} s each): LP relaxation ${exact.lpBound.toFixed(0)} in ${exact.boundSeconds.toFixed(1)} s wall; ` +
      `MIP ${exact.status} in ${exact.seconds.toFixed(1)} s wall, incumbent ${exact.objective.toFixed(0)}, dual bound ${Number.isFinite(exact.mipBound) ? exact.mipBound.toFixed(0) : 'none'}` +
      `${Number.isFinite(exact.mipGap) ? `, gap ${(100 * exact.mipGap).toFixed(2)} %` : ''}; best bound used: ${exact.bound.toFixed(0)} (${exact.boundKind}) (load ${machineLoad()})`,
  );
  log(
    `optimiser / ${proven ? 'optimum' : `proven bound (${exact.boundKind})`}: ${((100 * discrete.objective) / reference).toFixed(2)} % (discrete), ${((100 * refined.objective) / reference).toFixed(2)} % (re-aimed, may exceed the discrete optimum)` +
      (proven ? '' : `; optimiser / solver incumbent ${((100 * discrete.objective) / exact.objective).toFixed(2)} %`),
  );
  return;
}

/**
 * Large instances (the Fès demo): the whole MIP stalls, so the bound comes from its independent
 * components linked by the budget (placement-components.ts). `PLACEMENT_WHOLE_MIP=1` also runs the
 * whole MIP as before.
 */
async function compareWithComponentBound(
  instance: Awaited<ReturnType<typeof buildPlacementInstance>>,
  problem: PlacementProblem,
  discrete: number,
  refined: number,
  start: number[],
  log: (line: string) => void,
): Promise<void> {
  if (problem.budget === undefined || problem.maxCameras !== undefined) throw new Error('The component bound handles a budget alone');
  const targetGap = Number(process.env.PLACEMENT_COMPONENT_GAP ?? 0.002);
  const bound = await boundPlacementByComponents(instance, problem.budget, {
    seedCandidates: start,
    targetGap,
    timeLimitSeconds: Number(process.env.PLACEMENT_COMPONENT_SECONDS ?? 900),
    solveLimitSeconds: EXACT_TIME_LIMIT_SECONDS,
    log,
  });
  log(
    `HiGHS by components (${bound.components} independent components linked by the budget, ${bound.solves} MIPs, ${bound.seconds.toFixed(0)} s wall, load ${machineLoad()}): ` +
      `best design ${bound.lower.toFixed(0)}, proven bound ${bound.upper.toFixed(0)} (the optimum lies between; gap ${((100 * (bound.upper - bound.lower)) / bound.upper).toFixed(2)} %)`,
  );
  log(
    `optimiser / proven bound: ${((100 * discrete) / bound.upper).toFixed(2)} % (discrete), ${((100 * refined) / bound.upper).toFixed(2)} % (re-aimed); ` +
      `optimiser / best design found: ${((100 * discrete) / bound.lower).toFixed(2)} %`,
  );
}

export async function runPlacementBenchmarks(log: (line: string) => void): Promise<void> {
  log('Objective: priority x m² of black spots covered at their required level (2 m cells), overlap counted once.');
  // PLACEMENT_SCENES=100,500,fes picks scenes (default: all).
  const wanted = (process.env.PLACEMENT_SCENES ?? '100,500,fes').split(',');
  if (wanted.includes('100')) await runScene('synthetic, 100 mounts', syntheticProblem(100, 50, 1, 150_000), log);
  if (wanted.includes('500')) await runScene('synthetic, 500 mounts', syntheticProblem(500, 200, 2, 400_000), log);
  if (wanted.includes('fes')) await runScene('Fès demo (poles as mounts, current cameras kept)', fesProblem(500_000), log, 'components');
}
