import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { AuthService } from '../auth/auth.service';
import { clientAddressOf } from '../auth/request-context.interceptor';
import { VigieError, unauthenticated } from '../common/errors/vigie-errors';
import { runWithRequestContext, type Actor } from '../common/request-context';
import { INSTALLATION_ROLES } from '../auth/permissions';
import { EvidenceService } from './evidence.service';
import { declaredPhotoType } from './photo-inspection';
import { evidencePhotoJson } from './evidence-json';

/** HTTP status of each refusal code (the body is the GraphQL error shape whatever the status). */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, PAYLOAD_TOO_LARGE: 413, CONFLICT: 409,
};

/**
 * Photos travel as plain HTTP: a phone sends the camera's file as the raw request body (POST
 * /api/evidence?assetType=camera&assetId=...&stepId=...&fileName=..., Content-Type image/jpeg ...,
 * Authorization: Bearer), read as a stream up to the size limit; GraphQL carries only their records.
 * GET /api/evidence/:id/original and /thumbnail serve the bytes to the same people, with their type,
 * never sniffed by the browser and never run as a page. Refusals answer `{errors:[{message,extensions:{code}}]}`.
 */
@Controller('api/evidence')
export class EvidenceController {
  constructor(
    @Inject(EvidenceService) private readonly evidence: EvidenceService,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  @Post()
  async upload(@Req() request: Request, @Res() response: Response, @Query() query: Record<string, unknown>): Promise<void> {
    await this.answer(request, response, async (actor) => {
      const declaredType = declaredPhotoType(request.headers['content-type']);
      const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
      const assetType = text('assetType');
      const assetId = text('assetId');
      if (!assetType || !assetId) throw new VigieError('BAD_USER_INPUT', 'Say which asset the photo shows: ?assetType=camera&assetId=<uuid>.');
      // Who may attach to this asset is known before a byte of the photo is read.
      await this.evidence.accessibleAsset(actor, assetType, assetId);
      const body = await readBody(request, this.evidence.maxPhotoBytes);
      const { photo, created } = await this.evidence.upload(actor, { assetType, assetId, stepId: text('stepId') ?? null, fileName: text('fileName') ?? null, declaredType, body });
      response.status(created ? 201 : 200).json({ photo: evidencePhotoJson(photo), created });
    });
  }

  @Get(':id/original')
  async original(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    await this.serve(request, response, id, 'original');
  }

  @Get(':id/thumbnail')
  async thumbnail(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    await this.serve(request, response, id, 'thumbnail');
  }

  private async serve(request: Request, response: Response, id: string, variant: 'original' | 'thumbnail'): Promise<void> {
    await this.answer(request, response, async (actor) => {
      const { body, contentType, photo } = await this.evidence.content(actor, id, variant);
      response.status(200);
      response.setHeader('content-type', contentType);
      response.setHeader('content-length', String(body.length));
      response.setHeader('x-content-type-options', 'nosniff');
      // Shown as an image, never run as a document; private to the signed-in user's browser.
      response.setHeader('content-security-policy', "default-src 'none'; sandbox");
      response.setHeader('content-disposition', 'inline');
      response.setHeader('cache-control', 'private, max-age=86400, immutable');
      response.setHeader('etag', `"${photo.contentHash}${variant === 'thumbnail' ? '-t' : ''}"`);
      response.end(body);
    });
  }

  /** Authenticates as GraphQL does (bearer token; anonymous never), runs the work, answers refusals in the GraphQL error shape. */
  private async answer(request: Request, response: Response, work: (actor: Actor) => Promise<void>): Promise<void> {
    try {
      const actor = await this.auth.actorFor(request);
      if (!actor) throw unauthenticated();
      if (!INSTALLATION_ROLES.includes(actor.role)) throw new VigieError('FORBIDDEN', `Your role (${actor.role}) does not allow evidence photos.`, { role: actor.role });
      await runWithRequestContext({ actor, clientAddress: clientAddressOf(request) }, () => work(actor));
    } catch (error) {
      if (!(error instanceof GraphQLError) || typeof error.extensions?.code !== 'string') throw error;
      const code = error.extensions.code;
      // A refused upload may still be streaming: answer, then close the connection instead of reading the rest.
      if (!request.readableEnded) {
        response.setHeader('connection', 'close');
        response.once('finish', () => request.destroy());
      }
      response.status(STATUS[code] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    }
  }
}

/**
 * The request body, at most `limit` bytes (PAYLOAD_TOO_LARGE as soon as it is known to be more). Past
 * the limit the stream is paused, not destroyed, so the refusal can still be sent; the connection is
 * closed once it has been (see answer()).
 */
function readBody(request: Request, limit: number): Promise<Buffer> {
  const tooLarge = () =>
    new VigieError('PAYLOAD_TOO_LARGE', `The photo is larger than ${Math.round((limit / 1024 / 1024) * 10) / 10} MB (VIGIE_EVIDENCE_MAX_BYTES).`, { limitBytes: limit });
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total <= limit) return void chunks.push(chunk);
      request.off('data', onData);
      request.pause();
      reject(tooLarge());
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks, total)));
    request.once('error', reject);
  });
}
