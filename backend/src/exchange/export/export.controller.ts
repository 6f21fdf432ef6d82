import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { AuthService } from '../../auth/auth.service';
import { EXPORT_ROLES } from '../../auth/permissions';
import { clientAddressOf } from '../../auth/request-context.interceptor';
import { VigieError, unauthenticated } from '../../common/errors/vigie-errors';
import { runWithRequestContext } from '../../common/request-context';
import { GdalError } from '../formats/gdal-worker';
import { ExportService } from './export.service';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * GET /api/export?layer=cameras&format=geojson|csv|kml|shp|gpkg&scope=city|zone:<id>|work_package:<id>[&ids=<id>,<id>]
 * with `Authorization: Bearer <token>`: the file as an attachment. Every signed-in role may export what it
 * reads (EXPORT_ROLES); a contractor only its own organisation's packages; never anonymously, even where
 * anonymous reading is on (a bulk copy of the data). Refusals answer `{errors:[{message,extensions:{code}}]}`.
 */
@Controller('api/export')
export class ExportController {
  constructor(
    @Inject(ExportService) private readonly exports: ExportService,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  @Get()
  async download(@Req() request: Request, @Res() response: Response, @Query() query: Record<string, unknown>): Promise<void> {
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
    try {
      const actor = await this.auth.actorFor(request);
      if (!actor) throw unauthenticated('Sign in to export: exports need an account.');
      if (!EXPORT_ROLES.includes(actor.role)) throw new VigieError('FORBIDDEN', `Your role (${actor.role}) may not export.`, { role: actor.role });
      const file = await runWithRequestContext({ actor, clientAddress: clientAddressOf(request) }, () =>
        this.exports.export({ layer: text('layer') ?? '', format: text('format') ?? '', scope: text('scope'), ids: text('ids') }),
      );
      response.status(200);
      response.setHeader('content-type', file.contentType);
      response.setHeader('content-length', String(file.body.length));
      response.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
      response.setHeader('x-content-type-options', 'nosniff');
      response.setHeader('x-feature-count', String(file.featureCount));
      response.setHeader('cache-control', 'private, no-store');
      response.end(file.body);
    } catch (error) {
      if (error instanceof GdalError) {
        response.status(500).json({ errors: [{ message: `GDAL could not write the file: ${error.message}`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        return;
      }
      if (!(error instanceof GraphQLError) || typeof error.extensions?.code !== 'string') throw error;
      response.status(STATUS[error.extensions.code] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    }
  }
}
