import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RevisionedCache } from '../common/data-revision';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { badInput } from '../common/errors/vigie-errors';
import {
  ACTIVE_FAULT_STATES,
  activeIntervals,
  blackSpotAvailability,
  cameraAvailability,
  segmentsOf,
  slaClock,
  type FaultPriority,
  type Interval,
  type StateChange,
} from '../core/maintenance';
import { INSTALLED_STATUSES } from '../network/network-loader';
import { NetworkService } from '../network/network.service';
import type { FaultFigures, FailureCount } from './dto/fault.types';
import { Fault } from './fault.entity';
import { FaultsService, hoursOf } from './faults.service';

const DAY_MS = 86_400_000;
const MAX_PERIOD_DAYS = 3_660;
const TOP = 10;
/** Figures depend on the clock too (what is overdue, availability up to now): kept at most this long. */
const FIGURES_MAX_AGE_MS = 60_000;
/** Periods kept at once (a screen asks for a few); past this the cache starts over. */
const MAX_KEPT_PERIODS = 64;
const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Maintenance figures over a period, all from the faults' state histories: open faults by priority
 * and zone, mean time to repair, availability of cameras and black spots (core/maintenance), and what
 * fails most. Read-only.
 */
@Injectable()
export class FaultFiguresService {
  /**
   * Figures per period, kept while the 'maintenance' data revision stays (any write to faults, their
   * history, cameras, models, poles, zones, black spots or stored coverage moves it, from any process)
   * and for at most a minute of the clock (overdue and availability move with time alone). Null when
   * the analysis cache is off.
   */
  private readonly cache: RevisionedCache<FaultFigures> | null;
  private cacheMinute = -1;
  private keptPeriods = new Set<string>();

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly network: NetworkService,
    private readonly faults: FaultsService,
    @Optional() @Inject(VIGIE_CONFIG) config?: Partial<Pick<VigieConfig, 'analysisCache'>>,
  ) {
    this.cache = config?.analysisCache === false ? null : new RevisionedCache(dataSource, 'maintenance');
  }

  /** The figures over a period, from the cache when neither the data nor the clock's minute moved. */
  async figures(from: Date, to: Date, nowMs = Date.now()): Promise<FaultFigures> {
    if (!this.cache) return this.compute(from, to, nowMs);
    const minute = Math.floor(nowMs / FIGURES_MAX_AGE_MS);
    const key = `${from.getTime()}|${to.getTime()}`;
    if (minute !== this.cacheMinute || (!this.keptPeriods.has(key) && this.keptPeriods.size >= MAX_KEPT_PERIODS)) {
      this.cache.clear();
      this.keptPeriods = new Set();
      this.cacheMinute = minute;
    }
    this.keptPeriods.add(key);
    return (await this.cache.get(`${minute}|${key}`, () => this.compute(from, to, nowMs))).value;
  }

  /** The figures computed from the database (no cache). */
  async compute(from: Date, to: Date, nowMs = Date.now()): Promise<FaultFigures> {
    const fromMs = from.getTime();
    // Availability is measured up to now: the future has no history yet.
    const toMs = Math.min(to.getTime(), nowMs);
    if (!Number.isFinite(fromMs) || !Number.isFinite(to.getTime()) || !(toMs > fromMs)) {
      throw badInput('The period must end after it starts, and start before now.');
    }
    if (toMs - fromMs > MAX_PERIOD_DAYS * DAY_MS) throw badInput(`The period may be at most ${MAX_PERIOD_DAYS} days.`);
    const period: Interval = { fromMs, toMs };

    const all = await this.faults.withHistory(await this.dataSource.getRepository(Fault).find({ order: { reportedAt: 'ASC' } }));
    const active = all.filter((fault) => ACTIVE_FAULT_STATES.includes(fault.state));
    const openByPriority = [0, 0, 0, 0];
    for (const fault of active) openByPriority[fault.priority - 1]++;
    const overdueCount = active.filter((fault) => {
      const clock = this.faults.sla(fault, nowMs);
      return clock.responseOverdue || clock.repairOverdue;
    }).length;

    const zoneRows: { zone_id: string | null; zone_name: string | null; priority: number; count: number }[] = await this.dataSource.query(
      `SELECT z.id AS zone_id, z.name AS zone_name, f.priority, count(*)::int AS count
         FROM fault f LEFT JOIN zone z ON ST_Intersects(z.boundary, f.location)
        WHERE f.state = ANY($1::fault_state[])
        GROUP BY z.id, z.name, f.priority ORDER BY z.name NULLS LAST`,
      [ACTIVE_FAULT_STATES],
    );
    const zones = new Map<string, { zoneId: string | null; zoneName: string | null; byPriority: number[]; total: number }>();
    for (const row of zoneRows) {
      const key = row.zone_id ?? '';
      const entry = zones.get(key) ?? { zoneId: row.zone_id, zoneName: row.zone_name, byPriority: [0, 0, 0, 0], total: 0 };
      entry.byPriority[row.priority - 1] += row.count;
      entry.total += row.count;
      zones.set(key, entry);
    }

    const inPeriod = (ms: number) => ms >= fromMs && ms < toMs;
    const loggedCount = all.filter((fault) => inPeriod(fault.reportedAt.getTime())).length;
    // Time to repair: the repair clock (time not resolved or closed) up to each resolution in the period.
    const repairs: number[] = [];
    for (const fault of all) {
      fault.stateHistory.forEach((change, index) => {
        if (change.state !== 'resolved' || !inPeriod(change.atMs)) return;
        const upTo: StateChange[] = fault.stateHistory.slice(0, index + 1);
        repairs.push(slaClock(upTo, this.faults.policy.sla[fault.priority as FaultPriority], change.atMs).repairMs);
      });
    }

    // Dark intervals per camera: every fault that darkens it, while active.
    const holds: { fault_id: string; camera_id: string }[] = await this.dataSource.query('SELECT fault_id, camera_id FROM fault_camera');
    const byId = new Map(all.map((fault) => [fault.id, fault]));
    const darkByCamera = new Map<string, Interval[]>();
    for (const hold of holds) {
      const fault = byId.get(hold.fault_id);
      if (!fault) continue;
      const list = darkByCamera.get(hold.camera_id) ?? [];
      list.push(...activeIntervals(fault.stateHistory, nowMs));
      darkByCamera.set(hold.camera_id, list);
    }
    const cameras: { id: string; code: string }[] = await this.dataSource.query(
      `SELECT id, code FROM camera WHERE status::text = ANY($1::text[]) OR id IN (SELECT camera_id FROM fault_camera) ORDER BY code`,
      [INSTALLED_STATUSES],
    );
    const cameraAvailabilities = cameras
      .map((camera) => {
        const result = cameraAvailability(darkByCamera.get(camera.id) ?? [], period);
        return { cameraId: camera.id, code: camera.code, availability: round(result.availability, 6), darkHours: hoursOf(result.darkMs) };
      })
      .sort((a, b) => a.availability - b.availability || a.code.localeCompare(b.code));

    const segments = segmentsOf(darkByCamera, period);
    const cases = (await this.network.blackSpotCases(INSTALLED_STATUSES)).filter((spotCase) => spotCase.cameraIds.length > 0);
    const blackSpotAvailabilities = cases
      .map((spotCase) => {
        const ids = new Set(spotCase.cameraIds);
        const result = blackSpotAvailability(
          segments,
          ids,
          (dark) => spotCase.measure(spotCase.cameraIds.filter((id) => !dark.includes(id))).coveredFraction,
          period,
        );
        return {
          blackSpotId: spotCase.spot.id,
          code: spotCase.spot.code,
          name: spotCase.spot.name,
          availability: round(result.availability, 6),
          nominalCoveredFraction: round(result.nominalCoveredFraction, 6),
          meanCoveredFraction: round(result.meanCoveredFraction, 6),
        };
      })
      .sort((a, b) => a.availability - b.availability || a.code.localeCompare(b.code));

    const count = (rows: { id: string; label: string; fault_count: number; camera_count: number }[]): FailureCount[] =>
      rows.map((row) => ({ id: row.id, label: row.label, faultCount: row.fault_count, cameraCount: row.camera_count }));
    const models = await this.dataSource.query(
      `SELECT m.id, m.manufacturer || ' ' || m.name || ' (' || m.code || ')' AS label, count(*)::int AS fault_count,
              (SELECT count(*)::int FROM camera c2 WHERE c2.model_id = m.id AND c2.status::text = ANY($3::text[])) AS camera_count
         FROM fault f JOIN camera c ON f.asset_type = 'camera' AND c.id = f.asset_id JOIN camera_model m ON m.id = c.model_id
        WHERE f.reported_at >= $1 AND f.reported_at < $2
        GROUP BY m.id ORDER BY fault_count DESC, label LIMIT ${TOP}`,
      [new Date(fromMs), new Date(toMs), INSTALLED_STATUSES],
    );
    const sites = await this.dataSource.query(
      `SELECT p.id, p.code AS label, count(*)::int AS fault_count, (SELECT count(*)::int FROM camera c2 WHERE c2.pole_id = p.id) AS camera_count
         FROM fault f
         LEFT JOIN camera c ON f.asset_type = 'camera' AND c.id = f.asset_id
         JOIN pole p ON p.id = CASE WHEN f.asset_type = 'pole' THEN f.asset_id ELSE c.pole_id END
        WHERE f.reported_at >= $1 AND f.reported_at < $2
        GROUP BY p.id ORDER BY fault_count DESC, label LIMIT ${TOP}`,
      [new Date(fromMs), new Date(toMs)],
    );

    return {
      from: new Date(fromMs),
      to: new Date(toMs),
      openByPriority,
      openByZone: [...zones.values()],
      overdueCount,
      loggedCount,
      resolvedCount: repairs.length,
      meanTimeToRepairHours: repairs.length ? hoursOf(repairs.reduce((a, b) => a + b, 0) / repairs.length) : null,
      cameraAvailability: cameraAvailabilities,
      blackSpotAvailability: blackSpotAvailabilities,
      modelsFailingMost: count(models),
      sitesFailingMost: count(sites),
    };
  }
}
