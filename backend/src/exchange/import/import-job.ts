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
 * One import, from upload to commit: kept in the memory of the process that received the upload (its staged
 * rows are a file beside the upload), so that a staging or a commit of 100,000 rows reports its progress
 * without touching the database. With VIGIE_WORKERS > 1 the follow-up requests of one import must reach
 * the same process (sticky sessions): a limitation written in the README.
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
}
