import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import type { VigieConfig } from './config/vigie-config';
import { DatabaseModule } from './database/database.module';
import type { VigieDatabase } from './database/vigie-database';
import { RequestLoaders } from './loaders/request-loaders';
import { graphQLErrorFormatter } from './common/errors/format-graphql-error';
import { CodedRefusalFilter } from './common/errors/coded-refusal.filter';
import { inheritInputDescriptions } from './common/graphql/inherit-input-descriptions';
import { AppConfigResolver } from './app-config/app-config.resolver';
import { BlackSpotsModule } from './black-spots/black-spots.module';
import { BuildingsModule } from './buildings/buildings.module';
import { CameraModelsModule } from './camera-models/camera-models.module';
import { CamerasModule } from './cameras/cameras.module';
import { FiberRunsModule } from './fiber-runs/fiber-runs.module';
import { NetworkNodesModule } from './network-nodes/network-nodes.module';
import { PolesModule } from './poles/poles.module';
import { PowerFeedsModule } from './power-feeds/power-feeds.module';
import { PowerSourcesModule } from './power-sources/power-sources.module';
import { ZonesModule } from './zones/zones.module';
import { CoverageModule } from './coverage/coverage.module';
import { SeedModule } from './seed/seed.module';
import { AuthModule } from './auth/auth.module';
import { AuditModule } from './audit/audit.module';
import { ChangeSetsModule } from './change-sets/change-sets.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { UsersModule } from './users/users.module';
import { DEFAULT_SHAPE_LIMITS, MAX_QUERY_TOKENS, queryLimitsPlugin } from './common/graphql/query-limits';
import { guardStatementsWithDeadlines, RequestDeadline, RequestDeadlineInterceptor } from './common/graphql/request-deadline';
import { NetworkModule } from './network/network.module';
import { StreetsModule } from './streets/streets.module';
import { LiveModule } from './live/live.module';
import { LiveSockets } from './live/live-sockets';
import { FaultsModule } from './faults/faults.module';
import { EvidenceModule } from './evidence/evidence.module';
import { AcceptanceModule } from './acceptance/acceptance.module';
import { WorkPackagesModule } from './work-packages/work-packages.module';
import { InstallationModule } from './installation/installation.module';
import { ReportModule } from './report/report.module';
import { ExportModule } from './exchange/export/export.module';

export interface GraphQLContext {
  req: Request;
  loaders: RequestLoaders;
  /** When this request's time budget (VIGIE_REQUEST_TIMEOUT_MS) runs out. */
  deadline: RequestDeadline;
}

@Module({})
export class AppModule {
  static forRoot(config: VigieConfig, database: VigieDatabase): DynamicModule {
    // Subscriptions over WebSocket on /graphql (live/): its handshake is bound to AuthService at start.
    const liveSockets = new LiveSockets(config, database.dataSource);
    // No data source when only the schema is printed (schema:print declares the modules without a database).
    if (database.dataSource) guardStatementsWithDeadlines(database.dataSource, { statementTimeoutMs: database.mode === 'server' ? config.requestTimeoutMs : null });
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(config, database),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          transformSchema: inheritInputDescriptions,
          sortSchema: true,
          graphiql: !config.production,
          introspection: !config.production,
          // No "Did you mean ...?" naming fields to strangers while introspection is off.
          hideSchemaDetailsFromClientErrors: config.production,
          includeStacktraceInErrorResponses: false,
          formatError: graphQLErrorFormatter({ production: config.production }),
          parseOptions: { maxTokens: MAX_QUERY_TOKENS },
          // Validation runs in queryLimitsPlugin, after the cheap shape limits (see there).
          dangerouslyDisableValidation: true,
          plugins: [
            queryLimitsPlugin(
              { maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity, ...DEFAULT_SHAPE_LIMITS },
              { introspection: !config.production },
            ),
          ],
          // graphql-ws on the same server and path. Its options carry their own `context` (a request-like
          // object from the connection's token, live-sockets.ts), which Nest lets override this one:
          // the function below only ever sees HTTP requests ({req}).
          subscriptions: { 'graphql-ws': liveSockets.options() as never },
          context: ({ req }: { req: Request }): GraphQLContext => ({
            req,
            loaders: new RequestLoaders(database.dataSource),
            deadline: new RequestDeadline(config.requestTimeoutMs),
          }),
        }),
        ZonesModule,
        PolesModule,
        CameraModelsModule,
        CamerasModule,
        NetworkNodesModule,
        FiberRunsModule,
        PowerSourcesModule,
        PowerFeedsModule,
        BlackSpotsModule,
        BuildingsModule,
        CoverageModule,
        AuthModule,
        OrganisationsModule,
        UsersModule,
        AuditModule,
        ChangeSetsModule,
        SeedModule,
        NetworkModule,
        StreetsModule,
        LiveModule.forRoot(liveSockets),
        FaultsModule,
        EvidenceModule,
        AcceptanceModule,
        WorkPackagesModule,
        InstallationModule,
        ReportModule,
        ExportModule,
      ],
      providers: [
        AppConfigResolver,
        { provide: APP_FILTER, useClass: CodedRefusalFilter },
        { provide: APP_INTERCEPTOR, useClass: RequestDeadlineInterceptor },
      ],
    };
  }
}
