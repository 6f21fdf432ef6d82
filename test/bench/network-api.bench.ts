/**
 * Network API benchmarks at the database level: a generated city network (10,000 cameras, 2,000 nodes,
 * 30,000 fiber runs, fixed seed) is bulk-inserted into a fresh migrated database (embedded PGlite, or
 * the server when DATABASE_URL is set), then the service is timed as a request would use it:
 * load + build graphs + connectivity, the network report, and one outage impact.
 * The service is built by hand with the DataSource (no Nest container), so this runs under tsx:
 *   npx tsx -e "import('./test/bench/network-api.bench.ts').then((m) => m.runNetworkApiBenchmarks(console.log))"
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { NetworkInput } from '../../backend/src/core/network';
import { analyseConnectivity } from '../../backend/src/core/network';
import { generateCityNetwork } from '../../backend/src/core/network/testing/generated-city-network';
import { openVigieDatabase } from '../../backend/src/database/vigie-database';
import { NetworkService } from '../../backend/src/network/network.service';
import { createTestDatabase } from '../support/test-database';

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Inserts a core NetworkInput (ids of any form) as rows with uuids; returns the id map and what was skipped. */
export async function insertNetworkInput(dataSource: DataSource, input: NetworkInput): Promise<{ uuidOf: Map<string, string>; skippedLines: number }> {
  const uuidOf = new Map<string, string>();
  const uuid = (id: string) => {
    let value = uuidOf.get(id);
    if (!value) uuidOf.set(id, (value = randomUUID()));
    return value;
  };
  const ref = (reference: { kind: string; id: string } | null, kind: string) => (reference?.kind === kind ? uuid(reference.id) : null);
  const [model] = await dataSource.query(
    `INSERT INTO camera_model (version, code, manufacturer, name, kind, horizontal_pixels, vertical_pixels, sensor_width_mm,
       focal_length_min_mm, power_draw_watts, typical_bitrate_mbps, unit_price_mad)
     VALUES (1, 'BENCH-4MP', 'Bench', '4 MP bullet', 'fixed_bullet', 2688, 1520, 5.37, 2.8, 12, 6, 4200) RETURNING id`,
  );
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
    const service = new NetworkService(vigie.dataSource);
    const loads: number[] = [];
    const builds: number[] = [];
    const connectivity: number[] = [];
    for (let round = 0; round < 4; round++) {
      const network = await service.loader.load();
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
    log(`networkReport through the service: ${ms(performance.now() - reportStart)} (${report.cameraCount} cameras, ${report.connectedAndPoweredCount} connected and powered)`);
    // A trunk: the first run leaving the control centre.
    const controlCentre = uuidOf.get(input.networkNodes[0].id)!;
    const [trunk] = await vigie.dataSource.query(
      `SELECT id FROM fiber_run WHERE from_network_node_id = $1 OR to_network_node_id = $1 ORDER BY code LIMIT 1`,
      [controlCentre],
    );
    const outageStart = performance.now();
    const impact = await service.outageImpact({ fiberRunIds: [trunk.id] });
    log(
      `outageImpact(one trunk) through the service: ${ms(performance.now() - outageStart)} ` +
        `(load ${ms(impact.timings.loadMilliseconds)}, build ${ms(impact.timings.buildMilliseconds)}, analysis ${ms(impact.timings.analysisMilliseconds)}; ` +
        `${impact.darkCameraIds.length} cameras dark)`,
    );
  } finally {
    await vigie.close();
    await database.dispose();
  }
}
