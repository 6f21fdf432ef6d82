import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { camerasDarkAtNight, DEFAULT_NIGHT, nightCameraCoverage, type DayPeriod, type NightLighting } from '../core/night';
import { analyzeBlackSpot } from '../core/coverage';
import { clockTime, type ConnectivityReport, type NetworkGraphs } from '../core/network';
import type { PointMeters } from '../core/geometry/planar';
import { badInput } from '../common/errors/vigie-errors';
import { RevisionedCache } from '../common/data-revision';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { NetworkService } from '../network/network.service';
import { statusesOf, type CameraSelection, type LoadedNetwork } from '../network/network-loader';
import type { NightCoverageReport } from './dto/night.types';

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** "HH:MM" to minutes after midnight; BAD_USER_INPUT otherwise. */
export function minuteOfDay(value: string, name: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw badInput(`${name} must be a time of day "HH:MM" (00:00 to 23:59); got ${JSON.stringify(value)}.`, { field: name });
  return Number(match[1]) * 60 + Number(match[2]);
}

export interface NightQuery {
  nightFrom?: string | null;
  nightTo?: string | null;
  gridOutageFrom?: string | null;
  gridOutageTo?: string | null;
}

/** The night and outage periods of a query (the night defaults to 18:00-07:00; an outage needs both ends). */
export function nightPeriods(query: NightQuery): { night: DayPeriod; gridOutage: DayPeriod | null } {
  const night: DayPeriod = {
    startMinuteOfDay: query.nightFrom != null ? minuteOfDay(query.nightFrom, 'nightFrom') : DEFAULT_NIGHT.startMinuteOfDay,
    endMinuteOfDay: query.nightTo != null ? minuteOfDay(query.nightTo, 'nightTo') : DEFAULT_NIGHT.endMinuteOfDay,
  };
  if (night.startMinuteOfDay === night.endMinuteOfDay) throw badInput('nightFrom and nightTo must differ.', { field: 'nightTo' });
  if ((query.gridOutageFrom == null) !== (query.gridOutageTo == null)) {
    throw badInput('Give both gridOutageFrom and gridOutageTo, or neither.', { field: query.gridOutageFrom == null ? 'gridOutageFrom' : 'gridOutageTo' });
  }
  const gridOutage =
    query.gridOutageFrom != null && query.gridOutageTo != null
      ? { startMinuteOfDay: minuteOfDay(query.gridOutageFrom, 'gridOutageFrom'), endMinuteOfDay: minuteOfDay(query.gridOutageTo, 'gridOutageTo') }
      : null;
  if (gridOutage && gridOutage.startMinuteOfDay === gridOutage.endMinuteOfDay) throw badInput('gridOutageFrom and gridOutageTo must differ.', { field: 'gridOutageTo' });
  return { night, gridOutage };
}

const periodOf = (period: DayPeriod) => ({
  from: clockTime(period.startMinuteOfDay),
  to: clockTime(period.endMinuteOfDay),
  minutes: (period.endMinuteOfDay - period.startMinuteOfDay + 1440) % 1440,
});

const keyOf = (selection: CameraSelection, night: DayPeriod, gridOutage: DayPeriod | null) =>
  [selection, night.startMinuteOfDay, night.endMinuteOfDay, gridOutage?.startMinuteOfDay ?? '', gridOutage?.endMinuteOfDay ?? ''].join(':');

/**
 * Black-spot coverage by day and by night from the stored coverage (the same rows as the black-spot
 * analyses): by night each camera's coverage is cut to its model's light range (core/night) and the
 * cameras dark at night (the connectivity analysis of the design checks, read against the night) are
 * left out. Nothing is written.
 */
@Injectable()
export class NightCoverageService {
  /**
   * Reports kept per loaded network (its graphs are built again when the 'network' revision moves:
   * cameras, models and their light ranges, power) and, inside it, per 'coverage' revision (black spots,
   * stored coverage, cameras): a repeated question costs two revision reads instead of 3 to 4 s of
   * geometry on the Fès demo. Null when the analysis cache is off.
   */
  private readonly reports: WeakMap<NetworkGraphs, RevisionedCache<NightCoverageReport>> | null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly network: NetworkService,
    @Inject(VIGIE_CONFIG) config: Partial<Pick<VigieConfig, 'analysisCache'>>,
  ) {
    this.reports = config.analysisCache === false ? null : new WeakMap();
  }

  async nightCoverage(selection: CameraSelection, query: NightQuery = {}): Promise<NightCoverageReport> {
    const { night, gridOutage } = nightPeriods(query);
    const { network, report } = await this.network.connectivity(selection);
    if (!this.reports) return this.analyse(selection, network, report, night, gridOutage);
    let cache = this.reports.get(network.graphs);
    if (!cache) this.reports.set(network.graphs, (cache = new RevisionedCache(this.dataSource, 'coverage')));
    return (await cache.get(keyOf(selection, night, gridOutage), () => this.analyse(selection, network, report, night, gridOutage))).value;
  }

  /** The night analysis itself (uncached): stored coverage cut to each camera's light, dark cameras left out. */
  private async analyse(
    selection: CameraSelection,
    network: LoadedNetwork,
    report: ConnectivityReport,
    night: DayPeriod,
    gridOutage: DayPeriod | null,
  ): Promise<NightCoverageReport> {
    const dark = camerasDarkAtNight(report, { night, gridOutage }).sort((a, b) => b.darkMinutes - a.darkMinutes);
    const darkIds = new Set(dark.map((entry) => entry.cameraId));
    const statuses = statusesOf(selection);
    const rows: { id: string; code: string; lon: number; lat: number; ir_range_meters: number | null; white_light_range_meters: number | null }[] =
      await this.dataSource.query(
        `SELECT c.id, c.code, ST_X(c.location) AS lon, ST_Y(c.location) AS lat, m.ir_range_meters, m.white_light_range_meters
           FROM camera c JOIN camera_model m ON m.id = c.model_id WHERE c.status::text = ANY($1::text[]) ORDER BY c.code`,
        [statuses],
      );
    const projection = this.network.metric.projection;
    const cameras = new Map<string, { lens: PointMeters; lighting: NightLighting }>(
      rows.map((row) => [row.id, { lens: projection.toMeters([row.lon, row.lat]), lighting: { irRangeMeters: row.ir_range_meters, whiteLightRangeMeters: row.white_light_range_meters } }]),
    );
    const cases = await this.network.blackSpotCases(statuses);
    let area = 0;
    let dayCovered = 0;
    let nightCovered = 0;
    const blackSpots = cases.map((spotCase) => {
      const day = spotCase.measure();
      const nightCoverages = spotCase.coverages
        .filter((coverage) => !darkIds.has(coverage.cameraId) && cameras.has(coverage.cameraId))
        .map((coverage) => {
          const camera = cameras.get(coverage.cameraId)!;
          return nightCameraCoverage(coverage, camera.lighting, camera.lens);
        });
      const byNight = analyzeBlackSpot(spotCase.input, nightCoverages);
      area += day.areaSquareMeters;
      dayCovered += day.coveredAreaSquareMeters;
      nightCovered += byNight.coveredAreaSquareMeters;
      const { id, code, name, priority, requiredLevel } = spotCase.spot;
      return {
        blackSpot: { id, code, name, priority, requiredLevel },
        areaSquareMeters: round(day.areaSquareMeters),
        dayCoveredSquareMeters: round(day.coveredAreaSquareMeters),
        nightCoveredSquareMeters: round(byNight.coveredAreaSquareMeters),
        dayCoveredFraction: round(day.coveredFraction, 4),
        nightCoveredFraction: round(byNight.coveredFraction, 4),
      };
    });
    const ref = (id: string) => ({ kind: 'camera' as const, id, code: network.codeById.get(id) ?? null });
    return {
      night: periodOf(night),
      gridOutage: gridOutage && periodOf(gridOutage),
      cameraCount: rows.length,
      camerasDarkAtNight: dark.map((entry) => ({ camera: ref(entry.cameraId), darkMinutes: entry.darkMinutes, from: entry.from, to: entry.to, causes: entry.causes })),
      camerasWithoutNightLight: rows
        .filter((row) => !(row.ir_range_meters && row.ir_range_meters > 0) && !(row.white_light_range_meters && row.white_light_range_meters > 0))
        .map((row) => ({ kind: 'camera' as const, id: row.id, code: row.code })),
      blackSpots,
      dayCoveredSquareMeters: round(dayCovered),
      nightCoveredSquareMeters: round(nightCovered),
      areaSquareMeters: round(area),
    };
  }
}
