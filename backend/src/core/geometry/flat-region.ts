/**
 * A region stored as two typed arrays instead of one object per vertex: interleaved coordinates
 * [x0, y0, x1, y1, ...] and the first point of each ring (plus the total point count at the end).
 *
 * Why: the coverage engine produces ~240 vertices per camera (about 1.2 million for 5,000 cameras). As
 * {x, y} objects they were most of what the garbage collector had to copy and promote during a run;
 * as typed arrays they are two allocations per region. `flatToRegion` gives the `Region` form on demand.
 */
import type { BoundingBox, Region, Ring } from './planar';

export interface FlatRegion {
  /** Interleaved x, y of the rings, one ring after another; rings are implicitly closed. */
  coordinates: Float64Array;
  /**
   * Point index (into `coordinates`) where each ring starts, then where the last one ends (length =
   * ring count + 1). The first ring need not start at 0: regions may share one coordinates array.
   */
  ringStarts: Int32Array;
}

export const EMPTY_FLAT_REGION: FlatRegion = { coordinates: new Float64Array(0), ringStarts: new Int32Array(1) };

export function flatRingCount(flat: FlatRegion): number {
  return flat.ringStarts.length - 1;
}

export function flatToRegion(flat: FlatRegion): Region {
  const { coordinates, ringStarts } = flat;
  const region: Region = new Array(ringStarts.length - 1);
  for (let ringIndex = 0; ringIndex < ringStarts.length - 1; ringIndex++) {
    const start = ringStarts[ringIndex];
    const end = ringStarts[ringIndex + 1];
    const ring: Ring = new Array(end - start);
    for (let point = start; point < end; point++) ring[point - start] = { x: coordinates[2 * point], y: coordinates[2 * point + 1] };
    region[ringIndex] = ring;
  }
  return region;
}

export function regionToFlat(region: Region): FlatRegion {
  let total = 0;
  for (const ring of region) total += ring.length;
  const coordinates = new Float64Array(2 * total);
  const ringStarts = new Int32Array(region.length + 1);
  let point = 0;
  region.forEach((ring, ringIndex) => {
    ringStarts[ringIndex] = point;
    for (const vertex of ring) {
      coordinates[2 * point] = vertex.x;
      coordinates[2 * point + 1] = vertex.y;
      point++;
    }
  });
  ringStarts[region.length] = point;
  return { coordinates, ringStarts };
}

export function flatRegionBounds(flat: FlatRegion): BoundingBox {
  const bounds: BoundingBox = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const { coordinates, ringStarts } = flat;
  for (let index = 2 * ringStarts[0]; index < 2 * ringStarts[ringStarts.length - 1]; index += 2) {
    const x = coordinates[index];
    const y = coordinates[index + 1];
    if (x < bounds.minX) bounds.minX = x;
    if (x > bounds.maxX) bounds.maxX = x;
    if (y < bounds.minY) bounds.minY = y;
    if (y > bounds.maxY) bounds.maxY = y;
  }
  return bounds;
}
