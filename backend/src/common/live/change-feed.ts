import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { BeforeQueryEvent } from 'typeorm/subscriber/event/QueryEvent';
import type { TransactionCommitEvent } from 'typeorm/subscriber/event/TransactionCommitEvent';
import type { TransactionRollbackEvent } from 'typeorm/subscriber/event/TransactionRollbackEvent';
import type { DataRevisionName } from '../data-revision';

/**
 * The live change feed, where it starts: every audited write (audit-writer.ts) queues one event on its
 * transaction, and the events go out to the feed's sink only once that transaction has COMMITTED
 * (never before, never for a rolled-back write). Transactions that wrote also report the data
 * revisions (data-revision.ts) as they stand at commit, so maps know when to refresh analyses.
 * The sink (live/live-pubsub.ts) carries them to every process: small events only (ids, a few
 * short fields), never geometry, because PostgreSQL NOTIFY payloads stay under 8,000 bytes.
 */

export type ChangeAction = 'created' | 'updated' | 'deleted';

export interface RecordChangeEvent {
  kind: 'record';
  /** The audit entry that records this change (its full detail, for those who may read it). */
  auditEntryId: string;
  entityType: string;
  entityId: string;
  action: ChangeAction;
  /** The record's version after the change (before it, for a delete); null for records without one. */
  version: number | null;
  actorUserId: string | null;
  actorRole: string | null;
  /** ISO time the publishing process saw the commit. */
  occurredAt: string;
  changedFields: string[];
  /** A few short fields of the record after the change (before it, for a delete): status, code, name ... */
  summary: Record<string, string | number | boolean | null>;
}

export interface DataRevisionsEvent {
  kind: 'revisions';
  /** Every data set's revision as it stood when the write committed (decimal strings; they only grow). */
  revisions: Partial<Record<DataRevisionName, string>>;
  occurredAt: string;
  /** Who made the write, when every record change in it names the same user (null when unknown or several). */
  actorUserId?: string | null;
  /**
   * Set on an event a process makes for its own subscribers after it lost the feed for a while (its
   * LISTEN connection dropped): changes may have been missed, every view should refresh.
   */
  resync?: boolean;
}

export type LiveEvent = RecordChangeEvent | DataRevisionsEvent;
export type LiveEventSink = (event: LiveEvent) => void;

/** Record fields small and telling enough to travel with an event (whatever the type has of them). */
const SUMMARY_FIELDS = ['status', 'state', 'priority', 'code', 'name', 'kind', 'category', 'severity'];
const SUMMARY_TEXT_LIMIT = 120;
const CHANGED_FIELDS_LIMIT = 40;

const sinks = new WeakMap<DataSource, LiveEventSink>();
const installed = new WeakSet<DataSource>();

interface PendingTransaction {
  /** Events queued, each with the savepoint depth it was queued at (a rolled-back savepoint drops its own). */
  events: { depth: number; event: RecordChangeEvent }[];
  wrote: boolean;
  revisions?: DataRevisionsEvent['revisions'];
}
const pending = new WeakMap<QueryRunner, PendingTransaction>();

const WRITE_STATEMENT = /^\s*(INSERT|UPDATE|DELETE|TRUNCATE|MERGE)\b/i;

/** Where this data source's committed events go (the live module sets it; without one they are dropped). */
export function setLiveEventSink(dataSource: DataSource, sink: LiveEventSink | null): void {
  if (sink) sinks.set(dataSource, sink);
  else sinks.delete(dataSource);
  installAfterCommitPublisher(dataSource);
}

/** A summary of a record for an event: the SUMMARY_FIELDS it has, short. */
export function summaryOf(record: Record<string, unknown> | null): RecordChangeEvent['summary'] {
  const summary: RecordChangeEvent['summary'] = {};
  if (!record) return summary;
  for (const field of SUMMARY_FIELDS) {
    const value = record[field];
    if (value === null || typeof value === 'number' || typeof value === 'boolean') summary[field] = value;
    else if (typeof value === 'string') summary[field] = value.length > SUMMARY_TEXT_LIMIT ? `${value.slice(0, SUMMARY_TEXT_LIMIT - 1)}…` : value;
  }
  return summary;
}

/**
 * Queues an event of an audited write on the transaction of `manager`; it is published once the
 * transaction commits. A manager outside a transaction has already committed its statement: published now.
 */
export function queueRecordChange(manager: EntityManager, event: Omit<RecordChangeEvent, 'kind' | 'occurredAt'>): void {
  const full: RecordChangeEvent = { kind: 'record', occurredAt: '', ...event, changedFields: event.changedFields.slice(0, CHANGED_FIELDS_LIMIT) };
  const runner = manager.queryRunner;
  if (!runner || !runner.isTransactionActive) {
    publish(manager.connection, { ...full, occurredAt: new Date().toISOString() });
    return;
  }
  const transaction = pendingOf(runner);
  transaction.events.push({ depth: (runner as unknown as { transactionDepth: number }).transactionDepth, event: full });
}

function pendingOf(runner: QueryRunner): PendingTransaction {
  let transaction = pending.get(runner);
  if (!transaction) pending.set(runner, (transaction = { events: [], wrote: false }));
  return transaction;
}

function publish(dataSource: DataSource, event: LiveEvent): void {
  const sink = sinks.get(dataSource);
  if (!sink) return;
  try {
    sink(event);
  } catch (error) {
    // A live notice lost must never undo or fail a write that has committed.
    console.error('Vigie live feed: an event could not be published', error);
  }
}

const lastRevisions = new WeakMap<DataSource, DataRevisionsEvent['revisions']>();

/**
 * Whether any revision is newer than the last this process published or heard of (a write that moved
 * none, e.g. a sign-in's throttle row, sends no revision event). Other processes may repeat a value:
 * clients compare revisions and refresh only when one moved.
 */
function movedRevisions(dataSource: DataSource, revisions: DataRevisionsEvent['revisions']): boolean {
  const last = lastRevisions.get(dataSource) ?? {};
  let moved = false;
  for (const [name, revision] of Object.entries(revisions) as [DataRevisionName, string][]) {
    if (last[name] === undefined || BigInt(revision) > BigInt(last[name]!)) moved = true;
  }
  if (moved) noteRevisions(dataSource, revisions);
  return moved;
}

/** Remembers revisions heard from the feed (other processes' writes), so this one does not repeat them. */
export function noteRevisions(dataSource: DataSource, revisions: DataRevisionsEvent['revisions']): void {
  const last = { ...(lastRevisions.get(dataSource) ?? {}) };
  for (const [name, revision] of Object.entries(revisions) as [DataRevisionName, string][]) {
    if (last[name] === undefined || BigInt(revision) > BigInt(last[name]!)) last[name] = revision;
  }
  lastRevisions.set(dataSource, last);
}

const depthOf = (runner: QueryRunner): number => (runner as unknown as { transactionDepth: number }).transactionDepth;

/**
 * A TypeORM subscriber on the data source: notes which transactions write, reads the data revisions
 * just before a writing transaction commits (inside it: its own trigger updates are visible), and
 * publishes the queued events after COMMIT; a rollback drops them (a savepoint rollback, its own).
 */
function installAfterCommitPublisher(dataSource: DataSource): void {
  if (installed.has(dataSource)) return;
  installed.add(dataSource);
  const subscriber: EntitySubscriberInterface = {
    beforeQuery(event: BeforeQueryEvent): void {
      const runner = event.queryRunner;
      if (runner?.isTransactionActive && WRITE_STATEMENT.test(event.query)) pendingOf(runner).wrote = true;
    },
    async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
      const runner = event.queryRunner;
      const transaction = pending.get(runner);
      if (!transaction?.wrote || depthOf(runner) !== 1 || !sinks.has(dataSource)) return;
      const rows: { name: DataRevisionName; revision: string }[] = await runner.query('SELECT name, revision::text AS revision FROM data_revision');
      transaction.revisions = Object.fromEntries(rows.map((row) => [row.name, row.revision]));
    },
    afterTransactionCommit(event: TransactionCommitEvent): void {
      const runner = event.queryRunner;
      const transaction = pending.get(runner);
      if (!transaction) return;
      const depth = depthOf(runner);
      if (depth > 0) {
        // A savepoint released: its events now belong to the enclosing level.
        for (const entry of transaction.events) entry.depth = Math.min(entry.depth, depth);
        return;
      }
      pending.delete(runner);
      const occurredAt = new Date().toISOString();
      for (const { event: change } of transaction.events) publish(dataSource, { ...change, occurredAt });
      if (transaction.revisions && movedRevisions(dataSource, transaction.revisions)) {
        // A bulk write (imports, undo) sends no per-row events: the revision is all maps hear of it.
        const actors = new Set(transaction.events.map(({ event: change }) => change.actorUserId));
        const actorUserId = actors.size === 1 ? [...actors][0] : null;
        publish(dataSource, { kind: 'revisions', revisions: transaction.revisions, occurredAt, actorUserId });
      }
    },
    afterTransactionRollback(event: TransactionRollbackEvent): void {
      const runner = event.queryRunner;
      const transaction = pending.get(runner);
      if (!transaction) return;
      const depth = depthOf(runner);
      if (depth === 0) pending.delete(runner);
      else transaction.events = transaction.events.filter((entry) => entry.depth <= depth);
    },
  };
  dataSource.subscribers.push(subscriber);
}
