/**
 * The placement problem discretised (the "instance" the optimiser and an exact solver both work on):
 *
 *  - ELEMENTS: the targets cut into square cells of one lattice (a cell belongs to a target when its
 *    centre is inside it). One element per cell and per (required level, day/night): two targets that
 *    overlap with the same requirement share the element (overlap counted once), weight = cell area x
 *    the larger priority.
 *  - CANDIDATES: mount x model x lens setting x tilt x heading, each with the elements it covers at
 *    their required level. The coverage comes from the coverage engine (core/coverage: DORI bands,
 *    buildings as 2.5D prisms, wall mounts): ONE 360-degree sweep per mount x model x setting x tilt
 *    (a "panorama", the lens's own HFOV for pixel density), whose cells are then sorted by bearing; a
 *    heading's candidate is the window of cells within HFOV/2 of it. Shadows do not depend on the
 *    heading, so this is the sector's coverage without one sweep per heading (checked against the
 *    per-heading engine in instance.spec.ts).
 *  - EXISTING cameras: their coverage (same engine) marks elements as already covered.
 */
import { CoreInputError, requireFinite } from '../core-input-error';
import { DORI_LEVELS, type DoriLevel } from '../domain';
import { regionToFlat, type FlatRegion } from '../geometry/flat-region';
import { normalizePolygonRings, type BoundingBox, type PointMeters } from '../geometry/planar';
import { planCameraCoverage, sweepCameraCoverage, type CoverageCamera } from '../coverage/camera-coverage';
import { outputRegion, type SweepResult } from '../visibility/angular-sweep';
import { ObstacleIndex } from '../visibility/obstacles';
import { IEC_62676_4_DORI_LADDER } from '../optics/dori';
import { resolveHorizontalFieldOfViewDegrees, type LensSetting } from '../optics/field-of-view';
import { rasterizeRegion, type LatticeWindow } from './raster';
import type { PlacementModel, PlacementMount, PlacementProblem, PlacementProgress } from './types';

export const DEFAULT_HEADING_STEP_DEGREES = 22.5;
export const DEFAULT_TILTS_DEGREES = [8, 15, 25];
export const DEFAULT_CELL_SIZE_METERS = 2;
/** Above this many elements the instance is refused (choose larger cells). */
export const MAXIMUM_ELEMENTS = 2_000_000;

/** One target cut into cells: its window of the lattice and, per cell, the element (or -1). */
export interface TargetRaster {
  targetId: string;
  levelIndex: number;
  night: boolean;
  window: LatticeWindow;
  bounds: BoundingBox;
  /** Element of each window cell (row-major), -1 outside the target. */
  cells: Int32Array;
  /** The target's distinct elements. */
  elements: Int32Array;
}

/** A 360-degree coverage of one mount x model x setting x tilt, cells sorted by compass bearing. */
export interface Panorama {
  mountIndex: number;
  modelIndex: number;
  lensSetting: LensSetting;
  tiltDegrees: number;
  /** Resolved HFOV of the lens at this setting. */
  fieldOfViewDegrees: number;
  originMeters: PointMeters;
  /** Elements covered at their required level, sorted by bearing. */
  elements: Int32Array;
  bearings: Float64Array;
}

export interface PlacementInstance {
  problem: PlacementProblem;
  /** Weight of each element (m² x priority). */
  weights: Float64Array;
  /** Cell area (m²) of every element. */
  cellAreaSquareMeters: number;
  /** Elements already covered by the existing cameras (count of cameras). */
  existingCover: Int32Array;
  targets: TargetRaster[];
  /** Target numbers (into `targets`) of each element: elementTargets[elementTargetStart[e] .. elementTargetStart[e + 1]). */
  elementTargetStart: Int32Array;
  elementTargets: Int32Array;
  panoramas: Panorama[];
  /** Candidates: panorama, heading, and elements (CSR into candidateElements). */
  candidateCount: number;
  candidatePanorama: Int32Array;
  candidateHeading: Float64Array;
  candidateStart: Int32Array;
  candidateElements: Int32Array;
  /** Per candidate: its mount (index into problem.mounts) and the camera price. */
  candidateMount: Int32Array;
  candidatePrice: Float64Array;
  /** Per mount: cost paid once when the first new camera goes there (mount + connection), and free slots. */
  mountOpenCost: Float64Array;
  mountFreeSlots: Int32Array;
  /**
   * Connection options drawing on shared resources (types.ts `connectionOptions`), CSR: the options
   * of mount m are mountOptionStart[m] .. mountOptionStart[m + 1] (none: priced by connectionCost);
   * option o costs optionCost[o] and holds optionUseAmount[u] of resource optionUseResource[u] for u in
   * optionUseStart[o] .. optionUseStart[o + 1]. `mountOpenCost` then holds the cheapest option (a lower bound).
   */
  mountOptionStart: Int32Array;
  optionCost: Float64Array;
  optionUseStart: Int32Array;
  optionUseResource: Int32Array;
  optionUseAmount: Float64Array;
  /** 1 when optionUseAmount[u] is held per camera on the mount (watts), 0 when once per mount (a port). */
  optionUsePerCamera: Uint8Array;
  resourceCapacity: Float64Array;
  obstacles: ObstacleIndex;
  coverageMilliseconds: number;
  /** The abort signal fired while the candidates were computed: the candidates are incomplete. */
  cancelled: boolean;
}

function levelIndexOf(level: string): number {
  const index = DORI_LEVELS.indexOf(level as DoriLevel);
  if (index < 0) throw new CoreInputError(`target required level ${level}`, level);
  return index;
}

function compassBearing(dx: number, dy: number): number {
  const degrees = (Math.atan2(dx, dy) * 180) / Math.PI;
  return degrees < 0 ? degrees + 360 : degrees;
}

function validateProblem(problem: PlacementProblem): void {
  if (problem.budget === undefined && problem.maxCameras === undefined) throw new CoreInputError('placement budget or maxCameras', undefined);
  if (problem.budget !== undefined && !(requireFinite(problem.budget, 'placement budget') >= 0)) throw new CoreInputError('placement budget', problem.budget);
  if (problem.maxCameras !== undefined && !(Number.isInteger(problem.maxCameras) && problem.maxCameras >= 0)) throw new CoreInputError('placement maxCameras', problem.maxCameras);
  const step = problem.headingStepDegrees ?? DEFAULT_HEADING_STEP_DEGREES;
  if (!(requireFinite(step, 'placement headingStepDegrees') > 0 && step <= 360)) throw new CoreInputError('placement headingStepDegrees', step);
  const cellSize = problem.cellSizeMeters ?? DEFAULT_CELL_SIZE_METERS;
  if (!(requireFinite(cellSize, 'placement cellSizeMeters') > 0)) throw new CoreInputError('placement cellSizeMeters', cellSize);
  for (const tilt of problem.tiltsDegrees ?? DEFAULT_TILTS_DEGREES) requireFinite(tilt, 'placement tilt');
  for (const target of problem.targets) {
    if (!(requireFinite(target.priority, `target ${target.id} priority`) > 0)) throw new CoreInputError(`target ${target.id} priority`, target.priority);
    for (const ring of target.polygon) for (const point of ring) {
      requireFinite(point.x, `target ${target.id} vertex x`);
      requireFinite(point.y, `target ${target.id} vertex y`);
    }
  }
  for (const mount of problem.mounts) {
    requireFinite(mount.positionMeters.x, `mount ${mount.id} position x`);
    requireFinite(mount.positionMeters.y, `mount ${mount.id} position y`);
    requireFinite(mount.heightMeters, `mount ${mount.id} heightMeters`);
    if (!(requireFinite(mount.mountCost, `mount ${mount.id} mountCost`) >= 0)) throw new CoreInputError(`mount ${mount.id} mountCost`, mount.mountCost);
    if (!(requireFinite(mount.connectionCost, `mount ${mount.id} connectionCost`) >= 0)) throw new CoreInputError(`mount ${mount.id} connectionCost`, mount.connectionCost);
  }
  const resourceIds = new Set<string>();
  for (const resource of problem.resources ?? []) {
    if (resourceIds.has(resource.id)) throw new CoreInputError(`resource ${resource.id} (named twice)`, resource.id);
    resourceIds.add(resource.id);
    if (!(requireFinite(resource.capacity, `resource ${resource.id} capacity`) >= 0)) throw new CoreInputError(`resource ${resource.id} capacity`, resource.capacity);
  }
  for (const mount of problem.mounts) {
    for (const option of mount.connectionOptions ?? []) {
      if (!(requireFinite(option.cost, `mount ${mount.id} connection option cost`) >= 0)) throw new CoreInputError(`mount ${mount.id} connection option cost`, option.cost);
      for (const use of option.uses) {
        if (!resourceIds.has(use.resourceId)) throw new CoreInputError(`mount ${mount.id} connection option resource ${use.resourceId} (unknown)`, use.resourceId);
        if (!(requireFinite(use.amount, `mount ${mount.id} resource amount`) >= 0)) throw new CoreInputError(`mount ${mount.id} resource amount`, use.amount);
      }
    }
  }
  for (const model of problem.models) {
    if (!(requireFinite(model.price, `model ${model.id} price`) >= 0)) throw new CoreInputError(`model ${model.id} price`, model.price);
    if (model.powerDrawWatts !== undefined && !(requireFinite(model.powerDrawWatts, `model ${model.id} powerDrawWatts`) >= 0)) {
      throw new CoreInputError(`model ${model.id} powerDrawWatts`, model.powerDrawWatts);
    }
  }
}

/** Cuts the targets into elements on one lattice. */
function rasterizeTargets(problem: PlacementProblem, cellSize: number) {
  const prepared = problem.targets.map((target) => {
    const polygon = normalizePolygonRings(target.polygon);
    const flat = regionToFlat(polygon);
    const bounds: BoundingBox = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    for (const point of polygon[0] ?? []) {
      bounds.minX = Math.min(bounds.minX, point.x);
      bounds.minY = Math.min(bounds.minY, point.y);
      bounds.maxX = Math.max(bounds.maxX, point.x);
      bounds.maxY = Math.max(bounds.maxY, point.y);
    }
    return { target, flat, bounds };
  });
  let originX = Infinity;
  let originY = Infinity;
  for (const { bounds } of prepared) {
    originX = Math.min(originX, bounds.minX);
    originY = Math.min(originY, bounds.minY);
  }
  originX = Number.isFinite(originX) ? Math.floor(originX / cellSize) * cellSize : 0;
  originY = Number.isFinite(originY) ? Math.floor(originY / cellSize) * cellSize : 0;
  const cellArea = cellSize * cellSize;
  const elementOfKey = new Map<string, number>();
  const weights: number[] = [];
  const elementTargetLists: number[][] = [];
  const targets: TargetRaster[] = prepared.map(({ target, flat, bounds }, targetIndex) => {
    const levelIndex = levelIndexOf(target.requiredLevel);
    const night = target.night === true;
    const column0 = Number.isFinite(bounds.minX) ? Math.floor((bounds.minX - originX) / cellSize) : 0;
    const row0 = Number.isFinite(bounds.minY) ? Math.floor((bounds.minY - originY) / cellSize) : 0;
    const columns = Number.isFinite(bounds.maxX) ? Math.floor((bounds.maxX - originX) / cellSize) - column0 + 1 : 0;
    const rows = Number.isFinite(bounds.maxY) ? Math.floor((bounds.maxY - originY) / cellSize) - row0 + 1 : 0;
    const window: LatticeWindow = { originX, originY, cellSize, column0, row0, columns, rows };
    const cells = new Int32Array(Math.max(0, columns * rows)).fill(-1);
    const elements: number[] = [];
    rasterizeRegion(flat, window, (column, row) => {
      const key = `${column0 + column},${row0 + row},${levelIndex},${night ? 1 : 0}`;
      let element = elementOfKey.get(key);
      if (element === undefined) {
        element = weights.length;
        elementOfKey.set(key, element);
        weights.push(0);
        elementTargetLists.push([]);
        if (weights.length > MAXIMUM_ELEMENTS) throw new CoreInputError('placement cellSizeMeters (too many cells; use larger cells)', cellSize);
      }
      if (cells[row * columns + column] !== -1) return;
      cells[row * columns + column] = element;
      weights[element] = Math.max(weights[element], cellArea * target.priority);
      elementTargetLists[element].push(targetIndex);
      elements.push(element);
    });
    return { targetId: target.id, levelIndex, night, window, bounds, cells, elements: Int32Array.from(elements) };
  });
  const elementTargetStart = new Int32Array(weights.length + 1);
  for (let element = 0; element < weights.length; element++) elementTargetStart[element + 1] = elementTargetStart[element] + elementTargetLists[element].length;
  const elementTargets = new Int32Array(elementTargetStart[weights.length]);
  elementTargetLists.forEach((list, element) => elementTargets.set(list, elementTargetStart[element]));
  return { targets, weights: Float64Array.from(weights), cellArea, elementTargetStart, elementTargets };
}

/** Collects, for one sweep, the elements it covers at their required level (deduplicated). */
class CoverageCollector {
  private stamps: Int32Array;
  private stamp = 0;
  elements = new Int32Array(1024);
  bearings = new Float64Array(1024);
  count = 0;

  constructor(elementCount: number) {
    this.stamps = new Int32Array(elementCount);
  }

  reset(): void {
    this.count = 0;
    this.stamp++;
  }

  /**
   * Adds the cells of each target inside the sweep's region at the target's level (night targets:
   * within `nightRangeMeters` of the origin, none when it is 0).
   */
  collect(targets: readonly TargetRaster[], result: SweepResult, origin: PointMeters, nightRangeMeters: number): void {
    for (const target of targets) {
      const output = result.outputs[target.levelIndex];
      if (!output || output.ringCount === 0) continue;
      if (target.night && nightRangeMeters <= 0) continue;
      const bounds = output.bounds;
      const { window } = target;
      if (bounds.maxX < target.bounds.minX || bounds.minX > target.bounds.maxX || bounds.maxY < target.bounds.minY || bounds.minY > target.bounds.maxY) continue;
      const region: FlatRegion = outputRegion(result, output);
      const nightSquared = target.night ? nightRangeMeters * nightRangeMeters : Infinity;
      rasterizeRegion(region, window, (column, row) => {
        const element = target.cells[row * window.columns + column];
        if (element < 0 || this.stamps[element] === this.stamp) return;
        const dx = window.originX + (window.column0 + column + 0.5) * window.cellSize - origin.x;
        const dy = window.originY + (window.row0 + row + 0.5) * window.cellSize - origin.y;
        if (dx * dx + dy * dy > nightSquared) return;
        this.stamps[element] = this.stamp;
        if (this.count === this.elements.length) {
          const elements = new Int32Array(2 * this.count);
          elements.set(this.elements);
          this.elements = elements;
          const bearings = new Float64Array(2 * this.count);
          bearings.set(this.bearings);
          this.bearings = bearings;
        }
        this.elements[this.count] = element;
        this.bearings[this.count] = compassBearing(dx, dy);
        this.count++;
      });
    }
  }
}

/** The targets whose bounds come within `reach` of a point. */
function targetsNear(targets: readonly TargetRaster[], point: PointMeters, reach: number): TargetRaster[] {
  return targets.filter(
    (target) =>
      target.elements.length > 0 &&
      point.x + reach >= target.bounds.minX &&
      point.x - reach <= target.bounds.maxX &&
      point.y + reach >= target.bounds.minY &&
      point.y - reach <= target.bounds.maxY,
  );
}

/**
 * The plan of a camera whose reach is capped at the farthest corner of the targets it can reach
 * (plus a metre for the wall-mount offset): no target cell lies beyond, so the covered cells are
 * the same, and the sweep meets fewer buildings (a tele lens detects 240 m away).
 */
function cappedPlan(camera: CoverageCamera, targets: readonly TargetRaster[]): { plan: ReturnType<typeof planCameraCoverage>; near: TargetRaster[] } {
  const plan = planCameraCoverage(camera, IEC_62676_4_DORI_LADDER);
  const near = targetsNear(targets, camera.positionMeters, plan.reachMeters);
  let farthest = 0;
  const { x, y } = camera.positionMeters;
  for (const target of near) {
    const dx = Math.max(Math.abs(target.bounds.minX - x), Math.abs(target.bounds.maxX - x));
    const dy = Math.max(Math.abs(target.bounds.minY - y), Math.abs(target.bounds.maxY - y));
    farthest = Math.max(farthest, Math.hypot(dx, dy) + 1);
  }
  if (near.length === 0 || farthest >= plan.reachMeters) return { plan, near };
  return { plan: planCameraCoverage({ ...camera, maximumRangeMeters: Math.min(camera.maximumRangeMeters ?? Infinity, farthest) }, IEC_62676_4_DORI_LADDER), near };
}

/** Elements of a panorama within HFOV/2 of a heading (into `into`; returns the count). */
export function panoramaWindow(panorama: Panorama, headingDegrees: number, into: Int32Array): number {
  const half = panorama.fieldOfViewDegrees / 2;
  const { bearings, elements } = panorama;
  if (half >= 180) {
    into.set(elements);
    return elements.length;
  }
  let from = headingDegrees - half;
  from -= 360 * Math.floor(from / 360);
  const to = from + 2 * half;
  let count = 0;
  const copyRange = (low: number, high: number) => {
    let index = lowerBound(bearings, low);
    while (index < bearings.length && bearings[index] <= high) into[count++] = elements[index++];
  };
  copyRange(from, Math.min(to, 360));
  if (to > 360) copyRange(0, to - 360);
  return count;
}

function lowerBound(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function headingAllowed(mount: PlacementMount, heading: number): boolean {
  if (!mount.headingRange) return true;
  const span = ((mount.headingRange.toDegrees - mount.headingRange.fromDegrees) % 360 + 360) % 360;
  const offset = ((heading - mount.headingRange.fromDegrees) % 360 + 360) % 360;
  return offset <= span + 1e-9;
}

function sameElements(a: Int32Array, aCount: number, b: Int32Array, bStart: number, bEnd: number): boolean {
  if (aCount !== bEnd - bStart) return false;
  for (let index = 0; index < aCount; index++) if (a[index] !== b[bStart + index]) return false;
  return true;
}

/** The coverage camera of a model at a lens setting on a mount (heading and width given). */
export function placementCamera(id: string, mount: PlacementMount, model: PlacementModel, setting: LensSetting, tiltDegrees: number, headingDegrees: number, widthDegrees: number): CoverageCamera {
  const lensFieldOfView = resolveHorizontalFieldOfViewDegrees(model.lens, setting);
  return {
    id,
    positionMeters: mount.positionMeters,
    mountHeightMeters: mount.heightMeters,
    headingDegrees,
    tiltDegrees,
    horizontalFieldOfViewDegrees: widthDegrees,
    lensHorizontalFieldOfViewDegrees: lensFieldOfView,
    horizontalPixels: model.horizontalPixels,
    verticalPixels: model.verticalPixels,
    maximumRangeMeters: model.maximumRangeMeters,
  };
}

export interface InstanceOptions {
  onProgress?: (progress: PlacementProgress) => void;
  signal?: AbortSignal;
  /** Share of the whole run's progress the coverage phase takes (default 0.7). */
  progressShare?: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Builds the discretised instance. Async only to let the event loop run (abort signal, progress)
 * every ~50 ms; when the signal fires it stops computing candidates and says so (`cancelled`).
 */
export async function buildPlacementInstance(problem: PlacementProblem, options: InstanceOptions = {}): Promise<PlacementInstance> {
  validateProblem(problem);
  const startedAt = performance.now();
  const cellSize = problem.cellSizeMeters ?? DEFAULT_CELL_SIZE_METERS;
  const step = problem.headingStepDegrees ?? DEFAULT_HEADING_STEP_DEGREES;
  const tilts = problem.tiltsDegrees ?? DEFAULT_TILTS_DEGREES;
  const share = options.progressShare ?? 0.7;
  const { targets, weights, cellArea, elementTargetStart, elementTargets } = rasterizeTargets(problem, cellSize);
  const obstacles = new ObstacleIndex(problem.buildings.map((building) => ({ id: building.id, rings: building.polygon, heightMeters: building.heightMeters })));
  const collector = new CoverageCollector(weights.length);

  // Existing cameras: the same engine, at their own heading and width.
  const existingCover = new Int32Array(weights.length);
  for (const camera of problem.existingCameras) {
    const coverageCamera: CoverageCamera = {
      id: camera.id,
      positionMeters: camera.positionMeters,
      mountHeightMeters: camera.mountHeightMeters,
      headingDegrees: camera.headingDegrees,
      tiltDegrees: camera.tiltDegrees,
      horizontalFieldOfViewDegrees: camera.horizontalFieldOfViewDegrees,
      horizontalPixels: camera.horizontalPixels,
      verticalPixels: camera.verticalPixels,
      maximumRangeMeters: camera.maximumRangeMeters,
    };
    const { plan, near } = cappedPlan(coverageCamera, targets);
    if (near.length === 0) continue;
    const { originMeters, result } = sweepCameraCoverage(plan, obstacles.flat);
    collector.reset();
    collector.collect(near, result, originMeters, camera.irRangeMeters ?? 0);
    for (let index = 0; index < collector.count; index++) existingCover[collector.elements[index]]++;
  }

  const mountFreeSlots = new Int32Array(problem.mounts.length);
  const mountOpenCost = new Float64Array(problem.mounts.length);
  const mountIndex = new Map(problem.mounts.map((mount, index) => [mount.id, index]));
  const existingPerMount = new Int32Array(problem.mounts.length);
  for (const camera of problem.existingCameras) {
    const index = camera.mountId === undefined ? undefined : mountIndex.get(camera.mountId);
    if (index !== undefined) existingPerMount[index]++;
  }
  const resourceNumber = new Map((problem.resources ?? []).map((resource, index) => [resource.id, index]));
  const resourceCapacity = Float64Array.from((problem.resources ?? []).map((resource) => resource.capacity));
  const mountOptionStart = new Int32Array(problem.mounts.length + 1);
  const optionCost: number[] = [];
  const optionUseStart: number[] = [0];
  const optionUseResource: number[] = [];
  const optionUseAmount: number[] = [];
  const optionUsePerCamera: number[] = [];
  problem.mounts.forEach((mount, index) => {
    mountFreeSlots[index] = Math.max(0, (mount.capacity ?? 1) - Math.max(mount.occupiedSlots ?? 0, existingPerMount[index]));
    const options = mount.connectionOptions ?? [];
    for (const option of options) {
      optionCost.push(option.cost);
      for (const use of option.uses) {
        optionUseResource.push(resourceNumber.get(use.resourceId) as number);
        optionUseAmount.push(use.amount);
        optionUsePerCamera.push(use.perCamera ? 1 : 0);
      }
      optionUseStart.push(optionUseResource.length);
    }
    mountOptionStart[index + 1] = optionCost.length;
    // With options, the cheapest one: a lower bound of what opening the mount will cost.
    const connection = mount.connectionOptions ? Math.min(...options.map((option) => option.cost)) : mount.connectionCost;
    mountOpenCost[index] = mount.mountCost + connection;
    if (mount.connectionOptions && options.length === 0) mountFreeSlots[index] = 0;
  });

  const panoramas: Panorama[] = [];
  const candidatePanorama: number[] = [];
  const candidateHeading: number[] = [];
  const candidateMount: number[] = [];
  const candidatePrice: number[] = [];
  let elementBuffer = new Int32Array(1 << 16);
  let elementCount = 0;
  const candidateStart: number[] = [0];
  let window = new Int32Array(1024);
  const headings: number[] = [];
  for (let heading = 0; heading < 360 - 1e-9; heading += step) headings.push(heading);

  const sweepsTotal = problem.mounts.length * problem.models.reduce((sum, model) => sum + (model.lensSettings?.length || 1), 0) * tilts.length;
  let sweepsDone = 0;
  let lastYield = performance.now();
  let cancelled = options.signal?.aborted === true;
  mounts: for (let mountNumber = 0; mountNumber < problem.mounts.length && !cancelled; mountNumber++) {
    const mount = problem.mounts[mountNumber];
    if (mountFreeSlots[mountNumber] === 0) {
      sweepsDone += sweepsTotal / problem.mounts.length;
      continue;
    }
    for (let modelNumber = 0; modelNumber < problem.models.length; modelNumber++) {
      const model = problem.models[modelNumber];
      const settings = model.lensSettings?.length ? model.lensSettings : [{}];
      for (const setting of settings) {
        for (const tilt of tilts) {
          sweepsDone++;
          if (performance.now() - lastYield > 50) {
            await yieldToEventLoop();
            lastYield = performance.now();
            if (options.signal?.aborted) {
              cancelled = true;
              break mounts;
            }
            options.onProgress?.({ phase: 'coverage', fraction: (share * sweepsDone) / Math.max(1, sweepsTotal), proposals: 0 });
          }
          const camera = placementCamera(`${mount.id}/${model.id}`, mount, model, setting, tilt, 0, 360);
          const { plan, near } = cappedPlan(camera, targets);
          if (near.length === 0) continue;
          const { originMeters, result } = sweepCameraCoverage(plan, obstacles.flat);
          collector.reset();
          collector.collect(near, result, originMeters, model.irRangeMeters ?? 0);
          if (collector.count === 0) continue;
          const order = Array.from({ length: collector.count }, (_, index) => index).sort((a, b) => collector.bearings[a] - collector.bearings[b]);
          const panorama: Panorama = {
            mountIndex: mountNumber,
            modelIndex: modelNumber,
            lensSetting: setting,
            tiltDegrees: tilt,
            fieldOfViewDegrees: camera.lensHorizontalFieldOfViewDegrees ?? 360,
            originMeters,
            elements: Int32Array.from(order, (index) => collector.elements[index]),
            bearings: Float64Array.from(order, (index) => collector.bearings[index]),
          };
          const panoramaNumber = panoramas.push(panorama) - 1;
          if (window.length < panorama.elements.length) window = new Int32Array(2 * panorama.elements.length);
          let previousStart = -1;
          for (const heading of headings) {
            if (!headingAllowed(mount, heading)) continue;
            const count = panoramaWindow(panorama, heading, window);
            if (count === 0) continue;
            const sorted = window.subarray(0, count).sort();
            const start = candidateStart[candidateStart.length - 1];
            // The same cells as the previous heading of this panorama: a duplicate, left out.
            if (previousStart >= 0 && sameElements(sorted, count, elementBuffer, previousStart, start)) continue;
            if (elementCount + count > elementBuffer.length) {
              const grown = new Int32Array(Math.max(2 * elementBuffer.length, elementCount + count));
              grown.set(elementBuffer.subarray(0, elementCount));
              elementBuffer = grown;
            }
            elementBuffer.set(sorted, elementCount);
            elementCount += count;
            previousStart = start;
            candidateStart.push(elementCount);
            candidatePanorama.push(panoramaNumber);
            candidateHeading.push(heading);
            candidateMount.push(mountNumber);
            candidatePrice.push(model.price);
          }
        }
      }
    }
  }
  return {
    problem,
    weights,
    cellAreaSquareMeters: cellArea,
    existingCover,
    targets,
    elementTargetStart,
    elementTargets,
    panoramas,
    candidateCount: candidatePanorama.length,
    candidatePanorama: Int32Array.from(candidatePanorama),
    candidateHeading: Float64Array.from(candidateHeading),
    candidateStart: Int32Array.from(candidateStart),
    candidateElements: elementBuffer.slice(0, elementCount),
    candidateMount: Int32Array.from(candidateMount),
    candidatePrice: Float64Array.from(candidatePrice),
    mountOpenCost,
    mountFreeSlots,
    mountOptionStart,
    optionCost: Float64Array.from(optionCost),
    optionUseStart: Int32Array.from(optionUseStart),
    optionUseResource: Int32Array.from(optionUseResource),
    optionUseAmount: Float64Array.from(optionUseAmount),
    optionUsePerCamera: Uint8Array.from(optionUsePerCamera),
    resourceCapacity,
    obstacles,
    coverageMilliseconds: performance.now() - startedAt,
    cancelled,
  };
}
