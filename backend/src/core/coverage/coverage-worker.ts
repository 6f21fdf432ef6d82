/**
 * Worker-thread side of CoveragePool: holds the last obstacle index it was sent and computes chunks
 * of cameras with the same core functions as the calling thread (so results are identical).
 */
import { parentPort } from 'node:worker_threads';
import { IEC_62676_4_DORI_LADDER, type DoriLadder } from '../optics/dori';
import { FlatObstacleIndex, ObstacleIndex } from '../visibility/obstacles';
import { planCameraCoverage, sweepCameraCoverage } from './camera-coverage';
import { warmUpScene } from './warm-up-scene';
import { CAMERA_STRIDE, type FromWorker, type PackedResults, type ToWorker, packCameras, packResults, unpackCamera } from './coverage-protocol';

export function computePackedChunk(cameras: Float64Array, count: number, index: FlatObstacleIndex, ladder: DoriLadder): PackedResults {
  return packResults(count, ladder.length, (position) => {
    const plan = planCameraCoverage(unpackCamera(cameras, position), ladder);
    const { originMeters, result } = sweepCameraCoverage(plan, index);
    return { originMeters, bands: plan.bands, result };
  });
}

function warmUp(cameraCount: number): void {
  const scene = warmUpScene(cameraCount);
  const index = new ObstacleIndex(scene.obstacles).flat;
  for (let start = 0; start < scene.cameras.length; start += 64) {
    const end = Math.min(scene.cameras.length, start + 64);
    computePackedChunk(packCameras(scene.cameras, start, end), end - start, index, IEC_62676_4_DORI_LADDER);
  }
}

if (parentPort) {
  const port = parentPort;
  let obstacles: { id: number; index: FlatObstacleIndex } | null = null;
  port.on('message', (message: ToWorker) => {
    const reply = (answer: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(answer, transfer);
    try {
      if (message.type === 'obstacles') {
        obstacles = { id: message.id, index: new FlatObstacleIndex(message.data) };
      } else if (message.type === 'warm-up') {
        warmUp(message.cameras);
        reply({ type: 'warm', jobId: message.jobId });
      } else {
        if (!obstacles || obstacles.id !== message.obstaclesId) throw new Error(`obstacle index ${message.obstaclesId} was not sent to this worker`);
        const count = message.cameras.length / CAMERA_STRIDE;
        const results = computePackedChunk(message.cameras, count, obstacles.index, message.ladder);
        reply({ type: 'result', jobId: message.jobId, results }, [
          results.scalars.buffer,
          results.counts.buffer,
          results.coordinates.buffer,
          results.ringStarts.buffer,
        ] as ArrayBuffer[]);
      }
    } catch (error) {
      if (message.type !== 'obstacles') reply({ type: 'error', jobId: message.jobId, message: (error as Error).stack ?? String(error) });
    }
  });
}
