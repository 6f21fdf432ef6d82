/**
 * Night coverage: what a camera still sees after dark, and which cameras are dark at night at all.
 *
 * - Range: at night a camera sees only as far as its own light reaches: its infrared illuminator
 *   (`irRangeMeters`) or its white light (`whiteLightRangeMeters`, colour at night), whichever reaches
 *   further. Each DORI level of its day coverage is cut to that disc around the lens. A model with
 *   neither sees nothing of its own at night (range 0).
 * - Darkness: the connectivity analysis already says when a camera loses its supply by day (switched
 *   street-lighting circuits, UPS too short: `DarkByDay`). Here the same supply intervals are read
 *   against the night's hours: a camera is dark at night when its switched circuit is off during part of
 *   the night as modelled (e.g. the lighting's off period starting before dawn), or when a grid outage
 *   window (the modelled outage hours) falls in the night and its UPS (and those of the nodes of its
 *   fiber path) does not last through it. A camera dark for any minute of the night leaves its ground
 *   uncovered at that minute: night coverage counts only the cameras that work all night.
 */
import type { ConnectivityReport } from '../network/connectivity';
import { clockTime } from '../network/connectivity';
import type { BoundingBox, PointMeters, Region } from '../geometry/planar';
import { isEmptyBounds, regionArea, regionBounds } from '../geometry/planar';
import { intersectFlatRegion, intersectRegions } from '../geometry/polygon-operations';
import type { CameraCoverage, LevelCoverage } from '../coverage/camera-coverage';

/** A period of the day, minutes after midnight; it may run past midnight (start > end). */
export interface DayPeriod {
  startMinuteOfDay: number;
  endMinuteOfDay: number;
}

export interface NightOptions {
  /** The night's hours. Default 18:00 to 07:00: the longest nights at Fès (December, civil dusk to dawn). */
  night?: DayPeriod;
  /** Modelled grid outage hours (load shedding, planned works), when any: every supply is off then. */
  gridOutage?: DayPeriod | null;
}

export const DEFAULT_NIGHT: DayPeriod = { startMinuteOfDay: 18 * 60, endMinuteOfDay: 7 * 60 };

/** What lights the scene for a camera at night: the farther of its infrared and white light. */
export interface NightLighting {
  irRangeMeters?: number | null;
  whiteLightRangeMeters?: number | null;
}

export function nightRangeMeters(lighting: NightLighting): number {
  return Math.max(0, lighting.irRangeMeters ?? 0, lighting.whiteLightRangeMeters ?? 0);
}

const periodLength = (period: DayPeriod) => (period.endMinuteOfDay - period.startMinuteOfDay + 1440) % 1440;

/** Minutes [0, 1440) of the day covered by a period, as one or two half-open intervals. */
function intervalsOf(period: DayPeriod): [number, number][] {
  const start = ((period.startMinuteOfDay % 1440) + 1440) % 1440;
  const length = periodLength(period);
  if (length === 0) return [];
  const end = start + length;
  return end <= 1440 ? [[start, end]] : [[start, 1440], [0, end - 1440]];
}

/** The minutes of the day two periods share, as half-open intervals. */
function sharedIntervals(a: DayPeriod, b: DayPeriod): [number, number][] {
  const shared: [number, number][] = [];
  for (const [aStart, aEnd] of intervalsOf(a)) {
    for (const [bStart, bEnd] of intervalsOf(b)) {
      const start = Math.max(aStart, bStart);
      const end = Math.min(aEnd, bEnd);
      if (end > start) shared.push([start, end]);
    }
  }
  return shared;
}

/** Minutes shared by two periods of the day. */
export function overlapMinutes(a: DayPeriod, b: DayPeriod): number {
  return sharedIntervals(a, b).reduce((sum, [start, end]) => sum + end - start, 0);
}

/** Length of the union of intervals (minutes). */
function unionLength(intervals: [number, number][]): number {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of sorted) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** The part of an unsupplied period a UPS does not bridge (null when it lasts through). */
export function unbridged(period: DayPeriod, upsAutonomyMinutes: number): DayPeriod | null {
  if (upsAutonomyMinutes >= periodLength(period)) return null;
  return { startMinuteOfDay: (period.startMinuteOfDay + upsAutonomyMinutes) % 1440, endMinuteOfDay: period.endMinuteOfDay };
}

export type NightDarkCause = 'switched_lighting_off' | 'grid_outage_without_ups';

export interface CameraNightDarkness {
  cameraId: string;
  /** Minutes of the night the camera is dark (its supply or its path off, UPS run out). */
  darkMinutes: number;
  /** When it goes dark and comes back, "HH:MM" (the first period when both causes apply). */
  from: string;
  to: string;
  causes: NightDarkCause[];
}

/**
 * The cameras dark during part of the night, from the connectivity analysis (the same supply paths
 * and UPS figures as the design checks). Unpowered cameras and cameras without a fiber path are dark
 * day and night: they are not listed here (the design checks flag them) and the caller leaves them out.
 */
export function camerasDarkAtNight(report: ConnectivityReport, options: NightOptions = {}): CameraNightDarkness[] {
  const night = options.night ?? DEFAULT_NIGHT;
  const outage = options.gridOutage ?? null;
  const nodeUps = new Map(report.networkNodePower.map((node) => [node.networkNodeId, node.upsAutonomyMinutes]));
  const result: CameraNightDarkness[] = [];
  for (const camera of report.cameras) {
    if (!camera.power.powered || !camera.fiber) continue;
    const dark: { period: DayPeriod; cause: NightDarkCause }[] = [];
    const byDay = camera.power.darkByDay;
    if (byDay) {
      // The same interval as dark_by_day (the lighting's off period as the connectivity analysis models it,
      // from when the shorter UPS runs out), read against the night.
      const period = { startMinuteOfDay: byDay.fromMinuteOfDay, endMinuteOfDay: byDay.toMinuteOfDay };
      if (overlapMinutes(period, night) > 0) dark.push({ period, cause: 'switched_lighting_off' });
    }
    if (outage && overlapMinutes(outage, night) > 0) {
      // Every supply is off: the camera's own UPS, and those of the powered nodes of its fiber path.
      let ups = camera.power.upsAutonomyMinutes;
      for (const nodeId of camera.fiber.networkNodeIds) {
        const minutes = nodeUps.get(nodeId);
        if (minutes !== undefined) ups = Math.min(ups, minutes);
      }
      const period = unbridged(outage, ups);
      if (period && overlapMinutes(period, night) > 0) dark.push({ period, cause: 'grid_outage_without_ups' });
    }
    if (!dark.length) continue;
    result.push({
      cameraId: camera.cameraId,
      darkMinutes: unionLength(dark.flatMap((entry) => sharedIntervals(entry.period, night))),
      from: clockTime(dark[0].period.startMinuteOfDay),
      to: clockTime(dark[0].period.endMinuteOfDay),
      causes: [...new Set(dark.map((entry) => entry.cause))],
    });
  }
  return result;
}

/** A closed polygon approximating a disc (the night range), 64 sides: the area is within 0.2 % of pi r^2. */
export function discRegion(center: PointMeters, radiusMeters: number, sides = 64): Region {
  const ring: PointMeters[] = [];
  for (let side = 0; side < sides; side++) {
    const angle = (2 * Math.PI * side) / sides;
    ring.push({ x: center.x + radiusMeters * Math.cos(angle), y: center.y + radiusMeters * Math.sin(angle) });
  }
  return [ring];
}

const EMPTY_BOUNDS: BoundingBox = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };

/**
 * A camera's coverage at night: every level of its day coverage cut to the disc its light reaches,
 * centred on the lens (`lensMeters`; the coverage's own origin when omitted). The optimiser calls this
 * on a candidate's day coverage (same engine, same levels) to score night coverage.
 */
export function nightCameraCoverage<Level extends string>(
  coverage: CameraCoverage<Level>,
  lighting: NightLighting,
  lensMeters: PointMeters = coverage.originMeters,
): CameraCoverage<Level> {
  const range = nightRangeMeters(lighting);
  const disc = range > 0 ? discRegion(lensMeters, range) : null;
  const levels = coverage.levels.map((level): LevelCoverage<Level> => {
    if (!disc || isEmptyBounds(level.bounds)) return emptyLevel(level);
    const region = level.flat ? intersectFlatRegion(level.flat, disc) : intersectRegions(level.region, disc);
    if (!region.length) return emptyLevel(level);
    return {
      level: level.level,
      band: level.band && { nearMeters: level.band.nearMeters, farMeters: Math.min(level.band.farMeters, range) },
      reason: level.reason,
      region,
      areaSquareMeters: regionArea(region),
      bounds: regionBounds(region),
    };
  });
  return { cameraId: coverage.cameraId, originMeters: coverage.originMeters, levels };
}

function emptyLevel<Level extends string>(level: LevelCoverage<Level>): LevelCoverage<Level> {
  return { level: level.level, band: null, reason: level.reason, region: [], areaSquareMeters: 0, bounds: { ...EMPTY_BOUNDS } };
}
