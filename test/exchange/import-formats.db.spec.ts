import { existsSync, readFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../support/test-app';
import { closeSharedGdalWorker } from '../../backend/src/exchange/formats/gdal-worker';
import { GIS_DATA, commit, count, settledJob, stage } from './import-support';
import { newCameraModel } from '../support/factories';

/**
 * Imports of real OpenStreetMap extracts and official boundaries (../shared/gis-data), each format through
 * the upload, staging and commit; the counts written are checked against an independent count of the
 * source file made here, and the attributes against the documented mapping.
 */
const haveData = existsSync(`${GIS_DATA}/munich/munich_buildings.geojson`);
const describeData = haveData ? describe : describe.skip;
if (!haveData) console.warn(`Skipping real-data import tests: ${GIS_DATA} is absent.`);

let app: TestApp;
beforeAll(async () => {
  // Munich, Bayreuth and Switzerland are far from Fès: no deployment extent here (tested in the bad-file table).
  app = await startTestApp({ deploymentExtent: null });
  await newCameraModel(app);
});
afterAll(async () => {
  await app?.close();
  await closeSharedGdalWorker();
});

type Feature = { properties: Record<string, unknown>; geometry: { type: string } | null };
const features = (path: string): Feature[] => JSON.parse(readFileSync(path, 'utf8')).features;

describeData('real data', () => {
  it('Munich buildings (GeoJSON): every footprint, heights from height, else building:levels x 3 m marked estimated; re-import changes nothing; undo', async () => {
    const path = `${GIS_DATA}/munich/munich_buildings.geojson`;
    const source = features(path).filter((f) => f.properties.building && f.properties.building !== 'no' && /Polygon/.test(f.geometry?.type ?? ''));
    const job = await stage(app, readFileSync(path), { fileName: 'munich_buildings.geojson', targetType: 'building' });
    expect(job.status).toBe('staged');
    expect(job.idField).toBe('osm_id');
    expect(job.mapping.find((m) => m.field === 'heightMeters')?.source).toBe('height');
    expect(job.mapping.find((m) => m.field === 'levels')?.source).toBe('building:levels');
    expect(job.counts.rows).toBe(source.length);
    expect(job.counts.errors).toBe(0);
    const committed = await commit(app, job.id);
    expect(committed.status).toBe('committed');
    expect(committed.result?.inserted).toBe(source.length);
    expect(await count(app, `SELECT 1 FROM building WHERE source_id LIKE 'osm:way/%' OR source_id LIKE 'osm:relation/%'`)).toBe(source.length);
    // Attributes: a surveyed height, and an estimated one.
    const surveyed = source.find((f) => /^\d+(\.\d+)?$/.test(String(f.properties.height)))!;
    const [row] = await app.dataSource.query('SELECT height_meters, height_estimated FROM building WHERE source_id = $1', [`osm:${surveyed.properties.osm_id}`]);
    expect(row).toEqual({ height_meters: Number(surveyed.properties.height), height_estimated: false });
    const levelled = source.find((f) => f.properties.height === undefined && /^\d+$/.test(String(f.properties['building:levels'])))!;
    const [estimated] = await app.dataSource.query('SELECT height_meters, height_estimated FROM building WHERE source_id = $1', [`osm:${levelled.properties.osm_id}`]);
    expect(estimated).toEqual({ height_meters: Number(levelled.properties['building:levels']) * 3, height_estimated: true });
    expect(await count(app, 'SELECT 1 FROM building WHERE height_estimated')).toBe(
      source.filter((f) => !Number.isFinite(Number.parseFloat(String(f.properties.height ?? '').replace(',', '.'))) && Number.parseFloat(String(f.properties['building:levels'])) > 0).length,
    );
    // Idempotent: the same source again updates nothing and adds nothing.
    const again = await stage(app, readFileSync(path), { fileName: 'munich_buildings.geojson', targetType: 'building' });
    expect(again.counts).toMatchObject({ toInsert: 0, toUpdate: source.length });
    const second = await commit(app, again.id);
    expect(second.result).toMatchObject({ inserted: 0, updated: 0, unchanged: source.length });
    expect(await count(app, 'SELECT 1 FROM building')).toBe(source.length);
  });

  it('Munich cameras from the .osm.pbf: the same cameras as the GeoJSON cut from it, direction, mount and height mapped', async () => {
    const cut = features(`${GIS_DATA}/munich/munich_surveillance.geojson`).filter(
      (f) => f.properties.man_made === 'surveillance' && (f.properties['surveillance:type'] ?? 'camera') === 'camera' && f.geometry?.type === 'Point',
    );
    const job = await stage(app, readFileSync(`${GIS_DATA}/munich/munich_center_2020-07.osm.pbf`), { fileName: 'munich_center_2020-07.osm.pbf', targetType: 'camera' });
    expect(job.format).toBe('osm_pbf');
    expect(job.mapping.find((m) => m.field === 'headingDegrees')?.source).toBe('camera:direction');
    expect(job.counts.errors).toBe(0);
    expect(job.counts.rows).toBe(cut.length);
    const committed = await commit(app, job.id);
    expect(committed.result?.inserted).toBe(cut.length);
    const stored = await app.dataSource.query('SELECT source_id, heading_degrees, mount_height_meters, existing, status FROM camera');
    expect(new Set(stored.map((r: { source_id: string }) => r.source_id))).toEqual(new Set(cut.map((f) => `osm:${f.properties.osm_id}`)));
    const directed = cut.find((f) => /^\d+$/.test(String(f.properties['camera:direction'])))!;
    const camera = stored.find((r: { source_id: string }) => r.source_id === `osm:${directed.properties.osm_id}`);
    expect(camera).toMatchObject({ heading_degrees: Number(directed.properties['camera:direction']), existing: true, status: 'commissioned' });
    const wallNoHeight = cut.find((f) => f.properties['camera:mount'] === 'wall' && f.properties.height === undefined);
    if (wallNoHeight) expect(stored.find((r: { source_id: string }) => r.source_id === `osm:${wallNoHeight.properties.osm_id}`).mount_height_meters).toBe(3);
    expect(committed.result?.camerasRecomputed).toBe(cut.length);
  });

  it('Fès arrondissements as zones: 6, code from hcp_code', async () => {
    const path = `${GIS_DATA}/fes/fes_arrondissements.geojson`;
    const source = features(path);
    const job = await stage(app, readFileSync(path), { fileName: 'fes_arrondissements.geojson', targetType: 'zone' });
    expect(job.mapping.find((m) => m.field === 'code')?.source).toBe('hcp_code');
    const committed = await commit(app, job.id);
    expect(committed.result?.inserted).toBe(source.length);
    const zones = await app.dataSource.query('SELECT code, name FROM zone ORDER BY code');
    expect(zones).toEqual(source.map((f) => ({ code: f.properties.hcp_code, name: f.properties.name })).sort((a, b) => String(a.code).localeCompare(String(b.code))));
    // One audited, undoable unit: its change set holds one entry per zone, and undoing it removes them all.
    const setId = committed.result!.changeSetId!;
    const { changeSet } = await app.ok<{ changeSet: { kind: string; entryCount: number } }>(`query($id: ID!) { changeSet(id: $id) { kind entryCount } }`, { id: setId });
    expect(changeSet).toEqual({ kind: 'import', entryCount: source.length });
    await app.ok(`mutation($id: ID!) { undoChangeSet(id: $id) { id } }`, { id: setId });
    expect(await count(app, 'SELECT 1 FROM zone')).toBe(0);
    // Imported again after the undo: created anew.
    const again = await stage(app, readFileSync(path), { fileName: 'fes_arrondissements.geojson', targetType: 'zone' });
    expect((await commit(app, again.id)).result?.inserted).toBe(source.length);
  });

  it('Bayreuth poles (power=pole, street lamps) and power lines as feeds; towers left out', async () => {
    const poles = features(`${GIS_DATA}/bayreuth_north/bayreuth_north_poles.geojson`);
    const wanted = poles.filter((f) => f.properties.power === 'pole' || f.properties.highway === 'street_lamp');
    const job = await stage(app, readFileSync(`${GIS_DATA}/bayreuth_north/bayreuth_north_poles.geojson`), { fileName: 'bayreuth_north_poles.geojson', targetType: 'pole' });
    expect(job.counts.rows).toBe(wanted.length);
    expect(job.counts.skipped).toBe(poles.length - wanted.length);
    const committed = await commit(app, job.id);
    expect(committed.result?.inserted).toBe(wanted.length);
    expect(await count(app, `SELECT 1 FROM pole WHERE kind = 'utility_pole'`)).toBe(wanted.filter((f) => f.properties.power === 'pole').length);

    const power = features(`${GIS_DATA}/bayreuth_north/bayreuth_north_power.geojson`);
    const lines = power.filter((f) => ['line', 'minor_line', 'cable'].includes(String(f.properties.power)) && /LineString/.test(f.geometry?.type ?? ''));
    const feeds = await stage(app, readFileSync(`${GIS_DATA}/bayreuth_north/bayreuth_north_power.geojson`), { fileName: 'bayreuth_north_power.geojson', targetType: 'power_feed' });
    expect(feeds.counts.rows).toBe(lines.length);
    expect(feeds.counts.errors).toBe(0);
    const written = await commit(app, feeds.id);
    expect(written.result?.inserted).toBe(lines.length);
    expect(await count(app, `SELECT 1 FROM power_feed WHERE existing AND length_meters > 0`)).toBe(lines.length);
  });

  it('Bayreuth streets: every road way, name and class', async () => {
    const path = `${GIS_DATA}/bayreuth_north/bayreuth_north_streets.geojson`;
    const source = features(path).filter((f) => f.geometry?.type === 'LineString');
    const job = await stage(app, readFileSync(path), { fileName: 'bayreuth_north_streets.geojson', targetType: 'street' });
    const accepted = job.counts.rows;
    expect(job.counts.errors).toBe(0);
    const committed = await commit(app, job.id);
    expect(committed.result?.inserted).toBe(accepted);
    expect(await count(app, 'SELECT 1 FROM street')).toBe(accepted);
    expect(accepted).toBeGreaterThan(source.length * 0.9);
    const named = source.find((f) => typeof f.properties.name === 'string')!;
    const [street] = await app.dataSource.query('SELECT name, highway_class FROM street WHERE source_id = $1', [`osm:${named.properties.osm_id}`]);
    expect(street).toEqual({ name: named.properties.name, highway_class: named.properties.highway });
  });

  it('Swiss cameras: directions written in many ways parsed (degrees, compass points, ranges)', async () => {
    const path = `${GIS_DATA}/osm-cameras-switzerland/switzerland_osm_surveillance_cameras.geojson`;
    const source = features(path).filter((f) => f.properties.man_made === 'surveillance' && (f.properties['surveillance:type'] ?? 'camera') === 'camera' && f.geometry?.type === 'Point');
    const job = await stage(app, readFileSync(path), { fileName: 'switzerland_osm_surveillance_cameras.geojson', targetType: 'camera' });
    expect(job.counts.rows).toBe(source.length);
    const compass = source.find((f) => f.properties['camera:direction'] === 'NE' || f.properties['camera:direction'] === 'SW');
    // Mappers reused some `ref` values: as codes (the suggestion) those rows are refused, each named in the report.
    const seen = new Set<string>();
    const reused = source.filter((f) => typeof f.properties.ref === 'string' && (seen.has(f.properties.ref.trim().toLowerCase()) || !seen.add(f.properties.ref.trim().toLowerCase())));
    expect(job.mapping.find((m) => m.field === 'code')?.source).toBe('ref');
    expect(job.counts.errors).toBe(reused.length);
    expect(job.problems.filter((p) => p.severity === 'error').every((p) => p.code === 'CODE_TAKEN')).toBe(true);
    // Fixing the mapping (codes generated from the OSM ids instead) validates again, clean.
    const mapping = job.mapping.map((m) => (m.field === 'code' ? { field: 'code', source: null } : { field: m.field, source: m.source, constant: m.constant }));
    await app.ok(`mutation($input: UpdateImportMappingInput!) { updateImportMapping(input: $input) { id status } }`, { input: { id: job.id, mapping } });
    const fixed = await settledJob(app, job.id);
    expect(fixed.counts).toMatchObject({ rows: source.length, errors: 0 });
    // Directions as written (degrees, compass points, ranges), checked on the preview's rows.
    const expected = (text: string): number => {
      const points: Record<string, number> = { N: 0, NE: 45, E: 90, SE: 135, S: 180, SW: 225, W: 270, NW: 315 };
      const first = text.split(';')[0].trim().toUpperCase();
      if (first in points) return points[first];
      const range = /^(\d+)-(\d+)$/.exec(first);
      if (range) return ((Number(range[1]) + Number(range[2]) + (Number(range[2]) < Number(range[1]) ? 360 : 0)) / 2) % 360;
      return Number(first) % 360;
    };
    const preview = JSON.parse(fixed.previewGeoJson).features as { properties: { sourceId: string; headingDegrees: number } }[];
    const bySource = new Map(source.map((f) => [`osm:${f.properties.osm_id}`, f]));
    let checked = 0;
    for (const row of preview) {
      const direction = bySource.get(row.properties.sourceId)?.properties['camera:direction'];
      if (typeof direction !== 'string' || !/^(\d+|[NESW]{1,2}|\d+-\d+)$/i.test(direction.trim())) continue;
      expect([direction, row.properties.headingDegrees]).toEqual([direction, expected(direction)]);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    if (compass) expect(compass.properties['camera:direction']).toMatch(/^(NE|SW)$/);
  });
});
