/**
 * Coverage core benchmarks: seeded synthetic cities (500 cameras / 2,000 buildings and 5,000 / 20,000)
 * and Munich's real buildings with its mapped camera sites, beside two references on the same scenes:
 *  - turf only: sector minus turf.union of per-building shadow polygons (turf.convex hulls);
 *  - PostGIS only, as a PostGIS expert would write it: buildings in a table with a GiST index, each
 *    camera's sector in another, the buildings a sector meets found through the index, their shadows
 *    built in SQL, clipped to the sector, unioned, and subtracted from it. On the PostgreSQL server of
 *    DATABASE_URL; without it, on embedded PGlite (PostGIS compiled to WASM, several times slower:
 *    the run says so, and the ratio is then not a fair one).
 * Shadows in the references are hull(B, B scaled about the camera), exact for the convex (rectangular)
 * synthetic footprints, so the references run on the synthetic cities only, on a camera subset.
 * The core runs on one thread (a worker pool was measured and removed: see coverage.service.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import * as turf from '@turf/turf';
import { PointMeters, Region, Ring, regionArea } from '../../backend/src/core/geometry/planar';
import { createUtmProjection } from '../../backend/src/core/geometry/projection';
import { sectorRing } from '../../backend/src/core/geometry/sector';
import { Obstacle, ObstacleIndex, obstaclesFromGeoJson } from '../../backend/src/core/visibility/obstacles';
import { computeVisibleArea } from '../../backend/src/core/visibility/visible-area';
import {
  BlackSpotInput,
  CoverageCamera,
  CoverageIndex,
  analyzeBlackSpots,
  computeCameraCoverage,
} from '../../backend/src/core/coverage';
import { depthForPixelDensity } from '../../backend/src/core/optics/pixel-density';
import { seededRandom } from '../support/core/scene-factories';

/** The shared GIS data: ../shared/gis-data next to the repository, or VIGIE_GIS_DATA (e.g. from a git worktree). */
const MUNICH_DIRECTORY = resolve(process.env.VIGIE_GIS_DATA ?? resolve(__dirname, '../../../shared/gis-data'), 'munich');
const REFERENCE_CAMERA_COUNT = 200;
/** Runs of the core and of PostGIS on the reference subset; the median is reported (turf, far slower, runs once). */
const REFERENCE_RUNS = 3;
/** Timed runs of the all-coverage computation: the first is reported as is, and the median of all. */
const COVERAGE_RUNS = 5;
/** Cameras computed before timing, so the JIT has compiled the hot paths (as in a long-running service). */
const WARM_UP_CAMERAS = 500;

function time<T>(run: () => T): { result: T; milliseconds: number; cpuMilliseconds: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { result, milliseconds: performance.now() - start, cpuMilliseconds: (used.user + used.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** First timed run (wall and CPU, all threads) and the median wall time of COVERAGE_RUNS runs. */
interface RunFigures {
  milliseconds: number;
  cpuMilliseconds: number;
  medianMilliseconds: number;
}

/** Figures of one scene, printed side by side at the end of the scene. */
interface SceneFigures {
  cameras: number;
  /** Single thread (the calling thread only). */
  coverage: RunFigures;
  blackSpots: { milliseconds: number; medianMilliseconds: number; spots: number };
  subset?: number;
  coreSubset?: number;
  turf?: { milliseconds: number; agreement: string };
  postgis?: { milliseconds: number; agreement: string; label: string };
}


interface Scene {
  name: string;
  obstacles: Obstacle[];
  cameras: CoverageCamera[];
  blackSpots: BlackSpotInput[];
}

/** Rotated rectangular blocks (convex), 30% of unknown height, 10% low kiosks; cameras in the gaps. */
export function generateCity(cameraCount: number, buildingCount: number, seed: number): Scene {
  const random = seededRandom(seed);
  // About 1,250 buildings per km^2, like a dense city centre.
  const sideMeters = Math.sqrt(buildingCount / 1250) * 1000;
  const obstacles: Obstacle[] = [];
  for (let index = 0; index < buildingCount; index++) {
    const center = { x: random() * sideMeters, y: random() * sideMeters };
    const width = 6 + random() * 18;
    const depth = 6 + random() * 14;
    const rotation = random() * Math.PI;
    const cos = Math.cos(rotation);
    const sin = Math.sin(rotation);
    const corners: [number, number][] = [[-width / 2, -depth / 2], [width / 2, -depth / 2], [width / 2, depth / 2], [-width / 2, depth / 2]];
    const kind = random();
    const heightMeters = kind < 0.3 ? null : kind < 0.4 ? 2 + random() * 2 : 6 + random() * 20;
    obstacles.push({
      id: `b${index}`,
      heightMeters,
      rings: [corners.map(([x, y]) => ({ x: center.x + x * cos - y * sin, y: center.y + x * sin + y * cos }))],
    });
  }
  const index = new ObstacleIndex(obstacles);
  const cameras: CoverageCamera[] = [];
  const fieldsOfView = [40, 60, 90, 110];
  while (cameras.length < cameraCount) {
    const position = { x: random() * sideMeters, y: random() * sideMeters };
    const near = index.search({ minX: position.x - 0.5, minY: position.y - 0.5, maxX: position.x + 0.5, maxY: position.y + 0.5 });
    if (near.length > 0) continue;
    const fourMegapixel = random() < 0.4;
    cameras.push({
      id: `c${cameras.length}`,
      positionMeters: position,
      mountHeightMeters: 4 + random() * 6,
      headingDegrees: random() * 360,
      tiltDegrees: 8 + random() * 17,
      horizontalFieldOfViewDegrees: fieldsOfView[Math.floor(random() * fieldsOfView.length)],
      horizontalPixels: fourMegapixel ? 2560 : 1920,
      verticalPixels: fourMegapixel ? 1440 : 1080,
    });
  }
  return { name: `synthetic ${cameraCount} cameras / ${buildingCount} buildings`, obstacles, cameras, blackSpots: generateBlackSpots(random, 200, { minX: 0, minY: 0, maxX: sideMeters, maxY: sideMeters }) };
}

function generateBlackSpots(random: () => number, count: number, bounds: { minX: number; minY: number; maxX: number; maxY: number }): BlackSpotInput[] {
  const levels = ['detection', 'observation', 'recognition', 'identification'];
  const spots: BlackSpotInput[] = [];
  for (let index = 0; index < count; index++) {
    const center = { x: bounds.minX + random() * (bounds.maxX - bounds.minX), y: bounds.minY + random() * (bounds.maxY - bounds.minY) };
    const radius = 15 + random() * 45;
    spots.push({
      id: `spot${index}`,
      requiredLevel: levels[Math.floor(random() * levels.length)],
      polygon: [sectorRing({ center, headingDegrees: 0, widthDegrees: 360, radiusMeters: radius }, 0.25)],
    });
  }
  return spots;
}

function parseMeters(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const parsed = Number.parseFloat(value.replace(',', '.'));
  return Number.isFinite(parsed) && parsed > 0 ? parsed : null;
}

const CARDINAL_HEADINGS: Record<string, number> = {
  N: 0, NNE: 22.5, NE: 45, ENE: 67.5, E: 90, ESE: 112.5, SE: 135, SSE: 157.5,
  S: 180, SSW: 202.5, SW: 225, WSW: 247.5, W: 270, WNW: 292.5, NW: 315, NNW: 337.5,
};

function parseDirection(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const first = value.split(/[;,]/)[0].trim().toUpperCase();
  if (first in CARDINAL_HEADINGS) return CARDINAL_HEADINGS[first];
  const parsed = Number.parseFloat(first);
  return Number.isFinite(parsed) ? parsed : null;
}

/** Munich Altstadt: OSM buildings (height, else levels x 3 m + 1, else unknown) and surveillance nodes. */
function loadMunich(): { scene: Scene; directionless: number } | null {
  const buildingsPath = resolve(MUNICH_DIRECTORY, 'munich_buildings.geojson');
  const camerasPath = resolve(MUNICH_DIRECTORY, 'munich_surveillance.geojson');
  if (!existsSync(buildingsPath) || !existsSync(camerasPath)) return null;
  const projection = createUtmProjection(32632);
  const buildings = JSON.parse(readFileSync(buildingsPath, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const obstacles: Obstacle[] = [];
  for (const feature of buildings.features) {
    const properties = feature.properties ?? {};
    const levels = parseMeters(properties['building:levels']);
    const height = parseMeters(properties.height) ?? (levels !== null ? levels * 3 + 1 : null);
    obstacles.push(...obstaclesFromGeoJson(String(properties.osm_id), feature.geometry, height, projection));
  }
  const sites = JSON.parse(readFileSync(camerasPath, 'utf8')) as FeatureCollection<Point>;
  let directionless = 0;
  const cameras: CoverageCamera[] = sites.features.map((feature, index) => {
    const properties = feature.properties ?? {};
    const heading = parseDirection(properties['camera:direction']);
    const isDome = properties['camera:type'] === 'dome' || properties['camera:type'] === 'panning';
    if (heading === null) directionless++;
    const mountHeight = parseMeters(properties.height) ?? (properties['camera:mount'] === 'pole' ? 6 : 4);
    const tilt = parseMeters(properties['camera:angle']);
    return {
      id: String(properties.osm_id ?? index),
      positionMeters: projection.toMeters(feature.geometry.coordinates),
      mountHeightMeters: mountHeight,
      headingDegrees: heading ?? 0,
      // Without a mapped direction we cannot know where it looks: count the whole circle it could see.
      horizontalFieldOfViewDegrees: heading === null || (isDome && heading === null) ? 360 : 90,
      lensHorizontalFieldOfViewDegrees: 90,
      tiltDegrees: tilt ?? 15,
      horizontalPixels: 1920,
      verticalPixels: 1080,
    };
  });
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const camera of cameras) {
    bounds.minX = Math.min(bounds.minX, camera.positionMeters.x);
    bounds.minY = Math.min(bounds.minY, camera.positionMeters.y);
    bounds.maxX = Math.max(bounds.maxX, camera.positionMeters.x);
    bounds.maxY = Math.max(bounds.maxY, camera.positionMeters.y);
  }
  const scene: Scene = {
    name: `Munich Altstadt: ${cameras.length} mapped cameras / ${obstacles.length} building polygons`,
    obstacles,
    cameras,
    blackSpots: generateBlackSpots(seededRandom(49), 200, bounds),
  };
  return { scene, directionless };
}

/** Ground visibility for the detection band from the foot of the pole (what the references compute). */
function detectionReach(camera: CoverageCamera): number {
  const slant = depthForPixelDensity(camera.horizontalPixels, camera.horizontalFieldOfViewDegrees, 25);
  return Math.sqrt(Math.max(0, slant * slant - camera.mountHeightMeters * camera.mountHeightMeters));
}

interface ReferenceShadowInput {
  camera: CoverageCamera;
  sector: Ring;
  /** Per nearby blocking building: its ring and the scale about the camera whose hull with it is the shadow. */
  shadows: { ring: Ring; scale: number }[];
}

/** Same blocking rules as the core (targets on the ground), shadows as hull(B, scale * B). */
function referenceInputs(camera: CoverageCamera, obstacles: ObstacleIndex): ReferenceShadowInput {
  const reach = detectionReach(camera);
  const origin = camera.positionMeters;
  const sector = sectorRing({ center: origin, headingDegrees: camera.headingDegrees, widthDegrees: camera.horizontalFieldOfViewDegrees, radiusMeters: reach });
  const shadows: { ring: Ring; scale: number }[] = [];
  for (const obstacle of obstacles.search({ minX: origin.x - reach, minY: origin.y - reach, maxX: origin.x + reach, maxY: origin.y + reach })) {
    const height = obstacle.heightMeters;
    if (height !== null && height <= 0) continue;
    let nearest = Infinity;
    for (const point of obstacle.rings[0]) nearest = Math.min(nearest, Math.hypot(point.x - origin.x, point.y - origin.y));
    const scale = height === null || height >= camera.mountHeightMeters
      ? (2 * reach) / Math.max(nearest * 0.5, 0.01) + 1
      : camera.mountHeightMeters / (camera.mountHeightMeters - height);
    shadows.push({ ring: obstacle.rings[0], scale });
  }
  return { camera, sector, shadows };
}

function scaled(ring: Ring, origin: PointMeters, scale: number): Position[] {
  return ring.map((point) => [origin.x + (point.x - origin.x) * scale, origin.y + (point.y - origin.y) * scale]);
}

function closed(ring: Position[]): Position[] {
  return [...ring, ring[0]];
}

/** turf only: sector minus the union of convex-hull shadows (coordinates are metres, areas planar). NaN when turf throws. */
function turfVisibleArea(input: ReferenceShadowInput): number {
  try {
    return turfVisibleAreaUnsafe(input);
  } catch {
    return NaN;
  }
}

function turfVisibleAreaUnsafe(input: ReferenceShadowInput): number {
  const origin = input.camera.positionMeters;
  const shadowFeatures: Feature<Polygon>[] = [];
  for (const shadow of input.shadows) {
    const points = [...scaled(shadow.ring, origin, 1), ...scaled(shadow.ring, origin, shadow.scale)].map((position) => turf.point(position));
    const hull = turf.convex(turf.featureCollection(points));
    if (hull) shadowFeatures.push(hull as Feature<Polygon>);
  }
  const sector = turf.polygon([closed(input.sector.map((point) => [point.x, point.y]))]);
  let visible: Feature<Polygon | MultiPolygon> | null = sector;
  if (shadowFeatures.length > 0) {
    const union = shadowFeatures.length === 1 ? shadowFeatures[0] : turf.union(turf.featureCollection(shadowFeatures));
    visible = union ? turf.difference(turf.featureCollection([sector, union as Feature<Polygon | MultiPolygon>])) : sector;
  }
  if (!visible) return 0;
  const polygons = visible.geometry.type === 'Polygon' ? [visible.geometry.coordinates] : visible.geometry.coordinates;
  let area = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let twice = 0;
      for (let index = 0; index < ring.length - 1; index++) twice += ring[index][0] * ring[index + 1][1] - ring[index + 1][0] * ring[index][1];
      area += twice / 2; // outer counter-clockwise, holes clockwise per RFC 7946 (turf output)
    }
  }
  return Math.abs(area) > 0 ? areaOfPolygons(polygons) : 0;
}

function areaOfPolygons(polygons: Position[][][]): number {
  let total = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, ringIndex) => {
      let twice = 0;
      for (let index = 0; index < ring.length - 1; index++) twice += ring[index][0] * ring[index + 1][1] - ring[index + 1][0] * ring[index][1];
      total += ringIndex === 0 ? Math.abs(twice / 2) : -Math.abs(twice / 2);
    });
  }
  return total;
}

function wkt(ring: Position[]): string {
  return `POLYGON((${closed(ring).map(([x, y]) => `${x.toFixed(4)} ${y.toFixed(4)}`).join(',')}))`;
}

interface SqlDatabase {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string): Promise<{ rows: T[] }>;
  close(): Promise<void>;
  label: string;
}

/** Each run works in a schema of its own: several sessions may share one server database. */
const BENCH_SCHEMA = `vigie_bench_${process.pid}`;

async function openPostgis(): Promise<SqlDatabase> {
  if (process.env.DATABASE_URL) {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
    const { rows } = await client.query<{ version: string }>("SELECT split_part(version(), ' ', 2) || ' / PostGIS ' || postgis_lib_version() AS version");
    await client.query(`CREATE SCHEMA ${BENCH_SCHEMA}; SET search_path = ${BENCH_SCHEMA}, public`);
    return {
      label: `PostGIS server (DATABASE_URL, PostgreSQL ${rows[0].version})`,
      exec: (sql) => client.query(sql),
      query: async <T>(sql: string) => ({ rows: (await client.query(sql)).rows as T[] }),
      close: async () => {
        await client.query(`DROP SCHEMA ${BENCH_SCHEMA} CASCADE`);
        await client.end();
      },
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { postgis } = await import('@electric-sql/pglite-postgis');
  const database = await PGlite.create({ extensions: { postgis } });
  await database.exec('CREATE EXTENSION postgis');
  return {
    label: 'EMBEDDED PGlite (PostGIS compiled to WASM, not a fair reference: set DATABASE_URL to run it on a server)',
    exec: (sql) => database.exec(sql),
    query: async <T>(sql: string) => ({ rows: (await database.query(sql)).rows as T[] }),
    close: () => database.close(),
  };
}

/**
 * PostGIS only, as an expert would set it up: every building in a table with a GiST index on its
 * footprint (ANALYZEd), the cameras' sectors in another; per camera, the buildings its sector meets
 * (through the index), each one's shadow hull(B, B scaled about the camera) built in SQL and clipped
 * to the sector before the union (smaller unions), then sector minus union. ST_Subdivide is not
 * used: the footprints have 4 vertices and the sectors are one per camera, so there is nothing big
 * to cut (it pays on large polygons searched many times, such as districts or coastlines).
 * Set-up (load, index, ANALYZE) is timed apart from the query.
 */
async function postgisVisibleAreas(
  database: SqlDatabase,
  obstacles: readonly Obstacle[],
  inputs: ReferenceShadowInput[],
): Promise<{ areas: Map<string, number>; milliseconds: number; setupMilliseconds: number }> {
  const setupStart = performance.now();
  await database.exec('CREATE TABLE bench_building (id text PRIMARY KEY, footprint geometry(Polygon) NOT NULL, height_meters double precision)');
  await database.exec(
    'CREATE TABLE bench_camera (id text PRIMARY KEY, position geometry(Point) NOT NULL, sector geometry(Polygon) NOT NULL, ' +
      'reach_meters double precision NOT NULL, mount_height_meters double precision NOT NULL)',
  );
  for (let start = 0; start < obstacles.length; start += 2000) {
    const rows = obstacles.slice(start, start + 2000).map((obstacle) =>
      `('${obstacle.id}', ST_GeomFromText('${wkt(obstacle.rings[0].map((point) => [point.x, point.y]))}'), ${obstacle.heightMeters ?? 'NULL'})`);
    await database.exec(`INSERT INTO bench_building VALUES ${rows.join(',')}`);
  }
  const cameraRows = inputs.map((input) => {
    const { camera } = input;
    const origin = camera.positionMeters;
    return `('${camera.id}', ST_MakePoint(${origin.x}, ${origin.y}), ST_GeomFromText('${wkt(input.sector.map((point) => [point.x, point.y]))}'), ` +
      `${detectionReach(camera)}, ${camera.mountHeightMeters})`;
  });
  await database.exec(`INSERT INTO bench_camera VALUES ${cameraRows.join(',')}`);
  await database.exec('CREATE INDEX bench_building_footprint ON bench_building USING gist (footprint)');
  await database.exec('ANALYZE bench_building; ANALYZE bench_camera');
  const setupMilliseconds = performance.now() - setupStart;
  // The same blocking rules as referenceInputs: unknown or taller than the lens, the hull reaches
  // far beyond the range (clipped to the sector anyway); lower, it stretches by H / (H - h).
  const sql = `
    SELECT camera.id, ST_Area(COALESCE(ST_Difference(camera.sector, shadows.geom), camera.sector)) AS area
    FROM bench_camera camera
    LEFT JOIN LATERAL (
      SELECT ST_Union(ST_Intersection(
               ST_ConvexHull(ST_Collect(building.footprint, ST_Scale(building.footprint, ST_MakePoint(scale.factor, scale.factor), camera.position))),
               camera.sector)) AS geom
      FROM bench_building building
      CROSS JOIN LATERAL (
        SELECT CASE WHEN building.height_meters IS NULL OR building.height_meters >= camera.mount_height_meters
                    THEN 2 * camera.reach_meters / GREATEST(0.5 * ST_Distance(camera.position, building.footprint), 0.01) + 1
                    ELSE camera.mount_height_meters / (camera.mount_height_meters - building.height_meters) END AS factor
      ) scale
      WHERE building.footprint && camera.sector AND ST_Intersects(building.footprint, camera.sector)
        AND (building.height_meters IS NULL OR building.height_meters > 0)
    ) shadows ON true`;
  // Median of REFERENCE_RUNS runs (the first also warms the server's caches, as the core's warm-up does).
  const times: number[] = [];
  let rows: { id: string; area: number }[] = [];
  for (let run = 0; run < REFERENCE_RUNS; run++) {
    const start = performance.now();
    rows = (await database.query<{ id: string; area: number }>(sql)).rows;
    times.push(performance.now() - start);
  }
  return { areas: new Map(rows.map((row) => [row.id, Number(row.area)])), milliseconds: median(times), setupMilliseconds };
}

function format(milliseconds: number): string {
  return milliseconds >= 1000 ? `${(milliseconds / 1000).toFixed(2)} s` : `${milliseconds.toFixed(1)} ms`;
}

async function runCoreOnScene(scene: Scene, log: (line: string) => void): Promise<SceneFigures> {
  const indexBuild = time(() => new ObstacleIndex(scene.obstacles));
  const obstacles = indexBuild.result;
  // Warm-up so the JIT measures steady state, as a long-running service would be.
  for (const camera of scene.cameras.slice(0, WARM_UP_CAMERAS)) computeCameraCoverage(camera, obstacles);
  const coverage = time(() => scene.cameras.map((camera) => computeCameraCoverage(camera, obstacles)));
  const detectionArea = coverage.result.reduce((sum, entry) => sum + entry.levels[0].areaSquareMeters, 0);
  const perCamera = (milliseconds: number) => `${(milliseconds * 1000 / scene.cameras.length).toFixed(0)} us/camera`;
  log(`  grid index over ${obstacles.size} footprints: ${format(indexBuild.milliseconds)}`);

  // Black spots right after the first run, on its results (as a service would read fresh coverage).
  const coverageIndex = new CoverageIndex(coverage.result);
  analyzeBlackSpots(scene.blackSpots.slice(0, 20), coverageIndex);
  const blackSpots = time(() => analyzeBlackSpots(scene.blackSpots, coverageIndex));
  const covered = blackSpots.result.reduce((sum, result) => sum + result.coveredAreaSquareMeters, 0);
  const total = blackSpots.result.reduce((sum, result) => sum + result.areaSquareMeters, 0);
  const contributions = blackSpots.result.reduce((sum, result) => sum + result.contributingCameraIds.length, 0);

  const singleTimes = [coverage.milliseconds];
  for (let run = 1; run < COVERAGE_RUNS; run++) singleTimes.push(time(() => scene.cameras.map((camera) => computeCameraCoverage(camera, obstacles))).milliseconds);
  // Black spots again on the same results: the first run above is reported, and the median beside it.
  const blackSpotTimes = [blackSpots.milliseconds];
  for (let run = 1; run < COVERAGE_RUNS; run++) blackSpotTimes.push(time(() => analyzeBlackSpots(scene.blackSpots, coverageIndex)).milliseconds);
  const single: RunFigures = { milliseconds: coverage.milliseconds, cpuMilliseconds: coverage.cpuMilliseconds, medianMilliseconds: median(singleTimes) };
  log(
    `  core all coverage (4 nested DORI levels per camera), single thread: ${format(single.milliseconds)} for ${scene.cameras.length} cameras ` +
      `(${perCamera(single.milliseconds)}, ${format(single.cpuMilliseconds)} CPU); median of ${COVERAGE_RUNS} runs ${format(single.medianMilliseconds)}; ` +
      `detection area ${(detectionArea / 1e6).toFixed(3)} km^2 (sum over cameras)`,
  );
  log(
    `  core black spots: ${format(blackSpots.milliseconds)} for ${scene.blackSpots.length} spots against ${scene.cameras.length} cameras ` +
      `(covered ${(100 * covered / total).toFixed(1)}% of ${(total / 1e6).toFixed(3)} km^2 at required levels, ${contributions} camera contributions; ` +
      `first run timed right after the first coverage run, on its results; median of ${COVERAGE_RUNS} runs ${format(median(blackSpotTimes))})`,
  );
  return {
    cameras: scene.cameras.length,
    coverage: single,
    blackSpots: { milliseconds: blackSpots.milliseconds, medianMilliseconds: median(blackSpotTimes), spots: scene.blackSpots.length },
  };
}

async function runReferences(scene: Scene, log: (line: string) => void, figures: SceneFigures): Promise<void> {
  const obstacles = new ObstacleIndex(scene.obstacles);
  const subset = scene.cameras.slice(0, REFERENCE_CAMERA_COUNT);
  const inputs = subset.map((camera) => referenceInputs(camera, obstacles));
  // Core on exactly the references' question: ground visible within the detection reach, no blind zone.
  for (const camera of subset.slice(0, 20)) computeVisibleArea(camera, { targetHeightMeters: 0, nearMeters: 0, farMeters: detectionReach(camera) }, obstacles);
  const coreRun = () => time(() =>
    subset.map((camera) => regionArea(computeVisibleArea(camera, { targetHeightMeters: 0, nearMeters: 0, farMeters: detectionReach(camera) }, obstacles) as Region)),
  );
  const core = coreRun();
  // Median of REFERENCE_RUNS runs, like the PostGIS reference (one short run swings with the machine's load).
  const coreTimes = [core.milliseconds];
  for (let run = 1; run < REFERENCE_RUNS; run++) coreTimes.push(coreRun().milliseconds);
  core.milliseconds = median(coreTimes);
  const turfRun = time(() => inputs.map((input) => turfVisibleArea(input)));
  const perCamera = (milliseconds: number) => `${((milliseconds * 1000) / subset.length).toFixed(0)} us/camera`;
  log(`  references on the first ${subset.length} cameras (ground visibility over the detection reach, one region per camera; core and PostGIS: median of ${REFERENCE_RUNS} runs):`);
  log(`    core   ${format(core.milliseconds).padStart(9)}  ${perCamera(core.milliseconds)}`);
  log(`    turf   ${format(turfRun.milliseconds).padStart(9)}  ${perCamera(turfRun.milliseconds)}  core is ${(turfRun.milliseconds / core.milliseconds).toFixed(1)}x faster`);
  log(`           area agreement: ${agreement(core.result, turfRun.result)}`);
  figures.subset = subset.length;
  figures.coreSubset = core.milliseconds;
  figures.turf = { milliseconds: turfRun.milliseconds, agreement: agreement(core.result, turfRun.result) };
  let database: SqlDatabase | null = null;
  try {
    database = await openPostgis();
    const postgis = await postgisVisibleAreas(database, scene.obstacles, inputs);
    const postgisAreas = subset.map((camera) => postgis.areas.get(camera.id) ?? NaN);
    log(`    PostGIS ${format(postgis.milliseconds).padStart(8)}  ${perCamera(postgis.milliseconds)}  core is ${(postgis.milliseconds / core.milliseconds).toFixed(1)}x faster  (${database.label}; query time only, load + GiST index + ANALYZE of ${scene.obstacles.length} buildings took ${format(postgis.setupMilliseconds)} more)`);
    log(`           area agreement: ${agreement(core.result, postgisAreas)}`);
    figures.postgis = { milliseconds: postgis.milliseconds, agreement: agreement(core.result, postgisAreas), label: database.label };
    const scaledFive = (postgis.milliseconds / subset.length) * 5000;
    log(`           PostGIS scaled to 5,000 cameras: ~${format(scaledFive)}`);
  } catch (error) {
    log(`    PostGIS reference skipped: ${(error as Error).message}`);
  } finally {
    await database?.close();
  }
}

function agreement(core: number[], reference: number[]): string {
  let coreTotal = 0;
  let referenceTotal = 0;
  let worst = 0;
  let within = 0;
  let failed = 0;
  core.forEach((area, index) => {
    if (!Number.isFinite(reference[index])) {
      failed++;
      return;
    }
    coreTotal += area;
    referenceTotal += reference[index];
    const relative = Math.abs(area - reference[index]) / Math.max(reference[index], 1);
    worst = Math.max(worst, relative);
    if (relative <= 0.001) within++;
  });
  return `total ${(coreTotal / 1e6).toFixed(4)} vs ${(referenceTotal / 1e6).toFixed(4)} km^2 ` +
    `(${((100 * Math.abs(coreTotal - referenceTotal)) / referenceTotal).toFixed(4)}% apart); ` +
    `${within}/${core.length - failed} cameras within 0.1%, worst camera ${(100 * worst).toFixed(3)}%` +
    (failed > 0 ? `; reference threw on ${failed} cameras (left out)` : '');
}

/**
 * One block per scene: the core's all-coverage run on one thread, as the first timed run after the warm-up and the median of COVERAGE_RUNS runs, blind spots, and the two
 * references per camera scaled to the same number of cameras. "Full run" ratios compare the core's 4-level coverage with the references'
 * single ground region, so they understate the core's advantage; "like-for-like" is the same question
 * (ground over the detection reach) on the same subset.
 */
function logSummary(figures: SceneFigures, log: (line: string) => void): void {
  const n = figures.cameras;
  const perCamera = (milliseconds: number, count: number) => (milliseconds / count) * n;
  log(`  summary (${n} cameras, one run):`);
  const runs = (run: RunFigures) =>
    `${format(run.milliseconds).padStart(9)} wall  (${format(run.cpuMilliseconds)} CPU; median of ${COVERAGE_RUNS} runs ${format(run.medianMilliseconds)})`;
  log(`    core all coverage, single thread   ${runs(figures.coverage)}`);
  log(
    `    core blind spots (${figures.blackSpots.spots} spots)         ${format(figures.blackSpots.milliseconds).padStart(9)}` +
      `  (median of ${COVERAGE_RUNS} runs ${format(figures.blackSpots.medianMilliseconds)})`,
  );
  if (figures.subset && figures.coreSubset !== undefined) {
    for (const [name, reference] of [['turf only', figures.turf], ['PostGIS only', figures.postgis]] as const) {
      if (!reference) {
        log(`    ${name.padEnd(34)} skipped`);
        continue;
      }
      const scaled = perCamera(reference.milliseconds, figures.subset);
      log(
        `    ${(name + ' (scaled from ' + figures.subset + ')').padEnd(34)} ${('~' + format(scaled)).padStart(9)}  ` +
          `full run: core ${(scaled / figures.coverage.milliseconds).toFixed(1)}x faster` +
          '; ' +
          `like-for-like: ${(reference.milliseconds / figures.coreSubset).toFixed(1)}x; areas ${reference.agreement}` +
          ('label' in reference ? ` (${reference.label})` : ''),
      );
    }
  }
}

/** A fixed arithmetic loop: lets readers see whether the machine was loaded during the run. */
function calibrationMilliseconds(): number {
  const start = performance.now();
  let sum = 0;
  for (let index = 0; index < 1e7; index++) sum += index * 0.5;
  if (sum < 0) throw new Error('unreachable');
  return performance.now() - start;
}

export async function runCoverageBenchmarks(log: (line: string) => void): Promise<void> {
  log('Coverage core (visibility, DORI levels, black spots)');
  log(`  calibration loop: ${format(calibrationMilliseconds())} (about 10 ms on an idle machine; much more means other load inflates every figure)`);
  await runScenes(log);
}

async function runScenes(log: (line: string) => void): Promise<void> {
  for (const [cameras, buildings, seed] of [[500, 2000, 500], [5000, 20000, 5000]] as const) {
    const scene = generateCity(cameras, buildings, seed);
    log(`- ${scene.name} (seed ${seed})`);
    const figures = await runCoreOnScene(scene, log);
    await runReferences(scene, log, figures);
    logSummary(figures, log);
  }
  log(`  calibration loop: ${format(calibrationMilliseconds())}`);
  const munich = loadMunich();
  if (!munich) {
    log(`- Munich skipped: ${MUNICH_DIRECTORY} not found (expected ../shared/gis-data/munich next to the repository, or set VIGIE_GIS_DATA)`);
    return;
  }
  log(`- ${munich.scene.name}; ${munich.directionless} without camera:direction, modelled as full circles`);
  await runCoreOnScene(munich.scene, log);
  log('  (references not run on Munich: its footprints are not convex, and the references\' hull shadows are exact only for convex ones)');
}
