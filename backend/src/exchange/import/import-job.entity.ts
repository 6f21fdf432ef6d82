import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An import as the database keeps it, so that any Vigie process answers `importJob` and `commitImport`
 * (VIGIE_WORKERS > 1) and a restart keeps staged imports. The process running a job's staging or commit
 * (`owner*`) writes its progress at most every second and a heartbeat every few seconds; a job whose owner
 * died is marked failed at the next start (or by any process once its heartbeat is stale). The staged rows
 * stay a file on disk (`stagedPath`, beside the upload): the report in the table is the first 2,000 problems
 * and a preview sample, as the API gives them.
 */
@Entity({ name: 'import_job' })
@Index(['createdAt'])
@Index(['status'])
export class ImportJobRecord {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'varchar', length: 16 })
  format: string;

  @Column({ type: 'varchar', length: 80 })
  source: string;

  @Column({ type: 'varchar', length: 32 })
  targetType: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  idField: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  layer: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  mapping: object;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sourceFields: object;

  @Column({ type: 'jsonb' })
  progress: object;

  @Column({ type: 'jsonb' })
  counts: object;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  problemsByCode: object;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  problems: object;

  @Column({ type: 'jsonb' })
  preview: object;

  @Column({ type: 'jsonb', nullable: true })
  failure: object | null;

  @Column({ type: 'jsonb', nullable: true })
  result: object | null;

  /** The change set a committed import wrote (undoChangeSet reverts it). */
  @Column({ type: 'uuid', nullable: true })
  changeSetId: string | null;

  /** The uploaded file on the disk of the process that received it (its folder holds the reader's output too). */
  @Column({ type: 'text' })
  uploadPath: string;

  /** What the reader produced (GeoJSONSeq layers on disk), so that another process can map it again. */
  @Column({ type: 'jsonb', nullable: true })
  readSource: object | null;

  /** The validated rows, one JSON line each, that a commit writes. */
  @Column({ type: 'text', nullable: true })
  stagedPath: string | null;

  /** CSV column choices of the upload (re-reading the file on a new target needs them). */
  @Column({ type: 'jsonb', nullable: true })
  csv: object | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  ownerHost: string | null;

  @Column({ type: 'integer', nullable: true })
  ownerPid: number | null;

  /** The process instance (random at each start) that runs the job's staging or commit. */
  @Column({ type: 'uuid', nullable: true })
  ownerInstance: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;
}
