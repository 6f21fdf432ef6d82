/** Small builders for visibility and coverage tests: scenes read like the domain, in metres. */
import { PointMeters, Ring } from '../../../backend/src/core/geometry/planar';
import { Obstacle, ObstacleIndex } from '../../../backend/src/core/visibility/obstacles';
import { Viewpoint } from '../../../backend/src/core/visibility/visible-area';

let obstacleCounter = 0;

/** Axis-aligned building from its south-west to north-east corners. */
export function newBuilding(
  southWest: [number, number],
  northEast: [number, number],
  heightMeters: number | null = null,
  id = `building-${++obstacleCounter}`,
): Obstacle {
  const [west, south] = southWest;
  const [east, north] = northEast;
  return {
    id,
    heightMeters,
    rings: [[{ x: west, y: south }, { x: east, y: south }, { x: east, y: north }, { x: west, y: north }]],
  };
}

export function newPolygonBuilding(points: [number, number][], heightMeters: number | null = null): Obstacle {
  return { id: `building-${++obstacleCounter}`, heightMeters, rings: [points.map(([x, y]) => ({ x, y }))] };
}

export function newScene(...obstacles: Obstacle[]): ObstacleIndex {
  return new ObstacleIndex(obstacles);
}

export function newViewpoint(overrides: Partial<Viewpoint> = {}): Viewpoint {
  return {
    positionMeters: { x: 0, y: 0 },
    mountHeightMeters: 6,
    headingDegrees: 90,
    horizontalFieldOfViewDegrees: 90,
    ...overrides,
  };
}

/** Point at a compass bearing and distance from an origin. */
export function pointAt(bearingDegrees: number, distanceMeters: number, origin: PointMeters = { x: 0, y: 0 }): PointMeters {
  const radians = (bearingDegrees * Math.PI) / 180;
  return { x: origin.x + distanceMeters * Math.sin(radians), y: origin.y + distanceMeters * Math.cos(radians) };
}

/** Area of a simple ring (absolute). */
export function ringAreaAbsolute(ring: Ring): number {
  let twice = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    twice += (ring[previous].x - ring[index].x) * (ring[previous].y + ring[index].y);
  }
  return Math.abs(twice / 2);
}

// One generator for scenes, benchmarks and the demo's histories (core/seeded-random.ts).
export { seededRandom } from '../../../backend/src/core/seeded-random';
