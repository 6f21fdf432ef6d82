import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GdalError, GdalWorker } from './gdal-worker';

// One worker for the file (GDAL's init is about a second).
jest.setTimeout(60_000);
const gdal = new GdalWorker({ timeoutMs: 30_000 });
const dir = mkdtempSync(join(tmpdir(), 'gdal-worker-spec-'));
afterAll(async () => {
  await gdal.close();
  rmSync(dir, { recursive: true, force: true });
});

const points = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'A', heightMeters: 7.5, name: 'Bab Boujloud' }, geometry: { type: 'Point', coordinates: [-4.983, 34.062] } },
    { type: 'Feature', properties: { code: 'B', heightMeters: 9, name: 'Rcif' }, geometry: { type: 'Point', coordinates: [-4.974, 34.064] } },
  ],
};

describe('GdalWorker', () => {
  it('describes a dataset and converts it to GeoPackage and back, attributes and positions kept', async () => {
    const input = join(dir, 'points.geojson');
    writeFileSync(input, JSON.stringify(points));
    const info = await gdal.info({ path: input });
    expect(info.layers).toHaveLength(1);
    expect(info.layers[0]).toMatchObject({ featureCount: 2, geometryType: 'Point', epsg: 4326 });
    expect(info.layers[0].fields.map((f) => f.name)).toEqual(['code', 'heightMeters', 'name']);

    const gpkg = await gdal.translate({ path: input, args: ['-f', 'GPKG'], outputName: 'points' });
    expect(gpkg.main.endsWith('.gpkg')).toBe(true);
    const back = await gdal.translate({ path: gpkg.main, args: ['-f', 'GeoJSON'], outputName: 'back' });
    const read = JSON.parse(readFileSync(back.main, 'utf8'));
    expect(read.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual(['A', 'B']);
    expect(read.features[0].geometry.coordinates).toEqual([-4.983, 34.062]);
    gdal.removeOutput(gpkg);
    gdal.removeOutput(back);
  });

  it('refuses a file GDAL cannot read with a GdalError carrying GDAL\'s words, and keeps serving', async () => {
    const junk = join(dir, 'junk.gpkg');
    writeFileSync(junk, 'this is not a geopackage');
    const error = await gdal.info({ path: junk }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GdalError);
    expect((error as GdalError).message.length).toBeGreaterThan(5);
    const input = join(dir, 'again.geojson');
    writeFileSync(input, JSON.stringify(points));
    await expect(gdal.info({ path: input })).resolves.toMatchObject({ layers: [{ featureCount: 2 }] });
  });

  it('runs jobs one at a time in order when asked concurrently', async () => {
    const input = join(dir, 'many.geojson');
    writeFileSync(input, JSON.stringify(points));
    const results = await Promise.all([1, 2, 3].map((n) => gdal.translate({ path: input, args: ['-f', 'GeoJSON', '-where', `code = '${n % 2 ? 'A' : 'B'}'`], outputName: `many${n}` })));
    const codes = results.map((r) => JSON.parse(readFileSync(r.main, 'utf8')).features.map((f: { properties: { code: string } }) => f.properties.code));
    expect(codes).toEqual([['A'], ['B'], ['A']]);
    for (const r of results) gdal.removeOutput(r);
  });

  it('stops a job past its time limit and starts a fresh worker for the next one', async () => {
    // 200,000 points take GDAL far longer than 1 ms to count (two points once finished within it, on Node 24).
    const input = join(dir, 'slow.geojson');
    const many = Array.from({ length: 200_000 }, (_, index) => ({ type: 'Feature', properties: { n: index }, geometry: { type: 'Point', coordinates: [-4.98 + index * 1e-7, 34.06] } }));
    writeFileSync(input, JSON.stringify({ type: 'FeatureCollection', features: many }));
    const slow = await gdal.info({ path: input }, 1).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(GdalError);
    expect((slow as GdalError).timedOut).toBe(true);
    const quick = join(dir, 'quick.geojson');
    writeFileSync(quick, JSON.stringify(points));
    await expect(gdal.info({ path: quick })).resolves.toMatchObject({ layers: [{ featureCount: 2 }] });
  });
});
