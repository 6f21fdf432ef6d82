/**
 * Coverage through the whole application: the real Nest app (HTTP, GraphQL, validation, the write's
 * transaction, afterWrite recomputation, PostGIS) on a fresh migrated database, embedded PGlite by
 * default or the server when DATABASE_URL is set. A synthetic scene (500 cameras, 2,000 buildings,
 * 200 black spots, fixed seed) is bulk-inserted in SQL, its coverage computed once, then:
 *  - one camera edit end to end, 60 times over 12 cameras: the updateCamera mutation over HTTP (the
 *    stored coverage is rewritten inside it) followed by the coverage of the black spots near that
 *    camera read back (black-spot results are computed on read from the stored polygons);
 *  - blackSpotCoverages over the whole scene.
 *
 * Nest needs decorator metadata, which tsx/esbuild does not emit: run it compiled by tsc. How it was run:
 *   tsconfig.bench.json at the repository root (not committed), extending ./tsconfig.json with
 *     compilerOptions { rootDir: ".", outDir: "dist-bench" }, include ["backend/src", "migrations",
 *     "test/bench/coverage-edit.bench.ts", "test/support/test-database.ts"] and the spec files excluded;
 *   npx tsc -p tsconfig.bench.json
 *   node -e "require('./dist-bench/test/bench/coverage-edit.bench.js').runCoverageEditBenchmarks(console.log)"
 *   (DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres for the server.) The outDir must lie inside
 *   the repository: the config finds the repository root from the compiled file's directory.
 */
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createVigieApp } from '../../backend/src/bootstrap';
import { createTestDatabase, databaseMode } from '../support/test-database';
import { signedInEngineer } from './bench-client';
import { seededRandom } from '../support/core/scene-factories';

const FES_ORIGIN = [-5.0003, 34.0433];
const METERS_PER_DEGREE = 111_320;
const toLongitude = (east: number) => FES_ORIGIN[0] + east / (METERS_PER_DEGREE * Math.cos((FES_ORIGIN[1] * Math.PI) / 180));
const toLatitude = (north: number) => FES_ORIGIN[1] + north / METERS_PER_DEGREE;

const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}


export interface SyntheticCoverageScene {
  cameras: number;
  buildings: number;
  blackSpots: number;
}

/**
 * A grid city: 40 m blocks each holding one building (20-30 m across, 3-25 m tall, a quarter of
 * unknown height), streets 10-20 m wide between them, cameras along the streets (4 MP 2.8-12 mm,
 * 6-10 m up, tilted 5-20 degrees, random heading and focal length), black spots on the streets.
 */
export async function insertSyntheticCoverageScene(
  dataSource: DataSource,
  scene: SyntheticCoverageScene = { cameras: 500, buildings: 2000, blackSpots: 200 },
  seed = 4_2026,
): Promise<void> {
  const random = seededRandom(seed);
  const pitch = 40;
  const cellsPerSide = Math.ceil(Math.sqrt(scene.buildings));
  const side = cellsPerSide * pitch;
  const [model] = await dataSource.query(
    `INSERT INTO camera_model (version, code, manufacturer, name, kind, horizontal_pixels, vertical_pixels, sensor_width_mm,
       focal_length_min_mm, focal_length_max_mm, power_draw_watts, typical_bitrate_mbps, unit_price_mad)
     VALUES (1, 'BENCH-4MP-VF', 'Bench', '4 MP varifocal bullet', 'fixed_bullet', 2688, 1520, 5.37, 2.8, 12, 12, 6, 4200) RETURNING id`,
  );
  const building = { west: [] as number[], south: [] as number[], east: [] as number[], north: [] as number[], height: [] as (number | null)[] };
  for (let index = 0; index < scene.buildings; index++) {
    const cellX = (index % cellsPerSide) * pitch;
    const cellY = Math.floor(index / cellsPerSide) * pitch;
    const width = 20 + random() * 10;
    const depth = 20 + random() * 10;
    const x = cellX + 5 + random() * (pitch - 10 - width);
    const y = cellY + 5 + random() * (pitch - 10 - depth);
    building.west.push(toLongitude(x));
    building.east.push(toLongitude(x + width));
    building.south.push(toLatitude(y));
    building.north.push(toLatitude(y + depth));
    building.height.push(random() < 0.25 ? null : 3 + random() * 22);
  }
  await dataSource.query(
    `INSERT INTO building (version, footprint, height_meters, source_id)
     SELECT 1, ST_Multi(ST_MakeEnvelope(w, s, e, n, 4326)), h, 'bench:' || i
       FROM unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[], $5::float8[]) WITH ORDINALITY AS t(w, s, e, n, h, i)`,
    [building.west, building.south, building.east, building.north, building.height],
  );
  const camera = { longitude: [] as number[], latitude: [] as number[], height: [] as number[], heading: [] as number[], tilt: [] as number[], focal: [] as number[], status: [] as string[] };
  for (let index = 0; index < scene.cameras; index++) {
    // On a street line (x or y a multiple of the pitch, within 2 m), anywhere along it.
    const along = random() * side;
    const across = Math.floor(random() * cellsPerSide) * pitch + (random() - 0.5) * 4;
    const [x, y] = random() < 0.5 ? [across, along] : [along, across];
    camera.longitude.push(toLongitude(x));
    camera.latitude.push(toLatitude(y));
    camera.height.push(6 + random() * 4);
    camera.heading.push(Math.floor(random() * 3600) / 10);
    camera.tilt.push(5 + random() * 15);
    camera.focal.push(Math.round((2.8 + random() * 9.2) * 10) / 10);
    camera.status.push(random() < 0.3 ? 'commissioned' : 'planned');
  }
  await dataSource.query(
    `INSERT INTO camera (version, code, status, location, model_id, mount_height_meters, heading_degrees, tilt_degrees, focal_length_mm)
     SELECT 1, 'BENCH-CAM-' || i, st::asset_status, ST_SetSRID(ST_MakePoint(lon, lat), 4326), $8, h, hd, tl, f
       FROM unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::float8[], $7::text[]) WITH ORDINALITY AS t(lon, lat, h, hd, tl, f, st, i)`,
    [camera.longitude, camera.latitude, camera.height, camera.heading, camera.tilt, camera.focal, camera.status, model.id],
  );
  const levels = ['detection', 'observation', 'recognition', 'identification'];
  const spot = { west: [] as number[], south: [] as number[], east: [] as number[], north: [] as number[], level: [] as string[], priority: [] as number[] };
  for (let index = 0; index < scene.blackSpots; index++) {
    const x = random() * (side - 60);
    const y = random() * (side - 60);
    const width = 15 + random() * 45;
    const depth = 15 + random() * 45;
    spot.west.push(toLongitude(x));
    spot.east.push(toLongitude(x + width));
    spot.south.push(toLatitude(y));
    spot.north.push(toLatitude(y + depth));
    spot.level.push(levels[Math.floor(random() * levels.length)]);
    spot.priority.push(1 + Math.floor(random() * 5));
  }
  await dataSource.query(
    `INSERT INTO black_spot (version, code, name, boundary, category, priority, required_level)
     SELECT 1, 'BENCH-BS-' || i, 'Bench black spot ' || i, ST_MakeEnvelope(w, s, e, n, 4326), 'crime', p, l::dori_level
       FROM unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[], $5::text[], $6::int[]) WITH ORDINALITY AS t(w, s, e, n, l, p, i)`,
    [spot.west, spot.south, spot.east, spot.north, spot.level, spot.priority],
  );
}

export async function runCoverageEditBenchmarks(log: (line: string) => void): Promise<void> {
  log('## Coverage through the API (camera edit end to end)');
  const database = await createTestDatabase({ seedDemoWhenEmpty: false, production: true, jwtSecret: randomBytes(32).toString('hex') });
  let app: INestApplication | undefined;
  try {
    app = await createVigieApp(database.config);
    // Edits are made as an engineer would make them: signed in, through the guard and the audit trail.
    const graphql = await signedInEngineer(app, 'bench-engineer@vigie.local');
    const dataSource = app.get(DataSource);

    const scene = { cameras: 500, buildings: 2000, blackSpots: 200 };
    const insertStart = performance.now();
    await insertSyntheticCoverageScene(dataSource, scene);
    log(`${databaseMode()} PostGIS: inserted ${scene.cameras} cameras, ${scene.buildings} buildings, ${scene.blackSpots} black spots in ${ms(performance.now() - insertStart)}`);

    const recomputeStart = performance.now();
    const recomputed = await graphql<{ recomputeCoverage: number }>('mutation { recomputeCoverage }');
    log(`recomputeCoverage (all ${recomputed.recomputeCoverage} cameras, one transaction, over HTTP): ${ms(performance.now() - recomputeStart)}`);

    // Twelve cameras spread over the scene; for each, the black spots within 300 m (what an edit can change).
    const cameras: { id: string; version: number; heading_degrees: number; longitude: number; latitude: number; spots: number }[] = await dataSource.query(
      `SELECT c.id, c.version, c.heading_degrees, ST_X(c.location) AS longitude, ST_Y(c.location) AS latitude,
              (SELECT count(*)::int FROM black_spot b WHERE b.boundary && ST_Expand(c.location, 0.0033)) AS spots
         FROM camera c WHERE c.code = ANY($1::text[]) ORDER BY c.code`,
      [Array.from({ length: 12 }, (_, index) => `BENCH-CAM-${1 + index * 41}`)],
    );
    const [{ buildings_in_reach: buildingsInReach }] = await dataSource.query(
      `SELECT round(avg((computed_from->>'buildingCount')::int), 1) AS buildings_in_reach FROM camera_coverage
        WHERE level = 'detection' AND camera_id = ANY($1::uuid[])`,
      [cameras.map((camera) => camera.id)],
    );
    const totals: number[] = [];
    const mutations: number[] = [];
    const reads: number[] = [];
    const rounds = 5 + 60;
    for (let round = 0; round < rounds; round++) {
      const camera = cameras[round % cameras.length];
      const heading = (camera.heading_degrees + 17) % 360;
      const start = performance.now();
      const updated = await graphql<{ updateCamera: { version: number; coverage: { level: string; areaSquareMeters: number }[] } }>(
        'mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id version coverage { level areaSquareMeters } } }',
        { input: { id: camera.id, version: camera.version, headingDegrees: heading } },
      );
      const mutated = performance.now();
      // The black spots in a ~700 m box around the camera (what a map showing the edit would re-read), with their coverage.
      const bbox = [camera.longitude - 0.0033, camera.latitude - 0.0033, camera.longitude + 0.0033, camera.latitude + 0.0033];
      await graphql('query($bbox: [Float!]) { blackSpots(filter: { bbox: $bbox }, first: 1000) { nodes { id coverage { coveredFraction contributingCameraIds } } } }', { bbox });
      const end = performance.now();
      if (updated.updateCamera.coverage.length !== 4) throw new Error('the edited camera has no stored coverage');
      camera.version = updated.updateCamera.version;
      camera.heading_degrees = heading;
      if (round < 5) continue; // warm-up
      totals.push(end - start);
      mutations.push(mutated - start);
      reads.push(end - mutated);
    }
    const spotsPerEdit = cameras.reduce((sum, camera) => sum + camera.spots, 0) / cameras.length;
    log(
      `camera edit end to end (${totals.length} edits over ${cameras.length} cameras, ~${buildingsInReach} buildings in reach, ` +
        `${spotsPerEdit.toFixed(1)} black spots read back): median ${ms(percentile(totals, 0.5))}, p95 ${ms(percentile(totals, 0.95))} ` +
        `(updateCamera median ${ms(percentile(mutations, 0.5))} p95 ${ms(percentile(mutations, 0.95))}; ` +
        `black-spot read median ${ms(percentile(reads, 0.5))} p95 ${ms(percentile(reads, 0.95))})`,
    );

    const whole: number[] = [];
    let count = 0;
    for (let round = 0; round < 6; round++) {
      const start = performance.now();
      const result = await graphql<{ blackSpotCoverages: unknown[] }>('{ blackSpotCoverages { blackSpotId coveredFraction uncovered contributingCameraIds } }');
      count = result.blackSpotCoverages.length;
      if (round > 0) whole.push(performance.now() - start);
    }
    log(`blackSpotCoverages over the whole scene (${count} black spots, with uncovered polygons): median ${ms(percentile(whole, 0.5))}, p95 ${ms(percentile(whole, 0.95))}`);
    const summary: number[] = [];
    for (let round = 0; round < 4; round++) {
      const start = performance.now();
      await graphql('{ coverageSummary { city { levels { level coveredFraction } } } }');
      if (round > 0) summary.push(performance.now() - start);
    }
    log(`coverageSummary over the whole scene: median ${ms(percentile(summary, 0.5))}`);

    // The summary tab re-checks freshness after each edit while it is open: what does that cost?
    const freshness: number[] = [];
    let stale = -1;
    for (let round = 0; round < 4; round++) {
      const start = performance.now();
      const data = await graphql<{ coverageFreshness: { stale: unknown[] } }>('{ coverageFreshness { checkedCameraCount currentCount stale { cameraId } } }');
      if (round > 0) freshness.push(performance.now() - start);
      stale = data.coverageFreshness.stale.length;
    }
    log(`coverageFreshness over the whole scene (${stale} stale): median ${ms(percentile(freshness, 0.5))}`);
  } finally {
    await app?.close();
    await database.dispose();
  }
}
