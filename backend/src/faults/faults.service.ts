import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Point } from 'geojson';
import { recordAudit } from '../common/audit/audit-writer';
import { COVERAGE_MAINTENANCE, type CoverageMaintenance } from '../common/coverage-maintenance';
import { checkInsideExtent } from '../common/crud/geometry-bounds';
import { translateDatabaseError } from '../common/crud/crud.service';
import { badInput, forbidden, notFound, staleVersion, VigieError } from '../common/errors/vigie-errors';
import { currentActor, type Actor } from '../common/request-context';
import { isUuid } from '../common/uuid';
import { PHYSICAL_ASSET_TABLES } from '../common/physical-asset-tables';
import { distanceMetersSql } from '../common/metric-sql';
import { FES_PROJECTED_EPSG } from '../core/geometry/projection';
import type { Connection } from '../common/graphql/connection';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import type { FailureSet } from '../core/network';
import type { Role } from '../core/domain';
import {
  ACTIVE_FAULT_STATES,
  CATEGORY_DARKENS,
  canTransition,
  isActiveFaultState,
  lossScore,
  priorityFromScore,
  slaClock,
  type FaultAssetType,
  type FaultPriority,
  type FaultState,
  type SlaClock,
  type StateChange,
} from '../core/maintenance';
import { Camera } from '../cameras/camera.entity';
import { NetworkService } from '../network/network.service';
import { FaultCamera } from './fault-camera.entity';
import { FaultEvent } from './fault-event.entity';
import type { FaultEventKind } from './fault-enums';
import { FAULT_POLICY, type FaultPolicy } from './fault-policy';
import { Fault, type StoredFaultImpact } from './fault.entity';
import type { ChangeFaultStateInput, FaultFilter, LogFaultInput, UpdateFaultInput } from './dto/fault.inputs';

/** Roles that run maintenance: every lifecycle move, assignment, priority. */
export const FAULT_MANAGERS: readonly Role[] = ['admin', 'engineer', 'maintenance'];
/** A contractor may log and comment, and move faults assigned to its organisation through the work. */
const CONTRACTOR_STATES: readonly FaultState[] = ['acknowledged', 'in_progress', 'resolved'];

/** What failing each kind of asset means to the outage analysis (a camera's fault is that camera alone). */
const FAILURE_FIELD: Record<FaultAssetType, keyof FailureSet | null> = {
  camera: null, pole: 'poleIds', network_node: 'networkNodeIds', fiber_run: 'fiberRunIds', power_feed: 'powerFeedIds', power_source: 'powerSourceIds',
};
/** Each asset kind's table and where a fault on it is placed (a cable's middle). */
const ASSET_TABLES: Record<FaultAssetType, { table: string; typeName: string; location: string; failure: keyof FailureSet | null }> = Object.fromEntries(
  Object.entries(PHYSICAL_ASSET_TABLES).map(([kind, { table, geometry, typeName }]) => [
    kind,
    { table, typeName, location: geometry === 'path' ? 'ST_LineInterpolatePoint(path, 0.5)' : 'location', failure: FAILURE_FIELD[kind as FaultAssetType] },
  ]),
) as Record<FaultAssetType, { table: string; typeName: string; location: string; failure: keyof FailureSet | null }>;

export const MAX_FAULT_PAGE = 500;

/**
 * Whether fault f is past a due time at :now, in SQL: its state history (fault_event rows with a state,
 * or its present state since it was reported when it has none) gives the time spent in each state, as
 * core/maintenance/sla.ts's slaClock counts it: the response clock is the time open, the repair clock the
 * time open, acknowledged or in progress; each is compared with its priority's budget in seconds
 * (:responseBudgets, :repairBudgets, indexed by priority).
 */
const OVERDUE_SQL = `SELECT COALESCE(sum(s.seconds) FILTER (WHERE s.state = 'open'), 0) > (:responseBudgets::float8[])[f.priority]
    OR COALESCE(sum(s.seconds) FILTER (WHERE s.state IN ('open', 'acknowledged', 'in_progress')), 0) > (:repairBudgets::float8[])[f.priority]
  FROM (SELECT h.state, GREATEST(0, EXTRACT(EPOCH FROM COALESCE(lead(h.at) OVER (ORDER BY h.at, h.id), GREATEST(:now::timestamptz, h.at)) - h.at)) AS seconds
          FROM (SELECT e.to_state::text AS state, e.at, e.id FROM fault_event e WHERE e.fault_id = f.id AND e.to_state IS NOT NULL
                UNION ALL
                SELECT f.state::text, f.reported_at, NULL::bigint
                 WHERE NOT EXISTS (SELECT 1 FROM fault_event e WHERE e.fault_id = f.id AND e.to_state IS NOT NULL)) h) s`;
const HOUR_MS = 3_600_000;

/** A fault with its state history loaded (the SLA fields are computed from it). */
export type LoadedFault = Fault & { stateHistory: StateChange[]; assetCode: string | null };

/**
 * Faults: logging (with the priority the outage analysis suggests), the lifecycle, assignment and
 * comments, each write in one transaction with its audit entry and history event. Cameras follow
 * faults: an active fault that darkens them holds them out_of_service (fault_camera), and the last
 * one resolved gives them back their status.
 */
@Injectable()
export class FaultsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly network: NetworkService,
    @Inject(COVERAGE_MAINTENANCE) private readonly coverage: CoverageMaintenance<Camera>,
    @Inject(FAULT_POLICY) readonly policy: FaultPolicy,
    @Optional() @Inject(VIGIE_CONFIG) private readonly config?: Pick<VigieConfig, 'deploymentExtent' | 'deploymentName' | 'projectedSrid'>,
  ) {}

  // ---------------------------------------------------------------- reads

  async findOne(id: string, manager: EntityManager = this.dataSource.manager): Promise<LoadedFault> {
    const fault = isUuid(id) ? await manager.findOne(Fault, { where: { id } }) : null;
    if (!fault) throw notFound('Fault', id);
    return (await this.withHistory([fault], manager))[0];
  }

  async withHistory(faults: Fault[], manager: EntityManager = this.dataSource.manager): Promise<LoadedFault[]> {
    if (!faults.length) return [];
    const rows: { fault_id: string; to_state: FaultState; at: Date }[] = await manager.query(
      `SELECT fault_id, to_state, at FROM fault_event WHERE fault_id = ANY($1::uuid[]) AND to_state IS NOT NULL ORDER BY at, id`,
      [faults.map((fault) => fault.id)],
    );
    const byFault = new Map<string, StateChange[]>();
    for (const row of rows) {
      const list = byFault.get(row.fault_id) ?? [];
      list.push({ state: row.to_state, atMs: new Date(row.at).getTime() });
      byFault.set(row.fault_id, list);
    }
    // The asset codes too, one query per asset type (a list shows them for every row).
    const codes = new Map<string, string>();
    for (const type of new Set(faults.map((fault) => fault.assetType).filter((type): type is FaultAssetType => type !== null))) {
      const assetIds = faults.filter((fault) => fault.assetType === type).map((fault) => fault.assetId);
      const found: { id: string; code: string }[] = await manager.query(`SELECT id, code FROM ${ASSET_TABLES[type].table} WHERE id = ANY($1::uuid[])`, [assetIds]);
      for (const row of found) codes.set(row.id, row.code);
    }
    return faults.map((fault) =>
      Object.assign(fault, {
        stateHistory: byFault.get(fault.id) ?? [{ state: fault.state, atMs: fault.reportedAt.getTime() }],
        assetCode: fault.assetId ? (codes.get(fault.assetId) ?? null) : null,
      }),
    );
  }

  sla(fault: LoadedFault, nowMs = Date.now()): SlaClock {
    return slaClock(fault.stateHistory, this.policy.sla[fault.priority as FaultPriority], nowMs);
  }

  /**
   * Faults matching the filter: newest first, or nearest first from `near`. Filtered, counted and paged
   * in SQL (overdue too: the SLA clocks are summed from fault_event in the statement, as slaClock does),
   * so a page loads its own rows and their histories only.
   */
  async list(filter: FaultFilter = {}, first = 100, after?: string | null, nowMs = Date.now()): Promise<Connection<LoadedFault>> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_FAULT_PAGE) throw badInput(`first must be a whole number from 0 to ${MAX_FAULT_PAGE}; got ${first}.`);
    const offset = after ? decodeOffset(after) : 0;
    const query = this.dataSource.getRepository(Fault).createQueryBuilder('f');
    if (filter.states?.length) query.andWhere('f.state IN (:...states)', { states: filter.states });
    if (filter.priorities?.length) query.andWhere('f.priority IN (:...priorities)', { priorities: filter.priorities });
    if (filter.categories?.length) query.andWhere('f.category IN (:...categories)', { categories: filter.categories });
    if (filter.assetType) query.andWhere('f.asset_type = :assetType', { assetType: filter.assetType });
    if (filter.assetId) query.andWhere('f.asset_id = :assetId', { assetId: filter.assetId });
    if (filter.assignedOrganisationId) query.andWhere('f.assigned_organisation_id = :org', { org: filter.assignedOrganisationId });
    if (filter.assignedToMe) {
      const actor = currentActor();
      if (!actor?.userId) throw badInput('assignedToMe needs a signed-in user.');
      query.andWhere('(f.assigned_user_id = :me OR f.assigned_organisation_id = :myOrg)', { me: actor.userId, myOrg: actor.organisationId });
    }
    if (filter.zoneId) {
      const [zone] = await this.dataSource.query('SELECT 1 FROM zone WHERE id = $1', [filter.zoneId]);
      if (!zone) throw notFound('Zone', filter.zoneId);
      query.andWhere('ST_Intersects(f.location, (SELECT boundary FROM zone WHERE id = :zoneId))', { zoneId: filter.zoneId });
    }
    if (filter.overdue != null) {
      const budgets = (kind: 'responseHours' | 'repairHours') => ([1, 2, 3, 4] as FaultPriority[]).map((priority) => this.policy.sla[priority][kind] * 3600);
      query
        .andWhere(`(${OVERDUE_SQL}) = :overdue`, { overdue: filter.overdue })
        .setParameters({ now: new Date(nowMs), responseBudgets: budgets('responseHours'), repairBudgets: budgets('repairHours') });
    }
    if (filter.near) {
      checkPoint(filter.near, 'near');
      query
        // In the deployment's projected CRS, like every metric figure (core/geometry/metric.ts).
        .addSelect(distanceMetersSql('f.location', 'ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)', this.config?.projectedSrid ?? FES_PROJECTED_EPSG), 'distance')
        .setParameters({ lon: filter.near.coordinates[0], lat: filter.near.coordinates[1] })
        .orderBy('distance', 'ASC')
        .addOrderBy('f.id', 'ASC');
    } else {
      query.orderBy('f.reported_at', 'DESC').addOrderBy('f.id', 'ASC');
    }
    const [page, totalCount] = await Promise.all([query.clone().offset(offset).limit(first).getMany(), query.getCount()]);
    const nodes = await this.withHistory(page);
    return {
      nodes,
      totalCount,
      pageInfo: { endCursor: nodes.length ? encodeOffset(offset + nodes.length) : null, hasNextPage: offset + nodes.length < totalCount },
    };
  }

  /** Cameras the fault darkens, with whether it holds them now (active). */
  async darkCameras(faultId: string): Promise<Camera[]> {
    return this.dataSource
      .getRepository(Camera)
      .createQueryBuilder('c')
      .innerJoin(FaultCamera, 'fc', 'fc.camera_id = c.id')
      .where('fc.fault_id = :faultId', { faultId })
      .orderBy('c.code')
      .getMany();
  }

  async history(faultId: string): Promise<FaultEvent[]> {
    return this.dataSource.getRepository(FaultEvent).find({ where: { faultId }, order: { at: 'ASC', id: 'ASC' } });
  }

  // ---------------------------------------------------------------- writes

  async log(input: LogFaultInput): Promise<LoadedFault> {
    const actor = currentActor();
    const { description, location, darkens, darkened, impact, suggested } = await this.assess(input);
    return this.write(async (manager) => {
      if (input.assetType && input.assetId) {
        const asset = ASSET_TABLES[input.assetType];
        const [still] = await manager.query(`SELECT 1 FROM ${asset.table} WHERE id = $1`, [input.assetId]);
        if (!still) throw notFound(asset.typeName, input.assetId);
      }
      const saved = await manager.save(
        manager.create(Fault, {
          assetType: input.assetType ?? null,
          assetId: input.assetId ?? null,
          location,
          category: input.category,
          description,
          channel: input.channel,
          reportedByUserId: actor?.userId ?? null,
          reporterName: input.reporterName?.trim() || null,
          state: 'open',
          darkens,
          priority: suggested,
          suggestedPriority: suggested,
          impact,
        }),
      );
      const fault = await manager.findOneOrFail(Fault, { where: { id: saved.id } });
      await this.addEvent(manager, fault.id, 'logged', { fromState: null, toState: 'open', at: fault.reportedAt }, actor);
      if (darkened.length) {
        await manager.insert(FaultCamera, darkened.map((cameraId) => ({ faultId: fault.id, cameraId, restoreStatus: null })));
        await this.takeCameras(manager, fault.id, actor);
      }
      await recordAudit(manager, { action: 'create', entityType: 'Fault', entityId: fault.id, before: null, after: fault }, actor);
      return this.findOne(fault.id, manager);
    });
  }

  /**
   * Checks a fault to log and measures what it costs, writing nothing: where it is, the cameras it
   * darkens (the outage analysis on the installed network for a network or power element, the camera
   * itself, or the cameras named at a point), what the black spots lose at their required level with
   * the live cameras, and the priority that suggests.
   */
  async assess(input: LogFaultInput): Promise<{
    description: string;
    location: Point;
    darkens: boolean;
    darkened: string[];
    impact: StoredFaultImpact;
    suggested: FaultPriority;
  }> {
    const description = input.description?.trim() ?? '';
    if (!description) throw badInput('description must say what was seen (1 to 4,000 characters, not blank).');
    const hasAsset = input.assetType != null || input.assetId != null;
    if (hasAsset && (input.assetType == null || input.assetId == null)) throw badInput('Give assetType and assetId together, or neither for a fault at a point.');
    if (hasAsset && input.location) throw badInput('A fault is on an asset or at a point, not both: give assetType and assetId, or location.');
    if (!hasAsset && !input.location) throw badInput('Say where the fault is: an asset (assetType and assetId) or a point (location).');
    if (hasAsset && input.cameraIds?.length) throw badInput('cameraIds are for a fault at a point; a fault on an asset darkens what the outage analysis says.');
    const darkens = input.darkens ?? CATEGORY_DARKENS[input.category];

    // The analyses read through the data source's own connection: run them before the transaction
    // (the embedded database has one connection; a read inside the transaction on another would wait).
    let location: Point;
    let darkened: string[] = [];
    if (hasAsset) {
      const asset = ASSET_TABLES[input.assetType!];
      const [row] = await this.dataSource.query(`SELECT ST_AsGeoJSON(${asset.location}) AS location FROM ${asset.table} WHERE id = $1`, [input.assetId]);
      if (!row) throw notFound(asset.typeName, input.assetId!);
      location = JSON.parse(row.location);
      if (darkens) {
        darkened = asset.failure ? await this.network.darkenedByFailure({ [asset.failure]: [input.assetId!] }) : [input.assetId!];
      }
    } else {
      checkPoint(input.location!, 'location');
      if (this.config?.deploymentExtent) checkInsideExtent(input.location!, this.config.deploymentExtent, this.config.deploymentName);
      location = { type: 'Point', coordinates: input.location!.coordinates.slice(0, 2) };
      const ids = [...new Set(input.cameraIds ?? [])];
      if (ids.length) {
        const found: { id: string }[] = await this.dataSource.query('SELECT id FROM camera WHERE id = ANY($1::uuid[])', [ids]);
        const missing = ids.filter((id) => !found.some((row) => row.id === id));
        if (missing.length) throw notFound('Camera', missing[0]);
      }
      if (darkens) darkened = ids;
    }
    // What the city loses: the live coverage of the black spots without these cameras.
    const losses = await this.network.coverageLoss(new Set(darkened), ['commissioned']);
    const impact: StoredFaultImpact = {
      score: 0,
      blackSpots: losses.map((loss) => ({
        blackSpotId: loss.blackSpot.id,
        code: loss.blackSpot.code,
        name: loss.blackSpot.name,
        priority: loss.blackSpot.priority,
        requiredLevel: loss.blackSpot.requiredLevel,
        areaSquareMeters: loss.areaSquareMeters,
        coveredBeforeSquareMeters: loss.coveredBeforeSquareMeters,
        coveredAfterSquareMeters: loss.coveredAfterSquareMeters,
      })),
    };
    impact.score = Math.round(lossScore(impact.blackSpots) * 1e4) / 1e4;
    const measurable = hasAsset || darkened.length > 0;
    const suggested = measurable ? priorityFromScore(impact.score, this.policy.thresholds) : this.policy.defaultPriority;
    return { description, location, darkens, darkened, impact, suggested };
  }

  async changeState(input: ChangeFaultStateInput): Promise<LoadedFault> {
    const actor = currentActor();
    return this.write(async (manager) => {
      const current = await this.lock(manager, input.id, input.version);
      const from = current.state;
      const to = input.state;
      if (actor && !FAULT_MANAGERS.includes(actor.role)) {
        if (actor.role !== 'contractor' || !CONTRACTOR_STATES.includes(to)) {
          throw forbidden(`A ${actor.role} may not move a fault to ${to}; maintenance teams, engineers and admins do.`, { role: actor.role, to });
        }
        if (!actor.organisationId || current.assignedOrganisationId !== actor.organisationId) {
          throw forbidden('This fault is not assigned to your organisation.', { role: actor.role, id: current.id });
        }
      }
      if (!canTransition(from, to)) {
        throw badInput(`A fault cannot go from ${from} to ${to}.`, { from, to, reason: 'INVALID_TRANSITION' });
      }
      const changes: Partial<Fault> = { state: to };
      if (to === 'resolved') {
        if (!input.resolution) throw badInput('Resolving a fault needs a resolution: repaired, replaced_part, replaced_asset or no_fault_found.', { reason: 'RESOLUTION_REQUIRED' });
        if (input.resolution === 'replaced_asset' && !input.newSerial?.trim()) {
          throw badInput('A replaced asset needs the serial number of the new one (newSerial).', { reason: 'NEW_SERIAL_REQUIRED' });
        }
        changes.resolution = input.resolution;
        changes.newSerial = input.resolution === 'replaced_asset' ? input.newSerial!.trim() : null;
        changes.resolvedAt = new Date();
      } else if (input.resolution || input.newSerial) {
        throw badInput('resolution and newSerial are given only when resolving.');
      }
      if (to === 'open') Object.assign(changes, { resolution: null, newSerial: null });
      const after = await this.save(manager, current, changes);
      await this.addEvent(manager, current.id, 'state_changed', { fromState: from, toState: to, comment: input.note?.trim() || null }, actor);
      if (isActiveFaultState(to) && !isActiveFaultState(from)) await this.takeCameras(manager, current.id, actor);
      if (!isActiveFaultState(to) && isActiveFaultState(from)) await this.releaseCameras(manager, current.id, actor);
      await recordAudit(manager, { action: 'update', entityType: 'Fault', entityId: current.id, before: current, after }, actor);
      return this.findOne(current.id, manager);
    });
  }

  async update(input: UpdateFaultInput): Promise<LoadedFault> {
    const actor = currentActor();
    return this.write(async (manager) => {
      const current = await this.lock(manager, input.id, input.version);
      const changes: Partial<Fault> = {};
      if (input.category != null) changes.category = input.category;
      if (input.description != null) {
        const description = input.description.trim();
        if (!description) throw badInput('description must not be blank.');
        changes.description = description;
      }
      if (input.priority != null) changes.priority = input.priority;
      if (input.assignedOrganisationId !== undefined) {
        if (input.assignedOrganisationId) {
          const [org] = await manager.query('SELECT 1 FROM organisation WHERE id = $1', [input.assignedOrganisationId]);
          if (!org) throw notFound('Organisation', input.assignedOrganisationId);
        }
        changes.assignedOrganisationId = input.assignedOrganisationId;
      }
      if (input.assignedUserId !== undefined) {
        if (input.assignedUserId) {
          const [user] = await manager.query('SELECT organisation_id FROM app_user WHERE id = $1', [input.assignedUserId]);
          if (!user) throw notFound('User', input.assignedUserId);
          // A person works for their organisation: assigning them assigns it too, unless one is given.
          if (input.assignedOrganisationId === undefined && user.organisation_id) changes.assignedOrganisationId = user.organisation_id;
        }
        changes.assignedUserId = input.assignedUserId;
      }
      const changed = Object.entries(changes).filter(([key, value]) => (current as unknown as Record<string, unknown>)[key] !== value);
      if (!changed.length) return this.findOne(current.id, manager);
      const after = await this.save(manager, current, Object.fromEntries(changed));
      const keys = new Set(changed.map(([key]) => key));
      if (keys.has('assignedOrganisationId') || keys.has('assignedUserId')) await this.addEvent(manager, current.id, 'assigned', {}, actor);
      if (keys.has('priority')) await this.addEvent(manager, current.id, 'priority_changed', { comment: `P${current.priority} -> P${after.priority}` }, actor);
      if (keys.has('category') || keys.has('description')) await this.addEvent(manager, current.id, 'edited', {}, actor);
      await recordAudit(manager, { action: 'update', entityType: 'Fault', entityId: current.id, before: current, after }, actor);
      return this.findOne(current.id, manager);
    });
  }

  async comment(faultId: string, text: string): Promise<FaultEvent> {
    const actor = currentActor();
    const comment = text?.trim() ?? '';
    if (!comment || comment.length > 4000) throw badInput('A comment has 1 to 4,000 characters (not blank).');
    return this.write(async (manager) => {
      if (!isUuid(faultId) || !(await manager.findOne(Fault, { where: { id: faultId } }))) throw notFound('Fault', faultId);
      const event = await this.addEvent(manager, faultId, 'commented', { comment }, actor);
      await recordAudit(manager, { action: 'create', entityType: 'FaultEvent', entityId: event.id, before: null, after: event }, actor);
      return event;
    });
  }

  // ---------------------------------------------------------------- cameras follow faults

  /**
   * Holds this fault's cameras: a commissioned camera goes out_of_service (to come back commissioned);
   * one already held out of service by another active fault inherits what it comes back to; any other
   * (out of service by hand, not yet in service) is left alone and never restored by this fault.
   */
  private async takeCameras(manager: EntityManager, faultId: string, actor: Actor | null): Promise<void> {
    await this.lockCameras(manager, faultId);
    const rows: { camera_id: string; status: string; inherited: string | null }[] = await manager.query(
      `SELECT fc.camera_id, c.status,
              (SELECT o.restore_status FROM fault_camera o JOIN fault f ON f.id = o.fault_id
                WHERE o.camera_id = fc.camera_id AND o.fault_id <> fc.fault_id AND f.state = ANY($2::fault_state[])
                  AND o.restore_status IS NOT NULL LIMIT 1) AS inherited
         FROM fault_camera fc JOIN camera c ON c.id = fc.camera_id
        WHERE fc.fault_id = $1 ORDER BY fc.camera_id`,
      [faultId, ACTIVE_FAULT_STATES],
    );
    for (const row of rows) {
      let restore: string | null = null;
      if (row.status === 'commissioned') {
        restore = 'commissioned';
        await this.setCameraStatus(manager, row.camera_id, 'out_of_service', actor);
      } else if (row.status === 'out_of_service' && row.inherited) {
        restore = row.inherited;
      }
      await manager.query('UPDATE fault_camera SET restore_status = $3 WHERE fault_id = $1 AND camera_id = $2', [faultId, row.camera_id, restore]);
    }
  }

  /** Gives this fault's cameras back their status, unless another active fault still holds them. */
  private async releaseCameras(manager: EntityManager, faultId: string, actor: Actor | null): Promise<void> {
    await this.lockCameras(manager, faultId);
    const rows: { camera_id: string; status: string; restore_status: string }[] = await manager.query(
      `SELECT fc.camera_id, c.status, fc.restore_status
         FROM fault_camera fc JOIN camera c ON c.id = fc.camera_id
        WHERE fc.fault_id = $1 AND fc.restore_status IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM fault_camera o JOIN fault f ON f.id = o.fault_id
                           WHERE o.camera_id = fc.camera_id AND o.fault_id <> fc.fault_id AND f.state = ANY($2::fault_state[]))
        ORDER BY fc.camera_id`,
      [faultId, ACTIVE_FAULT_STATES],
    );
    for (const row of rows) {
      if (row.status === 'out_of_service') await this.setCameraStatus(manager, row.camera_id, row.restore_status, actor);
    }
  }

  /**
   * Locks this fault's cameras (in id order, so two faults never wait on each other) before the holds
   * are read: the reads that follow, in new statements, see what a fault committed meanwhile on the
   * same cameras (read committed), so two faults taking one camera at once agree on what it returns to.
   */
  private async lockCameras(manager: EntityManager, faultId: string): Promise<void> {
    await manager.query(
      'SELECT c.id FROM camera c WHERE c.id IN (SELECT camera_id FROM fault_camera WHERE fault_id = $1) ORDER BY c.id FOR UPDATE',
      [faultId],
    );
  }

  /** A camera status change made by a fault: versioned, its stored coverage kept current, audited like any camera update. */
  private async setCameraStatus(manager: EntityManager, cameraId: string, status: string, actor: Actor | null): Promise<void> {
    const before = await manager.findOneOrFail(Camera, { where: { id: cameraId } });
    await manager.query('UPDATE camera SET status = $2, version = version + 1, updated_at = now() WHERE id = $1', [cameraId, status]);
    const after = await manager.findOneOrFail(Camera, { where: { id: cameraId } });
    // Status is not an input of coverage: the stored coverage stays current (freshness report).
    await this.coverage.carryOverCoverage(manager, cameraId, before.version, after.version);
    await recordAudit(manager, { action: 'update', entityType: 'Camera', entityId: cameraId, before, after }, actor);
    // One status history for every path (installation/'s asset_status_step): progress and availability
    // read it, and a camera held out of service by a fault must show there too.
    await manager.query(
      `INSERT INTO asset_status_step (asset_type, asset_id, from_status, to_status, actor_user_id, comment) VALUES ('camera', $1, $2, $3, $4, $5)`,
      [cameraId, before.status, status, actor?.userId ?? null, status === 'out_of_service' ? 'Held out of service by a fault' : 'Back in service: its faults are resolved'],
    );
  }

  // ---------------------------------------------------------------- helpers

  private async lock(manager: EntityManager, id: string, version: number): Promise<Fault> {
    const current = isUuid(id) ? await manager.findOne(Fault, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!current) throw notFound('Fault', id);
    if (current.version !== version) throw staleVersion('Fault', id, current.version, version);
    return current;
  }

  private async save(manager: EntityManager, current: Fault, changes: Partial<Fault>): Promise<Fault> {
    await manager.save(Fault, { ...current, ...changes });
    return manager.findOneOrFail(Fault, { where: { id: current.id } });
  }

  private async addEvent(
    manager: EntityManager,
    faultId: string,
    kind: FaultEventKind,
    values: { fromState?: FaultState | null; toState?: FaultState | null; comment?: string | null; at?: Date },
    actor: Actor | null,
  ): Promise<FaultEvent> {
    const event = manager.create(FaultEvent, {
      faultId,
      kind,
      fromState: values.fromState ?? null,
      toState: values.toState ?? null,
      comment: values.comment ?? null,
      actorUserId: actor?.userId ?? null,
      actorEmail: actor?.email ?? null,
      ...(values.at ? { at: values.at } : {}),
    });
    return manager.save(event);
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw translateDatabaseError(error, 'Fault');
    }
  }
}

function checkPoint(point: Point, name: string): void {
  const [lon, lat] = point?.coordinates ?? [];
  if (point?.type !== 'Point' || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    throw new VigieError('INVALID_GEOMETRY', `${name} must be a GeoJSON Point [longitude, latitude] within -180..180 and -90..90.`);
  }
}

const encodeOffset = (offset: number) => Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');

function decodeOffset(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput(`The cursor "${cursor}" is not one this API gave out.`);
  return Number(match[1]);
}

export const hoursOf = (ms: number) => Math.round((ms / HOUR_MS) * 1000) / 1000;
