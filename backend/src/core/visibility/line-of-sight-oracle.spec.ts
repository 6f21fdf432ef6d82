/**
 * Line-of-sight oracle: on generated scenes, a point must be inside the computed visible area exactly
 * when a direct 3D test says the camera sees it: in the band, in the sector, and the straight sight
 * line from the lens (mount height) to the point (target height) passes through no building prism
 * (unknown heights are infinitely tall). The oracle shares no code with the shadow construction.
 *
 * Disagreements are allowed only on boundaries: for every mismatch, the oracle itself must change
 * its answer within 5 cm of the point (so the computed edge is less than 5 cm off).
 */
import { PointMeters, Region, Ring, isPointInRegion } from '../geometry/planar';
import { Obstacle, ObstacleIndex } from './obstacles';
import { computeVisibleArea, TargetBand, Viewpoint } from './visible-area';
import { seededRandom } from '../../../../test/support/core/scene-factories';

interface Scenario {
  viewpoint: Viewpoint;
  band: TargetBand;
  obstacles: Obstacle[];
}

const TOLERANCE_METERS = 0.05;

function generateObstacles(random: () => number, count: number, extentMeters: number): Obstacle[] {
  const obstacles: Obstacle[] = [];
  for (let index = 0; index < count; index++) {
    const center = { x: (random() - 0.5) * extentMeters, y: (random() - 0.5) * extentMeters };
    const width = 4 + random() * 20;
    const depth = 4 + random() * 20;
    const rotation = random() * Math.PI;
    const shape = random();
    let local: [number, number][][];
    if (shape < 0.55) {
      local = [[[-width / 2, -depth / 2], [width / 2, -depth / 2], [width / 2, depth / 2], [-width / 2, depth / 2]]];
    } else if (shape < 0.85) {
      // L-shape: not convex, so chains of facing edges break up.
      local = [[
        [-width / 2, -depth / 2], [width / 2, -depth / 2], [width / 2, 0], [0, 0], [0, depth / 2], [-width / 2, depth / 2],
      ]];
    } else {
      // Courtyard block: a hole the camera may or may not see into.
      const outer = Math.max(width, depth) + 6;
      const inner = outer / 2 - 3;
      local = [
        [[-outer / 2, -outer / 2], [outer / 2, -outer / 2], [outer / 2, outer / 2], [-outer / 2, outer / 2]],
        [[-inner, -inner], [-inner, inner], [inner, inner], [inner, -inner]],
      ];
    }
    const cos = Math.cos(rotation);
    const sin = Math.sin(rotation);
    const rings = local.map((ring) =>
      ring.map(([x, y]) => ({ x: center.x + x * cos - y * sin, y: center.y + x * sin + y * cos })),
    );
    const heightMeters = random() < 0.4 ? null : 1 + random() * 20;
    obstacles.push({ id: `b${index}`, rings, heightMeters });
  }
  return obstacles;
}

function insideFootprint(obstacle: Obstacle, point: PointMeters): boolean {
  return isPointInRegion(obstacle.rings as Region, point.x, point.y);
}

function segmentsCross(a: PointMeters, b: PointMeters, c: PointMeters, d: PointMeters): boolean {
  const orientation = (p: PointMeters, q: PointMeters, r: PointMeters) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** Does the ground segment from `from` to `to` touch the footprint (crossing a wall or ending inside)? */
function segmentTouchesFootprint(obstacle: Obstacle, from: PointMeters, to: PointMeters): boolean {
  if (insideFootprint(obstacle, from) || insideFootprint(obstacle, to)) return true;
  for (const ring of obstacle.rings as Ring[]) {
    for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
      if (segmentsCross(from, to, ring[previous], ring[index])) return true;
    }
  }
  return false;
}

function oracleSees(scenario: Scenario, point: PointMeters): boolean {
  const { viewpoint, band, obstacles } = scenario;
  const camera = viewpoint.positionMeters;
  const dx = point.x - camera.x;
  const dy = point.y - camera.y;
  const distance = Math.hypot(dx, dy);
  if (distance > band.farMeters || distance < band.nearMeters) return false;
  if (viewpoint.horizontalFieldOfViewDegrees < 360) {
    const bearing = (Math.atan2(dx, dy) * 180) / Math.PI;
    let offAxis = Math.abs(((bearing - viewpoint.headingDegrees) % 360 + 540) % 360 - 180);
    if (offAxis > viewpoint.horizontalFieldOfViewDegrees / 2) return false;
    offAxis = 0;
  }
  const lensHeight = viewpoint.mountHeightMeters;
  const targetHeight = band.targetHeightMeters;
  for (const obstacle of obstacles) {
    const height = obstacle.heightMeters ?? Infinity;
    if (height <= targetHeight) continue;
    // The sight line is below the roof from the fraction f of the way on (it descends linearly).
    const fraction = height >= lensHeight ? 0 : (lensHeight - height) / (lensHeight - targetHeight);
    const from = { x: camera.x + dx * fraction, y: camera.y + dy * fraction };
    if (segmentTouchesFootprint(obstacle, from, point)) return false;
  }
  return true;
}

function generateScenario(random: () => number, obstacles: Obstacle[], extentMeters: number): Scenario {
  let position: PointMeters;
  do {
    position = { x: (random() - 0.5) * extentMeters * 0.8, y: (random() - 0.5) * extentMeters * 0.8 };
    // Keep lenses clear of walls: the wall-mount rule (moving the lens 2 cm out) is tested elsewhere.
  } while (obstacles.some((obstacle) => segmentTouchesFootprint(obstacle, position, position) || nearAnyWall(obstacle, position, 0.5)));
  const fieldOfViewChoices = [20, 40, 60, 90, 120, 200, 360];
  const farMeters = 15 + random() * 70;
  return {
    obstacles,
    viewpoint: {
      positionMeters: position,
      mountHeightMeters: 2.5 + random() * 14,
      headingDegrees: random() * 360,
      horizontalFieldOfViewDegrees: fieldOfViewChoices[Math.floor(random() * fieldOfViewChoices.length)],
    },
    band: {
      targetHeightMeters: random() < 0.5 ? 0 : 1.7,
      nearMeters: random() < 0.5 ? 0 : random() * 8,
      farMeters,
    },
  };
}

function nearAnyWall(obstacle: Obstacle, point: PointMeters, meters: number): boolean {
  for (const ring of obstacle.rings as Ring[]) {
    for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
      const a = ring[previous];
      const b = ring[index];
      const lengthSquared = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
      const t = Math.max(0, Math.min(1, ((point.x - a.x) * (b.x - a.x) + (point.y - a.y) * (b.y - a.y)) / lengthSquared));
      if (Math.hypot(point.x - (a.x + t * (b.x - a.x)), point.y - (a.y + t * (b.y - a.y))) < meters) return true;
    }
  }
  return false;
}

/** The oracle changes its answer within `radius` of the point: the point sits on a true boundary. */
function oracleBoundaryNearby(scenario: Scenario, point: PointMeters, radius: number): boolean {
  const answer = oracleSees(scenario, point);
  for (const fraction of [1, 0.5, 0.2]) {
    for (let step = 0; step < 32; step++) {
      const angle = (step * Math.PI) / 16;
      const probe = { x: point.x + radius * fraction * Math.cos(angle), y: point.y + radius * fraction * Math.sin(angle) };
      if (oracleSees(scenario, probe) !== answer) return true;
    }
  }
  return false;
}

describe('line-of-sight oracle on generated scenes', () => {
  it('agrees on at least 99.99% of 100,000 random points, and only disagrees within 5 cm of an edge', () => {
    const random = seededRandom(62676);
    const sceneCount = 8;
    const camerasPerScene = 25;
    const pointsPerCamera = 500;
    let agreements = 0;
    let total = 0;
    let visibleCount = 0;
    const farMismatches: string[] = [];
    for (let sceneIndex = 0; sceneIndex < sceneCount; sceneIndex++) {
      const extentMeters = 300;
      const obstacles = generateObstacles(random, 140, extentMeters);
      const index = new ObstacleIndex(obstacles);
      for (let cameraIndex = 0; cameraIndex < camerasPerScene; cameraIndex++) {
        const scenario = generateScenario(random, obstacles, extentMeters);
        const visible = computeVisibleArea(scenario.viewpoint, scenario.band, index);
        const camera = scenario.viewpoint.positionMeters;
        for (let pointIndex = 0; pointIndex < pointsPerCamera; pointIndex++) {
          const radius = scenario.band.farMeters * 1.05;
          const point = { x: camera.x + (random() * 2 - 1) * radius, y: camera.y + (random() * 2 - 1) * radius };
          const expected = oracleSees(scenario, point);
          const computed = isPointInRegion(visible, point.x, point.y);
          total++;
          if (expected) visibleCount++;
          if (expected === computed) {
            agreements++;
          } else if (!oracleBoundaryNearby(scenario, point, TOLERANCE_METERS)) {
            farMismatches.push(
              `scene ${sceneIndex} camera ${cameraIndex} point (${point.x.toFixed(3)}, ${point.y.toFixed(3)}) oracle ${expected}`,
            );
          }
        }
      }
    }
    expect(total).toBeGreaterThanOrEqual(100_000);
    // The scenes must exercise both answers, or agreement would mean little.
    expect(visibleCount / total).toBeGreaterThan(0.1);
    expect(visibleCount / total).toBeLessThan(0.9);
    expect(farMismatches.slice(0, 10)).toEqual([]);
    expect(agreements / total).toBeGreaterThanOrEqual(0.9999);
  });
});
