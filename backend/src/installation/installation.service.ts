import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Point } from 'geojson';
import { translateDatabaseError, type CrudService } from '../common/crud/crud.service';
import { RevisionedCache } from '../common/data-revision';
import { badInput, forbidden, notFound } from '../common/errors/vigie-errors';
import { distanceMetersSql } from '../common/metric-sql';
import { currentActor } from '../common/request-context';
import { isUuid } from '../common/uuid';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import type { AssetStatus } from '../core/domain';
import { metricPolicy, type MetricPolicy } from '../core/geometry/metric';
import type { NetworkElementKind } from '../core/network';
import {
  INSTALLED_OR_BEYOND, countByStatus, endOfDay, firstInstalledAt, isLate, sCurve, seriesDates, statusAt, toCsv,
  type AssetHistory, type StatusStepFact,
} from '../core/installation/progress';
import { blackSpotCases } from '../network/black-spot-coverage';
import { NetworkRepository } from '../network/network.repository';
import { CamerasService } from '../cameras/cameras.service';
import { PolesService } from '../poles/poles.service';
import { NetworkNodesService } from '../network-nodes/network-nodes.service';
import { FiberRunsService } from '../fiber-runs/fiber-runs.service';
import { PowerSourcesService } from '../power-sources/power-sources.service';
import { PowerFeedsService } from '../power-feeds/power-feeds.service';
import { ASSET_TABLES, allAssetsSql } from '../work-packages/asset-rows';
import { WorkPackagesService } from '../work-packages/work-packages.service';
import type { MoveAssetStatusInput, ProgressScopeInput } from './dto/installation.inputs';
import type {
  AssetStatusStepEntry, InstallationProgress, LateItem, LiveCoverageProgress, MoveAssetStatusResult, MyWorkItem, ProgressPoint, SCurvePointEntry,
} from './dto/installation.types';

const DAY_MS = 86_400_000;
const MAX_SERIES_POINTS = 200;
const MAX_LATE_ITEMS = 200;
/** Cameras of the design: every status but decommissioned (stored coverage exists for these). */
const DESIGN_STATUSES: AssetStatus[] = ['planned', 'approved', 'in_progress', 'installed', 'commissioned', 'out_of_service'];

/** One asset of a progress scope with its history. */
interface ScopeItem extends AssetHistory {
  assetType: NetworkElementKind;
  assetId: string;
  code: string;
  /** Counted in the figures (new works); existing cameras still count in coverage. */
  counted: boolean;
  dueOn: string | null;
  workPackageCode: string | null;
}

/** What progress at any date is computed from: the scope's assets with their history, and a coverage meter. */
interface PreparedScope {
  items: ScopeItem[];
  meter: (at: number) => LiveCoverageProgress;
}

/**
 * Installation: status steps with their history (who, when, where, why), the contractor's "my work"
 * and progress at any date, reconstructed from the history. A status step goes through each asset
 * type's own update (rules of ASSET_UPDATE_RULES, versions, audit, coverage) in the same transaction
 * as the step row. Live coverage reuses the stored coverage and the black-spot analysis.
 */
@Injectable()
export class InstallationService {
  private readonly metric: MetricPolicy;
  private readonly repository: NetworkRepository;
  private readonly services: Record<NetworkElementKind, CrudService<any, any, any>>;
  /** Prepared scopes per 'installation' data revision (null: VIGIE_ANALYSIS_CACHE=false, built on every read). */
  private readonly prepared: RevisionedCache<PreparedScope> | null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VIGIE_CONFIG) config: Pick<VigieConfig, 'projectedSrid'> & Partial<Pick<VigieConfig, 'analysisCache'>>,
    private readonly workPackages: WorkPackagesService,
    cameras: CamerasService,
    poles: PolesService,
    networkNodes: NetworkNodesService,
    fiberRuns: FiberRunsService,
    powerSources: PowerSourcesService,
    powerFeeds: PowerFeedsService,
  ) {
    this.metric = metricPolicy(config.projectedSrid);
    this.repository = new NetworkRepository(dataSource);
    this.prepared = config.analysisCache === false ? null : new RevisionedCache(dataSource, 'installation');
    this.services = { camera: cameras, pole: poles, network_node: networkNodes, fiber_run: fiberRuns, power_source: powerSources, power_feed: powerFeeds };
  }

  async moveAssetStatus(input: MoveAssetStatusInput): Promise<MoveAssetStatusResult> {
    const { table, typeName } = ASSET_TABLES[input.assetType];
    const hasLongitude = input.longitude !== null && input.longitude !== undefined;
    const hasLatitude = input.latitude !== null && input.latitude !== undefined;
    if (hasLongitude !== hasLatitude) throw badInput('Give both longitude and latitude of the device, or neither.');
    if (input.accuracyMeters !== null && input.accuracyMeters !== undefined && !hasLongitude) {
      throw badInput('accuracyMeters describes a position: give longitude and latitude with it.');
    }
    const comment = input.comment?.trim() || null;
    const update = { id: input.assetId, version: input.expectedVersion, status: input.toStatus };
    try {
      // The commissioning rule's checks that read outside the transaction (see CrudService.checkStatusChangeBeforeWrite).
      if (isUuid(input.assetId)) await this.services[input.assetType].checkStatusChangeBeforeWrite(update);
      return await this.dataSource.transaction(async (manager) => {
        const [row] = isUuid(input.assetId) ? await manager.query(`SELECT status FROM "${table}" WHERE id = $1 FOR UPDATE`, [input.assetId]) : [];
        if (!row) throw notFound(typeName, input.assetId);
        // The asset type's own update: role rules, version, audit, coverage and revisions, in this transaction.
        const updated = await this.services[input.assetType].updateWithin(manager, update);
        if (row.status === input.toStatus) throw badInput(`The ${typeName} is already ${input.toStatus}.`, { status: row.status });
        const [membership] = await manager.query(
          'SELECT work_package_id FROM work_package_asset WHERE asset_type = $1 AND asset_id = $2 AND package_open',
          [input.assetType, input.assetId],
        );
        const [step] = await manager.query(
          `INSERT INTO asset_status_step (asset_type, asset_id, from_status, to_status, actor_user_id, position, position_accuracy_meters, comment, work_package_id)
           VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($6::float8, $7::float8), 4326) END, $8, $9, $10)
           RETURNING id`,
          [
            input.assetType, input.assetId, row.status, input.toStatus, currentActor()?.userId ?? null,
            hasLongitude ? input.longitude : null, hasLatitude ? input.latitude : null, input.accuracyMeters ?? null, comment,
            membership?.work_package_id ?? null,
          ],
        );
        const [entry] = await this.steps(manager, 's.id = $1', [step.id]);
        return { stepId: step.id, step: entry, status: updated.status, assetVersion: updated.version };
      });
    } catch (error) {
      throw translateDatabaseError(error, typeName);
    }
  }

  async history(assetType: NetworkElementKind, assetId: string): Promise<AssetStatusStepEntry[]> {
    const { table, typeName } = ASSET_TABLES[assetType];
    const [exists] = isUuid(assetId) ? await this.dataSource.query(`SELECT 1 FROM "${table}" WHERE id = $1`, [assetId]) : [];
    if (!exists) throw notFound(typeName, assetId);
    return this.steps(this.dataSource.manager, 's.asset_type = $1 AND s.asset_id = $2', [assetType, assetId]);
  }

  private async steps(manager: DataSource['manager'], where: string, parameters: unknown[]): Promise<AssetStatusStepEntry[]> {
    const rows = await manager.query(
      `SELECT s.id, s.asset_type, s.asset_id, s.from_status, s.to_status, s.actor_user_id, u.name AS actor_name, s.occurred_at,
              ST_AsGeoJSON(s.position) AS position, s.position_accuracy_meters, s.comment, s.work_package_id
         FROM asset_status_step s LEFT JOIN app_user u ON u.id = s.actor_user_id
        WHERE ${where} ORDER BY s.occurred_at, s.id`,
      parameters,
    );
    return rows.map((row: any) => ({
      id: row.id, assetType: row.asset_type, assetId: row.asset_id, fromStatus: row.from_status, toStatus: row.to_status,
      actorUserId: row.actor_user_id, actorName: row.actor_name, occurredAt: new Date(row.occurred_at),
      position: row.position ? (JSON.parse(row.position) as Point) : null,
      positionAccuracyMeters: row.position_accuracy_meters === null ? null : Number(row.position_accuracy_meters),
      comment: row.comment, workPackageId: row.work_package_id,
    }));
  }

  /** The signed-in user's organisation's open packages' assets: what is still to install first, then by due date and distance. */
  async myWork(longitude?: number | null, latitude?: number | null): Promise<MyWorkItem[]> {
    const hasPosition = longitude !== null && longitude !== undefined && latitude !== null && latitude !== undefined;
    if ((longitude === null || longitude === undefined) !== (latitude === null || latitude === undefined)) {
      throw badInput('Give both longitude and latitude, or neither.');
    }
    if (hasPosition && (!(Math.abs(longitude) <= 180) || !(Math.abs(latitude) <= 90))) {
      throw badInput(`The position must be within -180..180 (longitude) and -90..90 (latitude); got [${longitude}, ${latitude}].`);
    }
    const organisationId = currentActor()?.organisationId;
    if (!organisationId) return [];
    const here = 'ST_SetSRID(ST_MakePoint($2::float8, $3::float8), 4326)';
    const rows = await this.dataSource.query(
      `SELECT a.asset_type, a.id, a.code, a.status, a.version, ST_AsGeoJSON(a.point) AS point,
              wp.id AS work_package_id, wp.code AS work_package_code, wp.name AS work_package_name, wp.due_on::text AS due_on,
              CASE WHEN $2::float8 IS NULL THEN NULL ELSE ${distanceMetersSql('a.geom', here, this.metric.srid)} END AS distance
         FROM work_package wp
         JOIN work_package_asset wpa ON wpa.work_package_id = wp.id
         JOIN (${allAssetsSql()}) a ON a.asset_type = wpa.asset_type AND a.id = wpa.asset_id
        WHERE wp.organisation_id = $1 AND wp.status = 'open'
        ORDER BY a.status IN ('installed', 'commissioned', 'out_of_service', 'decommissioned'), wp.due_on, distance NULLS LAST, a.code`,
      [organisationId, hasPosition ? longitude : null, hasPosition ? latitude : null],
    );
    const now = Date.now();
    return rows.map((row: any) => ({
      assetType: row.asset_type, assetId: row.id, code: row.code, status: row.status, version: row.version,
      workPackageId: row.work_package_id, workPackageCode: row.work_package_code, workPackageName: row.work_package_name,
      dueOn: row.due_on, late: isLate(row.status, row.due_on, now), position: JSON.parse(row.point) as Point,
      distanceMeters: row.distance === null ? null : Math.round(Number(row.distance) * 10) / 10,
    }));
  }

  // ---------------------------------------------------------------- progress

  /**
   * Checks the scope (one of package, zone, organisation, or none) and who may read it; returns the
   * scope to use: a contractor who names none gets its own organisation's.
   */
  private async checkScope(requested: ProgressScopeInput): Promise<ProgressScopeInput> {
    const given = [requested.workPackageId, requested.zoneId, requested.organisationId].filter((value) => value);
    if (given.length > 1) throw badInput('Give one scope: workPackageId, zoneId or organisationId (or none for the whole programme).');
    const actor = currentActor();
    const scope = actor?.role === 'contractor' && !given.length ? { organisationId: actor.organisationId } : requested;
    if (scope.workPackageId) await this.workPackages.findOne(scope.workPackageId);
    if (scope.zoneId) {
      const [zone] = await this.dataSource.query('SELECT 1 FROM zone WHERE id = $1', [scope.zoneId]);
      if (!zone) throw notFound('Zone', scope.zoneId);
    }
    if (scope.organisationId) {
      const [organisation] = await this.dataSource.query('SELECT 1 FROM organisation WHERE id = $1', [scope.organisationId]);
      if (!organisation) throw notFound('Organisation', scope.organisationId);
    }
    if (actor?.role === 'contractor' && !scope.workPackageId && scope.organisationId !== actor.organisationId) {
      throw forbidden("A contractor reads the progress of its own organisation's packages only.");
    }
    return scope;
  }

  private async scopeItems(scope: ProgressScopeInput): Promise<ScopeItem[]> {
    const parameters: unknown[] = [];
    let membershipFilter = '';
    let join = 'LEFT JOIN';
    let where = 'TRUE';
    if (scope.workPackageId) {
      parameters.push(scope.workPackageId);
      membershipFilter = `WHERE wp.id = $${parameters.length}`;
      join = 'JOIN';
    } else if (scope.organisationId) {
      parameters.push(scope.organisationId);
      membershipFilter = `WHERE wp.organisation_id = $${parameters.length}`;
      join = 'JOIN';
    } else if (scope.zoneId) {
      parameters.push(scope.zoneId);
      where = `ST_Intersects(a.point, (SELECT boundary FROM zone WHERE id = $${parameters.length}))`;
    }
    const rows = await this.dataSource.query(
      `WITH membership AS (
         SELECT DISTINCT ON (wpa.asset_type, wpa.asset_id) wpa.asset_type, wpa.asset_id, wp.code AS work_package_code, wp.due_on::text AS due_on
           FROM work_package_asset wpa JOIN work_package wp ON wp.id = wpa.work_package_id
           ${membershipFilter}
          ORDER BY wpa.asset_type, wpa.asset_id, wpa.package_open DESC, wp.due_on DESC
       )
       SELECT a.asset_type, a.id, a.code, a.status, a.existing, a.created_at, m.due_on, m.work_package_code
         FROM (${allAssetsSql()}) a ${join} membership m ON m.asset_type = a.asset_type AND m.asset_id = a.id
        WHERE ${where}`,
      parameters,
    );
    const steps = await this.dataSource.query(
      'SELECT asset_type, asset_id, from_status, to_status, occurred_at FROM asset_status_step ORDER BY occurred_at, id',
    );
    const stepsByAsset = new Map<string, StatusStepFact[]>();
    for (const step of steps) {
      const key = `${step.asset_type}:${step.asset_id}`;
      const fact = { fromStatus: step.from_status, toStatus: step.to_status, occurredAt: new Date(step.occurred_at).getTime() };
      const list = stepsByAsset.get(key);
      if (list) list.push(fact);
      else stepsByAsset.set(key, [fact]);
    }
    const membersOnly = Boolean(scope.workPackageId || scope.organisationId);
    return rows.map((row: any) => ({
      assetType: row.asset_type, assetId: row.id, code: row.code, currentStatus: row.status,
      createdAt: new Date(row.created_at).getTime(), steps: stepsByAsset.get(`${row.asset_type}:${row.id}`) ?? [],
      counted: membersOnly || !row.existing, dueOn: row.due_on, workPackageCode: row.work_package_code,
    }));
  }

  /** Measures live and design coverage at given dates over the scope's cameras (one black-spot case per spot, memoised per camera set). */
  private async coverageMeter(scope: ProgressScopeInput, items: readonly ScopeItem[]): Promise<(at: number) => LiveCoverageProgress> {
    const cameras = items.filter((item) => item.assetType === 'camera');
    const cameraIds = new Set(cameras.map((camera) => camera.assetId));
    const programme = !scope.workPackageId && !scope.organisationId && !scope.zoneId;
    const rows = (await this.repository.findCoverageOverBlackSpots(DESIGN_STATUSES)).filter((row) => cameraIds.has(row.cameraId));
    const touched = new Set(rows.map((row) => row.blackSpotId));
    const spots = (await this.repository.findBlackSpots()).filter((spot) => programme || touched.has(spot.id));
    const cases = blackSpotCases(spots, rows, this.metric.projection);
    return (at) => {
      const live: string[] = [];
      const design: string[] = [];
      for (const camera of cameras) {
        const status = statusAt(camera, at);
        if (!status || status === 'decommissioned') continue;
        design.push(camera.assetId);
        if (status === 'commissioned') live.push(camera.assetId);
      }
      let area = 0;
      let liveCovered = 0;
      let designCovered = 0;
      for (const spotCase of cases) {
        const liveResult = spotCase.measure(live);
        area += liveResult.areaSquareMeters;
        liveCovered += liveResult.coveredAreaSquareMeters;
        designCovered += spotCase.measure(design).coveredAreaSquareMeters;
      }
      return {
        blackSpotCount: cases.length,
        blackSpotAreaSquareMeters: round(area, 2),
        liveCoveredSquareMeters: round(liveCovered, 2),
        designCoveredSquareMeters: round(designCovered, 2),
        liveCoveredFraction: area > 0 ? round(liveCovered / area, 6) : 0,
        designCoveredFraction: area > 0 ? round(designCovered / area, 6) : 0,
        liveShareOfDesign: designCovered > 0 ? round(liveCovered / designCovered, 6) : 0,
      };
    };
  }

  /**
   * The scope's assets with their history and its coverage meter, kept while the 'installation' data
   * revision (assets, steps, packages, black spots, zones, stored coverage) does not move; the figures
   * at a date are computed from them on each read (the meter memoises per set of live cameras).
   */
  private async prepare(scope: ProgressScopeInput): Promise<PreparedScope> {
    const build = async (): Promise<PreparedScope> => {
      const items = await this.scopeItems(scope);
      return { items, meter: await this.coverageMeter(scope, items) };
    };
    if (!this.prepared) return build();
    const key = JSON.stringify([scope.workPackageId ?? null, scope.zoneId ?? null, scope.organisationId ?? null]);
    return (await this.prepared.get(key, build)).value;
  }

  private figuresAt(items: readonly ScopeItem[], at: number) {
    const statuses: AssetStatus[] = [];
    const late: LateItem[] = [];
    for (const item of items) {
      if (!item.counted) continue;
      const status = statusAt(item, at);
      if (!status) continue;
      statuses.push(status);
      if (isLate(status, item.dueOn, at)) {
        late.push({
          assetType: item.assetType, assetId: item.assetId, code: item.code, status, dueOn: item.dueOn!, workPackageCode: item.workPackageCode,
          daysLate: Math.floor((at - endOfDay(item.dueOn!)) / DAY_MS) + 1,
        });
      }
    }
    late.sort((a, b) => b.daysLate - a.daysLate || a.code.localeCompare(b.code));
    return { statuses, late };
  }

  async progress(requested: ProgressScopeInput, at?: Date | null): Promise<InstallationProgress> {
    const scope = await this.checkScope(requested);
    const when = checkDate(at, 'at') ?? Date.now();
    const { items, meter } = await this.prepare(scope);
    const { statuses, late } = this.figuresAt(items, when);
    return {
      at: new Date(when),
      assetCount: statuses.length,
      byStatus: countByStatus(statuses).map((entry) => ({ ...entry, share: round(entry.share, 6) })),
      installedCount: statuses.filter((status) => INSTALLED_OR_BEYOND.has(status) && status !== 'decommissioned').length,
      lateCount: late.length,
      lateItems: late.slice(0, MAX_LATE_ITEMS),
      coverage: meter(when),
    };
  }

  async progressSeries(requested: ProgressScopeInput, from?: Date | null, to?: Date | null, stepDays = 7): Promise<ProgressPoint[]> {
    const scope = await this.checkScope(requested);
    if (!Number.isInteger(stepDays) || stepDays < 1 || stepDays > 366) throw badInput(`stepDays must be a whole number from 1 to 366; got ${stepDays}.`);
    const end = checkDate(to, 'to') ?? Date.now();
    const { items, meter } = await this.prepare(scope);
    const firstStep = Math.min(...items.flatMap((item) => item.steps.map((step) => step.occurredAt)), end);
    const start = checkDate(from, 'from') ?? Math.min(firstStep, end - 12 * 7 * DAY_MS);
    if (start > end) throw badInput('from must be before to.');
    if ((end - start) / (stepDays * DAY_MS) > MAX_SERIES_POINTS) {
      throw badInput(`At most ${MAX_SERIES_POINTS} points: take a larger stepDays or a shorter period.`);
    }
    return seriesDates(start, end, stepDays).map((at) => {
      const { statuses, late } = this.figuresAt(items, at);
      const coverage = meter(at);
      return {
        at: new Date(at),
        assetCount: statuses.length,
        installedCount: statuses.filter((status) => INSTALLED_OR_BEYOND.has(status) && status !== 'decommissioned').length,
        commissionedCount: statuses.filter((status) => status === 'commissioned').length,
        lateCount: late.length,
        liveCoveredFraction: coverage.liveCoveredFraction,
        designCoveredFraction: coverage.designCoveredFraction,
      };
    });
  }

  async sCurve(workPackageId: string, stepDays = 7): Promise<SCurvePointEntry[]> {
    const workPackage = await this.workPackages.findOne(workPackageId);
    if (!Number.isInteger(stepDays) || stepDays < 1 || stepDays > 366) throw badInput(`stepDays must be a whole number from 1 to 366; got ${stepDays}.`);
    const items = await this.scopeItems({ workPackageId });
    const start = Date.parse(`${workPackage.plannedStartOn}T00:00:00Z`);
    const end = Math.max(endOfDay(workPackage.dueOn), Date.now());
    const step = Math.max(stepDays, Math.ceil((end - start) / DAY_MS / MAX_SERIES_POINTS));
    const dates = seriesDates(start, end, step);
    return sCurve(workPackage.plannedStartOn, workPackage.dueOn, items.length, items.map((item) => firstInstalledAt(item.steps)), dates).map(
      (point) => ({ ...point, at: new Date(point.at) }),
    );
  }

  /** A package's progress as CSV: one line per asset, then the counts by status. */
  async progressCsv(workPackageId: string, at?: Date | null): Promise<string> {
    const workPackage = await this.workPackages.findOne(workPackageId);
    const when = checkDate(at, 'at') ?? Date.now();
    const items = (await this.scopeItems({ workPackageId })).sort((a, b) => a.code.localeCompare(b.code));
    const rows: (string | number | boolean | null)[][] = [
      ['work_package', workPackage.code, workPackage.name],
      ['due_on', workPackage.dueOn, null],
      ['at', new Date(when).toISOString(), null],
      [],
      ['code', 'asset_type', 'status', 'late', 'installed_on', 'last_step_at'],
    ];
    const statuses: AssetStatus[] = [];
    for (const item of items) {
      const status = statusAt(item, when);
      if (!status) continue;
      statuses.push(status);
      const installed = firstInstalledAt(item.steps.filter((step) => step.occurredAt <= when));
      const lastStep = item.steps.filter((step) => step.occurredAt <= when).at(-1);
      rows.push([
        item.code, item.assetType, status, isLate(status, item.dueOn, when),
        installed === null ? null : new Date(installed).toISOString().slice(0, 10),
        lastStep ? new Date(lastStep.occurredAt).toISOString() : null,
      ]);
    }
    rows.push([], ['status', 'count', 'share']);
    for (const entry of countByStatus(statuses)) rows.push([entry.status, entry.count, round(entry.share, 4)]);
    return toCsv(rows);
  }
}

function checkDate(value: Date | null | undefined, name: string): number | null {
  if (value === null || value === undefined) return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value));
  if (!Number.isFinite(time)) throw badInput(`${name} must be a date and time (ISO 8601).`);
  return time;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
