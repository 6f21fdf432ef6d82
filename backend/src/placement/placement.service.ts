import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Point } from 'geojson';
import { solvePlacement } from '../core/placement/solve';
import type { PlacementResult } from '../core/placement/types';
import { regionToGeoJson } from '../core/coverage/geojson';
import { metricPolicy } from '../core/geometry/metric';
import type { Projection } from '../core/geometry/projection';
import { CoreInputError } from '../core/core-input-error';
import { badInput, notFound } from '../common/errors/vigie-errors';
import { translateDatabaseError } from '../common/crud/crud.service';
import { outsideRequestDeadline } from '../common/graphql/request-deadline';
import { openChangeSet } from '../common/audit/change-set-context';
import { isUuid } from '../common/uuid';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { NetworkService } from '../network/network.service';
import { CamerasService } from '../cameras/cameras.service';
import { PolesService } from '../poles/poles.service';
import { checkPlacementScope, loadPlacementProblem, validatePlacementInput, type LoadedPlacementProblem, type MountConnection, type MountInfo, type PlacementScope, type RouteInfo } from './placement-problem';
import type { AcceptPlacementInput, PlacementAcceptResult, PlacementProposalView, PlacementResultView, PlacementRun, PlacementRunInput } from './dto/placement.types';

/** A run and what the service keeps beside it. */
interface RunRecord {
  run: PlacementRun;
  controller: AbortController;
  userId: string | null;
  /** Proposal index -> the planned camera made from it. */
  accepted: Map<number, string>;
  /** New-pole mount id -> the pole made for it (two proposals on one new pole share it). */
  newPoles: Map<string, string>;
  expiresAt: number;
}

/** How long a run is kept after it ends (accepting its proposals needs it). */
const KEEP_MILLISECONDS = 60 * 60 * 1000;
/** Runs at once on this process (the machine has 2 cores; the run yields every 50 ms anyway). */
const MAXIMUM_ACTIVE_RUNS = 2;

/**
 * The placement optimiser as a job: start (the problem is read and priced, then the core runs in
 * slices of at most 50 ms, so the server keeps answering), poll its progress, cancel it (the core
 * stops at its next slice and keeps what it chose), read the result, and accept all or some proposals
 * as planned cameras (and new poles) in one transaction, audited.
 * Runs live in this process's memory for an hour: with VIGIE_WORKERS > 1 a poll must reach the
 * process that started the run (a known limit; the embedded database runs one process anyway).
 */
@Injectable()
export class PlacementService {
  private readonly runs = new Map<string, RunRecord>();
  private readonly projection: Projection;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VIGIE_CONFIG) config: Pick<VigieConfig, 'projectedSrid'>,
    private readonly network: NetworkService,
    private readonly cameras: CamerasService,
    private readonly poles: PolesService,
  ) {
    this.projection = metricPolicy(config.projectedSrid).projection;
  }

  async start(input: PlacementRunInput, userId: string | null): Promise<PlacementRun> {
    this.expire();
    const scope = { blackSpotIds: input.blackSpotIds ?? null, zoneId: input.zoneId ?? null };
    validatePlacementInput(scope, input);
    const active = [...this.runs.values()].filter((record) => record.run.state === 'loading' || record.run.state === 'running');
    if (active.length >= MAXIMUM_ACTIVE_RUNS) {
      throw badInput(`${active.length} optimiser runs are under way; wait for one to end or cancel it.`, { reason: 'PLACEMENT_BUSY' });
    }
    // Unknown ids and an empty scope are refused within the request; the loading runs in the background.
    await checkPlacementScope(this.dataSource.manager, scope, input);
    const record: RunRecord = {
      run: {
        id: randomUUID(), state: 'loading', phase: null, progressFraction: 0, proposalCount: 0,
        budgetMad: input.budgetMad ?? null, maxCameras: input.maxCameras ?? null, night: input.night === true, error: null, startedAt: new Date(), finishedAt: null, result: null,
      },
      controller: new AbortController(),
      userId,
      accepted: new Map(),
      newPoles: new Map(),
      expiresAt: Date.now() + KEEP_MILLISECONDS,
    };
    this.runs.set(record.run.id, record);
    // The run outlives the request: outside its deadline.
    outsideRequestDeadline(() => {
      void this.execute(record, scope, input);
    });
    return { ...record.run };
  }

  private async execute(record: RunRecord, scope: PlacementScope, input: PlacementRunInput): Promise<void> {
    const { run } = record;
    try {
      // The design read and each mount's connection priced (network, street graph, routes).
      const loaded = await loadPlacementProblem(this.dataSource.manager, this.network, this.projection, scope, input);
      if (record.controller.signal.aborted) {
        run.state = 'cancelled';
        return;
      }
      run.state = 'running';
      run.phase = 'coverage';
      const result = await solvePlacement(loaded.problem, {
        signal: record.controller.signal,
        onProgress: (progress) => {
          run.phase = progress.phase;
          run.progressFraction = Math.min(1, Math.max(run.progressFraction, progress.fraction));
          run.proposalCount = progress.proposals;
        },
      });
      run.result = this.view(record, loaded, result);
      run.proposalCount = result.proposals.length;
      run.state = result.stoppedReason === 'cancelled' ? 'cancelled' : 'done';
      run.progressFraction = 1;
    } catch (error) {
      run.state = 'failed';
      run.error = error instanceof CoreInputError || error instanceof Error ? error.message : String(error);
    } finally {
      run.finishedAt = new Date();
      record.expiresAt = Date.now() + KEEP_MILLISECONDS;
    }
  }

  private view(record: RunRecord, loaded: LoadedPlacementProblem, result: PlacementResult): PlacementResultView {
    const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
    const proposals: PlacementProposalView[] = result.proposals.map((proposal, index) => {
      const mount = loaded.mounts.get(proposal.mountId)!;
      const model = loaded.models.get(proposal.modelId)!;
      const finest = proposal.coverage[proposal.coverage.length - 1];
      const zoomFactor = model.kind === 'ptz' ? proposal.lensSetting.zoomFactor ?? 1 : null;
      const focal = proposal.lensSetting.focalLengthMillimeters ?? (model.varifocal ? model.focalLengthMinMm : null)
        ?? (zoomFactor !== null && model.focalLengthMinMm !== null ? round(Math.min(model.focalLengthMinMm * zoomFactor, model.focalLengthMaxMm ?? Infinity), 1) : null);
      return {
        index,
        mountKind: mount.kind,
        poleId: mount.poleId,
        poleCode: mount.poleCode,
        newPole: mount.poleId === null,
        newPoleHeightMeters: mount.newPoleHeightMeters,
        location: { type: 'Point', coordinates: mount.location } as Point,
        modelId: model.id,
        modelCode: model.code,
        modelName: model.name,
        headingDegrees: round(((proposal.headingDegrees % 360) + 360) % 360, 1) % 360,
        tiltDegrees: round(proposal.tiltDegrees, 1),
        mountHeightMeters: round(proposal.mountHeightMeters, 2),
        focalLengthMm: focal,
        zoomFactor,
        horizontalFieldOfViewDegrees: round(proposal.horizontalFieldOfViewDegrees, 1),
        cameraCostMad: round(proposal.cost.camera),
        mountCostMad: round(proposal.cost.mount),
        connectionCostMad: round(proposal.cost.connection),
        totalCostMad: round(proposal.cost.total),
        marginalObjective: round(proposal.marginalObjective),
        blackSpots: proposal.gains
          .filter((gain) => gain.coveredSquareMeters > 0)
          .map((gain) => {
            const target = loaded.targets.get(gain.targetId)!;
            return { blackSpotId: target.id, code: target.code, name: target.name, coveredSquareMeters: round(gain.coveredSquareMeters), exclusiveSquareMeters: round(gain.exclusiveSquareMeters) };
          }),
        coverage: finest ? regionToGeoJson(finest.region, this.projection) : null,
        coverageLevel: finest?.level ?? null,
        // The connection its mount took in the run (the cheapest still free when it opened).
        fiber: routeView(connectionOf(mount, proposal.connectionOption).fiber, proposal.cost.connection > 0),
        power: routeView(connectionOf(mount, proposal.connectionOption).power, proposal.cost.connection > 0),
        accepted: false,
        cameraId: null,
      };
    });
    return {
      proposals,
      blackSpots: result.targets.map((target) => {
        const info = loaded.targets.get(target.targetId)!;
        return {
          blackSpotId: info.id, code: info.code, name: info.name, priority: info.priority, requiredLevel: info.requiredLevel,
          areaSquareMeters: round(target.areaSquareMeters), coveredFractionBefore: round(target.coveredFractionBefore, 4), coveredFractionAfter: round(target.coveredFractionAfter, 4),
        };
      }),
      objectiveBefore: round(result.objectiveBefore),
      objectiveAfter: round(result.objectiveAfter),
      objectiveTotal: round(result.objectiveTotal),
      spentMad: round(result.spent),
      stoppedReason: result.stoppedReason,
      candidateMounts: loaded.problem.mounts.length,
      mountsWithoutConnection: loaded.mountsWithoutConnection,
      candidates: result.statistics.candidates,
      coverageMilliseconds: round(result.statistics.coverageMilliseconds, 0),
      optimiseMilliseconds: round(result.statistics.optimiseMilliseconds, 0),
    };
  }

  run(id: string): PlacementRun {
    this.expire();
    const record = isUuid(id) ? this.runs.get(id) : undefined;
    if (!record) throw notFound('PlacementRun', id);
    return record.run;
  }

  cancel(id: string): PlacementRun {
    const run = this.run(id);
    const record = this.runs.get(id)!;
    if (run.state === 'loading' || run.state === 'running') record.controller.abort();
    return run;
  }

  /** All or some proposals of a finished (or cancelled) run become planned cameras, and new poles, in one transaction. */
  async accept(input: AcceptPlacementInput): Promise<PlacementAcceptResult> {
    const run = this.run(input.runId);
    const record = this.runs.get(input.runId)!;
    if (!run.result) throw badInput(`The run is ${run.state}: accept its proposals once it has ended.`, { reason: 'RUN_NOT_FINISHED' });
    const proposals = run.result.proposals;
    await this.forgetUndone(record);
    const indexes = input.proposalIndexes ?? proposals.map((proposal) => proposal.index).filter((index) => !record.accepted.has(index));
    if (indexes.length === 0) throw badInput('No proposal to accept.', { reason: 'NOTHING_TO_ACCEPT' });
    if (new Set(indexes).size !== indexes.length) throw badInput('proposalIndexes names a proposal twice.', { reason: 'DUPLICATE_PROPOSAL' });
    for (const index of indexes) {
      if (!Number.isInteger(index) || index < 0 || index >= proposals.length) {
        throw badInput(`There is no proposal ${index} in this run (0 to ${proposals.length - 1}).`, { reason: 'UNKNOWN_PROPOSAL', index });
      }
      if (record.accepted.has(index)) throw badInput(`Proposal ${index} was accepted already.`, { reason: 'ALREADY_ACCEPTED', index });
    }
    const stamp = run.id.slice(0, 6).toUpperCase();
    // The status gate's outside checks (a planned asset: none today), before the transaction.
    await this.poles.checkCreateBeforeWrite({ status: 'planned' } as never);
    await this.cameras.checkCreateBeforeWrite({ status: 'planned' } as never);
    try {
      const made = await this.dataSource.transaction(async (manager) => {
        const changeSet = await openChangeSet(manager, {
          kind: 'placement',
          label: `Optimiser: ${indexes.length} proposal${indexes.length === 1 ? '' : 's'} accepted (run ${stamp})`,
        });
        const changeSetId: string | null = changeSet.id;
        const cameraIds: string[] = [];
        const poleIds: string[] = [];
        const newPoles = new Map(record.newPoles);
        for (const index of [...indexes].sort((a, b) => a - b)) {
          const proposal = proposals[index];
          let poleId = proposal.poleId;
          if (proposal.newPole) {
            const key = `${proposal.location.coordinates.join(',')}`;
            poleId = newPoles.get(key) ?? null;
            if (!poleId) {
              const onWall = proposal.mountKind === 'wall';
              const pole = await this.poles.createWithin(manager, {
                code: `${onWall ? 'WALL' : 'POLE'}-OPT-${stamp}-${String(index + 1).padStart(2, '0')}`,
                kind: onWall ? 'wall_mount' : 'camera_pole',
                heightMeters: proposal.newPoleHeightMeters ?? 8,
                owner: 'Programme Vigie',
                status: 'planned',
                location: proposal.location,
              } as never);
              poleId = pole.id;
              newPoles.set(key, pole.id);
              poleIds.push(pole.id);
            }
          }
          const camera = await this.cameras.createWithin(manager, {
            code: `CAM-OPT-${stamp}-${String(index + 1).padStart(2, '0')}`,
            name: `${proposal.modelCode} (optimiser)`,
            status: 'planned',
            poleId,
            location: proposal.location,
            modelId: proposal.modelId,
            mountHeightMeters: proposal.mountHeightMeters,
            headingDegrees: proposal.headingDegrees,
            tiltDegrees: proposal.tiltDegrees,
            focalLengthMm: proposal.focalLengthMm,
            // A PTZ keeps the position it was chosen for as its guard preset.
            ...(proposal.zoomFactor !== null
              ? { ptzPresets: [{ name: 'Guard', headingDegrees: proposal.headingDegrees, tiltDegrees: proposal.tiltDegrees, zoomFactor: proposal.zoomFactor }] }
              : {}),
          } as never);
          cameraIds.push(camera.id);
        }
        return { changeSetId, cameraIds, poleIds, newPoles };
      });
      [...indexes].sort((a, b) => a - b).forEach((index, k) => {
        record.accepted.set(index, made.cameraIds[k]);
        proposals[index].accepted = true;
        proposals[index].cameraId = made.cameraIds[k];
      });
      for (const [key, id] of made.newPoles) record.newPoles.set(key, id);
      return { changeSetId: made.changeSetId, cameraIds: made.cameraIds, poleIds: made.poleIds, run };
    } catch (error) {
      throw translateDatabaseError(error, 'Camera');
    }
  }

  /** Proposals whose camera was taken back since (its change set undone) may be accepted again. */
  private async forgetUndone(record: RunRecord): Promise<void> {
    if (record.accepted.size === 0) return;
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM camera WHERE id = ANY($1::uuid[])`, [[...record.accepted.values()]]);
    const alive = new Set(rows.map((row) => row.id));
    for (const [index, cameraId] of record.accepted) {
      if (alive.has(cameraId)) continue;
      record.accepted.delete(index);
      const proposal = record.run.result?.proposals[index];
      if (proposal) {
        proposal.accepted = false;
        proposal.cameraId = null;
      }
    }
    const poles: { id: string }[] = await this.dataSource.query(`SELECT id FROM pole WHERE id = ANY($1::uuid[])`, [[...record.newPoles.values()]]);
    const polesAlive = new Set(poles.map((row) => row.id));
    for (const [key, id] of record.newPoles) if (!polesAlive.has(id)) record.newPoles.delete(key);
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, record] of this.runs) {
      if (record.run.finishedAt && record.expiresAt < now) this.runs.delete(id);
    }
  }
}

function connectionOf(mount: MountInfo, option: number | null): MountConnection {
  return mount.connections[option ?? 0] ?? { fiber: mount.fiber!, power: mount.power! };
}

function routeView(route: RouteInfo, paid: boolean) {
  return {
    alreadyConnected: route.alreadyConnected,
    path: route.path,
    lengthMeters: route.lengthMeters,
    ductMeters: route.ductMeters,
    // A second camera on the same mount pays no connection: the route is shown, its cost counted once.
    costMad: paid ? route.costMad : 0,
    targetCode: route.targetCode,
  };
}
