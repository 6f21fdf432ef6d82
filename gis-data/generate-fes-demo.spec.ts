/**
 * Checks the COMMITTED Fès demo files in gis-data/fes-demo/ (it does not regenerate them, except
 * for the optional determinism test, which writes to a temporary folder).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as turf from '@turf/turf';
import {
  ASSET_STATUSES,
  BLACK_SPOT_CATEGORIES,
  CABLE_TYPES,
  CAMERA_KINDS,
  DORI_LEVELS,
  INSTALL_METHODS,
  NETWORK_NODE_KINDS,
  POLE_KINDS,
  POWER_SOURCE_KINDS,
} from '../backend/src/core/domain';

const DIR = path.join(__dirname, 'fes-demo');
/** Fès commune bbox (union of the 6 arrondissements), rounded outwards to 1e-5°. */
const BBOX = [-5.07818, 33.97641, -4.93771, 34.0755];

type Pos = [number, number];
interface Feat<G = { type: string; coordinates: any }> {
  type: 'Feature';
  properties: Record<string, any>;
  geometry: G;
}

function load(file: string): Feat[] {
  const fc = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
  expect(fc.type).toBe('FeatureCollection');
  return fc.features;
}

const zones = load('zones.geojson');
const spots = load('black-spots.geojson');
const nodes = load('network-nodes.geojson');
const poles = load('poles.geojson');
const cameras = load('cameras.geojson');
const fibers = load('fiber-runs.geojson');
const sources = load('power-sources.geojson');
const feeds = load('power-feeds.geojson');
const buildings = load('buildings.geojson');
const streets = load('streets.geojson');
const models: any[] = JSON.parse(fs.readFileSync(path.join(DIR, 'camera-models.json'), 'utf8'));

const byCode = (fs_: Feat[]) => new Map(fs_.map((f) => [f.properties.code as string, f]));
const nodeBy = byCode(nodes);
const poleBy = byCode(poles);
const cameraBy = byCode(cameras);
const sourceBy = byCode(sources);
const modelBy = new Map(models.map((m) => [m.code as string, m]));
const ccCode = nodes.find((n) => n.properties.kind === 'control_centre')!.properties.code as string;

function endpoint(kind: string, code: string): Pos | undefined {
  const f = kind === 'network_node' ? nodeBy.get(code) : kind === 'pole' ? poleBy.get(code) : kind === 'camera' ? cameraBy.get(code) : kind === 'power_source' ? sourceBy.get(code) : undefined;
  return f?.geometry.coordinates as Pos | undefined;
}

const metres = (a: Pos, b: Pos) => turf.distance(turf.point(a), turf.point(b), { units: 'kilometers' }) * 1000;

function allPositions(f: Feat): Pos[] {
  const g = f.geometry;
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  if (g.type === 'Polygon') return g.coordinates.flat();
  throw new Error(`unexpected geometry ${g.type}`);
}

function hfovDegrees(cam: Feat): number {
  const m = modelBy.get(cam.properties.modelCode)!;
  if (m.fixedHorizontalFieldOfViewDegrees !== null) return m.fixedHorizontalFieldOfViewDegrees;
  return (2 * Math.atan(m.sensorWidthMm / (2 * cam.properties.focalLengthMm)) * 180) / Math.PI;
}

describe('Fès demo data set (committed files)', () => {
  const all: [string, Feat[]][] = [
    ['zones', zones],
    ['black-spots', spots],
    ['network-nodes', nodes],
    ['poles', poles],
    ['cameras', cameras],
    ['fiber-runs', fibers],
    ['power-sources', sources],
    ['power-feeds', feeds],
    ['buildings', buildings],
    ['streets', streets],
  ];

  it('has plausible counts', () => {
    expect(zones.length).toBe(6);
    expect(spots.length).toBeGreaterThanOrEqual(14);
    expect(spots.length).toBeLessThanOrEqual(18);
    expect(nodes.filter((n) => n.properties.kind === 'control_centre')).toHaveLength(1);
    const cabinets = nodes.filter((n) => n.properties.kind === 'cabinet').length;
    expect(cabinets).toBeGreaterThanOrEqual(8);
    expect(cabinets).toBeLessThanOrEqual(14);
    expect(nodes.some((n) => n.properties.kind === 'splice_closure')).toBe(true);
    expect(poles.length).toBeGreaterThanOrEqual(150);
    expect(poles.length).toBeLessThanOrEqual(250);
    expect(cameras.length).toBeGreaterThanOrEqual(80);
    expect(cameras.length).toBeLessThanOrEqual(120);
    expect(buildings.length).toBeGreaterThanOrEqual(800);
    expect(buildings.length).toBeLessThanOrEqual(1500);
  });

  it('has unique codes across the whole data set', () => {
    const seen = new Set<string>();
    for (const [, fs_] of all)
      for (const f of fs_) {
        const code = f.properties.code;
        expect(typeof code).toBe('string');
        expect(seen.has(code)).toBe(false);
        seen.add(code);
      }
    for (const m of models) {
      expect(seen.has(m.code)).toBe(false);
      seen.add(m.code);
    }
  });

  it('has every coordinate as [lon, lat] inside the commune bbox, at most 7 decimals', () => {
    for (const [name, fs_] of all)
      for (const f of fs_)
        for (const [lon, lat] of allPositions(f)) {
          const ok = lon >= BBOX[0] && lon <= BBOX[2] && lat >= BBOX[1] && lat <= BBOX[3];
          if (!ok) throw new Error(`${name} ${f.properties.code}: [${lon}, ${lat}] outside the Fès bbox`);
          expect(Math.round(lon * 1e7) / 1e7).toBe(lon);
          expect(Math.round(lat * 1e7) / 1e7).toBe(lat);
        }
  });

  it('uses the shared vocabulary of domain.ts', () => {
    for (const s of spots) {
      expect(BLACK_SPOT_CATEGORIES).toContain(s.properties.category);
      expect(DORI_LEVELS).toContain(s.properties.requiredLevel);
      expect(s.properties.priority).toBeGreaterThanOrEqual(1);
      expect(s.properties.priority).toBeLessThanOrEqual(5);
      expect(typeof s.properties.notes).toBe('string');
      expect(typeof s.properties.name).toBe('string');
    }
    for (const n of nodes) expect(NETWORK_NODE_KINDS).toContain(n.properties.kind);
    for (const p of poles) {
      expect(POLE_KINDS).toContain(p.properties.kind);
      expect(ASSET_STATUSES).toContain(p.properties.status);
    }
    for (const c of cameras) expect(ASSET_STATUSES).toContain(c.properties.status);
    for (const r of fibers) {
      expect(CABLE_TYPES).toContain(r.properties.cableType);
      expect(INSTALL_METHODS).toContain(r.properties.installMethod);
      expect(ASSET_STATUSES).toContain(r.properties.status);
    }
    for (const s of sources) {
      expect(POWER_SOURCE_KINDS).toContain(s.properties.kind);
      expect(ASSET_STATUSES).toContain(s.properties.status);
    }
    for (const n of nodes) expect(ASSET_STATUSES).toContain(n.properties.status);
    for (const f of feeds) {
      expect(ASSET_STATUSES).toContain(f.properties.status);
      expect(INSTALL_METHODS).toContain(f.properties.installMethod);
    }
    for (const m of models) expect(CAMERA_KINDS).toContain(m.kind);
    // progress is visible
    const statuses = new Set(cameras.map((c) => c.properties.status));
    for (const s of ['planned', 'approved', 'installed', 'commissioned']) expect(statuses).toContain(s);
  });

  it('resolves every reference, and a camera on a pole sits at the pole', () => {
    for (const c of cameras) {
      expect(modelBy.has(c.properties.modelCode)).toBe(true);
      if (c.properties.poleCode !== null) {
        const pole = poleBy.get(c.properties.poleCode);
        expect(pole).toBeDefined();
        expect(c.geometry.coordinates).toEqual(pole!.geometry.coordinates);
      }
    }
    for (const r of fibers) {
      expect(endpoint(r.properties.fromKind, r.properties.fromCode)).toBeDefined();
      expect(endpoint(r.properties.toKind, r.properties.toCode)).toBeDefined();
    }
    for (const f of feeds) {
      expect(sourceBy.has(f.properties.fromCode)).toBe(true);
      expect(['pole', 'network_node', 'camera']).toContain(f.properties.toKind);
      expect(endpoint(f.properties.toKind, f.properties.toCode)).toBeDefined();
      expect(f.properties.switched).toBe(sourceBy.get(f.properties.fromCode)!.properties.kind === 'street_lighting_circuit');
    }
  });

  it('has fiber runs and power feeds that start and end at their referenced points and are simple', () => {
    const check = (f: Feat, from: Pos, to: Pos) => {
      const coords = f.geometry.coordinates as Pos[];
      expect(f.geometry.type).toBe('LineString');
      expect(coords.length).toBeGreaterThanOrEqual(2);
      expect(metres(coords[0], from)).toBeLessThan(1);
      expect(metres(coords[coords.length - 1], to)).toBeLessThan(1);
      expect(turf.kinks(f as any).features).toHaveLength(0);
    };
    for (const r of fibers) check(r, endpoint(r.properties.fromKind, r.properties.fromCode)!, endpoint(r.properties.toKind, r.properties.toCode)!);
    for (const f of feeds) check(f, endpoint('power_source', f.properties.fromCode)!, endpoint(f.properties.toKind, f.properties.toCode)!);
  });

  it('has valid, closed, counter-clockwise polygons', () => {
    for (const f of [...zones, ...spots, ...buildings]) {
      expect(f.geometry.type).toBe('Polygon');
      const rings = f.geometry.coordinates as Pos[][];
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
      expect(turf.booleanClockwise(turf.lineString(rings[0]))).toBe(false);
      expect(turf.kinks(f as any).features).toHaveLength(0);
      expect(turf.booleanValid(f as any)).toBe(true);
    }
  });

  it('has buildings that do not overlap each other nor cover poles, cameras or other points', () => {
    const boxes = buildings.map((b) => ({ b, box: turf.bbox(b as any) })).sort((x, y) => x.box[0] - y.box[0]);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length && boxes[j].box[0] <= boxes[i].box[2]; j++) {
        const a = boxes[i].box;
        const b = boxes[j].box;
        if (a[1] > b[3] || b[1] > a[3]) continue;
        if (turf.booleanIntersects(boxes[i].b as any, boxes[j].b as any))
          throw new Error(`buildings ${boxes[i].b.properties.code} and ${boxes[j].b.properties.code} overlap`);
      }
    const points = [...poles, ...cameras, ...nodes, ...sources];
    for (const { b, box } of boxes)
      for (const p of points) {
        const [x, y] = p.geometry.coordinates as Pos;
        if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) continue;
        if (turf.booleanPointInPolygon(p.geometry.coordinates, b as any))
          throw new Error(`building ${b.properties.code} covers ${p.properties.code}`);
      }
    for (const b of buildings) {
      expect(b.properties.synthetic).toBe(true);
      expect(b.properties.sourceId).toMatch(/^synthetic:\d+$/);
      expect(b.properties.heightMeters === null || typeof b.properties.heightMeters === 'number').toBe(true);
    }
  });

  it('has buildings that do not cover the middle of the black spots', () => {
    for (const s of spots) {
      const centre = turf.centroid(s as any);
      for (const b of buildings) expect(turf.booleanPointInPolygon(centre, b as any)).toBe(false);
    }
  });

  it('aims at least 2 cameras at every black spot', () => {
    for (const s of spots) {
      const aimed = cameras.filter((c) => {
        const pos = c.geometry.coordinates as Pos;
        if (turf.booleanPointInPolygon(pos, s as any)) return true;
        if (metres(pos, turf.centroid(s as any).geometry.coordinates as Pos) > 500) return false;
        // the optical axis (and so the middle of the view) crosses the spot
        const far = turf.destination(turf.point(pos), 0.3, c.properties.headingDegrees, { units: 'kilometers' });
        return turf.booleanIntersects(turf.lineString([pos, far.geometry.coordinates as Pos]), s as any);
      });
      if (aimed.length < 2) throw new Error(`black spot ${s.properties.code} has ${aimed.length} camera(s) aimed at it`);
      // and the spot centroid is inside the horizontal field of view of at least one of them
      const centred = aimed.filter((c) => {
        const pos = c.geometry.coordinates as Pos;
        if (turf.booleanPointInPolygon(pos, s as any)) return true;
        const b = (turf.bearing(turf.point(pos), turf.centroid(s as any)) + 360) % 360;
        const diff = Math.abs(((b - c.properties.headingDegrees + 540) % 360) - 180);
        return diff <= hfovDegrees(c) / 2;
      });
      expect(centred.length).toBeGreaterThanOrEqual(1);
    }
    for (const c of cameras) {
      expect(c.properties.headingDegrees).toBeGreaterThanOrEqual(0);
      expect(c.properties.headingDegrees).toBeLessThan(360);
      const m = modelBy.get(c.properties.modelCode)!;
      expect(c.properties.focalLengthMm).toBeGreaterThanOrEqual(m.focalLengthMinMm);
      expect(c.properties.focalLengthMm).toBeLessThanOrEqual(m.focalLengthMaxMm ?? m.focalLengthMinMm);
    }
  });

  it('links every camera back to the control centre through the fiber runs', () => {
    const adj = new Map<string, string[]>();
    const link = (a: string, b: string) => adj.set(a, [...(adj.get(a) ?? []), b]);
    for (const r of fibers) {
      const a = `${r.properties.fromKind}:${r.properties.fromCode}`;
      const b = `${r.properties.toKind}:${r.properties.toCode}`;
      link(a, b);
      link(b, a);
    }
    const reached = new Set<string>([`network_node:${ccCode}`]);
    const queue = [...reached];
    while (queue.length) {
      for (const next of adj.get(queue.shift()!) ?? []) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    for (const c of cameras) {
      const start = c.properties.poleCode ? `pole:${c.properties.poleCode}` : `camera:${c.properties.code}`;
      if (!reached.has(start)) throw new Error(`camera ${c.properties.code} has no fiber path to ${ccCode}`);
    }
    for (const n of nodes) expect(reached.has(`network_node:${n.properties.code}`)).toBe(true);
  });

  it('feeds every cabinet and every camera pole, with some poles only on switched lighting circuits', () => {
    const fed = new Map<string, Feat[]>();
    for (const f of feeds) fed.set(`${f.properties.toKind}:${f.properties.toCode}`, [...(fed.get(`${f.properties.toKind}:${f.properties.toCode}`) ?? []), f]);
    for (const n of nodes.filter((x) => x.properties.kind !== 'splice_closure'))
      expect(fed.has(`network_node:${n.properties.code}`)).toBe(true);
    const cameraPoles = new Set(cameras.map((c) => c.properties.poleCode).filter((x) => x !== null));
    for (const p of cameraPoles) if (!fed.has(`pole:${p}`)) throw new Error(`camera pole ${p} has no power feed`);
    for (const c of cameras.filter((x) => x.properties.poleCode === null)) expect(fed.has(`camera:${c.properties.code}`)).toBe(true);
    const switchedOnly = [...cameraPoles].filter((p) => fed.get(`pole:${p}`)!.every((f) => f.properties.switched === true));
    expect(switchedOnly.length).toBeGreaterThan(0);
    expect(switchedOnly.length).toBeLessThan(cameraPoles.size / 2);
  });

  it('lays power feeds along poles mostly aerial, on walls in the medina, underground to cabinets', () => {
    const poleFeeds = feeds.filter((f) => f.properties.toKind === 'pole');
    const aerial = poleFeeds.filter((f) => f.properties.installMethod === 'aerial');
    expect(aerial.length).toBeGreaterThan(poleFeeds.length / 2);
    for (const f of aerial) expect(['street_light', 'utility_pole', 'camera_pole']).toContain(poleBy.get(f.properties.toCode)!.properties.kind);
    for (const f of poleFeeds) {
      if (poleBy.get(f.properties.toCode)!.properties.kind === 'wall_mount') expect(f.properties.installMethod).toBe('facade');
    }
    for (const f of feeds.filter((x) => x.properties.toKind === 'network_node')) expect(f.properties.installMethod).toBe('underground_duct');
  });

  it('has the commissioned part of the plan live end to end: control centre, trunk, cabinet and supplies', () => {
    const cc = nodes.find((n) => n.properties.kind === 'control_centre')!;
    expect(cc.properties.status).toBe('commissioned');
    expect(cc.properties.powerDrawWatts).toBeGreaterThan(0);
    const ccFeeds = feeds.filter((f) => f.properties.toKind === 'network_node' && f.properties.toCode === cc.properties.code);
    expect(ccFeeds.map((f) => [f.properties.status, sourceBy.get(f.properties.fromCode)!.properties.status])).toEqual([['commissioned', 'commissioned']]);
    // Every commissioned camera reaches the control centre through commissioned runs and nodes.
    const adjacency = new Map<string, string[]>();
    const link = (a: string, b: string) => adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
    const live = (kind: string, code: string) => endpoint(kind, code) !== undefined &&
      (kind === 'network_node' ? nodeBy.get(code)!.properties.status === 'commissioned' : kind === 'pole' ? poleBy.get(code)!.properties.status === 'commissioned' : true);
    for (const r of fibers.filter((x) => x.properties.status === 'commissioned')) {
      const a = `${r.properties.fromKind}:${r.properties.fromCode}`;
      const b = `${r.properties.toKind}:${r.properties.toCode}`;
      if (live(r.properties.fromKind, r.properties.fromCode) && live(r.properties.toKind, r.properties.toCode)) {
        link(a, b);
        link(b, a);
      }
    }
    const reached = new Set([`network_node:${cc.properties.code}`]);
    const queue = [...reached];
    while (queue.length) {
      for (const next of adjacency.get(queue.shift()!) ?? []) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    const commissioned = cameras.filter((c) => c.properties.status === 'commissioned');
    expect(commissioned.length).toBeGreaterThan(0);
    for (const c of commissioned) expect(reached.has(`pole:${c.properties.poleCode}`)).toBe(true);
  });

  it('has the required camera models with coherent specifications', () => {
    const has = (kind: string, hp: number, pred: (m: any) => boolean = () => true) =>
      models.some((m) => m.kind === kind && m.horizontalPixels === hp && pred(m));
    for (const kind of ['fixed_bullet', 'fixed_dome']) {
      expect(has(kind, 1920)).toBe(true); // 2 MP
      expect(has(kind, 2560)).toBe(true); // 4 MP
      expect(has(kind, 3840)).toBe(true); // 8 MP
    }
    expect(has('ptz', 1920, (m) => m.opticalZoom === 25)).toBe(true);
    expect(has('ptz', 1920, (m) => m.opticalZoom === 32)).toBe(true);
    expect(has('ptz', 2560, (m) => m.opticalZoom === 40)).toBe(true);
    for (const m of models) {
      for (const k of ['code', 'manufacturer', 'name', 'kind', 'horizontalPixels', 'verticalPixels', 'sensorWidthMm', 'focalLengthMinMm', 'focalLengthMaxMm', 'fixedHorizontalFieldOfViewDegrees', 'panRangeDegrees', 'opticalZoom', 'irRangeMeters', 'whiteLightRangeMeters', 'codec', 'powerDrawWatts', 'typicalBitrateMbps', 'unitPriceMad'])
        expect(m).toHaveProperty(k);
      expect((m.focalLengthMaxMm === null) !== (m.fixedHorizontalFieldOfViewDegrees === null)).toBe(true);
      if (m.kind === 'ptz') {
        expect(m.panRangeDegrees).toBe(360);
        expect(m.opticalZoom).toBeGreaterThanOrEqual(25);
        expect(m.opticalZoom).toBeLessThanOrEqual(40);
        expect(m.focalLengthMaxMm / m.focalLengthMinMm).toBeCloseTo(m.opticalZoom, 0);
      } else {
        expect(m.panRangeDegrees).toBeNull();
      }
      expect(m.unitPriceMad).toBeGreaterThan(1000);
    }
  });

  it("flags what the city already has as existing: street lights, utility poles, RADEEF's substations, lighting circuits", () => {
    const flagged = (features: Feat[], key: (f: Feat) => string) => {
      const counts: Record<string, number> = {};
      for (const f of features) counts[`${key(f)}: ${f.properties.existing}`] = (counts[`${key(f)}: ${f.properties.existing}`] ?? 0) + 1;
      return counts;
    };
    const cameraPoles = new Set(cameras.map((c) => c.properties.poleCode));
    expect(flagged(poles, (p) => `${p.properties.kind}${cameraPoles.has(p.properties.code) ? ' with camera' : ''}`)).toEqual({
      'street_light: true': 122,
      'street_light with camera: true': 21,
      'utility_pole: true': 43,
      'camera_pole with camera: false': 33,
      'wall_mount with camera: false': 25,
    });
    expect(flagged(sources, (s) => s.properties.kind)).toEqual({
      'transformer: true': 9,
      'street_lighting_circuit: true': 10,
      'utility_supply: false': 5,
    });
    for (const s of sources.filter((x) => x.properties.existing)) expect(s.properties.status).toBe('commissioned');
    // Only the lighting circuits' own cables to their street lights exist; every other feed is new works.
    for (const f of feeds) expect(f.properties.existing).toBe(f.properties.switched);
    expect(feeds.filter((f) => f.properties.existing)).toHaveLength(21);
  });

  it('has network nodes, poles and power sources with the expected properties', () => {
    for (const n of nodes) {
      expect(Object.keys(n.properties).sort()).toEqual(['code', 'kind', 'name', 'portCount', 'powerDrawWatts', 'status', 'strandCapacity']);
      expect(n.properties.powerDrawWatts === null || n.properties.powerDrawWatts > 0).toBe(true);
      expect(n.geometry.type).toBe('Point');
    }
    for (const p of poles) expect(Object.keys(p.properties).sort()).toEqual(['code', 'existing', 'heightMeters', 'kind', 'owner', 'status']);
    for (const s of sources) expect(Object.keys(s.properties).sort()).toEqual(['capacityWatts', 'code', 'existing', 'kind', 'name', 'status', 'voltage']);
    for (const c of cameras)
      expect(Object.keys(c.properties).sort()).toEqual(['code', 'focalLengthMm', 'headingDegrees', 'modelCode', 'mountHeightMeters', 'name', 'poleCode', 'status', 'tiltDegrees']);
  });
});

describe('Fès demo streets (synthetic, routable)', () => {
  const key = (p: Pos) => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;

  it('are synthetic LineStrings without repeated vertices, each a street of its own source id', () => {
    expect(streets.length).toBeGreaterThanOrEqual(30);
    const sourceIds = new Set<string>();
    for (const f of streets) {
      expect(f.geometry.type).toBe('LineString');
      expect(f.properties.synthetic).toBe(true);
      expect(f.properties.sourceId).toMatch(/^synthetic:street\/\d+$/);
      sourceIds.add(f.properties.sourceId);
      const c = f.geometry.coordinates as Pos[];
      expect(c.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < c.length; i++) expect(key(c[i])).not.toBe(key(c[i - 1]));
    }
    expect(sourceIds.size).toBe(streets.length);
    // The avenues the poles stand along are streets, by name.
    const names = new Set(streets.map((f) => f.properties.name));
    for (const name of ['Avenue Hassan II', 'Route de Sefrou', "Route d'Imouzzer (nord)"]) expect(names.has(name)).toBe(true);
  });

  it('form one connected network (lines join only at shared vertices), with no two segments crossing without a vertex', () => {
    const parent = new Map<string, string>();
    const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
    for (const f of streets) for (const c of f.geometry.coordinates as Pos[]) if (!parent.has(key(c))) parent.set(key(c), key(c));
    for (const f of streets) {
      const c = f.geometry.coordinates as Pos[];
      for (let i = 1; i < c.length; i++) parent.set(find(key(c[i])), find(key(c[0])));
    }
    const roots = new Set([...parent.keys()].map(find));
    expect(roots.size).toBe(1);
    // An independent check of the noding: turf finds no crossing between two streets away from their shared vertices.
    const vertices = new Set(parent.keys());
    let unnoded = 0;
    for (let i = 0; i < streets.length; i++)
      for (let j = i + 1; j < streets.length; j++) {
        const crossings = turf.lineIntersect(streets[i] as never, streets[j] as never).features;
        for (const x of crossings) {
          const p = x.geometry.coordinates as Pos;
          if (![...vertices].some((v) => metres(p, v.split(',').map(Number) as Pos) < 0.05)) unnoded++;
        }
      }
    expect(unnoded).toBe(0);
  });

  it('reach every network node, camera pole and power source within a short access', () => {
    const segments: [Pos, Pos][] = streets.flatMap((f) => {
      const c = f.geometry.coordinates as Pos[];
      return c.slice(1).map((b, i) => [c[i], b] as [Pos, Pos]);
    });
    // Local planar metres (equirectangular at 34° N: well under 1 % off over a few hundred metres).
    const xy = (p: Pos): Pos => [p[0] * 111_320 * Math.cos((34.04 * Math.PI) / 180), p[1] * 110_950];
    const toSegment = (p: Pos, a: Pos, b: Pos) => {
      const [px, py] = xy(p);
      const [ax, ay] = xy(a);
      const [bx, by] = xy(b);
      const l2 = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / l2));
      return Math.hypot(ax + t * (bx - ax) - px, ay + t * (by - ay) - py);
    };
    const access = (p: Pos) => Math.min(...segments.map(([a, b]) => toSegment(p, a, b)));
    for (const n of nodes) expect(access(n.geometry.coordinates)).toBeLessThan(1);
    const cameraPoles = new Set(cameras.map((c) => c.properties.poleCode).filter(Boolean));
    for (const p of poles.filter((q) => cameraPoles.has(q.properties.code))) expect(access(p.geometry.coordinates)).toBeLessThan(150);
    for (const s of sources) expect(access(s.geometry.coordinates)).toBeLessThan(200);
  });
});

describe('Fès demo generator', () => {
  const shared = path.resolve(process.env.VIGIE_GIS_DATA ?? path.resolve(__dirname, '../../shared/gis-data'), 'fes/fes_arrondissements.geojson');
  (fs.existsSync(shared) ? it : it.skip)('is deterministic and matches the committed files', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generate } = require('./generate-fes-demo') as { generate: (dir: string) => unknown };
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-fes-demo-'));
    try {
      generate(tmp);
      for (const f of fs.readdirSync(DIR)) expect(fs.readFileSync(path.join(tmp, f), 'utf8')).toBe(fs.readFileSync(path.join(DIR, f), 'utf8'));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
