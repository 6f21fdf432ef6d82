import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An optimiser run as stored, so that any process answers `placementRun` and
 * `acceptPlacementProposals` (with VIGIE_WORKERS > 1 a poll may reach another process than the one
 * running it). The process running it writes its progress and, at the end, its result; it beats
 * `heartbeatAt` every few seconds, and a run whose heartbeat stopped (the process was restarted or
 * killed) is marked failed when next read. Not audited and not a design asset: no data revision.
 */
@Entity({ name: 'placement_run' })
@Index(['startedAt'])
@Check('placement_run_state', `"state" IN ('loading', 'running', 'done', 'cancelled', 'failed')`)
@Check('placement_run_progress', `"progress_fraction" >= 0 AND "progress_fraction" <= 1`)
export class PlacementRunRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  state: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  phase: string | null;

  @Column({ type: 'double precision', default: 0 })
  progressFraction: number;

  @Column({ type: 'integer', default: 0 })
  proposalCount: number;

  @Column({ type: 'double precision', nullable: true })
  budgetMad: number | null;

  @Column({ type: 'integer', nullable: true })
  maxCameras: number | null;

  @Column({ type: 'boolean', default: false })
  night: boolean;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The run's input as given (scope, limits, models, walls). */
  @Column({ type: 'jsonb' })
  input: Record<string, unknown>;

  /** The result view once ended (proposals without their accepted marks: see `accepted`). */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  /** Proposal index -> the planned camera made from it. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  accepted: Record<string, string>;

  /** New-support key (its location) -> the pole made for it: two proposals on one new pole share it. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  newPoles: Record<string, string>;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** Set by cancelPlacementRun on any process; the running process reads it with its heartbeat. */
  @Column({ type: 'boolean', default: false })
  cancelRequested: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  heartbeatAt: Date;
}
