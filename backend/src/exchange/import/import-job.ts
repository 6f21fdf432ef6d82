import type { FieldMapping, ImportTargetType } from './targets';
import type { RowProblem } from './validate-row';
import type { ReadSource, SourceFormat } from '../formats/readers';

export const IMPORT_STATUSES = ['staging', 'staged', 'failed', 'committing', 'committed', 'discarded'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Counts of the validation report. */
export interface ImportCounts {
  rows: number;
  /** Rows that would be written (no error). */
  valid: number;
  errors: number;
  warnings: number;
  /** Of the valid rows: new, and already imported from this source (to be updated). */
  toInsert: number;
  toUpdate: number;
  /** Source rows that are not of the target type (OSM tags) and are left out. */
  skipped: number;
}

export interface ImportProgress {
  phase: 'reading' | 'validating' | 'writing' | 'coverage' | 'done';
  done: number;
  total: number;
}

/**
 * One import, from upload to commit. Stored in import_job (import-job.entity.ts) so that every process answers
 * for it; the process running its staging or commit holds the live copy and writes its progress every second.
 * Its staged rows are a file beside the upload, on the disk of the machine that received it.
 */
export interface ImportJob {
  id: string;
  createdByUserId: string | null;
  createdAt: Date;
  fileName: string;
  format: SourceFormat;
  source: string;
  targetType: ImportTargetType;
  idField: string | null;
  mapping: FieldMapping[];
  /** Fields seen in the source (for the mapping screen). */
  sourceFields: string[];
  layer: string | null;
  status: ImportStatus;
  progress: ImportProgress;
  counts: ImportCounts;
  problemsByCode: Record<string, number>;
  /** The first problems (the full list's counts are in problemsByCode). */
  problems: RowProblem[];
  /** A sample of the rows as they would be written (GeoJSON FeatureCollection). */
  preview: { type: 'FeatureCollection'; features: unknown[] };
  /** When failed: why, as a GraphQL error's message and extensions. */
  failure: { message: string; code: string; reason?: string } | null;
  result: { inserted: number; updated: number; unchanged: number; camerasRecomputed: number; changeSetId: string | null } | null;
  /** Internal: the read source and the staged rows file. */
  read: ReadSource | null;
  stagedPath: string | null;
  uploadPath: string;
  finishedAt: Date | null;
  /** Internal: milliseconds spent per phase of the last staging or commit (`last`: the clock of the last lap). */
  timings?: Record<string, number>;
  /** The CSV column choices of the upload (a new target re-reads the file with them). */
  csv?: { longitudeColumn?: string | null; latitudeColumn?: string | null; wktColumn?: string | null } | null;
  /** Internal: a commit's transaction holds a connection (the embedded database's only one). */
  inTransaction?: boolean;
}
