import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';
import { closeSharedGdalWorker, sharedGdalWorker } from '../../backend/src/exchange/formats/gdal-worker';
import { commit, stage } from './import-support';
import { makeZip } from './zip-writer';

/**
 * Small hand-made files, one per format the real extracts do not cover (CSV by columns and by WKT, KML with
 * ExtendedData, KMZ, a zipped Shapefile in UTM 30N reprojected through its .prj, a GeoPackage, OSM XML):
 * positions and attributes land where the source says, in the Fès deployment.
 */
let app: TestApp;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-handmade-'));
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
  await closeSharedGdalWorker();
  rmSync(dir, { recursive: true, force: true });
});

const near = (a: number[], b: number[]) => Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6;
const poles = async () =>
  (await app.dataSource.query(`SELECT code, kind, height_meters, owner, existing, ST_X(location) AS lon, ST_Y(location) AS lat FROM pole ORDER BY code`)) as {
    code: string; kind: string; height_meters: number; owner: string | null; existing: boolean; lon: number; lat: number;
  }[];

describe('hand-made files', () => {
  it('CSV with lon/lat columns (semicolons, comma decimals in heights) and CSV with WKT', async () => {
    const csv = 'code;type;hauteur;proprietaire;lon;lat\nLP-1;lampadaire;8,5;RADEEF;-4.99;34.04\nLP-2;poteau;10;ONEE;-4.991;34.041\n';
    const job = await stage(app, Buffer.from(csv), { fileName: 'poteaux.csv', targetType: 'pole', source: 'radeef-poles' });
    expect(job.mapping).toEqual(expect.arrayContaining([{ field: 'kind', source: 'type', constant: null }, { field: 'heightMeters', source: 'hauteur', constant: null }, { field: 'owner', source: 'proprietaire', constant: null }]));
    await commit(app, job.id);
    const wkt = 'code,WKT\nLP-3,"POINT (-4.992 34.042)"\n';
    await commit(app, (await stage(app, Buffer.from(wkt), { fileName: 'wkt.csv', targetType: 'pole' })).id);
    const rows = await poles();
    expect(rows.map((r) => [r.code, r.kind, r.height_meters, r.owner, r.existing])).toEqual([
      ['LP-1', 'street_light', 8.5, 'RADEEF', true], ['LP-2', 'utility_pole', 10, 'ONEE', true], ['LP-3', 'street_light', 8, null, true],
    ]);
    expect(near([rows[2].lon, rows[2].lat], [-4.992, 34.042])).toBe(true);
  });

  it('KML keeps ExtendedData; KMZ reads its doc.kml', async () => {
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>Nodes</name>
      <Placemark><name>Armoire Batha</name><ExtendedData><Data name="code"><value>NB-1</value></Data><Data name="kind"><value>armoire</value></Data><Data name="ports"><value>24</value></Data></ExtendedData><Point><coordinates>-4.985,34.061</coordinates></Point></Placemark>
      </Folder></Document></kml>`;
    const job = await stage(app, Buffer.from(kml), { fileName: 'nodes.kml', targetType: 'network_node' });
    expect(job.sourceFields).toEqual(expect.arrayContaining(['name', 'code', 'kind', 'ports']));
    await commit(app, job.id);
    const kmz = makeZip([{ name: 'doc.kml', data: kml.replace('NB-1', 'NB-2').replace('Armoire Batha', 'Armoire Rcif').replace('-4.985,34.061', '-4.975,34.065') }]);
    await commit(app, (await stage(app, kmz, { fileName: 'nodes.kmz', targetType: 'network_node' })).id);
    const nodes = await app.dataSource.query('SELECT code, name, kind, port_count FROM network_node ORDER BY code');
    expect(nodes).toEqual([
      { code: 'NB-1', name: 'Armoire Batha', kind: 'cabinet', port_count: 24 },
      { code: 'NB-2', name: 'Armoire Rcif', kind: 'cabinet', port_count: 24 },
    ]);
  });

  it('a zipped Shapefile in UTM 30N is reprojected through its .prj; a GeoPackage reads the same', async () => {
    const spots = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'BS-IMP-1', name: 'Bab Guissa', priority: 4, categorie: 'accident' }, geometry: { type: 'Polygon', coordinates: [[[-4.98, 34.06], [-4.979, 34.06], [-4.979, 34.061], [-4.98, 34.061], [-4.98, 34.06]]] } }],
    };
    const input = join(dir, 'spots.geojson');
    writeFileSync(input, JSON.stringify(spots));
    const shp = await sharedGdalWorker().translate({ path: input, args: ['-f', 'ESRI Shapefile', '-t_srs', 'EPSG:32630'], outputName: 'spots' });
    const zip = makeZip(shp.files.map((file) => ({ name: `spots/spots${file.slice(file.lastIndexOf('.'))}`, data: readFileSync(file) })));
    const job = await stage(app, zip, { fileName: 'spots.zip', targetType: 'black_spot' });
    expect(job.format).toBe('shapefile');
    await commit(app, job.id);
    const [spot] = await app.dataSource.query(`SELECT code, name, priority, category, ST_AsGeoJSON(boundary)::json AS boundary FROM black_spot`);
    expect(spot).toMatchObject({ code: 'BS-IMP-1', name: 'Bab Guissa', priority: 4, category: 'road_accidents' });
    const corners = spot.boundary.coordinates[0] as number[][];
    for (const corner of spots.features[0].geometry.coordinates[0]) expect(corners.some((c) => near(c, corner))).toBe(true);

    const gpkg = await sharedGdalWorker().translate({ path: input, args: ['-f', 'GPKG'], outputName: 'spots' });
    const again = await stage(app, readFileSync(gpkg.main), { fileName: 'spots.gpkg', targetType: 'black_spot', idField: 'code' });
    expect(again.format).toBe('gpkg');
    // Read the same; from another source its code is already another black spot's: refused by name.
    expect(again.counts).toMatchObject({ rows: 1, errors: 1 });
    expect(again.problems[0]).toMatchObject({ code: 'CODE_TAKEN', field: 'code' });
    expect(JSON.parse(again.previewGeoJson).features[0].properties).toMatchObject({ code: 'BS-IMP-1', name: 'Bab Guissa', priority: 4, category: 'road_accidents' });
    sharedGdalWorker().removeOutput(shp);
    sharedGdalWorker().removeOutput(gpkg);
  });

  it('OSM XML: street lamps and a power pole become poles, other nodes are left out', async () => {
    const osm = `<?xml version="1.0" encoding="UTF-8"?><osm version="0.6" generator="hand">
      <node id="101" lat="34.050" lon="-4.990" version="1"><tag k="highway" v="street_lamp"/></node>
      <node id="102" lat="34.051" lon="-4.991" version="1"><tag k="power" v="pole"/><tag k="height" v="11"/><tag k="operator" v="ONEE"/></node>
      <node id="103" lat="34.052" lon="-4.992" version="1"><tag k="amenity" v="bench"/></node>
    </osm>`;
    const job = await stage(app, Buffer.from(osm), { fileName: 'lamps.osm', targetType: 'pole' });
    expect(job.format).toBe('osm_xml');
    expect(job.counts).toMatchObject({ rows: 2, errors: 0 });
    await commit(app, job.id);
    const rows = await app.dataSource.query(`SELECT code, kind, height_meters, owner, source_id FROM pole WHERE source_id LIKE 'osm:%' ORDER BY source_id`);
    expect(rows).toEqual([
      { code: 'POL-OSM-N101', kind: 'street_light', height_meters: 8, owner: null, source_id: 'osm:node/101' },
      { code: 'POL-OSM-N102', kind: 'utility_pole', height_meters: 11, owner: 'ONEE', source_id: 'osm:node/102' },
    ]);
  });
});
