import { existsSync } from 'node:fs';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import type { VigieConfig } from './config/vigie-config';
import { inputValidationPipe } from './common/validation';
import { openVigieDatabase } from './database/vigie-database';

/** Builds the whole application (database opened and migrated, demo seeded when empty), not yet listening. */
export async function createVigieApp(config: VigieConfig): Promise<INestApplication> {
  const database = await openVigieDatabase(config);
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
      bodyParser: false,
      logger: config.production ? ['error', 'warn'] : ['error', 'warn', 'log'],
    });
    app.use(
      helmet({
        // Leaflet styles elements inline and loads tiles from the configured tile server.
        contentSecurityPolicy: config.production
          ? { directives: { 'img-src': ["'self'", 'data:', 'blob:', 'https:', 'http:'], 'style-src': ["'self'", "'unsafe-inline'"] } }
          : false,
        crossOriginEmbedderPolicy: false,
      }),
    );
    if (config.trustProxy) app.set('trust proxy', /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy === 'true' ? true : config.trustProxy);
    // Browsers on other origins only when listed (VIGIE_CORS_ORIGINS); the built map is same-origin.
    app.enableCors(
      config.corsOrigins.length
        ? { origin: config.corsOrigins, methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ['content-type', 'authorization'], maxAge: 600 }
        : { origin: false },
    );
    app.useBodyParser('json', { limit: config.maxRequestBytes });
    app.use(payloadTooLargeAsGraphQLError(config.maxRequestBytes));
    app.useGlobalPipes(inputValidationPipe());
    if (existsSync(config.frontendDistDir)) app.useStaticAssets(config.frontendDistDir, { index: 'index.html' });
    return app;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Oversized bodies are refused before parsing, with the same error shape as any other refusal. */
function payloadTooLargeAsGraphQLError(limitBytes: number) {
  return (error: { type?: string; status?: number }, _request: Request, response: Response, next: NextFunction) => {
    if (error?.type !== 'entity.too.large') return next(error);
    response.status(413).json({
      errors: [
        {
          message: `The request is larger than ${Math.round(limitBytes / 1024 / 1024)} MB; send less data at once.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes },
        },
      ],
    });
  };
}
