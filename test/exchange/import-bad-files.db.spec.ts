import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';
import { closeSharedGdalWorker, sharedGdalWorker } from '../../backend/src/exchange/formats/gdal-worker';
import { count, settledJob, uploadFile } from './import-support';
import { makeZip } from './zip-writer';

/**
 * A table of bad files, each refused with its code and reason, and nothing written (checked once at the end
 * over every asset table and the audit trail). A refusal comes either at the upload (what the name and the
 * first bytes say), or as a failed staging (what reading the file finds), or, for files that read well but
 * whose rows break the rules, as a staged report with row errors that the commit refuses.
 */
let app: TestApp;
let dir: string;
const shp: Record<string, Record<string, Buffer>> = {};

const fes = (dx: number, dy: number): [number, number] => [-4.99 + dx * 0.001, 34.04 + dy * 0.001];
const square = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[fes(x, y), fes(x + 1, y), fes(x + 1, y + 1), fes(x, y + 1), fes(x, y)]] });
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (geometry: unknown, properties: Record<string, unknown> = {}) => ({ type: 'Feature', properties, geometry });

/** A Shapefile written by GDAL from GeoJSON, in the given CRS, as its files' bytes. */
async function shapefile(name: string, geojson: string, srs: string): Promise<Record<string, Buffer>> {
  const input = join(dir, `${name}.geojson`);
  writeFileSync(input, geojson);
  const out = await sharedGdalWorker().translate({ path: input, args: ['-f', 'ESRI Shapefile', '-t_srs', srs, '-lco', 'ENCODING=UTF-8'], outputName: name });
  const files: Record<string, Buffer> = {};
  for (const file of out.files) files[file.slice(file.lastIndexOf('.') + 1)] = readFileSync(file);
  sharedGdalWorker().removeOutput(out);
  return files;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-bad-files-'));
  app = await startTestApp();
  const buildings = collection([feature(square(0, 0), { name: 'Dar Batha', height: 9 }), feature(square(2, 0), { name: 'Café', height: 6 })]);
  shp.utm = await shapefile('utm', buildings, 'EPSG:32630');
  shp.latin = await shapefile('latin', collection([feature(square(0, 0), { name: 'x' })]), 'EPSG:4326');
  // The DBF's name field rewritten in Latin-1 while the .cpg says UTF-8.
  const dbf = Buffer.from(shp.latin.dbf);
  const at = dbf.indexOf(Buffer.from('x   '));
  Buffer.from([0x43, 0x61, 0x66, 0xe9]).copy(dbf, at); // "Café" in Latin-1
  shp.latin.dbf = dbf;
});
afterAll(async () => {
  await app?.close();
  await closeSharedGdalWorker();
  rmSync(dir, { recursive: true, force: true });
});

const shpEntries = (files: Record<string, Buffer>, stem: string, skip: string[] = []) =>
  Object.entries(files).filter(([ext]) => !skip.includes(ext)).map(([ext, data]) => ({ name: `${stem}.${ext}`, data }));

interface Case {
  name: string;
  file: () => Buffer;
  query: Record<string, string>;
  /** Where it is refused and how. */
  expect: { at: 'upload' | 'staging' | 'commit'; code: string; reason?: string; rowCode?: string };
  role?: 'viewer';
}

const kmlDoc = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${inner}</Document></kml>`;
const placemark = (lon: number, lat: number) => `<Placemark><name>p</name><Point><coordinates>${lon},${lat}</coordinates></Point></Placemark>`;

const CASES: Case[] = [
  { name: 'empty file', file: () => Buffer.alloc(0), query: { fileName: 'empty.geojson', targetType: 'building' }, expect: { at: 'upload', code: 'BAD_USER_INPUT', reason: 'EMPTY_FILE' } },
  { name: 'unknown extension', file: () => Buffer.from('AC1015 drawing'), query: { fileName: 'plan.dwg', targetType: 'building' }, expect: { at: 'upload', code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_FORMAT' } },
  { name: 'no extension, path tricks in the name', file: () => Buffer.from('{}'), query: { fileName: '..\\..\\..\\etc\\passwd', targetType: 'building' }, expect: { at: 'upload', code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_FORMAT' } },
  { name: 'a zip named .geojson', file: () => makeZip([{ name: 'a.txt', data: 'x' }]), query: { fileName: 'buildings.geojson', targetType: 'building' }, expect: { at: 'upload', code: 'BAD_USER_INPUT', reason: 'EXTENSION_MISMATCH' } },
  { name: 'GeoJSON named .kml', file: () => Buffer.from(collection([])), query: { fileName: 'poles.kml', targetType: 'pole' }, expect: { at: 'upload', code: 'BAD_USER_INPUT', reason: 'EXTENSION_MISMATCH' } },
  { name: 'a PNG named .gpkg', file: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), query: { fileName: 'data.gpkg', targetType: 'building' }, expect: { at: 'upload', code: 'BAD_USER_INPUT', reason: 'EXTENSION_MISMATCH' } },
  { name: 'text named .osm.pbf', file: () => Buffer.from('hello'), query: { fileName: 'city.osm.pbf', targetType: 'building' }, expect: { at: 'upload', code: 'BAD_USER_INPUT', reason: 'EXTENSION_MISMATCH' } },
  { name: 'unknown target type', file: () => Buffer.from(collection([feature(square(0, 0))])), query: { fileName: 'b.geojson', targetType: 'spaceship' }, expect: { at: 'upload', code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TARGET' } },
  { name: 'a viewer uploading', role: 'viewer', file: () => Buffer.from(collection([feature(square(0, 0))])), query: { fileName: 'b.geojson', targetType: 'building' }, expect: { at: 'upload', code: 'FORBIDDEN' } },
  { name: 'truncated zip', file: () => { const z = makeZip(shpEntries(shp.utm, 'utm')); return z.subarray(0, Math.floor(z.length / 2)); }, query: { fileName: 'utm.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'CORRUPT_ARCHIVE' } },
  { name: 'zip entry claiming 2 GB', file: () => makeZip([...shpEntries(shp.utm, 'utm', ['dbf']), { name: 'utm.dbf', data: shp.utm.dbf, claimedSize: 2 * 1024 ** 3 }]), query: { fileName: 'big.zip', targetType: 'building' }, expect: { at: 'staging', code: 'PAYLOAD_TOO_LARGE', reason: 'ARCHIVE_TOO_LARGE' } },
  { name: 'zip entry lying small about its size', file: () => makeZip([...shpEntries(shp.utm, 'utm', ['dbf']), { name: 'utm.dbf', data: shp.utm.dbf, claimedSize: 10 }]), query: { fileName: 'liar.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'CORRUPT_ARCHIVE' } },
  { name: 'zip entry climbing out (..)', file: () => makeZip([{ name: '../../evil.shp', data: shp.utm.shp }, ...shpEntries(shp.utm, 'evil', ['shp'])]), query: { fileName: 'evil.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'ARCHIVE_PATH' } },
  { name: 'zip entry with an absolute path', file: () => makeZip([{ name: '/tmp/evil.shp', data: shp.utm.shp }]), query: { fileName: 'abs.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'ARCHIVE_PATH' } },
  { name: 'zip of 600 entries', file: () => makeZip(Array.from({ length: 600 }, (_, i) => ({ name: `f${i}.txt`, data: '' }))), query: { fileName: 'many.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'ARCHIVE_TOO_MANY_ENTRIES' } },
  { name: 'zip inside the zip', file: () => makeZip([{ name: 'inner.zip', data: makeZip(shpEntries(shp.utm, 'utm')) }]), query: { fileName: 'nested.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'NESTED_ARCHIVE' } },
  { name: 'zip without a Shapefile', file: () => makeZip([{ name: 'readme.txt', data: 'nothing here' }]), query: { fileName: 'nothing.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'NO_DATASET' } },
  { name: 'Shapefile without its .dbf', file: () => makeZip(shpEntries(shp.utm, 'utm', ['dbf'])), query: { fileName: 'nodbf.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'SHAPEFILE_INCOMPLETE' } },
  { name: 'two Shapefiles, none chosen', file: () => makeZip([...shpEntries(shp.utm, 'a'), ...shpEntries(shp.utm, 'b')]), query: { fileName: 'two.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'SEVERAL_DATASETS' } },
  { name: 'wrong .prj (UTM numbers, WGS84 declared)', file: () => makeZip([...shpEntries(shp.utm, 'w', ['prj']), { name: 'w.prj', data: shp.latin.prj }]), query: { fileName: 'wrongprj.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'WRONG_CRS' } },
  { name: 'unreadable .prj', file: () => makeZip([...shpEntries(shp.utm, 'g', ['prj']), { name: 'g.prj', data: 'this is not WKT at all' }]), query: { fileName: 'garbageprj.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CRS' } },
  { name: 'non-UTF-8 DBF declared UTF-8', file: () => makeZip(shpEntries(shp.latin, 'latin')), query: { fileName: 'latin.zip', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'INVALID_ENCODING' } },
  { name: 'KML bomb of nested folders', file: () => Buffer.from(kmlDoc(`${'<Folder>'.repeat(200)}${placemark(-4.99, 34.04)}${'</Folder>'.repeat(200)}`)), query: { fileName: 'deep.kml', targetType: 'pole' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'TOO_DEEP' } },
  { name: 'KML with entity expansion (billion laughs)', file: () => Buffer.from(`<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><kml><Document><name>&b;</name></Document></kml>`), query: { fileName: 'laughs.kml', targetType: 'pole' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'XML_ENTITIES' } },
  { name: 'KML not well-formed', file: () => Buffer.from(kmlDoc('<Placemark><name>x</Placemark>')), query: { fileName: 'broken.kml', targetType: 'pole' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'INVALID_XML' } },
  { name: 'KMZ without a .kml', file: () => makeZip([{ name: 'image.png', data: 'png' }]), query: { fileName: 'empty.kmz', targetType: 'pole' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'NO_DATASET' } },
  { name: 'truncated GeoJSON', file: () => Buffer.from(collection([feature(square(0, 0))]).slice(0, 60)), query: { fileName: 'cut.geojson', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT' } },
  { name: 'GeoJSON without features', file: () => Buffer.from(collection([])), query: { fileName: 'none.geojson', targetType: 'building' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'NO_FEATURES' } },
  { name: 'CSV without coordinate columns', file: () => Buffer.from('code,height\nP1,8\n'), query: { fileName: 'poles.csv', targetType: 'pole' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'NO_GEOMETRY' } },
  { name: 'CSV naming a column it does not have', file: () => Buffer.from('code,x,y\nP1,-4.99,34.04\n'), query: { fileName: 'poles.csv', targetType: 'pole', lon: 'easting', lat: 'y' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'NO_GEOMETRY' } },
  { name: 'CSV in Latin-1', file: () => Buffer.concat([Buffer.from('code,owner,lon,lat\nP1,'), Buffer.from([0x52, 0xe9, 0x67, 0x69, 0x65]), Buffer.from(',-4.99,34.04\n')]), query: { fileName: 'latin.csv', targetType: 'pole' }, expect: { at: 'staging', code: 'BAD_USER_INPUT', reason: 'INVALID_ENCODING' } },
  { name: 'mixed geometry types for buildings', file: () => Buffer.from(collection([feature(square(0, 0)), feature({ type: 'Point', coordinates: fes(5, 5) }), feature({ type: 'LineString', coordinates: [fes(0, 0), fes(1, 1)] })])), query: { fileName: 'mixed.geojson', targetType: 'building' }, expect: { at: 'commit', code: 'BAD_USER_INPUT', reason: 'ROWS_WITH_ERRORS', rowCode: 'WRONG_GEOMETRY_TYPE' } },
  { name: 'outside the deployment (Munich)', file: () => Buffer.from(collection([feature({ type: 'Point', coordinates: [11.57, 48.13] })])), query: { fileName: 'far.geojson', targetType: 'pole' }, expect: { at: 'commit', code: 'BAD_USER_INPUT', reason: 'ROWS_WITH_ERRORS', rowCode: 'OUTSIDE_EXTENT' } },
  { name: 'latitude and longitude swapped', file: () => Buffer.from('code,lon,lat\nP1,34.04,-4.99\n'), query: { fileName: 'swapped.csv', targetType: 'pole' }, expect: { at: 'commit', code: 'BAD_USER_INPUT', reason: 'ROWS_WITH_ERRORS', rowCode: 'OUTSIDE_EXTENT' } },
  { name: 'a cable crossing itself', file: () => Buffer.from(collection([feature({ type: 'LineString', coordinates: [fes(0, 0), fes(2, 2), fes(2, 0), fes(0, 2)] })])), query: { fileName: 'cable.geojson', targetType: 'fiber_run' }, expect: { at: 'commit', code: 'BAD_USER_INPUT', reason: 'ROWS_WITH_ERRORS', rowCode: 'INVALID_GEOMETRY' } },
  { name: 'a bow-tie zone', file: () => Buffer.from(collection([feature({ type: 'Polygon', coordinates: [[fes(0, 0), fes(2, 2), fes(2, 0), fes(0, 2), fes(0, 0)]] }, { code: 'Z1', name: 'Bow' })])), query: { fileName: 'bowtie.geojson', targetType: 'zone' }, expect: { at: 'commit', code: 'BAD_USER_INPUT', reason: 'ROWS_WITH_ERRORS', rowCode: 'INVALID_GEOMETRY' } },
  { name: 'the same id twice', file: () => Buffer.from(collection([feature(square(0, 0), { id: 'B1' }), feature(square(3, 0), { id: 'B1' })])), query: { fileName: 'dup.geojson', targetType: 'building' }, expect: { at: 'commit', code: 'BAD_USER_INPUT', reason: 'ROWS_WITH_ERRORS', rowCode: 'DUPLICATE' } },
  { name: 'zones without a code', file: () => Buffer.from(collection([feature(square(0, 0), { name: 'Nameless code' })])), query: { fileName: 'nocode.geojson', targetType: 'zone' }, expect: { at: 'commit', code: 'BAD_USER_INPUT', reason: 'ROWS_WITH_ERRORS', rowCode: 'MISSING_VALUE' } },
  { name: 'a building of 2,500 vertices', file: () => Buffer.from(collection([feature({ type: 'Polygon', coordinates: [[...Array.from({ length: 2500 }, (_, i) => { const a = (i / 2500) * 2 * Math.PI; return [-4.99 + 0.001 * Math.cos(a), 34.04 + 0.001 * Math.sin(a)]; }), [-4.989, 34.04]]] })])), query: { fileName: 'round.geojson', targetType: 'building' }, expect: { at: 'commit', code: 'BAD_USER_INPUT', reason: 'ROWS_WITH_ERRORS', rowCode: 'TOO_MANY_VERTICES' } },
];

describe('bad files: refused with their code and reason, nothing written', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const uploaded = await uploadFile(app, testCase.file(), testCase.query, testCase.role ?? 'engineer');
    if (testCase.expect.at === 'upload') {
      expect(uploaded.status).toBeGreaterThanOrEqual(400);
      expect(uploaded.body.errors?.[0].extensions).toMatchObject({ code: testCase.expect.code, ...(testCase.expect.reason ? { reason: testCase.expect.reason } : {}) });
      expect(uploaded.body.errors?.[0].message.length).toBeGreaterThan(10);
      return;
    }
    expect(uploaded.status).toBe(202);
    const job = await settledJob(app, uploaded.body.job!.id);
    if (testCase.expect.at === 'staging') {
      expect(job.status).toBe('failed');
      expect(job.failure).toMatchObject({ code: testCase.expect.code, ...(testCase.expect.reason ? { reason: testCase.expect.reason } : {}) });
      return;
    }
    expect(job.status).toBe('staged');
    expect(job.problems.map((p) => p.code)).toContain(testCase.expect.rowCode);
    expect(job.counts.errors).toBeGreaterThan(0);
    const refused = await app.graphql(`mutation($id: ID!) { commitImport(id: $id) { id } }`, { id: job.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: testCase.expect.code, reason: testCase.expect.reason });
  });

  it('an upload larger than VIGIE_IMPORT_MAX_BYTES is refused before it is read', async () => {
    process.env.VIGIE_IMPORT_MAX_BYTES = String(100_000);
    try {
      const uploaded = await uploadFile(app, Buffer.alloc(150_000, 32), { fileName: 'huge.geojson', targetType: 'building' });
      expect(uploaded.status).toBe(413);
      expect(uploaded.body.errors?.[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'FILE_TOO_LARGE' });
    } finally {
      delete process.env.VIGIE_IMPORT_MAX_BYTES;
    }
  });

  it('wrote nothing at all', async () => {
    for (const table of ['building', 'pole', 'camera', 'zone', 'black_spot', 'street', 'fiber_run', 'power_feed', 'power_source', 'network_node']) {
      expect([table, await count(app, `SELECT 1 FROM "${table}"`)]).toEqual([table, 0]);
    }
    expect(await count(app, `SELECT 1 FROM audit_entry WHERE entity_type NOT IN ('User', 'Organisation')`)).toBe(0);
    expect(basename(dir)).toMatch(/vigie-bad-files-/);
  });
});
