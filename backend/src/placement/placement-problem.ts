/**
 * Loads the placement optimiser's problem for a scope from the database: the black spots to serve,
 * the buildings around them, the candidate mounts (existing poles and street lights, wall mounts,
 * new poles along the streets at a set spacing when allowed), the allowed models, the cameras of the
 * design (kept, counted), and what connecting each mount costs (core/placement/connection-costs: a
 * fiber route along the streets to the nearest node with a free port, power to the nearest feed or
 * source with spare capacity, ducts priced as ducts, prices of the bill of quantities).
 */
import type { EntityManager } from 'typeorm';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { DoriLevel, PoleKind, CameraKind } from '../core/domain';
import { projectMultiPolygon, projectPolygon, type Projection } from '../core/geometry/projection';
import { distanceToPolygon, isPointInRegion } from '../core/geometry/planar';
import { analyseConnectivity, fiberRoutingTargets, poleSupplyResources, powerRoutingTargets, routingTargetResources, type RoutingTargetResource } from '../core/network';
import type { PreparedRoutingTargets, RoutingTarget } from '../core/network/street-routing';
import { cheapestConnection, prepareRoutingTargets, priceStreetNetwork, type ConnectionRoute, type PricedStreetNetwork } from '../core/placement/connection-costs';
import type { PlacementBuilding, PlacementConnectionOption, PlacementExistingCamera, PlacementMount, PlacementModel, PlacementProblem, PlacementResource, PlacementTarget } from '../core/placement/types';
import type { LensSetting } from '../core/optics';
import { resolveHorizontalFieldOfViewDegrees } from '../core/optics';
import { lensOf, zoomLensOf } from '../cameras/camera-optics';
import type { PtzPresetValue } from '../cameras/dto/ptz-preset.types';
import type { CameraModel } from '../camera-models/camera-model.entity';
import { badInput, notFound } from '../common/errors/vigie-errors';
import type { NetworkService } from '../network/network.service';
import { FIBER_ROUTE_MAD_PER_METER, POWER_ROUTE_MAD_PER_METER, VIGIE_UNIT_COSTS } from '../network/unit-costs';
import { isUuid } from '../common/uuid';
import { camerasDarkAtNight, DEFAULT_NIGHT, nightRangeMeters } from '../core/night';

export interface PlacementScope {
  blackSpotIds?: string[] | null;
  zoneId?: string | null;
}

export interface PlacementOptions {
  budgetMad?: number | null;
  maxCameras?: number | null;
  modelIds?: string[] | null;
  allowNewPoles?: boolean | null;
  newPoleSpacingMeters?: number | null;
  /** Farthest a candidate mount may be from a target, metres (default 120). */
  reachMeters?: number | null;
  headingStepDegrees?: number | null;
  /** Walls drawn by the engineer: candidate brackets along them. */
  walls?: LineString[] | null;
  wallSpacingMeters?: number | null;
  wallMountHeightMeters?: number | null;
  /** Serve night coverage: light ranges cap every camera, cameras dark at night count for nothing. */
  night?: boolean | null;
}

/** What the application keeps beside the core's problem to explain and accept proposals. */
export interface MountInfo {
  id: string;
  kind: PlacementMount['kind'];
  poleId: string | null;
  poleCode: string | null;
  poleKind: PoleKind | null;
  location: Position;
  /** For a new support (a camera pole along a street, a bracket on a drawn wall): its height. */
  newPoleHeightMeters: number | null;
  fiber: RouteInfo | null;
  power: RouteInfo | null;
  /** The ways to connect it, in the order of its `connectionOptions` (the first is the cheapest). */
  connections: MountConnection[];
}

export interface MountConnection {
  fiber: RouteInfo;
  power: RouteInfo;
}

export interface RouteInfo {
  path: LineString | null;
  lengthMeters: number;
  ductMeters: number;
  costMad: number;
  targetId: string | null;
  targetCode: string | null;
  /** True when the mount already has this connection (nothing to build). */
  alreadyConnected: boolean;
}

export interface ModelInfo {
  id: string;
  code: string;
  name: string;
  kind: CameraKind;
  unitPriceMad: number;
  installationMad: number;
  varifocal: boolean;
  focalLengthMinMm: number | null;
  focalLengthMaxMm: number | null;
}

export interface TargetInfo {
  id: string;
  code: string;
  name: string;
  priority: number;
  requiredLevel: DoriLevel;
}

export interface LoadedPlacementProblem {
  problem: PlacementProblem;
  mounts: Map<string, MountInfo>;
  models: Map<string, ModelInfo>;
  targets: Map<string, TargetInfo>;
  /** Candidate mounts left out because no fiber or power route reaches them. */
  mountsWithoutConnection: number;
}

export const PLACEMENT_LIMITS = {
  budgetMad: { min: 1, max: 1e9 },
  maxCameras: { min: 1, max: 500 },
  newPoleSpacingMeters: { min: 10, max: 500 },
  reachMeters: { min: 20, max: 500 },
  headingStepDegrees: { min: 5, max: 90 },
  wallSpacingMeters: { min: 2, max: 200 },
  wallMountHeightMeters: { min: 2, max: 30 },
  walls: 200,
  wallsTotalMeters: 20_000,
  blackSpotIds: 2000,
  modelIds: 50,
} as const;

/** Fiber (and power) routes tried per mount: the nearest target, then the next ones while they are limited. */
const CONNECTION_ALTERNATIVES = 3;
/** Slots of a pole or new pole; a wall takes two cameras. */
const POLE_CAPACITY = 4;
const WALL_CAPACITY = 2;
const NEW_POLE_HEIGHT_METERS = 8;
/** A bracket on a drawn wall stands this far off the wall's line, on the side it looks to. */
const WALL_OFFSET_METERS = 0.5;
/** New poles stand this far to the side of the street's centre line. */
const NEW_POLE_OFFSET_METERS = 4;

function checkRange(name: string, value: number | null | undefined, range: { min: number; max: number }, integer = false): void {
  if (value == null) return;
  if (!Number.isFinite(value) || value < range.min || value > range.max || (integer && !Number.isInteger(value))) {
    throw badInput(`${name} must be ${integer ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}; got ${value}.`, { field: name });
  }
}

/** Refuses bad options before anything is read (BAD_USER_INPUT, nothing started). */
export function validatePlacementInput(scope: PlacementScope, options: PlacementOptions): void {
  if (options.budgetMad == null && options.maxCameras == null) throw badInput('Give a budget in MAD (budgetMad) or a number of cameras (maxCameras), or both.', { field: 'budgetMad' });
  checkRange('budgetMad', options.budgetMad, PLACEMENT_LIMITS.budgetMad);
  checkRange('maxCameras', options.maxCameras, PLACEMENT_LIMITS.maxCameras, true);
  checkRange('newPoleSpacingMeters', options.newPoleSpacingMeters, PLACEMENT_LIMITS.newPoleSpacingMeters);
  checkRange('reachMeters', options.reachMeters, PLACEMENT_LIMITS.reachMeters);
  checkRange('headingStepDegrees', options.headingStepDegrees, PLACEMENT_LIMITS.headingStepDegrees);
  checkRange('wallSpacingMeters', options.wallSpacingMeters, PLACEMENT_LIMITS.wallSpacingMeters);
  checkRange('wallMountHeightMeters', options.wallMountHeightMeters, PLACEMENT_LIMITS.wallMountHeightMeters);
  if (options.walls) {
    if (options.walls.length > PLACEMENT_LIMITS.walls) throw badInput(`walls: at most ${PLACEMENT_LIMITS.walls} lines.`, { field: 'walls' });
    let total = 0;
    for (const wall of options.walls) for (let i = 1; i < wall.coordinates.length; i++) total += approximateMeters(wall.coordinates[i - 1], wall.coordinates[i]);
    if (total > PLACEMENT_LIMITS.wallsTotalMeters) throw badInput(`walls: ${Math.round(total)} m drawn; at most ${PLACEMENT_LIMITS.wallsTotalMeters} m in all.`, { field: 'walls' });
  }
  if (scope.blackSpotIds && scope.zoneId) throw badInput('Give black spots or a zone as the scope, not both.', { field: 'scope' });
  if (scope.blackSpotIds && (scope.blackSpotIds.length === 0 || scope.blackSpotIds.length > PLACEMENT_LIMITS.blackSpotIds)) {
    throw badInput(`blackSpotIds, when given, must name 1 to ${PLACEMENT_LIMITS.blackSpotIds} black spots.`, { field: 'blackSpotIds' });
  }
  if (options.modelIds && (options.modelIds.length === 0 || options.modelIds.length > PLACEMENT_LIMITS.modelIds)) {
    throw badInput(`modelIds, when given, must name 1 to ${PLACEMENT_LIMITS.modelIds} camera models.`, { field: 'modelIds' });
  }
  for (const id of scope.blackSpotIds ?? []) if (!isUuid(id)) throw notFound('BlackSpot', id);
  for (const id of options.modelIds ?? []) if (!isUuid(id)) throw notFound('CameraModel', id);
  if (scope.zoneId != null && !isUuid(scope.zoneId)) throw notFound('Zone', scope.zoneId);
}

/**
 * The cheap checks of a scope, run within the request that starts a run (the loading itself runs in
 * the background): the zone, black spots and models named exist, and the scope holds a black spot.
 */
export async function checkPlacementScope(manager: EntityManager, scope: PlacementScope, options: PlacementOptions): Promise<void> {
  validatePlacementInput(scope, options);
  if (scope.zoneId && !(await manager.query(`SELECT 1 FROM zone WHERE id = $1`, [scope.zoneId])).length) throw notFound('Zone', scope.zoneId);
  if (scope.blackSpotIds) {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM black_spot WHERE id = ANY($1::uuid[])`, [scope.blackSpotIds]);
    const found = new Set(rows.map((row) => row.id));
    const missing = scope.blackSpotIds.find((id) => !found.has(id));
    if (missing) throw notFound('BlackSpot', missing);
  }
  if (options.modelIds) {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM camera_model WHERE id = ANY($1::uuid[])`, [options.modelIds]);
    const found = new Set(rows.map((row) => row.id));
    const missing = options.modelIds.find((id) => !found.has(id));
    if (missing) throw notFound('CameraModel', missing);
  }
  const [{ count }] = await manager.query(
    `SELECT count(*)::int AS count FROM black_spot b
      WHERE ($1::uuid[] IS NULL OR b.id = ANY($1::uuid[]))
        AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM zone z WHERE z.id = $2 AND ST_Intersects(z.boundary, b.boundary)))`,
    [scope.blackSpotIds ?? null, scope.zoneId ?? null],
  );
  if (count === 0) throw badInput('There is no black spot in this scope to serve.', { reason: 'NO_TARGETS' });
}

/** Length of a short step on the ground, metres (equirectangular: for limits, not for prices). */
function approximateMeters(a: Position, b: Position): number {
  const radians = Math.PI / 180;
  const dx = (b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * radians) * 6_371_000 * radians;
  const dy = (b[1] - a[1]) * 6_371_000 * radians;
  return Math.hypot(dx, dy);
}

/** Mount height of a camera on a pole of this kind and height (as the demo and installers do). */
export function cameraHeightOnPole(kind: PoleKind, heightMeters: number | null): number {
  const height = heightMeters ?? 6;
  if (kind === 'street_light' || kind === 'utility_pole') return Math.max(2.5, Math.min(height - 2, 7));
  return Math.max(2.5, height - 0.4);
}

export async function loadPlacementProblem(
  manager: EntityManager,
  network: NetworkService,
  projection: Projection,
  scope: PlacementScope,
  options: PlacementOptions,
): Promise<LoadedPlacementProblem> {
  validatePlacementInput(scope, options);
  const srid = projection.epsg;
  const reach = options.reachMeters ?? 120;

  // ---- targets
  if (scope.zoneId) {
    const [zone] = await manager.query(`SELECT id FROM zone WHERE id = $1`, [scope.zoneId]);
    if (!zone) throw notFound('Zone', scope.zoneId);
  }
  const spotRows: { id: string; code: string; name: string; priority: number; required_level: DoriLevel; boundary: string }[] = await manager.query(
    `SELECT b.id, b.code, b.name, b.priority, b.required_level, ST_AsGeoJSON(b.boundary) AS boundary
       FROM black_spot b
      WHERE ($1::uuid[] IS NULL OR b.id = ANY($1::uuid[]))
        AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM zone z WHERE z.id = $2 AND ST_Intersects(z.boundary, b.boundary)))
      ORDER BY b.code`,
    [scope.blackSpotIds ?? null, scope.zoneId ?? null],
  );
  if (scope.blackSpotIds) {
    const found = new Set(spotRows.map((row) => row.id));
    const missing = scope.blackSpotIds.find((id) => !found.has(id));
    if (missing) throw notFound('BlackSpot', missing);
  }
  if (spotRows.length === 0) throw badInput('There is no black spot in this scope to serve.', { reason: 'NO_TARGETS' });
  const targets: PlacementTarget[] = spotRows.map((row) => ({
    id: row.id,
    polygon: projectPolygon(JSON.parse(row.boundary) as Polygon, projection),
    priority: row.priority,
    requiredLevel: row.required_level,
    night: options.night === true,
  }));
  const targetInfo = new Map<string, TargetInfo>(spotRows.map((row) => [row.id, { id: row.id, code: row.code, name: row.name, priority: row.priority, requiredLevel: row.required_level }]));
  const spotIds = spotRows.map((row) => row.id);

  // ---- models
  const modelRows: CameraModel[] = await manager.query(
    `SELECT id, code, name, kind, horizontal_pixels AS "horizontalPixels", vertical_pixels AS "verticalPixels", sensor_width_mm AS "sensorWidthMm",
            focal_length_min_mm AS "focalLengthMinMm", focal_length_max_mm AS "focalLengthMaxMm",
            fixed_horizontal_field_of_view_degrees AS "fixedHorizontalFieldOfViewDegrees", ir_range_meters AS "irRangeMeters",
            white_light_range_meters AS "whiteLightRangeMeters", optical_zoom AS "opticalZoom", pan_range_degrees AS "panRangeDegrees",
            power_draw_watts AS "powerDrawWatts", unit_price_mad AS "unitPriceMad"
       FROM camera_model ORDER BY code`,
  );
  const modelById = new Map(modelRows.map((model) => [model.id, model]));
  for (const id of options.modelIds ?? []) if (!modelById.has(id)) throw notFound('CameraModel', id);
  const allowed = options.modelIds ? options.modelIds.map((id) => modelById.get(id)!) : modelRows;
  const models: PlacementModel[] = [];
  const modelInfo = new Map<string, ModelInfo>();
  for (const model of allowed) {
    // A PTZ candidate is its guard (home) position: one heading, tilt and zoom, tried like a varifocal
    // at its widest and at the geometric middle of its zoom; accepted, it gets that position as its
    // "Guard" preset. (Counting a PTZ's whole pan reach would credit it with ground it watches only
    // when turned there.)
    const lens = model.kind === 'ptz' ? zoomLensOf(model) : lensOf(model);
    const lensSettings: LensSetting[] | undefined = lens.kind === 'varifocal'
      ? [{ focalLengthMillimeters: lens.minimumFocalLengthMillimeters }, { focalLengthMillimeters: Math.round(Math.sqrt(lens.minimumFocalLengthMillimeters * lens.maximumFocalLengthMillimeters) * 10) / 10 }]
      : lens.kind === 'optical_zoom' && lens.maximumOpticalZoom > 1
        ? [{ zoomFactor: 1 }, { zoomFactor: Math.round(Math.sqrt(lens.maximumOpticalZoom) * 10) / 10 }]
        : undefined;
    const installationMad = VIGIE_UNIT_COSTS.cameraInstallationByKindMad[model.kind] ?? 0;
    models.push({
      id: model.id,
      lens,
      lensSettings,
      horizontalPixels: model.horizontalPixels,
      verticalPixels: model.verticalPixels,
      price: Number(model.unitPriceMad ?? VIGIE_UNIT_COSTS.defaultCameraMad) + installationMad,
      // The core caps night targets at this range: the farther of infrared and white light (core/night).
      irRangeMeters: nightRangeMeters(model),
      // Held on the source (and feeds) for each camera of this model (a model without a figure: the most power-hungry allowed one's).
      powerDrawWatts: model.powerDrawWatts == null ? undefined : Number(model.powerDrawWatts),
    });
    modelInfo.set(model.id, {
      id: model.id, code: model.code, name: model.name, kind: model.kind, unitPriceMad: Number(model.unitPriceMad ?? VIGIE_UNIT_COSTS.defaultCameraMad),
      installationMad, varifocal: lens.kind === 'varifocal', focalLengthMinMm: model.focalLengthMinMm, focalLengthMaxMm: model.focalLengthMaxMm,
    });
  }
  const requiredWatts = Math.max(0, ...allowed.map((model) => Number(model.powerDrawWatts ?? 0)));

  // ---- buildings around the targets
  const envelope = `(SELECT ST_Transform(ST_Expand(ST_Transform(ST_Collect(boundary), ${srid}), $2), 4326) FROM black_spot WHERE id = ANY($1::uuid[]))`;
  const buildingRows: { id: string; height_meters: number | null; footprint: string }[] = await manager.query(
    `SELECT id, height_meters, ST_AsGeoJSON(footprint) AS footprint FROM building WHERE footprint && ${envelope} ORDER BY id`,
    [spotIds, reach + 150],
  );
  const buildings: PlacementBuilding[] = [];
  for (const row of buildingRows) {
    projectMultiPolygon(JSON.parse(row.footprint) as MultiPolygon, projection).forEach((polygon, part) => {
      buildings.push({ id: part ? `${row.id}#${part}` : row.id, polygon, heightMeters: row.height_meters });
    });
  }

  // ---- existing cameras (the design, kept and counted)
  const cameraRows: {
    id: string; pole_id: string | null; lon: number; lat: number; mount_height_meters: number; heading_degrees: number; tilt_degrees: number;
    focal_length_mm: number | null; model_id: string; ptz_presets: PtzPresetValue[] | null;
  }[] = await manager.query(
    `SELECT c.id, c.pole_id, ST_X(c.location) AS lon, ST_Y(c.location) AS lat, c.mount_height_meters, c.heading_degrees, c.tilt_degrees,
            c.focal_length_mm, c.model_id, c.ptz_presets
       FROM camera c
      WHERE c.status <> 'decommissioned' AND c.location && ${envelope}
      ORDER BY c.id`,
    [spotIds, reach + 400],
  );

  // ---- candidate mounts: poles near the targets
  const poleRows: { id: string; code: string; kind: PoleKind; height_meters: number | null; existing: boolean; lon: number; lat: number; fiber: boolean; power: boolean; cameras: number }[] =
    await manager.query(
      `SELECT p.id, p.code, p.kind, p.height_meters, p.existing, ST_X(p.location) AS lon, ST_Y(p.location) AS lat,
              EXISTS (SELECT 1 FROM fiber_run f WHERE f.status <> 'decommissioned' AND (f.from_pole_id = p.id OR f.to_pole_id = p.id
                        OR f.from_camera_id IN (SELECT id FROM camera WHERE pole_id = p.id) OR f.to_camera_id IN (SELECT id FROM camera WHERE pole_id = p.id))) AS fiber,
              EXISTS (SELECT 1 FROM power_feed f WHERE f.status <> 'decommissioned' AND (f.to_pole_id = p.id
                        OR f.to_camera_id IN (SELECT id FROM camera WHERE pole_id = p.id))) AS power,
              (SELECT count(*)::int FROM camera c WHERE c.pole_id = p.id AND c.status <> 'decommissioned') AS cameras
         FROM pole p
        WHERE p.status <> 'decommissioned'
          AND EXISTS (SELECT 1 FROM black_spot b WHERE b.id = ANY($1::uuid[])
                        AND ST_DWithin(ST_Transform(p.location, ${srid}), ST_Transform(b.boundary, ${srid}), $2))
        ORDER BY p.code`,
      [spotIds, reach],
    );

  // ---- connections: street graph priced by the bill, targets with spare ports and power
  const loaded = await network.loader.load('planned');
  const connectivity = analyseConnectivity(loaded.graphs);
  const { network: streets } = await network.streetGraph.get();
  const ducts = loaded.rows.fiberRuns
    .filter((run) => run.status !== 'decommissioned' && (run.installMethod === 'underground_duct' || run.installMethod === 'existing_duct'))
    .map((run) => run.path);
  const fiberPriced = streets
    ? priceStreetNetwork(streets, ducts, {
        trenchMadPerMeter: FIBER_ROUTE_MAD_PER_METER.underground_duct,
        ductMadPerMeter: FIBER_ROUTE_MAD_PER_METER.existing_duct,
        fixedMad: 2 * VIGIE_UNIT_COSTS.fiberSplicingMadPerRunEnd,
      })
    : null;
  const powerPriced = streets
    ? priceStreetNetwork(streets, ducts, {
        trenchMadPerMeter: POWER_ROUTE_MAD_PER_METER.underground_duct,
        ductMadPerMeter: POWER_ROUTE_MAD_PER_METER.existing_duct,
        fixedMad: 0,
      })
    : null;
  const fiberTargetList = fiberRoutingTargets(loaded.graphs, connectivity);
  const powerTargetList = powerRoutingTargets(loaded.graphs, connectivity, requiredWatts);
  // Free ports and spare watts are shared by all proposals: each mount gets up to 3 fiber and 3 power
  // routes (the nearest target, then the nearest other one while the target found is limited), and
  // the core gives a mount the cheapest pair whose ports and watts are still free when it opens.
  const targetResources = routingTargetResources(loaded.graphs, connectivity, requiredWatts);
  // A pole already powered: each camera put there draws on the feeds and source that feed it.
  const supplyOfPole = poleSupplyResources(loaded.graphs, connectivity, requiredWatts);
  const resources = new Map<string, PlacementResource>();
  const alternativesOf = (priced: PricedStreetNetwork | null, all: RoutingTarget[], cache: Map<string, PreparedRoutingTargets>, location: Position): RouteInfo[] => {
    if (!priced) return [];
    const found: RouteInfo[] = [];
    const excluded: string[] = [];
    while (found.length < CONNECTION_ALTERNATIVES) {
      const key = [...excluded].sort().join(',');
      let prepared = cache.get(key);
      if (!prepared) {
        prepared = prepareRoutingTargets(priced.network, all.filter((target) => !excluded.includes(target.id)));
        cache.set(key, prepared);
      }
      const route = routeInfo(cheapestConnection(priced, location, prepared));
      if (!route) break;
      found.push(route);
      // A target with no known limit never runs out: no dearer alternative is needed.
      if (!route.targetId || !targetResources.has(route.targetId)) break;
      excluded.push(route.targetId);
    }
    return found;
  };
  const fiberCache = new Map<string, PreparedRoutingTargets>();
  const powerCache = new Map<string, PreparedRoutingTargets>();
  const usesOf = (route: RouteInfo, poleId?: string): PlacementConnectionOption['uses'] =>
    (route.targetId ? targetResources.get(route.targetId) ?? [] : route.alreadyConnected && poleId ? supplyOfPole(poleId) : []).map((resource: RoutingTargetResource) => {
      if (!resources.has(resource.id)) resources.set(resource.id, { id: resource.id, capacity: Math.max(0, resource.spare) });
      return { resourceId: resource.id, amount: resource.amount, perCamera: resource.perCamera === true };
    });
  const routeInfo = (route: ConnectionRoute): RouteInfo | null =>
    route.status === 'found'
      ? {
          path: route.path, lengthMeters: round(route.lengthMeters), ductMeters: round(route.ductMeters), costMad: round(route.costMad),
          targetId: route.target.id, targetCode: loaded.codeById.get(route.target.id) ?? null, alreadyConnected: false,
        }
      : null;
  const connected: RouteInfo = { path: null, lengthMeters: 0, ductMeters: 0, costMad: 0, targetId: null, targetCode: null, alreadyConnected: true };
  let mountsWithoutConnection = 0;
  const connect = (location: Position, hasFiber: boolean, hasPower: boolean, poleId?: string): { fiber: RouteInfo; power: RouteInfo; connections: MountConnection[]; options: PlacementConnectionOption[] } | null => {
    const fibers = hasFiber ? [connected] : alternativesOf(fiberPriced, fiberTargetList, fiberCache, location);
    const powers = hasPower ? [connected] : alternativesOf(powerPriced, powerTargetList, powerCache, location);
    if (fibers.length === 0 || powers.length === 0) {
      mountsWithoutConnection++;
      return null;
    }
    const connections = fibers.flatMap((fiber) => powers.map((power) => ({ fiber, power }))).sort((a, b) => a.fiber.costMad + a.power.costMad - (b.fiber.costMad + b.power.costMad));
    const options = connections.map((connection) => ({ cost: connection.fiber.costMad + connection.power.costMad, uses: [...usesOf(connection.fiber), ...usesOf(connection.power, poleId)] }));
    return { fiber: connections[0].fiber, power: connections[0].power, connections, options };
  };

  const mounts: PlacementMount[] = [];
  const mountInfo = new Map<string, MountInfo>();
  for (const pole of poleRows) {
    const location: Position = [pole.lon, pole.lat];
    const connection = connect(location, pole.fiber, pole.power, pole.id);
    if (!connection) continue;
    const kind: PlacementMount['kind'] = pole.kind === 'street_light' ? 'street_light' : pole.kind === 'wall_mount' ? 'wall' : 'existing_pole';
    // An existing support pays its mount (bracket and box, and setting them); a pole of the design is already priced.
    const mountCost = pole.existing
      ? (VIGIE_UNIT_COSTS.existingPoleMountByKindMad[pole.kind] ?? 0) + (VIGIE_UNIT_COSTS.existingPoleMountInstallationByKindMad[pole.kind] ?? 0)
      : 0;
    const connectionCost = connection.fiber.costMad + connection.power.costMad;
    const { options: connectionOptions, ...connectionInfo } = connection;
    mounts.push({
      id: pole.id,
      positionMeters: projection.toMeters(location),
      heightMeters: cameraHeightOnPole(pole.kind, pole.height_meters),
      kind,
      mountCost,
      connectionCost,
      capacity: kind === 'wall' ? WALL_CAPACITY : POLE_CAPACITY,
      occupiedSlots: pole.cameras,
      connectionOptions,
    });
    mountInfo.set(pole.id, { id: pole.id, kind, poleId: pole.id, poleCode: pole.code, poleKind: pole.kind, location, newPoleHeightMeters: null, ...connectionInfo });
  }

  // ---- new poles along the streets, at the given spacing, clear of buildings and of existing poles
  if (options.allowNewPoles && streets) {
    const spacing = options.newPoleSpacingMeters ?? 30;
    const streetRows: { path: string }[] = await manager.query(
      `SELECT ST_AsGeoJSON(s.path) AS path FROM street s
        WHERE EXISTS (SELECT 1 FROM black_spot b WHERE b.id = ANY($1::uuid[])
                        AND ST_DWithin(ST_Transform(s.path, ${srid}), ST_Transform(b.boundary, ${srid}), $2))
        ORDER BY s.id`,
      [spotIds, reach],
    );
    const existing = [...mountInfo.values()].map((info) => projection.toMeters(info.location));
    const buildingRegions = buildings.map((building) => building.polygon);
    const targetPolygons = targets.map((target) => target.polygon);
    const placed: { x: number; y: number }[] = [];
    let sequence = 0;
    for (const row of streetRows) {
      for (const { point: onStreet, ux, uy } of stationsAlong((JSON.parse(row.path) as LineString).coordinates.map((position) => projection.toMeters(position)), spacing)) {
        const candidate = { x: onStreet.x - uy * NEW_POLE_OFFSET_METERS, y: onStreet.y + ux * NEW_POLE_OFFSET_METERS };
        const tooClose = (list: { x: number; y: number }[], meters: number) => list.some((q) => Math.hypot(q.x - candidate.x, q.y - candidate.y) < meters);
        if (tooClose(existing, spacing / 2) || tooClose(placed, spacing / 2)) continue;
        if (buildingRegions.some((polygon) => isPointInRegion(polygon, candidate.x, candidate.y))) continue;
        if (targetPolygons.some((polygon) => isPointInRegion(polygon, candidate.x, candidate.y))) continue;
        if (!targetPolygons.some((polygon) => distanceToPolygon(polygon, candidate.x, candidate.y) <= reach)) continue;
        placed.push(candidate);
        const location = projection.toLonLat(candidate).map((value) => Math.round(value * 1e7) / 1e7);
        const connection = connect(location, false, false);
        if (!connection) continue;
        const id = `new-pole-${++sequence}`;
        const { options: newPoleOptions, ...connectionInfo } = connection;
        const mountCost = (VIGIE_UNIT_COSTS.poleByKindMad.camera_pole ?? VIGIE_UNIT_COSTS.defaultPoleMad) + (VIGIE_UNIT_COSTS.poleInstallationByKindMad.camera_pole ?? VIGIE_UNIT_COSTS.defaultPoleInstallationMad);
        mounts.push({
          id, positionMeters: projection.toMeters(location), heightMeters: cameraHeightOnPole('camera_pole', NEW_POLE_HEIGHT_METERS), kind: 'new_pole',
          mountCost, connectionCost: connection.fiber.costMad + connection.power.costMad, capacity: POLE_CAPACITY, occupiedSlots: 0,
          connectionOptions: newPoleOptions,
        });
        mountInfo.set(id, { id, kind: 'new_pole', poleId: null, poleCode: null, poleKind: 'camera_pole', location, newPoleHeightMeters: NEW_POLE_HEIGHT_METERS, ...connectionInfo });
      }
    }
  }

  // ---- brackets along the walls the engineer drew, at the given spacing, facing the nearest black spot
  if (options.walls?.length) {
    const spacing = options.wallSpacingMeters ?? 10;
    const height = options.wallMountHeightMeters ?? 5;
    const targetPolygons = targets.map((target) => target.polygon);
    const mountCost = (VIGIE_UNIT_COSTS.poleByKindMad.wall_mount ?? 0) + (VIGIE_UNIT_COSTS.poleInstallationByKindMad.wall_mount ?? 0);
    let sequence = 0;
    options.walls.forEach((wall, wallNumber) => {
      for (const { point: onWall, ux, uy } of stationsAlong(wall.coordinates.map((position) => projection.toMeters(position)), spacing)) {
        // The side of the wall the nearest black spot lies on: the bracket stands WALL_OFFSET off it
        // there (clear of the building the wall may bound) and looks only to that side.
        let nearest = Infinity;
        let side = 1;
        for (const polygon of targetPolygons) {
          const distance = distanceToPolygon(polygon, onWall.x, onWall.y);
          if (distance >= nearest) continue;
          nearest = distance;
          const ring = polygon[0] ?? [];
          const cx = ring.reduce((sum, point) => sum + point.x, 0) / Math.max(1, ring.length);
          const cy = ring.reduce((sum, point) => sum + point.y, 0) / Math.max(1, ring.length);
          side = (cx - onWall.x) * -uy + (cy - onWall.y) * ux >= 0 ? 1 : -1;
        }
        if (nearest > reach) continue;
        const [nx, ny] = [-uy * side, ux * side];
        const position = { x: onWall.x + nx * WALL_OFFSET_METERS, y: onWall.y + ny * WALL_OFFSET_METERS };
        const location = projection.toLonLat(position).map((value) => Math.round(value * 1e7) / 1e7);
        const connection = connect(location, false, false);
        if (!connection) continue;
        const facing = ((Math.atan2(nx, ny) * 180) / Math.PI + 360) % 360;
        const id = `wall-${wallNumber + 1}-${++sequence}`;
        const { options: wallOptions, ...connectionInfo } = connection;
        mounts.push({
          id, positionMeters: projection.toMeters(location), heightMeters: height, kind: 'wall', mountCost,
          connectionCost: connection.fiber.costMad + connection.power.costMad, capacity: WALL_CAPACITY, occupiedSlots: 0,
          headingRange: { fromDegrees: (facing + 270) % 360, toDegrees: (facing + 90) % 360 },
          connectionOptions: wallOptions,
        });
        mountInfo.set(id, { id, kind: 'wall', poleId: null, poleCode: null, poleKind: 'wall_mount', location, newPoleHeightMeters: height + 0.4, ...connectionInfo });
      }
    });
  }

  // By night the design's cameras dark for part of the night (switched lighting circuits) count for nothing.
  const darkAtNight = options.night ? new Set(camerasDarkAtNight(connectivity, { night: DEFAULT_NIGHT }).map((entry) => entry.cameraId)) : new Set<string>();
  // A PTZ of the design with presets counts the union of its presets' views (the guard tour returns to
  // each; the operator may hold one, so this is what it can watch, not what it watches at every
  // minute); without presets, its stored heading and focal length, like a fixed camera.
  const existingCameras: PlacementExistingCamera[] = cameraRows.filter((row) => !darkAtNight.has(row.id)).flatMap((row) => {
    const model = modelById.get(row.model_id)!;
    const base = {
      positionMeters: projection.toMeters([row.lon, row.lat]),
      mountHeightMeters: row.mount_height_meters,
      horizontalPixels: model.horizontalPixels,
      verticalPixels: model.verticalPixels,
      irRangeMeters: nightRangeMeters(model),
    };
    const mountId = row.pole_id && mountInfo.has(row.pole_id) ? row.pole_id : undefined;
    const presets = model.kind === 'ptz' ? row.ptz_presets ?? [] : [];
    if (presets.length > 0) {
      const zoom = zoomLensOf(model);
      return presets.map((preset, number) => ({
        ...base,
        id: `${row.id}#${preset.name}`,
        headingDegrees: preset.headingDegrees,
        tiltDegrees: preset.tiltDegrees,
        horizontalFieldOfViewDegrees: resolveHorizontalFieldOfViewDegrees(zoom, { zoomFactor: Math.min(Math.max(1, preset.zoomFactor), zoom.maximumOpticalZoom) }),
        // The camera takes one slot of its pole, whatever its presets.
        mountId: number === 0 ? mountId : undefined,
      }));
    }
    return [{
      ...base,
      id: row.id,
      headingDegrees: row.heading_degrees,
      tiltDegrees: row.tilt_degrees,
      horizontalFieldOfViewDegrees: resolveHorizontalFieldOfViewDegrees(lensOf(model), { focalLengthMillimeters: row.focal_length_mm ?? undefined }),
      mountId,
    }];
  });

  const problem: PlacementProblem = {
    targets,
    buildings,
    mounts,
    models,
    existingCameras,
    budget: options.budgetMad ?? undefined,
    maxCameras: options.maxCameras ?? undefined,
    headingStepDegrees: options.headingStepDegrees ?? undefined,
    resources: [...resources.values()],
  };
  return { problem, mounts: mountInfo, models: modelInfo, targets: targetInfo, mountsWithoutConnection };
}

const round = (value: number) => Math.round(value * 100) / 100;


/**
 * Points every `spacing` metres along a line (the first half a spacing in), carried over its vertices,
 * each with the unit direction of its segment: new poles along streets, brackets along walls.
 */
function* stationsAlong(points: readonly { x: number; y: number }[], spacing: number): Generator<{ point: { x: number; y: number }; ux: number; uy: number }> {
  let carried = spacing / 2;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) continue;
    const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
    for (let s = carried; s <= length; s += spacing) yield { point: { x: a.x + ux * s, y: a.y + uy * s }, ux, uy };
    carried = length >= carried ? spacing - ((length - carried) % spacing) : carried - length;
  }
}
