import { Inject, Injectable, Module, type BeforeApplicationShutdown, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module';
import { AuthService } from '../auth/auth.service';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { VIGIE_DATABASE } from '../database/database.module';
import type { VigieDatabase } from '../database/vigie-database';
import { noteRevisions, setLiveEventSink, type LiveEvent } from '../common/live/change-feed';
import { LiveResolver } from './live.resolver';
import { LiveSockets } from './live-sockets';
import { LIVE_PUBSUB } from './live.tokens';
import { LIVE_TRIGGERS, MemoryLivePubSub, PgNotifyLivePubSub, triggerOf, type LivePubSub } from './live-pubsub';

const LIVE_SOCKETS = Symbol('LIVE_SOCKETS');

/**
 * Wires the feed at start: committed audited writes of this process go to the pub/sub (and from there
 * to every process's subscribers), and the WebSocket handshake gets AuthService and the served schema.
 */
@Injectable()
class LiveFeed implements OnModuleInit, BeforeApplicationShutdown {
  constructor(
    @Inject(LIVE_PUBSUB) private readonly pubsub: LivePubSub,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(LIVE_SOCKETS) private readonly sockets: LiveSockets,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ModuleRef) private readonly moduleRef: ModuleRef,
  ) {}

  async onModuleInit(): Promise<void> {
    let schemaHost: GraphQLSchemaHost | undefined;
    this.sockets.bind(this.auth, () => {
      schemaHost ??= this.moduleRef.get(GraphQLSchemaHost, { strict: false });
      return schemaHost?.schema;
    });
    await this.pubsub.start();
    // Revisions other processes published: this one does not repeat them.
    await this.pubsub.subscribe(LIVE_TRIGGERS.revisions, (event: LiveEvent) => {
      if (event.kind === 'revisions') noteRevisions(this.dataSource, event.revisions);
    }, {});
    setLiveEventSink(this.dataSource, (event) => {
      void this.pubsub.publish(triggerOf(event), event);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    setLiveEventSink(this.dataSource, null);
    await this.pubsub.close();
  }
}

/** Live updates: GraphQL subscriptions over WebSocket and the pub/sub that carries the change feed. */
@Module({})
export class LiveModule {
  static forRoot(sockets: LiveSockets): DynamicModule {
    return {
      module: LiveModule,
      imports: [AuthModule],
      providers: [
        { provide: LIVE_SOCKETS, useValue: sockets },
        {
          provide: LIVE_PUBSUB,
          inject: [VIGIE_CONFIG, VIGIE_DATABASE],
          // One process on the embedded database (NOTIFY over pglite-socket reaches no listener): memory.
          useFactory: (config: VigieConfig, database: VigieDatabase): LivePubSub =>
            database.mode === 'server' && config.databaseUrl ? new PgNotifyLivePubSub(config.databaseUrl) : new MemoryLivePubSub(),
        },
        LiveFeed,
        LiveResolver,
      ],
      exports: [LIVE_PUBSUB],
    };
  }
}
