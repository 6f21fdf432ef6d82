import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { Controller, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { AuthService } from '../../auth/auth.service';
import { clientAddressOf } from '../../auth/request-context.interceptor';
import { VigieError, unauthenticated } from '../../common/errors/vigie-errors';
import { runWithRequestContext } from '../../common/request-context';
import { ImportService } from './import.service';
import { importJobJson } from './import.resolver';
import type { ImportTargetType } from './targets';
import { detectFormat } from '../formats/readers';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, PAYLOAD_TOO_LARGE: 413, CONFLICT: 409 };

/**
 * The upload of an import, as the evidence photos: the file as the raw request body,
 * `POST /api/imports?fileName=parcels.zip&targetType=building[&source=cadastre][&layer=x][&idField=id][&lon=x&lat=y|&wkt=geom]`,
 * `Authorization: Bearer`. Streamed to disk up to VIGIE_IMPORT_MAX_BYTES (200 MB; PAYLOAD_TOO_LARGE as soon as
 * it is more, from Content-Length or while reading). Answers 202 with the job (status staging); the report
 * follows through GraphQL `importJob`. Refusals: `{errors:[{message, extensions:{code, reason}}]}`, nothing kept.
 */
@Controller('api/imports')
export class ImportController {
  constructor(
    @Inject(ImportService) private readonly imports: ImportService,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  @Post()
  async upload(@Req() request: Request, @Res() response: Response, @Query() query: Record<string, unknown>): Promise<void> {
    const text = (name: string) => (typeof query[name] === 'string' && (query[name] as string).trim() ? (query[name] as string).trim() : null);
    let folder: string | null = null;
    try {
      const actor = await this.auth.actorFor(request);
      if (!actor) throw unauthenticated();
      this.imports.checkRole(actor);
      const fileName = safeFileName(text('fileName'));
      const targetType = text('targetType');
      if (!targetType) throw new VigieError('BAD_USER_INPUT', 'Say what the file holds: ?targetType=building (or pole, camera, zone, street, ...).', { reason: 'UNKNOWN_TARGET' });
      folder = mkdtempSync(join(tmpdir(), 'vigie-upload-'));
      const path = join(folder, fileName);
      await saveBody(request, path, this.imports.maxUploadBytes);
      // What the name and the first bytes say is checked before answering (the rest is read in the background).
      detectFormat(fileName, path);
      const csv = { longitudeColumn: text('lon'), latitudeColumn: text('lat'), wktColumn: text('wkt') };
      const job = await runWithRequestContext({ actor, clientAddress: clientAddressOf(request) }, async () =>
        this.imports.stage(actor, { fileName, uploadPath: path, targetType: targetType as ImportTargetType, source: text('source'), layer: text('layer'), idField: text('idField'), csv }),
      );
      folder = null;
      response.status(202).json({ job: importJobJson(job) });
    } catch (error) {
      if (folder) rmSync(folder, { recursive: true, force: true });
      if (!(error instanceof GraphQLError) || typeof error.extensions?.code !== 'string') throw error;
      if (!request.readableEnded) {
        response.setHeader('connection', 'close');
        response.once('finish', () => request.destroy());
      }
      response.status(STATUS[error.extensions.code] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    }
  }
}

/** The client's name for the file, as a label only: its last segment, no control or path characters. */
export function safeFileName(name: string | null): string {
  const last = posix.basename((name ?? '').replace(/\\/g, '/'));
  const clean = last.replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^\.+/, '').slice(-120);
  if (!clean) throw new VigieError('BAD_USER_INPUT', 'Give the file name with its extension: ?fileName=buildings.zip.', { reason: 'UNSUPPORTED_FORMAT' });
  return clean;
}

async function saveBody(request: Request, path: string, limit: number): Promise<void> {
  const tooLarge = () => new VigieError('PAYLOAD_TOO_LARGE', `The file is larger than ${Math.round(limit / 1048576)} MB (VIGIE_IMPORT_MAX_BYTES).`, { reason: 'FILE_TOO_LARGE', limitBytes: limit });
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  let total = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total > limit) return done(tooLarge());
      done(null, chunk);
    },
  });
  await pipeline(request, counter, createWriteStream(path, { flags: 'wx' }));
}
