import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { auditSnapshot } from '../../common/audit/audit-writer';
import { lengthMetersSql } from '../../common/metric-sql';
import { currentActor } from '../../common/request-context';
import { snakeCase } from '../../core/bounds';
import type { ImportTarget, TargetField } from './targets';
import type { StagedRow } from './validate-row';

/**
 * Writes staged rows in batches of set-based SQL (one INSERT ... ON CONFLICT (source_id) per batch), not
 * one ORM save per row: 100,000 buildings in seconds, not minutes. What CrudService does per row is kept:
 * the same CHECK constraints (bounds, valid geometry) refuse a bad value and roll the whole import back,
 * an update that changes nothing writes nothing (same version, no audit entry), and every write gets its
 * audit entry (before/after by property name, as recordAudit writes them, so change sets undo them by
 * the type's own reverter), inserted in bulk.
 */
const ENUM_TYPES: Record<string, string> = {
  'pole.kind': 'pole_kind', 'black_spot.category': 'black_spot_category', 'black_spot.requiredLevel': 'dori_level', 'fiber_run.cableType': 'cable_type',
  'fiber_run.installMethod': 'install_method', 'power_feed.installMethod': 'install_method', 'power_source.kind': 'power_source_kind', 'network_node.kind': 'network_node_kind',
};

function sqlType(target: ImportTarget, field: Pick<TargetField, 'name' | 'kind'>): string {
  if (field.name === 'status') return 'asset_status';
  switch (field.kind) {
    case 'number':
    case 'heading':
      return 'double precision';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'uuid':
      return 'uuid';
    case 'text':
      return 'text';
    case 'enum':
      return ENUM_TYPES[`${target.table}.${field.name}`] ?? 'text';
  }
}

export interface BatchResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Ids of the records written (cameras only: their coverage is recomputed). */
  writtenIds: string[];
}

export function writtenFields(target: ImportTarget): Pick<TargetField, 'name' | 'kind'>[] {
  const fields: Pick<TargetField, 'name' | 'kind'>[] = target.fields.filter((f) => !f.virtual);
  if (target.type === 'building') fields.push({ name: 'heightEstimated', kind: 'boolean' });
  return fields;
}

export interface BatchOptions {
  projectedSrid: number;
  changeSetId: string | null;
  /** Called with the source ids of stored rows about to change, before they are overwritten (their old footprints matter to coverage). */
  beforeUpdate?: (sourceIds: string[]) => Promise<void>;
  /** Profiling: called at the end of each step with its name. */
  lap?: (phase: string) => void;
}

const BOOKKEEPING = ['version', 'updatedAt', 'createdAt'];
const isoSql = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A batch ready to send: its rows as one JSON payload with their audit entries worked out. */
export interface PreparedBatch {
  sql: string;
  parameters: unknown[];
  rows: number;
}

/**
 * Everything a batch's statement needs, computed before it is sent: which rows exist (one id lookup; whole records,
 * the audit's "before", only for those), and each row's audit entry but for what the database assigns (id, version,
 * timestamps). Rows whose update would change nothing are left alone by the statement and get no entry.
 */
export async function prepareBatch(manager: EntityManager, target: ImportTarget, entity: new () => object, rows: readonly StagedRow[], options: BatchOptions): Promise<PreparedBatch> {
  const lap = options.lap ?? (() => undefined);
  const fields = writtenFields(target);
  const sourceIds = rows.map((r) => r.sourceId);
  const present = ((await manager.query(`SELECT source_id FROM "${target.table}" WHERE source_id = ANY($1::text[])`, [sourceIds])) as { source_id: string }[]).map((r) => r.source_id);
  const existing = present.length ? ((await manager.find(entity, { where: { sourceId: In(present) } as never })) as Record<string, unknown>[]) : [];
  // With the previous batch's statement still running, this lookup waits for it: the time is mostly that batch's writing.
  lap('previousBatchWriteAndLookup');
  const before = new Map(existing.map((row) => [row.sourceId as string, row]));
  const geometryProperty = target.geometryColumn;
  const payload = rows.map((row) => {
    const previous = before.get(row.sourceId) ?? null;
    // The after snapshot as recordAudit would write it; the geometry, id, version and timestamps are added by the statement.
    const after = auditSnapshot({ ...(previous ?? {}), ...row.values, sourceId: row.sourceId })!;
    delete after[geometryProperty];
    const beforeSnapshot = auditSnapshot(previous);
    const keys = new Set([...Object.keys(after), geometryProperty, 'id']);
    const changed = [...keys].filter(
      (key) =>
        !BOOKKEEPING.includes(key) &&
        (!beforeSnapshot || JSON.stringify(beforeSnapshot[key]) !== JSON.stringify(key === geometryProperty ? row.geometry : key === 'id' ? beforeSnapshot.id : after[key])),
    );
    return { ...row.values, geometry: JSON.stringify(row.geometry), source_id: row.sourceId, audit_action: previous ? 'update' : 'create', changed_fields: changed.sort(), before: beforeSnapshot, after };
  });
  // Rows that will really change (an update that changes nothing is not written): their old footprints matter to coverage.
  const changing = payload.filter((p) => p.audit_action === 'update' && p.changed_fields.length > 0).map((p) => p.source_id);
  if (changing.length && options.beforeUpdate) await options.beforeUpdate(changing);
  const columns = fields.map((f) => `"${snakeCase(f.name)}"`);
  const recordType = [...fields.map((f) => `"${f.name}" ${sqlType(target, f)}`), 'geometry text', 'source_id text', 'audit_action text', 'changed_fields text[]', 'before jsonb', 'after jsonb'].join(', ');
  const geometry = `ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326)`;
  const extra: { column: string; value: string }[] = [];
  if (target.table === 'fiber_run' || target.table === 'power_feed') extra.push({ column: 'length_meters', value: lengthMetersSql(geometry, options.projectedSrid) });
  const insertColumns = [...columns, `"${target.geometryColumn}"`, ...extra.map((e) => `"${e.column}"`), 'source_id', 'version'];
  const selectValues = [...fields.map((f) => `r."${f.name}"`), geometry, ...extra.map((e) => e.value), 'r.source_id', '1'];
  const updatable = [...columns, `"${target.geometryColumn}"`, ...extra.map((e) => `"${e.column}"`)];
  const differs = updatable.map((c) => `t.${c} IS DISTINCT FROM EXCLUDED.${c}`).join(' OR ');
  const actor = currentActor();
  // One statement per batch: the upsert, and the audit entries of the rows it wrote (no round trip, no second payload).
  const sql = `WITH r AS MATERIALIZED (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})),
     w AS (
       INSERT INTO "${target.table}" AS t (${insertColumns.join(', ')})
         SELECT ${selectValues.join(', ')} FROM r
       ON CONFLICT (source_id) WHERE source_id IS NOT NULL DO UPDATE SET ${updatable.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, version = t.version + 1, updated_at = now()
         WHERE ${differs}
       RETURNING t.id, t.version, t.source_id, t.created_at, t.updated_at),
     a AS (
       INSERT INTO audit_entry (actor_user_id, actor_email, actor_role, action, entity_type, entity_id, changed_fields, before, after, change_set_id)
       SELECT $2::uuid, $3, $4, r.audit_action::audit_action, $5, w.id::text, r.changed_fields, r.before,
              r.after || jsonb_build_object('${geometryProperty}', r.geometry::jsonb, 'id', w.id, 'version', w.version, 'createdAt', ${isoSql('w.created_at')}, 'updatedAt', ${isoSql('w.updated_at')}),
              $6::uuid
         FROM w JOIN r ON r.source_id = w.source_id)
     SELECT count(*)::int AS written, (count(*) FILTER (WHERE r.audit_action = 'create'))::int AS created${target.type === 'camera' ? ', array_agg(w.id) AS ids' : ''}
       FROM w JOIN r ON r.source_id = w.source_id`;
  const parameters = [JSON.stringify(payload), actor?.userId ?? null, actor?.email ?? null, actor?.role ?? null, target.typeName, options.changeSetId];
  lap('auditJs');
  return { sql, parameters, rows: rows.length };
}

/** Sends a prepared batch (the caller may prepare the next one meanwhile; the connection runs them in order). */
export async function sendBatch(manager: EntityManager, batch: PreparedBatch): Promise<BatchResult> {
  const [result] = (await manager.query(batch.sql, batch.parameters)) as { written: number; created: number; ids?: string[] | null }[];
  return { inserted: result.created, updated: result.written - result.created, unchanged: batch.rows - result.written, writtenIds: result.ids ?? [] };
}
