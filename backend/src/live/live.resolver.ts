import { Inject } from '@nestjs/common';
import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Request } from 'express';
import { actorOfRequest } from '../auth/auth.guard';
import { mayReadType } from '../auth/permissions';
import { AuditEntry } from '../common/audit/audit-entry.entity';
import type { DataRevisionsEvent, RecordChangeEvent } from '../common/live/change-feed';
import { LIVE_PUBSUB } from './live.tokens';
import { LIVE_TRIGGERS, type LivePubSub } from './live-pubsub';
import { DataRevisions, RecordChange } from './dto/live-change.types';

type SubscriptionContext = { req: Request };

/** Whether the subscriber (as the guard authenticated it) may hear of this change, and asked for its type. */
function wantsRecord(event: RecordChangeEvent, variables: { entityTypes?: string[] | null }, context: SubscriptionContext): boolean {
  const actor = actorOfRequest(context.req);
  if (!actor || !mayReadType(actor.role, event.entityType)) return false;
  return !variables.entityTypes?.length || variables.entityTypes.includes(event.entityType);
}

/**
 * Live updates over WebSocket (graphql-ws on /graphql). Every audited write publishes one event once
 * its transaction has committed (common/live/change-feed.ts); every Vigie process over the same
 * database hears it (live-pubsub.ts). The guard checks the permission matrix when a subscription starts.
 * Payload types here use no request loaders: a subscription's context lives as long as the socket.
 */
@Resolver()
export class LiveResolver {
  constructor(
    @Inject(LIVE_PUBSUB) private readonly pubsub: LivePubSub,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Subscription(() => RecordChange, {
    description: 'Committed changes to records, as they happen (created, updated, deleted), of the types the caller may read. Refetch what is shown when one concerns it.',
    filter: wantsRecord,
    resolve: (event: RecordChangeEvent) => ({ ...event, occurredAt: new Date(event.occurredAt) }),
  })
  recordChanges(
    @Args('entityTypes', { type: () => [String], nullable: true, description: 'Only changes to these GraphQL types (e.g. ["Camera", "Pole"]); all when omitted.' })
    _entityTypes?: string[] | null,
  ) {
    return this.pubsub.asyncIterableIterator(LIVE_TRIGGERS.record);
  }

  @Subscription(() => DataRevisions, {
    description: 'The data revisions after each committed write that moved one (and a resync notice after this server lost the feed): refresh analyses built from a data set whose revision moved.',
    resolve: (event: DataRevisionsEvent) => ({
      coverage: event.revisions.coverage ?? null,
      network: event.revisions.network ?? null,
      street: event.revisions.street ?? null,
      maintenance: event.revisions.maintenance ?? null,
      installation: event.revisions.installation ?? null,
      actorUserId: event.actorUserId ?? null,
      occurredAt: new Date(event.occurredAt),
      resync: event.resync === true,
    }),
  })
  dataRevisions() {
    return this.pubsub.asyncIterableIterator(LIVE_TRIGGERS.revisions);
  }

  @Subscription(() => AuditEntry, {
    description: 'Every audit entry as its change commits, whole (admins): the live audit trail.',
    filter: (event: RecordChangeEvent, variables: { entityTypes?: string[] | null }) =>
      Boolean(event.auditEntryId) && (!variables.entityTypes?.length || variables.entityTypes.includes(event.entityType)),
    async resolve(this: LiveResolver, event: RecordChangeEvent) {
      return this.dataSource.getRepository(AuditEntry).findOneOrFail({ where: { id: event.auditEntryId } });
    },
  })
  auditEntryRecorded(
    @Args('entityTypes', { type: () => [String], nullable: true, description: 'Only entries of these GraphQL types; all when omitted.' })
    _entityTypes?: string[] | null,
  ) {
    return this.pubsub.asyncIterableIterator(LIVE_TRIGGERS.record);
  }
}
