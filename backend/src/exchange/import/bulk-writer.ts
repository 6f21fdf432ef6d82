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
  inserted: { id: string; sourceId: string }[];
  updated: { id: string; sourceId: string }[];
  unchanged: number;
}

export function writtenFields(target: ImportTarget): Pick<TargetField, 'name' | 'kind'>[] {
  const fields: Pick<TargetField, 'name' | 'kind'>[] = target.fields.filter((f) => !f.virtual);
  if (target.type === 'building') fields.push({ name: 'heightEstimated', kind: 'boolean' });
  return fields;
}

export interface BatchOptions {
  projectedSrid: number;
  changeSetId: string | null;
  /** Called with the source ids already stored, before they are overwritten (their old footprints matter to coverage). */
  beforeUpdate?: (sourceIds: string[]) => Promise<void>;
  /** Profiling: called at the end of each step with its name. */
  lap?: (phase: string) => void;
}

export async function writeBatch(manager: EntityManager, target: ImportTarget, entity: new () => object, rows: readonly StagedRow[], options: BatchOptions): Promise<BatchResult> {
  const lap = options.lap ?? (() => undefined);
  const fields = writtenFields(target);
  // Most rows of a first import are new: one cheap id lookup, and whole records (the audit's "before") only for those that exist.
  const sourceIds = rows.map((r) => r.sourceId);
  const present = ((await manager.query(`SELECT source_id FROM "${target.table}" WHERE source_id = ANY($1::text[])`, [sourceIds])) as { source_id: string }[]).map((r) => r.source_id);
  const existing = present.length ? ((await manager.find(entity, { where: { sourceId: In(present) } as never })) as Record<string, unknown>[]) : [];
  if (present.length && options.beforeUpdate) await options.beforeUpdate(present);
  lap('findExisting');
  const before = new Map(existing.map((row) => [row.sourceId as string, row]));
  const columns = fields.map((f) => `"${snakeCase(f.name)}"`);
  const recordType = [...fields.map((f) => `"${f.name}" ${sqlType(target, f)}`), 'geometry text', 'source_id text'].join(', ');
  const geometry = `ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326)`;
  const extra: { column: string; value: string }[] = [];
  if (target.table === 'fiber_run' || target.table === 'power_feed') extra.push({ column: 'length_meters', value: lengthMetersSql(geometry, options.projectedSrid) });
  const insertColumns = [...columns, `"${target.geometryColumn}"`, ...extra.map((e) => `"${e.column}"`), 'source_id', 'version'];
  const selectValues = [...fields.map((f) => `r."${f.name}"`), geometry, ...extra.map((e) => e.value), 'r.source_id', '1'];
  const updatable = [...columns, `"${target.geometryColumn}"`, ...extra.map((e) => `"${e.column}"`)];
  const differs = updatable.map((c) => `t.${c} IS DISTINCT FROM EXCLUDED.${c}`).join(' OR ');
  const payload = rows.map((row) => ({ ...row.values, geometry: JSON.stringify(row.geometry), source_id: row.sourceId }));
  const returned = (await manager.query(
    `INSERT INTO "${target.table}" AS t (${insertColumns.join(', ')})
       SELECT ${selectValues.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})
     ON CONFLICT (source_id) WHERE source_id IS NOT NULL DO UPDATE SET ${updatable.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, version = t.version + 1, updated_at = now()
       WHERE ${differs}
     RETURNING t.id, t.version, t.source_id AS "sourceId", t.created_at AS "createdAt", t.updated_at AS "updatedAt"`,
    [JSON.stringify(payload)],
  )) as { id: string; version: number; sourceId: string; createdAt: Date; updatedAt: Date }[];
  lap('upsert');
  const bySource = new Map(rows.map((row) => [row.sourceId, row]));
  const result: BatchResult = { inserted: [], updated: [], unchanged: rows.length - returned.length };
  const audit: { action: 'create' | 'update'; entity_id: string; changed_fields: string[]; before: unknown; after: unknown }[] = [];
  for (const written of returned) {
    const row = bySource.get(written.sourceId)!;
    const previous = before.get(written.sourceId) ?? null;
    const after = { ...(previous ?? {}), ...row.values, [target.geometryColumn]: row.geometry, sourceId: written.sourceId, id: written.id, version: written.version, createdAt: written.createdAt, updatedAt: written.updatedAt };
    const beforeSnapshot = auditSnapshot(previous);
    const afterSnapshot = auditSnapshot(after)!;
    const changedFields = Object.keys(afterSnapshot).filter(
      (key) => !['version', 'updatedAt', 'createdAt'].includes(key) && (!previous || JSON.stringify(beforeSnapshot?.[key]) !== JSON.stringify(afterSnapshot[key])),
    );
    (previous ? result.updated : result.inserted).push({ id: written.id, sourceId: written.sourceId });
    audit.push({ action: previous ? 'update' : 'create', entity_id: written.id, changed_fields: changedFields.sort(), before: beforeSnapshot, after: afterSnapshot });
  }
  lap('auditJs');
  if (audit.length) {
    // One statement per batch (the ORM's insert of 500 entries at a time cost 4x more than the upserts themselves).
    const actor = currentActor();
    await manager.query(
      `INSERT INTO audit_entry (actor_user_id, actor_email, actor_role, action, entity_type, entity_id, changed_fields, before, after, change_set_id)
       SELECT $2::uuid, $3, $4, r.action::audit_action, $5, r.entity_id, r.changed_fields, r.before, r.after, $6::uuid
         FROM jsonb_to_recordset($1::jsonb) AS r(action text, entity_id text, changed_fields text[], before jsonb, after jsonb)`,
      [JSON.stringify(audit), actor?.userId ?? null, actor?.email ?? null, actor?.role ?? null, target.typeName, options.changeSetId],
    );
  }
  lap('auditInsert');
  return result;
}
