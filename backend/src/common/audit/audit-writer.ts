import type { EntityManager } from 'typeorm';
import { currentActor, type Actor } from '../request-context';
import { queueRecordChange, summaryOf, type ChangeAction } from '../live/change-feed';
import { AuditEntry, type AuditAction } from './audit-entry.entity';
import { changeSetOf } from './change-set-context';

const CHANGE_ACTIONS: Record<AuditAction, ChangeAction> = { create: 'created', update: 'updated', delete: 'deleted' };

/** Properties never written to the audit trail, whatever the record. */
const SECRET_PROPERTIES = new Set(['passwordHash', 'tokenHash', 'password']);
/** Bookkeeping that changes with every write and says nothing by itself. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt']);

/**
 * A record as plain JSON for the trail: own column values by property name, dates as ISO strings,
 * geometry as the GeoJSON it already is; related entities (loaded relations) and secrets left out.
 */
export function auditSnapshot(record: object | null): Record<string, unknown> | null {
  if (!record) return null;
  const snapshot: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (SECRET_PROPERTIES.has(key) || value === undefined || typeof value === 'function') continue;
    if (value instanceof Date) snapshot[key] = value.toISOString();
    else if (value === null || typeof value !== 'object') snapshot[key] = value;
    else if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) snapshot[key] = value;
    // else: an entity instance (a loaded relation); its own history is in its own entries.
  }
  return snapshot;
}

/** The row of one entry: snapshots, the fields changed, who, and the change set it belongs to. */
function auditRow(change: AuditChange, actor: Actor | null, changeSetId: string | null) {
  const before = auditSnapshot(change.before);
  const after = auditSnapshot(change.after);
  return {
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    actorRole: actor?.role ?? null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    changedFields: changedFieldsOf(change, before, after),
    before: before as never,
    after: after as never,
    changeSetId,
  };
}

function changedFieldsOf(change: AuditChange, before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changedFields = [...keys].filter(
    (key) => !BOOKKEEPING.has(key) && (change.action !== 'update' || JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])),
  );
  for (const extra of change.extraChangedFields ?? []) if (!changedFields.includes(extra)) changedFields.push(extra);
  return changedFields.sort();
}

export interface AuditChange {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
  /** Fields changed that the snapshots cannot show (e.g. `password`). */
  extraChangedFields?: string[];
}

/**
 * Appends one entry inside the caller's transaction: it commits with the change or not at all
 * (a refused write leaves no entry). The actor comes from the request context. The same change is
 * queued for the live feed (common/live/change-feed.ts), which publishes it only after the commit.
 */
export async function recordAudit(manager: EntityManager, change: AuditChange, actor: Actor | null = currentActor()): Promise<void> {
  const row = auditRow(change, actor, changeSetOf(manager));
  const { changedFields } = row;
  const inserted = await manager.insert(AuditEntry, row);
  const current = (row.after ?? row.before) as Record<string, unknown> | null;
  queueRecordChange(manager, {
    auditEntryId: String(inserted.identifiers[0]?.id ?? ''),
    entityType: change.entityType,
    entityId: change.entityId,
    action: CHANGE_ACTIONS[change.action],
    version: typeof current?.version === 'number' ? current.version : null,
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    changedFields,
    summary: summaryOf(current),
  });
}

/** Audit entries inserted per statement by recordAudits. */
const AUDIT_BATCH = 500;
/** Up to this many changes at once, each is still announced on the live feed as it would be alone. */
const ANNOUNCED_ONE_BY_ONE = 200;

/**
 * Many entries at once (an undo of an import): inserted in batches, in the caller's transaction.
 * Like a bulk import, they are not announced one by one on the live feed: open maps follow the data
 * revisions that the same writes move.
 */
export async function recordAudits(manager: EntityManager, changes: readonly AuditChange[], actor: Actor | null = currentActor()): Promise<void> {
  if (changes.length <= ANNOUNCED_ONE_BY_ONE) {
    for (const change of changes) await recordAudit(manager, change, actor);
    return;
  }
  const changeSetId = changeSetOf(manager);
  for (let start = 0; start < changes.length; start += AUDIT_BATCH) {
    await manager.insert(AuditEntry, changes.slice(start, start + AUDIT_BATCH).map((change) => auditRow(change, actor, changeSetId)));
  }
}
