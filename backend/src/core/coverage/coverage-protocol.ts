/**
 * What the coverage pool and its worker threads exchange: cameras and results packed into typed
 * arrays, so a chunk of cameras crosses the thread boundary as a few transferable buffers rather than
 * a structured clone of thousands of small objects (and the main thread rebuilds each level with
 * views on those buffers, no copy).
 */
import type { DoriBandUnavailableReason, DoriLadder } from '../optics/dori';
import type { FlatRegion } from '../geometry/flat-region';
import type { SweepOutput, SweepResult } from '../visibility/angular-sweep';
import type { FlatObstacleData } from '../visibility/obstacles';
import type { CoverageCamera } from './camera-coverage';

export const CAMERA_STRIDE = 10;

/** Cameras [start, end) as 10 numbers each (ids stay on the calling thread). */
export function packCameras(cameras: readonly CoverageCamera[], start: number, end: number): Float64Array {
  const packed = new Float64Array((end - start) * CAMERA_STRIDE);
  for (let index = start; index < end; index++) {
    const camera = cameras[index];
    const at = (index - start) * CAMERA_STRIDE;
    packed[at] = camera.positionMeters.x;
    packed[at + 1] = camera.positionMeters.y;
    packed[at + 2] = camera.mountHeightMeters;
    packed[at + 3] = camera.headingDegrees;
    packed[at + 4] = camera.tiltDegrees ?? NaN;
    packed[at + 5] = camera.horizontalFieldOfViewDegrees;
    packed[at + 6] = camera.lensHorizontalFieldOfViewDegrees ?? NaN;
    packed[at + 7] = camera.horizontalPixels;
    packed[at + 8] = camera.verticalPixels;
    packed[at + 9] = camera.maximumRangeMeters ?? NaN;
  }
  return packed;
}

export function unpackCamera(packed: Float64Array, index: number): CoverageCamera {
  const at = index * CAMERA_STRIDE;
  const optional = (value: number): number | undefined => (Number.isNaN(value) ? undefined : value);
  return {
    id: '',
    positionMeters: { x: packed[at], y: packed[at + 1] },
    mountHeightMeters: packed[at + 2],
    headingDegrees: packed[at + 3],
    tiltDegrees: Number.isNaN(packed[at + 4]) ? null : packed[at + 4],
    horizontalFieldOfViewDegrees: packed[at + 5],
    lensHorizontalFieldOfViewDegrees: optional(packed[at + 6]),
    horizontalPixels: packed[at + 7],
    verticalPixels: packed[at + 8],
    maximumRangeMeters: optional(packed[at + 9]),
  };
}

/** Every reason, numbered for the packed results; the check below fails to compile if one is missing. */
export const REASON_CODES = [
  'density_needs_distance_below_mount_height',
  'target_plane_outside_vertical_view',
  'blind_zone_beyond_density_limit',
  'beyond_maximum_range',
] as const satisfies readonly DoriBandUnavailableReason[];
type UncodedReason = Exclude<DoriBandUnavailableReason, (typeof REASON_CODES)[number]>;
const everyReasonHasACode: [UncodedReason] extends [never] ? true : never = true;
void everyReasonHasACode;

/** Per camera: origin x, y; then per level these 8 numbers. */
export const LEVEL_SCALARS = 8;
export const LEVEL_NEAR = 0;
export const LEVEL_FAR = 1;
export const LEVEL_REASON = 2;
export const LEVEL_AREA = 3;
export const LEVEL_MIN_X = 4;
export const LEVEL_MIN_Y = 5;
export const LEVEL_MAX_X = 6;
export const LEVEL_MAX_Y = 7;

export function cameraScalarStride(levelCount: number): number {
  return 2 + LEVEL_SCALARS * levelCount;
}

/**
 * A chunk's results. Per camera, `scalars` holds cameraScalarStride numbers and `counts` its ring and
 * point counts then, per level, its first ring and ring count; `coordinates` and `ringStarts` hold each
 * camera's rings one camera after another (a camera's ring starts count from 0 within its own points).
 */
export interface PackedResults {
  scalars: Float64Array;
  counts: Int32Array;
  coordinates: Float64Array;
  ringStarts: Int32Array;
}

export function cameraCountStride(levelCount: number): number {
  return 2 + 2 * levelCount;
}

export type ToWorker =
  | { type: 'obstacles'; id: number; data: FlatObstacleData }
  | { type: 'job'; jobId: number; obstaclesId: number; ladder: DoriLadder; cameras: Float64Array }
  | { type: 'warm-up'; jobId: number; cameras: number };

export type FromWorker =
  | { type: 'result'; jobId: number; results: PackedResults }
  | { type: 'warm'; jobId: number }
  | { type: 'error'; jobId: number; message: string };

/** Grows a typed array (used while packing a chunk whose total size is only known at the end). */
function grown<T extends Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(array: T, needed: number, make: (size: number) => T): T {
  if (array.length >= needed) return array;
  const bigger = make(Math.max(needed, 2 * array.length));
  bigger.set(array);
  return bigger;
}

/** One chunk of cameras computed here and packed (what a worker does with a job). */
export function packResults(
  count: number,
  levelCount: number,
  compute: (index: number) => {
    originMeters: { x: number; y: number };
    /** Per level, its band and the reason it has none (a DoriBandResult). */
    bands: readonly { band: { nearMeters: number; farMeters: number } | null; reason: DoriBandUnavailableReason | null }[];
    /** The camera's sweep: all its levels' rings, and per level which are its own. */
    result: SweepResult;
  },
): PackedResults {
  const stride = cameraScalarStride(levelCount);
  const countStride = cameraCountStride(levelCount);
  const scalars = new Float64Array(count * stride);
  const counts = new Int32Array(count * countStride);
  let coordinates = new Float64Array(count * 256);
  let ringStarts = new Int32Array(count * 8);
  let coordinateLength = 0;
  let ringStartLength = 0;
  for (let index = 0; index < count; index++) {
    const { originMeters, bands, result } = compute(index);
    const at = index * stride;
    scalars[at] = originMeters.x;
    scalars[at + 1] = originMeters.y;
    const rings = result.ringStarts.length - 1;
    const points = result.ringStarts[rings];
    counts[index * countStride] = rings;
    counts[index * countStride + 1] = points;
    for (let level = 0; level < levelCount; level++) {
      const { band, reason } = bands[level];
      const output = result.outputs[level];
      const base = at + 2 + level * LEVEL_SCALARS;
      scalars[base + LEVEL_NEAR] = band ? band.nearMeters : NaN;
      scalars[base + LEVEL_FAR] = band ? band.farMeters : NaN;
      scalars[base + LEVEL_REASON] = reason === null ? -1 : REASON_CODES.indexOf(reason as (typeof REASON_CODES)[number]);
      scalars[base + LEVEL_AREA] = output.areaSquareMeters;
      scalars[base + LEVEL_MIN_X] = output.bounds.minX;
      scalars[base + LEVEL_MIN_Y] = output.bounds.minY;
      scalars[base + LEVEL_MAX_X] = output.bounds.maxX;
      scalars[base + LEVEL_MAX_Y] = output.bounds.maxY;
      counts[index * countStride + 2 + 2 * level] = output.firstRing;
      counts[index * countStride + 3 + 2 * level] = output.ringCount;
    }
    coordinates = grown(coordinates, coordinateLength + 2 * points, (size) => new Float64Array(size));
    coordinates.set(result.coordinates.subarray(0, 2 * points), coordinateLength);
    coordinateLength += 2 * points;
    ringStarts = grown(ringStarts, ringStartLength + rings + 1, (size) => new Int32Array(size));
    ringStarts.set(result.ringStarts, ringStartLength);
    ringStartLength += rings + 1;
  }
  return { scalars, counts, coordinates: coordinates.slice(0, coordinateLength), ringStarts: ringStarts.slice(0, ringStartLength) };
}

/** Reads packed results back, level by level, with each camera's geometry as views on the packed arrays (no copy). */
export function unpackResults(
  results: PackedResults,
  count: number,
  levelCount: number,
  visit: (
    index: number,
    originMeters: { x: number; y: number },
    geometry: FlatRegion,
    level: number,
    band: { nearMeters: number; farMeters: number } | null,
    reason: DoriBandUnavailableReason | null,
    output: SweepOutput,
  ) => void,
): void {
  const stride = cameraScalarStride(levelCount);
  const countStride = cameraCountStride(levelCount);
  const { scalars, counts } = results;
  let coordinateOffset = 0;
  let ringStartOffset = 0;
  for (let index = 0; index < count; index++) {
    const at = index * stride;
    const originMeters = { x: scalars[at], y: scalars[at + 1] };
    const rings = counts[index * countStride];
    const points = counts[index * countStride + 1];
    const geometry: FlatRegion = {
      coordinates: results.coordinates.subarray(coordinateOffset, coordinateOffset + 2 * points),
      ringStarts: results.ringStarts.subarray(ringStartOffset, ringStartOffset + rings + 1),
    };
    coordinateOffset += 2 * points;
    ringStartOffset += rings + 1;
    for (let level = 0; level < levelCount; level++) {
      const base = at + 2 + level * LEVEL_SCALARS;
      // doriBands gives a band exactly when it gives no reason.
      const reasonCode = scalars[base + LEVEL_REASON];
      visit(
        index,
        originMeters,
        geometry,
        level,
        reasonCode < 0 ? { nearMeters: scalars[base + LEVEL_NEAR], farMeters: scalars[base + LEVEL_FAR] } : null,
        reasonCode < 0 ? null : REASON_CODES[reasonCode],
        {
          firstRing: counts[index * countStride + 2 + 2 * level],
          ringCount: counts[index * countStride + 3 + 2 * level],
          areaSquareMeters: scalars[base + LEVEL_AREA],
          bounds: { minX: scalars[base + LEVEL_MIN_X], minY: scalars[base + LEVEL_MIN_Y], maxX: scalars[base + LEVEL_MAX_X], maxY: scalars[base + LEVEL_MAX_Y] },
        },
      );
    }
  }
}
