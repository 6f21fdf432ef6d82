import { existsSync } from 'node:fs';
import { startTestApp, type TestApp } from '../support/test-app';
import { closeSharedGdalWorker } from '../../backend/src/exchange/formats/gdal-worker';
import { GIS_DATA, commit, count, stage } from './import-support';
import { cutToOsmXml, readOsmPbf } from './osm-pbf-cut';
import { newCamera } from '../support/factories';

/**
 * OSM XML (.osm) on real data: gis-data holds extracts as .osm.pbf only, so the test cuts a bounded part of the
 * Bayreuth extract (nodes inside a box, ways complete inside it, no relations) and writes it as .osm XML with its
 * own PBF decoder (osm-pbf-cut.ts, independent of GDAL, which Vigie reads with). What Vigie imports from the XML is
 * compared with what that decoder counts from the tags: street lamps and power poles, closed building ways.
 */
const PBF = `${GIS_DATA}/bayreuth_north/north_bayreuth_2014.osm.pbf`;
const describeData = existsSync(PBF) ? describe : describe.skip;
if (!existsSync(PBF)) console.warn(`Skipping the OSM XML import test: ${PBF} is absent.`);
const BOX = { west: 11.55, south: 49.95, east: 11.62, north: 50.02 };

let app: TestApp;
beforeAll(async () => {
  // Bayreuth is far from Fès: no deployment extent (the extent check is tested in the bad-file table).
  app = await startTestApp({ deploymentExtent: null });
});
afterAll(async () => {
  await app?.close();
  await closeSharedGdalWorker();
});

describeData('OSM XML cut from a real extract (Bayreuth north, 2014)', () => {
  it('imports the poles and the buildings the cut holds, no more, no fewer, with their tags mapped', async () => {
    const cut = cutToOsmXml(readOsmPbf(PBF), BOX);
    const poles = cut.nodes.filter((n) => n.tags.highway === 'street_lamp' || n.tags.power === 'pole');
    const buildings = cut.ways.filter((w) => w.tags.building && w.tags.building !== 'no' && w.refs.length >= 4 && w.refs[0] === w.refs[w.refs.length - 1]);
    // A real part, not a toy: hundreds of buildings and tens of poles.
    expect(buildings.length).toBeGreaterThan(1000);
    expect(poles.length).toBeGreaterThan(30);
    const xml = Buffer.from(cut.xml);

    const poleJob = await stage(app, xml, { fileName: 'bayreuth-cut.osm', targetType: 'pole' });
    expect(poleJob.format).toBe('osm_xml');
    expect(poleJob.counts).toMatchObject({ rows: poles.length, errors: 0 });
    expect((await commit(app, poleJob.id)).result?.inserted).toBe(poles.length);
    const storedPoles = (await app.dataSource.query(`SELECT source_id, kind FROM pole`)) as { source_id: string; kind: string }[];
    expect(new Set(storedPoles.map((p) => p.source_id))).toEqual(new Set(poles.map((n) => `osm:node/${n.id}`)));
    const kindOf = new Map(storedPoles.map((p) => [p.source_id, p.kind]));
    for (const node of poles) expect(kindOf.get(`osm:node/${node.id}`)).toBe(node.tags.power === 'pole' ? 'utility_pole' : 'street_light');

    // Two cameras: one among the cut's buildings, one 10 km away. Only the first can see its coverage change.
    const corner = cut.nodes.find((n) => n.id === buildings[0].refs[0])!;
    const nearCamera = await newCamera(app, { location: { type: 'Point', coordinates: [corner.lon, corner.lat] } });
    const farCamera = await newCamera(app, { location: { type: 'Point', coordinates: [BOX.west - 0.1, BOX.south - 0.05] } });
    const buildingsInReach = async (cameraId: string) =>
      ((await app.dataSource.query(`SELECT max((computed_from->>'buildingCount')::int) AS n FROM camera_coverage WHERE camera_id = $1`, [cameraId])) as { n: number | null }[])[0].n;

    const buildingJob = await stage(app, xml, { fileName: 'bayreuth-cut.osm', targetType: 'building' });
    expect(buildingJob.counts.rows).toBe(buildings.length);
    expect(buildingJob.counts.errors).toBe(0);
    const committed = await commit(app, buildingJob.id);
    expect(committed.result?.inserted).toBe(buildings.length);
    expect(committed.result?.camerasRecomputed).toBe(1);
    expect(await buildingsInReach(nearCamera.id)).toBeGreaterThan(0);
    expect(await buildingsInReach(farCamera.id)).toBe(0);
    const stored = (await app.dataSource.query(`SELECT source_id, height_meters, height_estimated FROM building`)) as { source_id: string; height_meters: number | null; height_estimated: boolean }[];
    expect(new Set(stored.map((b) => b.source_id))).toEqual(new Set(buildings.map((w) => `osm:way/${w.id}`)));
    // Heights as documented: `height`, else `building:levels` x 3 m marked estimated, else unknown.
    const bySource = new Map(stored.map((b) => [b.source_id, b]));
    let checked = 0;
    for (const way of buildings) {
      const row = bySource.get(`osm:way/${way.id}`)!;
      const height = Number.parseFloat(way.tags.height ?? '');
      const levels = Number.parseFloat(way.tags['building:levels'] ?? '');
      if (Number.isFinite(height) && /^\s*[\d.]+\s*m?\s*$/.test(way.tags.height)) {
        expect(row).toMatchObject({ height_meters: height, height_estimated: false });
        checked++;
      } else if (way.tags.height === undefined && Number.isInteger(levels) && levels > 0) {
        expect(row).toMatchObject({ height_meters: levels * 3, height_estimated: true });
        checked++;
      } else if (way.tags.height === undefined && way.tags['building:levels'] === undefined) {
        expect(row).toMatchObject({ height_meters: null, height_estimated: false });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(buildings.length * 0.9);

    // Imported again: nothing changes, nothing duplicated.
    const again = await stage(app, xml, { fileName: 'bayreuth-cut.osm', targetType: 'building' });
    expect(again.counts).toMatchObject({ toUpdate: buildings.length, toInsert: 0 });
    expect((await commit(app, again.id)).result).toMatchObject({ inserted: 0, updated: 0, unchanged: buildings.length, camerasRecomputed: 0 });
    expect(await count(app, 'SELECT 1 FROM building')).toBe(buildings.length);

    // A building moved 1 km east in the source (its nodes shared by no other way): updated, and the camera that saw it
    // recomputed because of its old footprint, now with one building fewer in reach.
    const uses = new Map<number, number>();
    for (const way of cut.ways) for (const ref of new Set(way.refs)) uses.set(ref, (uses.get(ref) ?? 0) + 1);
    const moved = buildings.find((w) => w.refs.includes(corner.id) && w.refs.every((ref) => uses.get(ref) === 1)) ?? buildings.find((w) => w.refs.every((ref) => uses.get(ref) === 1))!;
    const inReachBefore = (await buildingsInReach(nearCamera.id))!;
    let movedXml = cut.xml;
    for (const ref of new Set(moved.refs)) {
      const node = cut.nodes.find((n) => n.id === ref)!;
      movedXml = movedXml.replace(`<node id="${ref}" version="1" lat="${node.lat.toFixed(7)}" lon="${node.lon.toFixed(7)}">`, `<node id="${ref}" version="1" lat="${node.lat.toFixed(7)}" lon="${(node.lon + 0.014).toFixed(7)}">`);
    }
    const movedJob = await stage(app, Buffer.from(movedXml), { fileName: 'bayreuth-cut.osm', targetType: 'building' });
    const afterMove = await commit(app, movedJob.id);
    expect(afterMove.result).toMatchObject({ inserted: 0, updated: 1, unchanged: buildings.length - 1 });
    expect(moved.refs).toContain(corner.id);
    expect(afterMove.result?.camerasRecomputed).toBe(1);
    expect(await buildingsInReach(nearCamera.id)).toBe(inReachBefore - 1);

    // The poles imported again with every height set to 12 m: each pole updated once, audited before/after, and the
    // update undone as one (a smaller set than the buildings: undo reverts record by record within a request's budget).
    const remap = await stage(app, xml, { fileName: 'bayreuth-cut.osm', targetType: 'pole' });
    const mapping = remap.mapping.map((m) => (m.field === 'heightMeters' ? { field: m.field, source: null, constant: '12' } : m));
    await app.ok(`mutation($input: UpdateImportMappingInput!) { updateImportMapping(input: $input) { id } }`, { input: { id: remap.id, mapping } });
    const heightsBefore = (await app.dataSource.query(`SELECT source_id, height_meters FROM pole`)) as { source_id: string; height_meters: number }[];
    const changing = heightsBefore.filter((p) => p.height_meters !== 12).length;
    const updated = await commit(app, remap.id);
    expect(updated.result).toMatchObject({ inserted: 0, updated: changing, unchanged: poles.length - changing });
    expect(await count(app, 'SELECT 1 FROM pole WHERE height_meters = 12')).toBe(poles.length);
    const sample = heightsBefore.find((p) => p.height_meters !== 12)!;
    const [entry] = await app.dataSource.query(
      `SELECT e.action, e.changed_fields, (e.before->>'heightMeters')::float AS before_height, (e.after->>'heightMeters')::float AS after_height, (e.after->>'version')::int AS after_version
         FROM audit_entry e JOIN pole p ON p.id::text = e.entity_id WHERE p.source_id = $1 AND e.change_set_id = $2`,
      [sample.source_id, updated.result!.changeSetId],
    );
    expect(entry).toMatchObject({ action: 'update', before_height: sample.height_meters, after_height: 12, after_version: 2 });
    expect(entry.changed_fields).toEqual(['heightMeters']);
    await app.ok(`mutation($id: ID!) { undoChangeSet(id: $id) { id } }`, { id: updated.result!.changeSetId });
    const restored = (await app.dataSource.query(`SELECT source_id, height_meters FROM pole`)) as { source_id: string; height_meters: number }[];
    expect(new Map(restored.map((p) => [p.source_id, p.height_meters]))).toEqual(new Map(heightsBefore.map((p) => [p.source_id, p.height_meters])));
  });
});
