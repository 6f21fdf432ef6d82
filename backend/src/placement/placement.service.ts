import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PlacementRunRecord } from './placement-run.entity';
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

/** How long an ended run is kept (accepting its proposals needs it). */
const KEEP_HOURS = 24;
/** Runs at once on this process (the machine has 2 cores; the run yields every 50 ms anyway). */
const MAXIMUM_ACTIVE_RUNS = 2;
/** The running process writes progress and beats the heartbeat this often; it reads cancel requests then too. */
const HEARTBEAT_MILLISECONDS = 1000;
/** A run whose heartbeat is older than this was left by a process that stopped: it is marked failed. */
const STALE_SECONDS = 30;
const INTERRUPTED = 'Interrupted: the server process running it stopped (restart or crash) before it ended. Start it again.';

/** What the process running a run keeps in memory beside its row. */
interface ActiveRun {
  controller: AbortController;
  phase: string | null;
  progressFraction: number;
  proposalCount: number;
  state: 'loading' | 'running';
}

/**
 * The placement optimiser as a job: start (the problem is read and priced, then the core runs in
 * slices of at most 50 ms, so the server keeps answering), poll its progress, cancel it (the core
 * stops at its next slice and keeps what it chose), read the result, and accept all or some proposals
 * as planned cameras (and new poles) in one transaction, audited.
 * Runs are stored (placement_run): the process running one writes its progress every second and its
 * result at the end, so any process answers placementRun, cancelPlacementRun (a cancel request the
 * running process reads with its heartbeat) and acceptPlacementProposals. A run whose process stopped
 * is marked failed when next read, or at once when this process shuts down.
 */
@Injectable()
export class PlacementService implements OnModuleDestroy {
  private readonly active = new Map<string, ActiveRun>();
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private beating = false;
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

  private get rows() {
    return this.dataSource.getRepository(PlacementRunRecord);
  }

  async start(input: PlacementRunInput, userId: string | null): Promise<PlacementRun> {
    const scope = { blackSpotIds: input.blackSpotIds ?? null, zoneId: input.zoneId ?? null };
    validatePlacementInput(scope, input);
    if (this.active.size >= MAXIMUM_ACTIVE_RUNS) {
      throw badInput(`${this.active.size} optimiser runs are under way; wait for one to end or cancel it.`, { reason: 'PLACEMENT_BUSY' });
    }
    // Unknown ids and an empty scope are refused within the request; the loading runs in the background.
    await checkPlacementScope(this.dataSource.manager, scope, input);
    await this.dataSource.query(`DELETE FROM placement_run WHERE finished_at < now() - make_interval(hours => $1)`, [KEEP_HOURS]);
    const id = randomUUID();
    const row = await this.rows.save(this.rows.create({
      id, state: 'loading', phase: null, progressFraction: 0, proposalCount: 0, budgetMad: input.budgetMad ?? null, maxCameras: input.maxCameras ?? null,
      night: input.night === true, error: null, input: { ...input } as Record<string, unknown>, result: null, accepted: {}, newPoles: {}, userId,
      cancelRequested: false, startedAt: new Date(), finishedAt: null, heartbeatAt: new Date(),
    }));
    const active: ActiveRun = { controller: new AbortController(), phase: null, progressFraction: 0, proposalCount: 0, state: 'loading' };
    this.active.set(id, active);
    if (!this.heartbeat) {
      this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MILLISECONDS);
      // The beat alone never keeps a process alive (a CLI, a test closing its app).
      this.heartbeat.unref();
    }
    // The run outlives the request: outside its deadline.
    outsideRequestDeadline(() => {
      void this.execute(id, active, scope, input);
    });
    return this.toRun(row);
  }

  /** Writes the progress of this process's runs, beats their heartbeat and picks up cancel requests. */
  private async beat(): Promise<void> {
    // A slow database can make a beat outlast the interval: one at a time.
    if (this.beating) return;
    this.beating = true;
    try {
      await this.beatOnce();
    } finally {
      this.beating = false;
    }
  }

  private async beatOnce(): Promise<void> {
    for (const [id, active] of this.active) {
      try {
        const rows: { cancel_requested: boolean }[] = await this.dataSource.query(
          `UPDATE placement_run SET heartbeat_at = now(), state = $2, phase = $3, progress_fraction = $4, proposal_count = $5
            WHERE id = $1 AND state IN ('loading', 'running') RETURNING cancel_requested`,
          [id, active.state, active.phase, active.progressFraction, active.proposalCount],
        );
        if (rows[0]?.cancel_requested) active.controller.abort();
      } catch {
        // A missed beat is retried at the next one (the database may be closing).
      }
    }
    if (this.active.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private async execute(id: string, active: ActiveRun, scope: PlacementScope, input: PlacementRunInput): Promise<void> {
    const end: { state?: string; phase?: string | null; progressFraction?: number; proposalCount?: number; error?: string; result?: PlacementResultView } = {};
    try {
      // The design read and each mount's connection priced (network, street graph, routes).
      const loaded = await loadPlacementProblem(this.dataSource.manager, this.network, this.projection, scope, input);
      if (active.controller.signal.aborted) {
        end.state = 'cancelled';
        return;
      }
      active.state = 'running';
      active.phase = 'coverage';
      const result = await solvePlacement(loaded.problem, {
        signal: active.controller.signal,
        onProgress: (progress) => {
          active.phase = progress.phase;
          active.progressFraction = Math.min(1, Math.max(active.progressFraction, progress.fraction));
          active.proposalCount = progress.proposals;
        },
      });
      end.result = this.view(loaded, result);
      end.proposalCount = result.proposals.length;
      end.state = result.stoppedReason === 'cancelled' ? 'cancelled' : 'done';
      end.phase = active.phase;
      end.progressFraction = 1;
    } catch (error) {
      end.state = 'failed';
      end.error = error instanceof CoreInputError || error instanceof Error ? error.message : String(error);
    } finally {
      this.active.delete(id);
      try {
        // Unless a shutdown marked it failed meanwhile.
        await this.dataSource.query(
          `UPDATE placement_run SET state = $2, phase = coalesce($3, phase), progress_fraction = coalesce($4, progress_fraction), proposal_count = coalesce($5, proposal_count),
                  error = $6, result = $7, finished_at = now(), heartbeat_at = now() WHERE id = $1 AND state IN ('loading', 'running')`,
          [id, end.state ?? 'failed', end.phase ?? null, end.progressFraction ?? null, end.proposalCount ?? null, end.error ?? null, end.result ? JSON.stringify(end.result) : null],
        );
      } catch {
        // The database closed under it (shutdown): the row is marked failed when next read.
      }
    }
  }

  /** Runs of this process stop when it shuts down; their rows say why. */
  async onModuleDestroy(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    const ids = [...this.active.keys()];
    for (const active of this.active.values()) active.controller.abort();
    this.active.clear();
    if (ids.length === 0) return;
    try {
      await this.dataSource.query(
        `UPDATE placement_run SET state = 'failed', error = $2, finished_at = now() WHERE id = ANY($1::uuid[]) AND state IN ('loading', 'running')`,
        [ids, INTERRUPTED],
      );
    } catch {
      // Closing already: marked failed when next read (stale heartbeat).
    }
  }

  private view(loaded: LoadedPlacementProblem, result: PlacementResult): PlacementResultView {
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

  /** The stored run; a run left by a stopped process is marked failed first. NOT_FOUND when unknown or expired. */
  private async record(id: string): Promise<PlacementRunRecord> {
    if (!isUuid(id)) throw notFound('PlacementRun', id);
    let row = await this.rows.findOneBy({ id });
    if (!row) throw notFound('PlacementRun', id);
    if ((row.state === 'loading' || row.state === 'running') && !this.active.has(id)) {
      const marked: PlacementRunRecord[] = await this.dataSource.query(
        `UPDATE placement_run SET state = 'failed', error = $2, finished_at = now()
          WHERE id = $1 AND state IN ('loading', 'running') AND heartbeat_at < now() - make_interval(secs => $3) RETURNING id`,
        [id, INTERRUPTED, STALE_SECONDS],
      );
      if (marked.length) row = (await this.rows.findOneBy({ id }))!;
    }
    return row;
  }

  private toRun(row: PlacementRunRecord): PlacementRun {
    const active = this.active.get(row.id);
    const stored = row.result as unknown as PlacementResultView | null;
    const result = stored && {
      ...stored,
      proposals: stored.proposals.map((proposal) => ({ ...proposal, accepted: row.accepted[proposal.index] != null, cameraId: row.accepted[proposal.index] ?? null })),
    };
    return {
      id: row.id,
      // This process's own runs answer from memory (fresher than the last beat).
      state: (active?.state ?? row.state) as PlacementRun['state'],
      phase: active ? active.phase : row.phase,
      progressFraction: active ? active.progressFraction : row.progressFraction,
      proposalCount: active ? active.proposalCount : row.proposalCount,
      budgetMad: row.budgetMad,
      maxCameras: row.maxCameras,
      night: row.night,
      error: row.error,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      result,
    };
  }

  async run(id: string): Promise<PlacementRun> {
    return this.toRun(await this.record(id));
  }

  async cancel(id: string): Promise<PlacementRun> {
    const row = await this.record(id);
    if (row.state === 'loading' || row.state === 'running') {
      // Here, at once; on another process, at its next heartbeat.
      this.active.get(id)?.controller.abort();
      await this.dataSource.query(`UPDATE placement_run SET cancel_requested = true WHERE id = $1`, [id]);
    }
    return this.toRun(row);
  }

  /** All or some proposals of a finished (or cancelled) run become planned cameras, and new poles, in one transaction. */
  async accept(input: AcceptPlacementInput): Promise<PlacementAcceptResult> {
    const first = await this.record(input.runId);
    const stored = first.result as unknown as PlacementResultView | null;
    if (!stored) throw badInput(`The run is ${first.state}: accept its proposals once it has ended.`, { reason: 'RUN_NOT_FINISHED' });
    const proposals = stored.proposals;
    if (input.proposalIndexes && new Set(input.proposalIndexes).size !== input.proposalIndexes.length) {
      throw badInput('proposalIndexes names a proposal twice.', { reason: 'DUPLICATE_PROPOSAL' });
    }
    for (const index of input.proposalIndexes ?? []) {
      if (!Number.isInteger(index) || index < 0 || index >= proposals.length) {
        throw badInput(`There is no proposal ${index} in this run (0 to ${proposals.length - 1}).`, { reason: 'UNKNOWN_PROPOSAL', index });
      }
    }
    const stamp = first.id.slice(0, 6).toUpperCase();
    // The status gate's outside checks (a planned asset: none today), before the transaction.
    await this.poles.checkCreateBeforeWrite({ status: 'planned' } as never);
    await this.cameras.checkCreateBeforeWrite({ status: 'planned' } as never);
    try {
      const made = await this.dataSource.transaction(async (manager) => {
        // One acceptance of a run at a time, whichever process: the row is locked until commit.
        const [locked] = await manager.query(`SELECT accepted, new_poles FROM placement_run WHERE id = $1 FOR UPDATE`, [first.id]);
        const accepted = await aliveCameras(manager, locked.accepted as Record<string, string>);
        const newPoles = await alivePoles(manager, locked.new_poles as Record<string, string>);
        const indexes = input.proposalIndexes ?? proposals.map((proposal) => proposal.index).filter((index) => accepted[index] == null);
        if (indexes.length === 0) throw badInput('No proposal to accept.', { reason: 'NOTHING_TO_ACCEPT' });
        for (const index of indexes) {
          if (accepted[index] != null) throw badInput(`Proposal ${index} was accepted already.`, { reason: 'ALREADY_ACCEPTED', index });
        }
        const changeSet = await openChangeSet(manager, {
          kind: 'placement',
          label: `Optimiser: ${indexes.length} proposal${indexes.length === 1 ? '' : 's'} accepted (run ${stamp})`,
        });
        const changeSetId: string | null = changeSet.id;
        const cameraIds: string[] = [];
        const poleIds: string[] = [];
        for (const index of [...indexes].sort((a, b) => a - b)) {
          const proposal = proposals[index];
          let poleId = proposal.poleId;
          if (proposal.newPole) {
            const key = `${proposal.location.coordinates.join(',')}`;
            poleId = newPoles[key] ?? null;
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
              newPoles[key] = pole.id;
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
          accepted[index] = camera.id;
        }
        await manager.query(`UPDATE placement_run SET accepted = $2, new_poles = $3 WHERE id = $1`, [first.id, JSON.stringify(accepted), JSON.stringify(newPoles)]);
        return { changeSetId, cameraIds, poleIds };
      });
      return { ...made, run: await this.run(first.id) };
    } catch (error) {
      throw translateDatabaseError(error, 'Camera');
    }
  }
}

/** The entries whose record still exists in `table` (one taken back since, its change set undone, is dropped). */
async function stillThere(manager: EntityManager, table: 'camera' | 'pole', made: Record<string, string>): Promise<Record<string, string>> {
  const ids = Object.values(made);
  if (ids.length === 0) return {};
  const rows: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
  const alive = new Set(rows.map((row) => row.id));
  return Object.fromEntries(Object.entries(made).filter(([, id]) => alive.has(id)));
}

/** Proposals whose camera was taken back since (its change set undone) may be accepted again. */
const aliveCameras = (manager: EntityManager, accepted: Record<string, string>) => stillThere(manager, 'camera', accepted);
/** New supports made for a run that still exist (an undone one is made again when needed). */
const alivePoles = (manager: EntityManager, newPoles: Record<string, string>) => stillThere(manager, 'pole', newPoles);

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
