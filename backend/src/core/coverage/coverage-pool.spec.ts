import { ObstacleIndex } from '../visibility/obstacles';
import { CameraCoverage, computeCameraCoverage } from './camera-coverage';
import { CoveragePool } from './coverage-pool';
import { warmUpScene } from './warm-up-scene';

//   a seeded 400 m block of buildings (some of unknown height, some low kiosks) and 300 cameras of
//   every opening, including full circles and PTZ-like cameras without tilt
const scene = warmUpScene(300);
const obstacles = new ObstacleIndex(scene.obstacles);
const expected = scene.cameras.map((camera) => computeCameraCoverage(camera, obstacles));

function expectSameCoverages(actual: CameraCoverage[]): void {
  expect(actual.map((coverage) => coverage.cameraId)).toEqual(expected.map((coverage) => coverage.cameraId));
  actual.forEach((coverage, index) => {
    const twin = expected[index];
    expect(coverage.originMeters).toEqual(twin.originMeters);
    coverage.levels.forEach((level, levelIndex) => {
      const twinLevel = twin.levels[levelIndex];
      expect([level.level, level.band, level.reason, level.areaSquareMeters, level.bounds]).toEqual([
        twinLevel.level, twinLevel.band, twinLevel.reason, twinLevel.areaSquareMeters, twinLevel.bounds,
      ]);
      expect(level.region).toEqual(twinLevel.region);
    });
  });
}

describe('CoveragePool', () => {
  it('gives exactly the single-thread results, with a worker thread and the calling thread sharing the work', async () => {
    const pool = new CoveragePool({ workers: 1, warmUpCameras: 0, callingThreadComputes: true });
    try {
      expect((await pool.ready()).workers).toBe(1);
      expectSameCoverages(await pool.computeAll(scene.cameras, obstacles));
      const stats = pool.stats();
      expect(stats.camerasOnWorkers).toBeGreaterThan(0);
      expect(stats.camerasOnWorkers + stats.camerasOnCallingThread).toBe(scene.cameras.length);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('leaves the calling thread free by default: the workers compute everything', async () => {
    const pool = new CoveragePool({ workers: 1, warmUpCameras: 0 });
    try {
      expectSameCoverages(await pool.computeAll(scene.cameras, obstacles));
      expect(pool.stats().camerasOnCallingThread).toBe(0);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('falls back to the calling thread without workers, and after close', async () => {
    const none = new CoveragePool({ workers: 0 });
    expectSameCoverages(await none.computeAll(scene.cameras, obstacles));
    expect(none.stats()).toMatchObject({ workers: 0, camerasOnWorkers: 0, camerasOnCallingThread: scene.cameras.length });
    const closed = new CoveragePool({ workers: 1, warmUpCameras: 0 });
    await closed.close();
    expectSameCoverages(await closed.computeAll(scene.cameras, obstacles));
  }, 60_000);
});
