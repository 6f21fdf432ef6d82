import { useEffect, useRef, useState } from 'react';
import type { Client } from 'graphql-ws';
import { graphql } from '../gql';
import type { LiveDataRevisionsSubscription, LiveRecordChangesSubscription } from '../gql/graphql';
import { liveClient } from './liveClient';

export const LIVE_RECORD_CHANGES = graphql(`
  subscription LiveRecordChanges {
    recordChanges { entityType entityId action version actorUserId occurredAt summary }
  }
`);
export const LIVE_DATA_REVISIONS = graphql(`
  subscription LiveDataRevisions {
    dataRevisions { coverage network street maintenance installation actorUserId resync }
  }
`);

export type RecordChange = LiveRecordChangesSubscription['recordChanges'];
export type DataRevisions = LiveDataRevisionsSubscription['dataRevisions'];

/** Data sets whose moved revision is handed over with the batch of record changes (one refetch for both). */
export type BatchedRevision = 'maintenance' | 'installation';
const BATCHED_REVISIONS: readonly BatchedRevision[] = ['maintenance', 'installation'];

/** Changes arriving this close together are handled as one batch (one refetch per layer). */
export const LIVE_BATCH_MS = 400;

export interface LiveUpdateHandlers {
  /** The signed-in user: their own changes are already on their map (no notice, no refetch). */
  selfUserId: string | null;
  /**
   * A batch of changes by others: the GraphQL types touched, the changes themselves, and the data sets
   * whose revision others moved ('maintenance', 'installation'; a bulk write sends no per-row changes,
   * so its revision is the only news of it).
   */
  onChanges(types: ReadonlySet<string>, changes: readonly RecordChange[], revisions: ReadonlySet<BatchedRevision>): void;
  /** The coverage revision moved (black-spot analyses, summaries are stale), or the feed asks for a full refresh. */
  onCoverageRevision(revision: string | null): void;
  /** Changes may have been missed (this map's socket or the server's feed was down a while): refresh everything. */
  onResync(): void;
}

/**
 * The workspace's live updates: changes by others within about a second, without a reload. Returns
 * how many changes by others arrived since the notice was last dismissed (for "3 changes by others").
 */
export function useLiveUpdates(handlers: LiveUpdateHandlers, client: () => Client = liveClient): { othersChanges: number; dismiss(): void; connected: boolean } {
  const [othersChanges, setOthersChanges] = useState(0);
  const [connected, setConnected] = useState(false);
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const live = client();
    // Changes made while the socket was down (a network cut, the token's expiry) were not heard:
    // after a reconnection, everything shown is fetched again.
    let lostConnection = false;
    const stopConnected = live.on?.('connected', () => {
      setConnected(true);
      if (lostConnection) latest.current.onResync();
      lostConnection = false;
    });
    const stopClosed = live.on?.('closed', () => {
      setConnected(false);
      lostConnection = true;
    });
    let batch: RecordChange[] = [];
    let movedRevisions = new Set<BatchedRevision>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let coverage: string | null | undefined;
    const heard: Partial<Record<BatchedRevision, string>> = {};
    const flush = () => {
      timer = null;
      const changes = batch;
      const revisions = movedRevisions;
      batch = [];
      movedRevisions = new Set();
      if (!changes.length && !revisions.size) return;
      // A bulk write by others with no per-row changes still counts as one change in the notice.
      setOthersChanges((count) => count + Math.max(changes.length, revisions.size ? 1 : 0));
      latest.current.onChanges(new Set(changes.map((change) => change.entityType)), changes, revisions);
    };
    const stopChanges = live.subscribe<LiveRecordChangesSubscription>({ query: String(LIVE_RECORD_CHANGES) }, {
      next: ({ data }) => {
        const change = data?.recordChanges;
        if (!change || (change.actorUserId && change.actorUserId === latest.current.selfUserId)) return;
        batch.push(change);
        timer ??= setTimeout(flush, LIVE_BATCH_MS);
      },
      error: () => undefined,
      complete: () => undefined,
    });
    const stopRevisions = live.subscribe<LiveDataRevisionsSubscription>({ query: String(LIVE_DATA_REVISIONS) }, {
      next: ({ data }) => {
        const revisions = data?.dataRevisions;
        if (!revisions) return;
        if (revisions.resync) return latest.current.onResync();
        // Revisions are sent only after a write that moved one: the first heard is news too.
        if (revisions.coverage && revisions.coverage !== coverage) {
          coverage = revisions.coverage;
          latest.current.onCoverageRevision(revisions.coverage);
        }
        // The same commit's record changes arrive alongside: batched together, they make one refetch.
        const byOthers = !revisions.actorUserId || revisions.actorUserId !== latest.current.selfUserId;
        for (const name of BATCHED_REVISIONS) {
          const revision = revisions[name];
          if (!revision || revision === heard[name]) continue;
          heard[name] = revision;
          if (!byOthers) continue;
          movedRevisions.add(name);
          timer ??= setTimeout(flush, LIVE_BATCH_MS);
        }
      },
      error: () => undefined,
      complete: () => undefined,
    });
    return () => {
      if (timer) clearTimeout(timer);
      stopChanges();
      stopRevisions();
      stopConnected?.();
      stopClosed?.();
    };
  }, [client]);

  return { othersChanges, dismiss: () => setOthersChanges(0), connected };
}
