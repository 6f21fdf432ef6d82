import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createVigieApp } from './backend/src/bootstrap';
import { CoverageService } from './backend/src/coverage/coverage.service';
import { createTestDatabase, databaseMode } from './test/support/test-database';
import { insertSyntheticCoverageScene } from './test/bench/coverage-edit.bench';
async function main() {
  const cameras = Number(process.argv[2] ?? 500);
  const database = await createTestDatabase({ seedDemoWhenEmpty: false, production: true, jwtSecret: randomBytes(32).toString('hex') });
  const app = await createVigieApp(database.config);
  const dataSource = app.get(DataSource);
  await insertSyntheticCoverageScene(dataSource, { cameras, buildings: cameras * 4, blackSpots: 50 });
  const service = app.get(CoverageService);
  const g = globalThis as unknown as { geometryMs: number; buildingsMs: number };
  for (let run = 0; run < 3; run++) {
    g.geometryMs = 0;
    const start = performance.now();
    await dataSource.transaction((manager) => service.recomputeAllCameras(manager));
    const total = performance.now() - start;
    console.log(`${databaseMode()} ${cameras} cameras run ${run}: total ${total.toFixed(0)} ms, buildings query+index ${g.buildingsMs.toFixed(0)} ms, geometry ${g.geometryMs.toFixed(0)} ms (${(100 * g.geometryMs / total).toFixed(1)}%)`);
  }
  await app.close();
  await database.dispose();
  process.exit(0);
}
main().catch((error) => { console.error(error); process.exit(1); });
