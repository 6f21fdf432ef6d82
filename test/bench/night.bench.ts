/**
 * Night coverage through the API on the Fès demo: the first question (stored coverage cut to each
 * camera's light, dark cameras left out), the same question again (kept per data revision: two
 * revision reads), and the first question after an edit (a camera model's infrared range: the
 * 'network' revision moves, so it is computed again). Reference in the same run: bandwidthReport.
 * Run with `npm run bench -- night`.
 */
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createVigieApp } from '../../backend/src/bootstrap';
import { createTestDatabase, databaseMode } from '../support/test-database';
import { signedInEngineer } from './bench-client';

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const NIGHT = '{ nightCoverage { cameraCount areaSquareMeters dayCoveredSquareMeters nightCoveredSquareMeters camerasDarkAtNight { camera { code } } } }';

export async function runNightBenchmarks(log: (line: string) => void): Promise<void> {
  log('## Night coverage through the API (Fès demo)');
  const database = await createTestDatabase({ seedDemoWhenEmpty: true, production: true, jwtSecret: randomBytes(32).toString('hex'), requestTimeoutMs: 60_000 });
  let app: INestApplication | undefined;
  try {
    app = await createVigieApp(database.config);
    const graphql = await signedInEngineer(app, 'bench-night@vigie.local');
    const timed = async <T>(query: string, variables?: Record<string, unknown>): Promise<{ value: T; ms: number }> => {
      const start = performance.now();
      const value = await graphql<T>(query, variables);
      return { value, ms: performance.now() - start };
    };
    const first = await timed<{ nightCoverage: { cameraCount: number; areaSquareMeters: number; dayCoveredSquareMeters: number; nightCoveredSquareMeters: number; camerasDarkAtNight: unknown[] } }>(NIGHT);
    const report = first.value.nightCoverage;
    log(`${databaseMode()} PostGIS: ${report.cameraCount} planned cameras; black spots covered ${(100 * report.dayCoveredSquareMeters / report.areaSquareMeters).toFixed(1)} % by day, ` +
      `${(100 * report.nightCoveredSquareMeters / report.areaSquareMeters).toFixed(1)} % by night; ${report.camerasDarkAtNight.length} cameras dark part of the night`);
    log(`nightCoverage, first question: ${ms(first.ms)}`);
    const repeats: number[] = [];
    for (let round = 0; round < 5; round++) repeats.push((await timed(NIGHT)).ms);
    log(`nightCoverage, asked again (kept per data revision): median ${ms(median(repeats))} of 5`);
    const { cameraModels } = await graphql<{ cameraModels: { nodes: { id: string; version: number; irRangeMeters: number | null }[] } }>(
      '{ cameraModels(first: 1) { nodes { id version irRangeMeters } } }',
    );
    const [model] = cameraModels.nodes;
    await graphql('mutation($input: UpdateCameraModelInput!) { updateCameraModel(input: $input) { version } }', {
      input: { id: model.id, version: model.version, irRangeMeters: (model.irRangeMeters ?? 30) + 10 },
    });
    log(`nightCoverage, first question after a model's infrared range changed: ${ms((await timed(NIGHT)).ms)}`);
    const bandwidth: number[] = [];
    for (let round = 0; round < 3; round++) bandwidth.push((await timed('{ bandwidthReport { planned { rawTerabytes } } }')).ms);
    log(`reference: bandwidthReport, median ${ms(median(bandwidth))} of 3`);
  } finally {
    await app?.close();
    await database.dispose();
  }
}
