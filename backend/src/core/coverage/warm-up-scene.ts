import type { Obstacle } from '../visibility/obstacles';
import type { CoverageCamera } from './camera-coverage';

/**
 * A small seeded city (blocks, low kiosks, unknown heights, cameras of every opening), run before the
 * first real job so the worker's JIT has compiled the hot paths: a fresh thread starts cold, and the
 * calling thread of a long-running service is warm.
 */
export function warmUpScene(cameraCount: number): { obstacles: Obstacle[]; cameras: CoverageCamera[] } {
  let state = 12345;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const side = 400;
  const obstacles: Obstacle[] = [];
  for (let index = 0; index < 200; index++) {
    const centerX = random() * side;
    const centerY = random() * side;
    const width = 6 + random() * 18;
    const depth = 6 + random() * 14;
    const rotation = random() * Math.PI;
    const kind = random();
    const shape = index % 6;
    // Rectangles mostly, some L-shapes and courtyards (a hole), so every ring layout is exercised.
    const local: [number, number][][] =
      shape === 4
        ? [[[-width / 2, -depth / 2], [width / 2, -depth / 2], [width / 2, 0], [0, 0], [0, depth / 2], [-width / 2, depth / 2]]]
        : shape === 5
          ? [
              [[-width / 2, -depth / 2], [width / 2, -depth / 2], [width / 2, depth / 2], [-width / 2, depth / 2]],
              [[-width / 4, -depth / 4], [-width / 4, depth / 4], [width / 4, depth / 4], [width / 4, -depth / 4]],
            ]
          : [[[-width / 2, -depth / 2], [width / 2, -depth / 2], [width / 2, depth / 2], [-width / 2, depth / 2]]];
    const cos = Math.cos(rotation);
    const sin = Math.sin(rotation);
    obstacles.push({
      id: `w${index}`,
      heightMeters: kind < 0.3 ? null : kind < 0.4 ? 2 + random() * 2 : 6 + random() * 20,
      rings: local.map((ring) => ring.map(([x, y]) => ({ x: centerX + x * cos - y * sin, y: centerY + x * sin + y * cos }))),
    });
  }
  const cameras: CoverageCamera[] = [];
  for (let index = 0; index < cameraCount; index++) {
    cameras.push({
      id: `w${index}`,
      positionMeters: { x: random() * side, y: random() * side },
      mountHeightMeters: 4 + random() * 6,
      headingDegrees: random() * 360,
      tiltDegrees: index % 7 === 0 ? null : 8 + random() * 17,
      horizontalFieldOfViewDegrees: [40, 60, 90, 110, 360][index % 5],
      lensHorizontalFieldOfViewDegrees: 90,
      horizontalPixels: 1920,
      verticalPixels: 1080,
    });
  }
  return { obstacles, cameras };
}
