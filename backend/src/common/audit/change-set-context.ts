import type { EntityManager, QueryRunner } from 'typeorm';
import { currentActor } from '../request-context';
import { ChangeSet } from './change-set.entity';
import type { AuditEntry } from './audit-entry.entity';

/**
 * Which change set a transaction writes into. Keyed by the transaction's query runner (one per
 * `dataSource.transaction`, never reused by TypeORM), so every EntityManager of that transaction
 * shares it and nothing outlives the transaction.
 */
const openSets = new WeakMap<QueryRunner | EntityManager, string>();
const keyOf = (manager: EntityManager) => manager.queryRunner ?? manager;

/**
 * Opens a change set inside the caller's transaction: every audited write through this transaction
 * afterwards belongs to it, and it commits or rolls back with them. One per transaction.
 */
export async function openChangeSet(manager: EntityManager, init: { kind: string; label: string }): Promise<ChangeSet> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('openChangeSet needs a transaction: call it inside dataSource.transaction().');
  if (openSets.has(keyOf(manager))) throw new Error('This transaction already has a change set.');
  const actor = currentActor();
  const label = init.label.trim().slice(0, 200) || init.kind;
  const [row] = (await manager.query(
    'INSERT INTO change_set (kind, label, actor_user_id, actor_email) VALUES ($1, $2, $3, $4) RETURNING id',
    [init.kind, label, actor?.userId ?? null, actor?.email ?? null],
  )) as { id: string }[];
  openSets.set(keyOf(manager), row.id);
  return manager.findOneByOrFail(ChangeSet, { id: row.id });
}

/** The change set the transaction writes into, if any (read by the audit writer). */
export function changeSetOf(manager: EntityManager): string | null {
  return openSets.get(keyOf(manager)) ?? null;
}

/**
 * Reverts one recorded change inside the undo's transaction, with the rules of its type (versions,
 * references, derived data such as coverage) and an audit entry of its own. CrudService implements it
 * for every editable type; a type without one cannot be undone (the undo is refused, naming it).
 */
export interface AuditReverter {
  revertAuditEntries(manager: EntityManager, entries: AuditEntry[]): Promise<void>;
}

const reverters = new Map<string, AuditReverter>();

export function registerAuditReverter(entityType: string, reverter: AuditReverter): void {
  reverters.set(entityType, reverter);
}

export function auditReverterFor(entityType: string): AuditReverter | undefined {
  return reverters.get(entityType);
}
