import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DOMParser } from '@xmldom/xmldom';
import { kml as kmlToGeoJson } from '@tmcw/togeojson';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import { GdalWorker } from '../../backend/src/exchange/formats/gdal-worker';
import { seedFesDemo } from '../../backend/src/seed/demo-seeder';
import type { Role } from '../../backend/src/core/domain';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Exports round trip: each format written by GET /api/export and read back by an independent reader
 * (GDAL for Shapefile, GeoPackage and CSV; togeojson for KML, whose ExtendedData GDAL's reader drops)
 * gives the same features, attributes and geometries as the GeoJSON export (within 1e-7 degree), and
 * the GeoJSON export says what the database holds. Refusals: bad layer, format, scope, ids; anonymous.
 */

let app: TestApp;
let tokens: AuthTokens;
const gdal = new GdalWorker({ timeoutMs: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'export-round-trip-'));

beforeAll(async () => {
  app = await startTestApp();
  tokens = app.app.get(AuthTokens, { strict: false });
  await seedFesDemo(app.dataSource, undefined, undefined, { demoAccounts: false });
}, 300_000);
afterAll(async () => {
  await gdal.close();
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function download(query: string, role: Role | 'anonymous' = 'viewer') {
  let call = request(app.app.getHttpServer()).get(`/api/export?${query}`).buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });
  if (role !== 'anonymous') call = call.set('authorization', `Bearer ${(await tokens.signAccessToken(app.users[role])).token}`);
  return call;
}

/** A file written by the export, read back as GeoJSON features by GDAL (or togeojson for KML). */
async function readBack(format: string, body: Buffer, layer: string): Promise<Feature[]> {
  const file = join(dir, `${layer}-${Math.random().toString(36).slice(2)}.${format === 'shp' ? 'zip' : format}`);
  writeFileSync(file, body);
  if (format === 'kml') return kmlToGeoJson(new DOMParser().parseFromString(body.toString('utf8'), 'text/xml') as never).features as Feature[];
  const openOptions = format === 'csv' ? ['GEOM_POSSIBLE_NAMES=wkt', 'KEEP_GEOM_COLUMNS=NO', 'AUTODETECT_TYPE=YES'] : [];
  const result = await gdal.translate({ path: file, vfs: format === 'shp' ? ['vsizip'] : [], openOptions, args: ['-f', 'GeoJSON'], outputName: 'back' });
  try {
    return (JSON.parse(readFileSync(result.main, 'utf8')) as FeatureCollection).features;
  } finally {
    gdal.removeOutput(result);
  }
}

/** Every position of a geometry, in order, whatever its nesting. */
function positionsOf(geometry: Geometry): Position[] {
  const flat = (value: unknown): Position[] => (Array.isArray(value) && typeof value[0] === 'number' ? [value as Position] : (value as unknown[]).flatMap(flat));
  // togeojson reads a KML MultiGeometry as a GeometryCollection of polygons.
  return geometry.type === 'GeometryCollection' ? geometry.geometries.flatMap(positionsOf) : flat(geometry.coordinates);
}

/** Attribute values as every format can carry them: booleans as 1/0/"true", numbers within 1e-6, empty as null. */
function sameValue(original: unknown, back: unknown): boolean {
  if (original === null || original === undefined) return back === null || back === undefined || back === '';
  if (typeof original === 'boolean') return [original, Number(original), String(original), original ? 'T' : 'F', String(Number(original))].includes(back as never);
  if (typeof original === 'number') return Math.abs(Number(back) - original) <= 1e-6 * Math.max(1, Math.abs(original));
  return String(back) === original;
}

function expectSameFeatures(reference: Feature[], back: Feature[], format: string): void {
  expect(back).toHaveLength(reference.length);
  const backById = new Map(back.map((feature) => [String(feature.properties!.id), feature]));
  for (const feature of reference) {
    const other = backById.get(String(feature.properties!.id));
    expect(other).toBeDefined();
    for (const [name, value] of Object.entries(feature.properties!)) {
      if (!sameValue(value, other!.properties![name])) throw new Error(`${format}: ${feature.properties!.id} ${name}: ${JSON.stringify(value)} came back as ${JSON.stringify(other!.properties![name])}`);
    }
    const a = positionsOf(feature.geometry);
    const b = positionsOf(other!.geometry);
    expect(b.length).toBe(a.length);
    // Same positions as sets (a writer may start rings elsewhere or orient them otherwise), within 1e-7 degree (1 cm).
    const key = (p: Position) => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;
    const near = new Set(b.map(key));
    const missing = a.filter((p) => !near.has(key(p)));
    expect(missing).toEqual([]);
  }
}

describe('export round trip', () => {
  it('GeoJSON says what the database holds: cameras with model, pole, heading, existing flag and coverage figures', async () => {
    const response = await download('layer=cameras&format=geojson');
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="vigie-cameras-city.geojson"');
    const collection = JSON.parse(response.body.toString('utf8')) as FeatureCollection;
    const rows = await app.dataSource.query(
      `SELECT c.id, c.code, c.status, c.existing, c.heading_degrees, m.code AS model, p.code AS pole, ST_X(c.location) AS lon,
              (SELECT area_square_meters FROM camera_coverage cc WHERE cc.camera_id = c.id AND cc.level = 'detection') AS det
         FROM camera c JOIN camera_model m ON m.id = c.model_id LEFT JOIN pole p ON p.id = c.pole_id ORDER BY c.code`);
    expect(collection.features.map((feature) => feature.properties!.code)).toEqual(rows.map((row: any) => row.code));
    expect(Number(response.headers['x-feature-count'])).toBe(rows.length);
    for (const [index, row] of rows.entries()) {
      const { properties, geometry } = collection.features[index];
      expect(properties).toMatchObject({ id: row.id, status: row.status, existing: row.existing, model: row.model, pole: row.pole, heading: row.heading_degrees });
      if (row.det !== null) expect(properties!.det_m2).toBeCloseTo(row.det, 6);
      expect((geometry as { coordinates: number[] }).coordinates[0]).toBeCloseTo(row.lon, 8);
    }
  });

  const CASES: { layer: string; scope: string }[] = [
    { layer: 'cameras', scope: 'city' },
    { layer: 'fiber_runs', scope: 'city' },
    { layer: 'coverage', scope: 'zone' },
    { layer: 'uncovered', scope: 'city' },
  ];
  /** The GeoJSON export of each case, the reference every other format is compared with (asked once). */
  const references = new Map<string, FeatureCollection>();
  for (const format of ['csv', 'kml', 'shp', 'gpkg']) {
    it(`${format}: every layer kind read back equals the GeoJSON export (points, lines, coverage and blind spots as polygons)`, async () => {
      const [zone] = await app.dataSource.query(`SELECT z.id FROM zone z JOIN camera c ON ST_Intersects(c.location, z.boundary) GROUP BY z.id ORDER BY count(*) DESC LIMIT 1`);
      for (const { layer, scope } of CASES) {
        const query = `layer=${layer}&scope=${scope === 'zone' ? `zone:${zone.id}` : 'city'}`;
        if (!references.has(query)) references.set(query, JSON.parse((await download(`${query}&format=geojson`)).body.toString('utf8')) as FeatureCollection);
        const reference = references.get(query)!;
        expect(reference.features.length).toBeGreaterThan(0);
        const response = await download(`${query}&format=${format}`);
        expect(response.status).toBe(200);
        const back = await readBack(format, response.body, layer);
        expectSameFeatures(reference.features, back, `${format} ${layer}`);
      }
    });
  }

  it('a Shapefile comes zipped with its .prj (WGS 84) and .cpg (UTF-8), and keeps Arabic and accented text', async () => {
    await app.dataSource.query(`UPDATE camera SET name = 'باب بوجلود – Fès' WHERE code = (SELECT min(code) FROM camera)`);
    const response = await download('layer=cameras&format=shp');
    const zip = join(dir, 'names.zip');
    writeFileSync(zip, response.body);
    const info = await gdal.info({ path: zip, vfs: ['vsizip'] });
    expect(info.layers[0]).toMatchObject({ name: 'cameras', epsg: 4326 });
    const names = response.body.toString('latin1');
    for (const part of ['cameras.shp', 'cameras.shx', 'cameras.dbf', 'cameras.prj', 'cameras.cpg']) expect(names).toContain(part);
    const back = await readBack('shp', response.body, 'cameras');
    expect(back.map((feature) => feature.properties!.name)).toContain('باب بوجلود – Fès');
  });

  it('exports a selection, a work package and what a role may: refusals coded, anonymous never', async () => {
    const cameras = await app.dataSource.query('SELECT id FROM camera ORDER BY code LIMIT 2');
    const selected = JSON.parse((await download(`layer=cameras&format=geojson&ids=${cameras.map((c: any) => c.id).join(',')}`)).body.toString('utf8'));
    expect(selected.features.map((feature: Feature) => feature.properties!.id)).toEqual(cameras.map((c: any) => c.id));
    const [pkg] = await app.dataSource.query(`SELECT wp.id, wp.code FROM work_package wp JOIN work_package_asset a ON a.work_package_id = wp.id AND a.asset_type = 'camera' GROUP BY wp.id ORDER BY wp.code LIMIT 1`);
    const members = await app.dataSource.query(`SELECT asset_id FROM work_package_asset WHERE work_package_id = $1 AND asset_type = 'camera' ORDER BY asset_id`, [pkg.id]);
    const packaged = await download(`layer=cameras&format=geojson&scope=work_package:${pkg.id}`, 'engineer');
    expect(packaged.headers['content-disposition']).toContain(`vigie-cameras-${pkg.code}`);
    expect(JSON.parse(packaged.body.toString('utf8')).features.map((feature: Feature) => feature.properties!.id).sort()).toEqual(members.map((m: any) => m.asset_id));
    const code = async (query: string, role: Role | 'anonymous' = 'viewer') => {
      const response = await download(query, role);
      return [response.status, JSON.parse(response.body.toString('utf8')).errors?.[0]?.extensions?.code];
    };
    expect(await code('layer=cameras&format=geojson', 'anonymous')).toEqual([401, 'UNAUTHENTICATED']);
    expect(await code(`layer=cameras&format=geojson&scope=work_package:${pkg.id}`, 'contractor')).toEqual([403, 'FORBIDDEN']);
    expect(await code('layer=secrets&format=geojson')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await code('layer=cameras&format=dwg')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await code('layer=cameras&format=csv&scope=district:1')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await code('layer=cameras&format=csv&ids=1;DROP TABLE camera')).toEqual([400, 'BAD_USER_INPUT']);
    expect(await code('layer=cameras&format=csv&scope=zone:00000000-0000-4000-8000-000000000000')).toEqual([404, 'NOT_FOUND']);
  });
});
