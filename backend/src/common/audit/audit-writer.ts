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
  const before = auditSnapshot(change.before);
  const after = auditSnapshot(change.after);
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changedFields = [...keys].filter(
    (key) => !BOOKKEEPING.has(key) && (change.action !== 'update' || JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])),
  );
  for (const extra of change.extraChangedFields ?? []) if (!changedFields.includes(extra)) changedFields.push(extra);
  const inserted = await manager.insert(AuditEntry, {
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    actorRole: actor?.role ?? null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    changedFields: changedFields.sort(),
    before: before as never,
    after: after as never,
    changeSetId: changeSetOf(manager),
  });
  const current = after ?? before;
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
