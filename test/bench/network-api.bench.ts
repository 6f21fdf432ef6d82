/**
 * Network API benchmarks at the database level: a generated city network (10,000 cameras, 2,000 nodes,
 * 30,000 fiber runs, fixed seed) is bulk-inserted into a fresh migrated database (embedded PGlite, or
 * the server when DATABASE_URL is set), then the service is timed as a request would use it:
 * load + build graphs + connectivity, the network report, and one outage impact.
 * Then a route query end to end through GraphQL (the real Nest app over HTTP, signed in): the Bayreuth
 * street network (real OSM streets, imported through importStreets), a control centre, 20 switches and
 * 40 cameras near its streets; proposeFiberRoute from each camera, first with that small network, then
 * with the generated 10,000-camera network added to the same database.
 * Run with `npm run bench -- network-api` (@swc-node/register gives Nest its decorator metadata).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { LineString, MultiLineString, Position } from 'geojson';
import { DataSource } from 'typeorm';
import { createVigieApp } from '../../backend/src/bootstrap';
import type { NetworkInput } from '../../backend/src/core/network';
import { analyseConnectivity } from '../../backend/src/core/network';
import { generateCityNetwork, seededRandom } from '../support/core/network/generated-city-network';
import { openVigieDatabase } from '../../backend/src/database/vigie-database';
import { NetworkService } from '../../backend/src/network/network.service';
import { FES_PROJECTED_EPSG } from '../../backend/src/core/geometry/projection';
import { createTestDatabase } from '../support/test-database';
import { signedInEngineer } from './bench-client';

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
};

const BAYREUTH_STREETS = resolve(__dirname, '../../../shared/gis-data/bayreuth_north/bayreuth_north_streets.geojson');

/** The bench's camera model (made once per database). */
async function benchCameraModel(dataSource: DataSource): Promise<{ id: string }> {
  const [existing] = await dataSource.query(`SELECT id FROM camera_model WHERE code = 'BENCH-4MP'`);
  if (existing) return existing;
  const [model] = await dataSource.query(
    `INSERT INTO camera_model (version, code, manufacturer, name, kind, horizontal_pixels, vertical_pixels, sensor_width_mm,
       focal_length_min_mm, power_draw_watts, typical_bitrate_mbps, unit_price_mad)
     VALUES (1, 'BENCH-4MP', 'Bench', '4 MP bullet', 'fixed_bullet', 2688, 1520, 5.37, 2.8, 12, 6, 4200) RETURNING id`,
  );
  return model;
}

/** Inserts a core NetworkInput (ids of any form) as rows with uuids; returns the id map and what was skipped. */
export async function insertNetworkInput(dataSource: DataSource, input: NetworkInput): Promise<{ uuidOf: Map<string, string>; skippedLines: number }> {
  const uuidOf = new Map<string, string>();
  const uuid = (id: string) => {
    let value = uuidOf.get(id);
    if (!value) uuidOf.set(id, (value = randomUUID()));
    return value;
  };
  const ref = (reference: { kind: string; id: string } | null, kind: string) => (reference?.kind === kind ? uuid(reference.id) : null);
  const model = await benchCameraModel(dataSource);
  const insert = async (table: string, rows: Record<string, unknown>[], geometry: { column: string; key: string }) => {
    for (let start = 0; start < rows.length; start += 2000) {
      const batch = rows.slice(start, start + 2000);
      const columns = Object.keys(batch[0]).filter((column) => column !== geometry.key);
      await dataSource.query(
        `INSERT INTO "${table}" (version, ${columns.map((c) => `"${c}"`).join(', ')}, "${geometry.column}")
         SELECT 1, ${columns.map((c) => `r."${c}"`).join(', ')}, ST_SetSRID(ST_GeomFromGeoJSON(g.geometry), 4326)
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(value, n)
           CROSS JOIN LATERAL jsonb_populate_record(NULL::"${table}", e.value) AS r
           CROSS JOIN LATERAL (SELECT e.value->>'${geometry.key}' AS geometry) AS g`,
        [JSON.stringify(batch)],
      );
    }
  };
  const point = (position: number[]) => JSON.stringify({ type: 'Point', coordinates: position });
  await insert('network_node', input.networkNodes.map((node, i) => ({
    id: uuid(node.id), code: `BN-${i}`, name: node.kind, kind: node.kind, status: node.status ?? 'installed',
    port_count: node.portCount ?? null, strand_capacity: node.strandCapacity ?? null, g: point(node.location),
  })), { column: 'location', key: 'g' });
  await insert('pole', input.poles.map((pole, i) => ({
    id: uuid(pole.id), code: `BP-${i}`, kind: pole.kind ?? 'street_light', height_meters: 9, status: pole.status ?? 'installed',
    ups_autonomy_minutes: pole.upsAutonomyMinutes ?? null, g: point(pole.location),
  })), { column: 'location', key: 'g' });
  await insert('camera', input.cameras.map((camera, i) => ({
    id: uuid(camera.id), code: `BC-${i}`, model_id: model.id, pole_id: camera.poleId ? uuid(camera.poleId) : null,
    mount_height_meters: 6, heading_degrees: (i * 37) % 360, tilt_degrees: 10, status: camera.status ?? 'installed',
    ups_autonomy_minutes: camera.upsAutonomyMinutes ?? null, g: point(camera.location),
  })), { column: 'location', key: 'g' });
  await insert('power_source', input.powerSources.map((source, i) => ({
    id: uuid(source.id), code: `BS-${i}`, name: source.kind, kind: source.kind, capacity_watts: source.capacityWatts,
    voltage: source.voltage, status: source.status ?? 'installed', g: point(source.location),
  })), { column: 'location', key: 'g' });
  let skippedLines = 0;
  const drawable = <T extends { path: { coordinates: number[][] } }>(lines: readonly T[]) =>
    lines.filter((line) => {
      const [a, b] = [line.path.coordinates[0], line.path.coordinates[line.path.coordinates.length - 1]];
      const ok = line.path.coordinates.length >= 2 && (a[0] !== b[0] || a[1] !== b[1]);
      if (!ok) skippedLines++;
      return ok;
    });
  await insert('fiber_run', drawable(input.fiberRuns).map((run, i) => ({
    id: uuid(run.id), code: `BR-${i}`, strand_count: run.strandCount, cable_type: run.cableType, install_method: run.installMethod,
    length_meters: run.lengthMeters && run.lengthMeters > 0 ? run.lengthMeters : 0, status: run.status,
    from_network_node_id: ref(run.from, 'network_node'), from_pole_id: ref(run.from, 'pole'), from_camera_id: ref(run.from, 'camera'),
    to_network_node_id: ref(run.to, 'network_node'), to_pole_id: ref(run.to, 'pole'), to_camera_id: ref(run.to, 'camera'),
    g: JSON.stringify(run.path),
  })), { column: 'path', key: 'g' });
  await insert('power_feed', drawable(input.powerFeeds).map((feed, i) => ({
    id: uuid(feed.id), code: `BF-${i}`, from_power_source_id: ref(feed.from, 'power_source'),
    to_network_node_id: ref(feed.to, 'network_node'), to_pole_id: ref(feed.to, 'pole'), to_camera_id: ref(feed.to, 'camera'),
    capacity_watts: feed.capacityWatts, voltage: feed.voltage, switched: feed.switched, status: feed.status,
    length_meters: feed.lengthMeters && feed.lengthMeters > 0 ? feed.lengthMeters : 0, g: JSON.stringify(feed.path),
  })), { column: 'path', key: 'g' });
  await dataSource.query(`UPDATE fiber_run SET length_meters = ST_Length(path::geography) WHERE length_meters <= 0`);
  await dataSource.query(`UPDATE power_feed SET length_meters = ST_Length(path::geography) WHERE length_meters <= 0`);
  return { uuidOf, skippedLines };
}

export async function runNetworkApiBenchmarks(log: (line: string) => void): Promise<void> {
  log('## Network API (database level)');
  const database = await createTestDatabase();
  const vigie = await openVigieDatabase(database.config);
  try {
    const input = generateCityNetwork({ seed: 18_2025 });
    const insertStart = performance.now();
    const { uuidOf, skippedLines } = await insertNetworkInput(vigie.dataSource, input);
    log(
      `${vigie.mode} PostGIS: inserted ${input.cameras.length} cameras, ${input.networkNodes.length} nodes, ${input.poles.length} poles, ` +
        `${input.fiberRuns.length} runs, ${input.powerFeeds.length} feeds (${skippedLines} zero-length lines skipped) in ${ms(performance.now() - insertStart)}`,
    );
    const service = new NetworkService(vigie.dataSource, { projectedSrid: FES_PROJECTED_EPSG });
    const loads: number[] = [];
    const builds: number[] = [];
    const connectivity: number[] = [];
    for (let round = 0; round < 4; round++) {
      const network = await service.loader.load('planned', { fresh: true });
      const start = performance.now();
      analyseConnectivity(network.graphs);
      if (round === 0) continue; // warm-up
      loads.push(network.timings.loadMilliseconds);
      builds.push(network.timings.buildMilliseconds);
      connectivity.push(performance.now() - start);
    }
    log(`load (SQL + parse) median ${ms(median(loads))}; build graphs ${ms(median(builds))}; connectivity ${ms(median(connectivity))}; ` +
      `total ${ms(median(loads) + median(builds) + median(connectivity))}`);
    const reportStart = performance.now();
    const report = await service.networkReport();
    log(`networkReport through the service, first request (network read and analysed): ${ms(performance.now() - reportStart)} ` +
      `(${report.cameraCount} cameras, ${report.connectedAndPoweredCount} connected and powered)`);
    const warmReports: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      await service.networkReport();
      warmReports.push(performance.now() - start);
    }
    log(`networkReport through the service, network unchanged (kept for its data revision): median ${ms(median(warmReports))}`);
    // A trunk: the first run leaving the control centre.
    const controlCentre = uuidOf.get(input.networkNodes[0].id)!;
    const [trunk] = await vigie.dataSource.query(
      `SELECT id FROM fiber_run WHERE from_network_node_id = $1 OR to_network_node_id = $1 ORDER BY code LIMIT 1`,
      [controlCentre],
    );
    // A write moves the network's data revision: the next request reads and builds the network again.
    await vigie.dataSource.query(`UPDATE network_node SET port_count = port_count WHERE id = $1`, [controlCentre]);
    const outageStart = performance.now();
    const impact = await service.outageImpact({ fiberRunIds: [trunk.id] });
    log(
      `outageImpact(one trunk) through the service after a write (network read again): ${ms(performance.now() - outageStart)} ` +
        `(load ${ms(impact.timings.loadMilliseconds)}, build ${ms(impact.timings.buildMilliseconds)}, analysis ${ms(impact.timings.analysisMilliseconds)}; ` +
        `${impact.darkCameraIds.length} cameras dark)`,
    );
    const warmOutages: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      await service.outageImpact({ fiberRunIds: [trunk.id] });
      warmOutages.push(performance.now() - start);
    }
    log(`outageImpact(one trunk) through the service, network unchanged: median ${ms(median(warmOutages))}`);
  } finally {
    await vigie.close();
    await database.dispose();
  }
  await runRouteApiBenchmark(log);
}

/**
 * proposeFiberRoute end to end through GraphQL on the Bayreuth streets: HTTP, guard, validation, the
 * network and street loads, the route itself. Reported as median and p95 over 40 cameras.
 */
export async function runRouteApiBenchmark(log: (line: string) => void): Promise<void> {
  if (!existsSync(BAYREUTH_STREETS)) {
    log(`route query through GraphQL: skipped, ${BAYREUTH_STREETS} is absent (shared gis-data not mounted)`);
    return;
  }
  const database = await createTestDatabase({ seedDemoWhenEmpty: false, production: true, jwtSecret: randomBytes(32).toString('hex'), deploymentExtent: null });
  let app: INestApplication | undefined;
  try {
    app = await createVigieApp(database.config);
    const dataSource = app.get(DataSource);
    const graphql = await signedInEngineer(app, 'bench-router@vigie.local');

    const text = readFileSync(BAYREUTH_STREETS, 'utf8');
    const importStart = performance.now();
    const imported = await graphql<{ result: { inserted: number } }>(
      'mutation($fc: String!) { result: importStreets(featureCollection: $fc) { inserted } }',
      { fc: text },
    );
    const importMilliseconds = performance.now() - importStart;
    const features = (JSON.parse(text) as { features: { geometry: LineString | MultiLineString }[] }).features;
    const vertices: Position[] = features.flatMap((feature) =>
      feature.geometry.type === 'LineString' ? feature.geometry.coordinates : feature.geometry.coordinates.flat(),
    );
    const random = seededRandom(2014);
    const nearStreet = (): Position => {
      const vertex = vertices[Math.floor(random() * vertices.length)];
      return [vertex[0] + 0.00005, vertex[1] + 0.00003];
    };
    const model = await benchCameraModel(dataSource);
    const nodes = Array.from({ length: 21 }, (_, index) => ({
      code: `BT-N-${index}`, kind: index === 0 ? 'control_centre' : 'switch', ports: index === 0 ? 96 : 24, at: nearStreet(),
    }));
    await dataSource.query(
      `INSERT INTO network_node (version, code, name, kind, status, port_count, location)
       SELECT 1, c, c, k::network_node_kind, 'installed', p, ST_SetSRID(ST_MakePoint(x, y), 4326)
         FROM unnest($1::text[], $2::text[], $3::int[], $4::float8[], $5::float8[]) AS t(c, k, p, x, y)`,
      [nodes.map((n) => n.code), nodes.map((n) => n.kind), nodes.map((n) => n.ports), nodes.map((n) => n.at[0]), nodes.map((n) => n.at[1])],
    );
    const cameraPositions = Array.from({ length: 40 }, nearStreet);
    const cameraIds: string[] = (
      await dataSource.query(
        `INSERT INTO camera (version, code, model_id, mount_height_meters, heading_degrees, tilt_degrees, status, location)
         SELECT 1, 'BT-CAM-' || n, $1, 6, 0, 10, 'installed', ST_SetSRID(ST_MakePoint(x, y), 4326)
           FROM unnest($2::float8[], $3::float8[]) WITH ORDINALITY AS t(x, y, n) RETURNING id`,
        [model.id, cameraPositions.map((p) => p[0]), cameraPositions.map((p) => p[1])],
      )
    ).map((row: { id: string }) => row.id);
    log(
      `route query through GraphQL: ${imported.result.inserted} Bayreuth streets imported through importStreets in ${ms(importMilliseconds)}; ` +
        `${nodes.length} nodes and ${cameraIds.length} cameras near them`,
    );

    const ROUTE = `query($from: EndpointInput!) { route: proposeFiberRoute(from: $from) { status lengthMeters target { code } } }`;
    const measure = async (label: string) => {
      const times: number[] = [];
      let found = 0;
      for (let round = 0; round < 5 + cameraIds.length; round++) {
        const cameraId = cameraIds[round % cameraIds.length];
        const start = performance.now();
        const { route } = await graphql<{ route: { status: string } }>(ROUTE, { from: { kind: 'camera', id: cameraId } });
        const elapsed = performance.now() - start;
        if (round < 5) continue; // warm-up
        times.push(elapsed);
        if (route.status === 'found') found++;
      }
      log(
        `proposeFiberRoute through GraphQL, ${label}: median ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}, ` +
          `max ${ms(Math.max(...times))}; ${found}/${times.length} found`,
      );
    };
    await measure(`Bayreuth streets, ${nodes.length} nodes, ${cameraIds.length} cameras`);
    // After a street import (the graph is built again once) and after a node edit (the network is read again once).
    const firstAfter = async (label: string) => {
      const start = performance.now();
      await graphql(ROUTE, { from: { kind: 'camera', id: cameraIds[0] } });
      log(`proposeFiberRoute through GraphQL, first request ${label}: ${ms(performance.now() - start)}`);
    };
    await graphql('mutation($fc: String!) { result: importStreets(featureCollection: $fc, sourcePrefix: "bench") { inserted } }', {
      fc: JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { osm_id: 1 }, geometry: { type: 'LineString', coordinates: [vertices[0], vertices[1]] } }] }),
    });
    await firstAfter('after a street import (street graph rebuilt)');
    await dataSource.query(`UPDATE network_node SET port_count = port_count WHERE code = 'BT-N-1'`);
    await firstAfter('after a node edit (network read again)');

    const input = generateCityNetwork({ seed: 18_2025 });
    await insertNetworkInput(dataSource, input);
    await measure(`same, plus the generated ${input.cameras.length}-camera network in the database`);
  } finally {
    await app?.close();
    await database.dispose();
  }
}
