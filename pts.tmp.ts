import { generateCity } from './test/bench/coverage.bench';
import { computeCameraCoverage } from './backend/src/core/coverage/camera-coverage';
import { ObstacleIndex } from './backend/src/core/visibility/obstacles';
const scene = generateCity(5000, 20000, 5000);
const index = new ObstacleIndex(scene.obstacles);
for (const c of scene.cameras.slice(0, 500)) computeCameraCoverage(c, index);
const times: number[] = [];
let points = 0, area = 0;
for (let run = 0; run < 5; run++) {
  const t = performance.now();
  const all = scene.cameras.map((c) => computeCameraCoverage(c, index));
  times.push(performance.now() - t);
  if (run === 0) for (const cov of all) for (const l of cov.levels) { const f = l.flat!; points += f.ringStarts[f.ringStarts.length - 1] - f.ringStarts[0]; area += l.areaSquareMeters; }
}
console.log('points', points, 'area', area.toFixed(1), 'times', times.map((t) => t.toFixed(0)).join(' '));
