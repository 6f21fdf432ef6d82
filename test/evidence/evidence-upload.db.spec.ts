import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { request as httpRequest } from 'node:http';
import sharp from 'sharp';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import { startTestApp, type TestApp } from '../support/test-app';
import { nearFes, newCamera, newCameraModel } from '../support/factories';
import { testPhoto } from './test-photos';
import { readFileSync } from 'node:fs';
import { PHONE_HEIC } from './fixtures/make-phone-heic';
import type { Role } from '../../backend/src/core/domain';

/**
 * Evidence photos through the HTTP endpoint, as a phone sends them: raw body, image type, bearer token.
 * The scene: camera OWN (assigned to the test contractor's organisation) and camera OTHER (not), both at
 * the origin's east; photos taken 8 m and 120 m away, with and without EXIF.
 */
const MAX_BYTES = 200_000;
let app: TestApp;
let directory: string;
let tokens: AuthTokens;
const ids: Record<string, string> = {};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'vigie-evidence-test-'));
  app = await startTestApp({ evidence: { storage: { kind: 'directory', directory }, maxPhotoBytes: MAX_BYTES, maxDistanceMeters: 50 } });
  tokens = app.app.get(AuthTokens, { strict: false });
  const model = await newCameraModel(app);
  ids.own = (await newCamera(app, { modelId: model.id, location: { type: 'Point', coordinates: nearFes(0, 0) }, assignedOrganisationId: app.organisations.contractor })).id;
  ids.other = (await newCamera(app, { modelId: model.id, location: { type: 'Point', coordinates: nearFes(300, 0) } })).id;
});
afterAll(async () => {
  await app?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

async function upload(body: Buffer, options: { role?: Role | 'anonymous'; type?: string; assetId?: string; fileName?: string; stepId?: string } = {}) {
  const { role = 'contractor', type = 'image/jpeg', assetId = ids.own, fileName, stepId } = options;
  let call = request(app.app.getHttpServer())
    .post('/api/evidence')
    .query({ assetType: 'camera', assetId, ...(fileName ? { fileName } : {}), ...(stepId ? { stepId } : {}) })
    .set('content-type', type);
  if (role !== 'anonymous') call = call.set('authorization', `Bearer ${(await tokens.signAccessToken(app.users[role])).token}`);
  const response = await call.send(body);
  return { status: response.status, body: response.body };
}

async function download(path: string, role: Role = 'contractor') {
  return request(app.app.getHttpServer())
    .get(path)
    .set('authorization', `Bearer ${(await tokens.signAccessToken(app.users[role])).token}`)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

async function storedFiles(): Promise<string[]> {
  return (await readdir(directory, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('a photo taken on site', () => {
  it('is stored once by content hash, with size, thumbnail, EXIF time (its own offset) and position 8 m from the camera', async () => {
    const bytes = await testPhoto({ width: 1200, height: 900, gps: nearFes(8, 0), takenAt: { local: '2026:12:07 10:15:30', offset: '+01:00' } });
    const { status, body } = await upload(bytes, { fileName: 'IMG_0042.JPG' });
    expect(status).toBe(201);
    const photo = body.photo;
    expect(photo).toMatchObject({
      contentHash: createHash('sha256').update(bytes).digest('hex'), contentType: 'image/jpeg', sizeBytes: bytes.length,
      widthPixels: 1200, heightPixels: 900, displayName: 'IMG_0042.JPG',
      takenAtLocal: '2026-12-07T10:15:30', takenAtOffset: '+01:00', takenAt: '2026-12-07T09:15:30.000Z',
      farFromAsset: false, uploadedByUserId: app.users.contractor.id,
    });
    expect(photo.distanceFromAssetMeters).toBeCloseTo(8, 0);
    expect(photo.position.coordinates[0]).toBeCloseTo(nearFes(8, 0)[0], 5);

    const original = await download(photo.originalUrl);
    expect(original.status).toBe(200);
    expect(original.headers['content-type']).toBe('image/jpeg');
    expect(original.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(original.body, bytes)).toBe(0);
    const thumbnail = await download(photo.thumbnailUrl);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    expect(await sharp(thumbnail.body).metadata()).toMatchObject({ format: 'webp', width: 256, height: 192 });

    // Sent again (a phone retrying): the same record, nothing new stored.
    const again = await upload(bytes, { fileName: 'retry.jpg' });
    expect(again).toMatchObject({ status: 200, body: { created: false, photo: { id: photo.id } } });
    const { evidencePhotos } = await app.as('contractor').ok(`query($id: ID!) { evidencePhotos(assetType: camera, assetId: $id) { id farFromAsset thumbnailUrl } }`, { id: ids.own });
    expect(evidencePhotos).toEqual([{ id: photo.id, farFromAsset: false, thumbnailUrl: `/api/evidence/${photo.id}/thumbnail` }]);
  });

  it('is flagged when its EXIF position is more than 50 m from the asset, with the distance', async () => {
    const { status, body } = await upload(await testPhoto({ gps: nearFes(120, 0), colour: '#aa0000', takenAt: { local: '2026:12:07 11:00:00' } }));
    expect(status).toBe(201);
    expect(body.photo.farFromAsset).toBe(true);
    expect(body.photo.distanceFromAssetMeters).toBeCloseTo(120, 0);
    // A time without offset stays a local time: no instant is made up in the server's time zone.
    expect(body.photo).toMatchObject({ takenAtLocal: '2026-12-07T11:00:00', takenAtOffset: null, takenAt: null });
  });

  it('in HEIC (as phones take them) is decoded, thumbnailed in WebP and its EXIF time and position read', async () => {
    // A real HEVC-coded HEIF file, made by libheif's encoder (fixtures/make-phone-heic.ts); EXIF stored in its idat box.
    const bytes = readFileSync(join(__dirname, 'fixtures', 'phone-photo.heic'));
    const here = (await newCamera(app, {
      modelId: (await newCameraModel(app)).id, location: { type: 'Point', coordinates: [...PHONE_HEIC.gps] }, assignedOrganisationId: app.organisations.contractor,
    })).id;
    const { status, body } = await upload(bytes, { type: 'image/heic', assetId: here, fileName: 'IMG_1234.HEIC' });
    expect(status).toBe(201);
    expect(body.photo).toMatchObject({
      contentType: 'image/heic', sizeBytes: bytes.length, widthPixels: PHONE_HEIC.width, heightPixels: PHONE_HEIC.height,
      takenAtLocal: '2026-12-07T10:15:30', takenAtOffset: '+01:00', takenAt: PHONE_HEIC.takenAt, farFromAsset: false,
    });
    expect(body.photo.distanceFromAssetMeters).toBeLessThan(1);
    const original = await download(body.photo.originalUrl);
    expect(original.headers['content-type']).toBe('image/heic');
    expect(Buffer.compare(original.body, bytes)).toBe(0);
    const thumbnail = await download(body.photo.thumbnailUrl);
    expect(await sharp(thumbnail.body).metadata()).toMatchObject({ format: 'webp', width: 256, height: 192 });
    // The decoded pixels are the photo's colour (HEVC and WebP are lossy: within a few levels).
    const { channels } = await sharp(thumbnail.body).stats();
    channels.slice(0, 3).forEach((channel, index) => expect(Math.abs(channel.mean - PHONE_HEIC.rgb[index])).toBeLessThan(6));
    // Truncated: refused, nothing written.
    const truncated = await upload(bytes.subarray(0, 600), { type: 'image/heic', assetId: here });
    expect(truncated).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'CORRUPTED_IMAGE' } }] } });
  });

  it('without EXIF has neither time nor position, and is not flagged', async () => {
    const { status, body } = await upload(await testPhoto({ format: 'png', colour: '#00aa00' }), { type: 'image/png' });
    expect(status).toBe(201);
    expect(body.photo).toMatchObject({ contentType: 'image/png', position: null, distanceFromAssetMeters: null, farFromAsset: false, takenAt: null, takenAtLocal: null });
  });

  it("documents a lifecycle step of its own asset, never another asset's", async () => {
    const [{ version }] = await app.dataSource.query('SELECT version FROM camera WHERE id = $1', [ids.own]);
    const { moved } = await app.ok(`mutation($input: MoveAssetStatusInput!) { moved: moveAssetStatus(input: $input) { stepId } }`,
      { input: { assetType: 'camera', assetId: ids.own, toStatus: 'approved', expectedVersion: version, comment: 'approved for installation' } });
    const onStep = await upload(await testPhoto({ colour: '#aa00aa' }), { stepId: moved.stepId });
    expect(onStep.status).toBe(201);
    expect(onStep.body.photo.stepId).toBe(moved.stepId);
    const photos = await app.dataSource.query('SELECT count(*)::int AS n FROM evidence_photo');
    const elsewhere = await upload(await testPhoto({ colour: '#aa00ab' }), { role: 'engineer', assetId: ids.other, stepId: moved.stepId });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM evidence_photo')).toEqual(photos);
  });

  it('keeps a file name with path tricks only as a label; the stored files are named by the hash alone', async () => {
    const { body } = await upload(await testPhoto({ colour: '#0000aa' }), { fileName: '../../../etc/passwd\u0000.jpg' });
    expect(body.photo.displayName).toBe('passwd.jpg');
    for (const file of await storedFiles()) {
      expect(file.startsWith(directory)).toBe(true);
      expect(file.slice(directory.length)).toMatch(/^\/(original\/[0-9a-f]{2}\/[0-9a-f]{64}|thumbnail\/[0-9a-f]{2}\/[0-9a-f]{64}\.webp)$/);
    }
  });
});

describe('an upload refused', () => {
  const jpeg = () => testPhoto({ colour: '#123456' });
  const cases: [string, () => Promise<{ body: Buffer; type?: string }>, number, string, RegExp][] = [
    ['a text file sent as a JPEG', async () => ({ body: Buffer.from('not a photo at all, just words'.repeat(10)) }), 400, 'UNSUPPORTED_TYPE', /not a JPEG, PNG, WebP or HEIC/],
    ['a GIF', async () => ({ body: await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).gif().toBuffer(), type: 'image/gif' }), 400, 'UNSUPPORTED_TYPE', /image\/gif/],
    ['a PNG declared as a JPEG', async () => ({ body: await testPhoto({ format: 'png', colour: '#222222' }) }), 400, 'TYPE_MISMATCH', /sent as image\/jpeg but its content is image\/png/],
    ['an empty file', async () => ({ body: Buffer.alloc(0) }), 400, 'EMPTY', /empty/],
    ['a truncated JPEG', async () => ({ body: (await jpeg()).subarray(0, 2000) }), 400, 'CORRUPTED_IMAGE', /could not be decoded/],
    ['a photo over the size limit', async () => ({ body: Buffer.concat([await jpeg(), Buffer.alloc(MAX_BYTES)]) }), 413, 'PAYLOAD_TOO_LARGE', /larger than/],
  ];
  it.each(cases)('%s', async (_what, make, status, reason, message) => {
    const before = { rows: await photoCount(), files: (await storedFiles()).length };
    const { body, type } = await make();
    const answer = await upload(body, { type, fileName: 'x.jpg' });
    expect(answer.status).toBe(status);
    const [error] = answer.body.errors;
    expect(error.message).toMatch(message);
    expect(reason === 'PAYLOAD_TOO_LARGE' ? error.extensions.code : error.extensions.reason).toBe(reason);
    expect({ rows: await photoCount(), files: (await storedFiles()).length }).toEqual(before);
  });

  it('a photo over the size limit sent in chunks (no length announced): refused as soon as it is too big', async () => {
    const server = app.app.getHttpServer() as import('node:http').Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as import('node:net').AddressInfo;
    const token = (await tokens.signAccessToken(app.users.contractor)).token;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const call = httpRequest({
        host: '127.0.0.1', port, method: 'POST', path: `/api/evidence?assetType=camera&assetId=${ids.own}`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg', 'transfer-encoding': 'chunked' },
      }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      call.on('error', reject);
      // Four chunks of 64 KB, more than the 200 KB limit; the server answers before the last.
      for (let index = 0; index < 4; index++) call.write(Buffer.alloc(64 * 1024, index));
      call.end();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('by role and organisation: contractors only on their assets, viewers never, strangers unauthenticated', async () => {
    const bytes = await testPhoto({ colour: '#654321' });
    expect((await upload(bytes, { assetId: ids.other })).body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await upload(bytes, { role: 'viewer' })).status).toBe(403);
    expect((await upload(bytes, { role: 'anonymous' })).status).toBe(401);
    expect((await upload(bytes, { assetId: '00000000-0000-4000-8000-000000000000', role: 'engineer' })).status).toBe(404);
    // Maintenance teams document faults anywhere.
    expect((await upload(bytes, { assetId: ids.other, role: 'maintenance' })).status).toBe(201);
    const { photos } = await app.ok(`query($id: ID!) { photos: evidencePhotos(assetType: camera, assetId: $id) { id } }`, { id: ids.other });
    const seen = await app.as('contractor').graphql(`query($id: ID!) { evidencePhoto(id: $id) { id } }`, { id: photos[0].id });
    expect(seen.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

it('is removed by its uploader or an engineer, audited, and its bytes go with the last photo holding them', async () => {
  const bytes = await testPhoto({ colour: '#999999' });
  const { body } = await upload(bytes, { role: 'engineer' });
  const id = body.photo.id;
  const byContractor = await app.as('contractor').graphql(`mutation($id: ID!) { deleteEvidencePhoto(id: $id) }`, { id });
  expect(byContractor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const filesBefore = (await storedFiles()).length;
  await app.ok(`mutation($id: ID!) { deleteEvidencePhoto(id: $id) }`, { id });
  expect((await storedFiles()).length).toBe(filesBefore - 2);
  expect((await download(body.photo.originalUrl)).status).toBe(404);
  const [entry] = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_type = 'EvidencePhoto' AND entity_id = $1 AND action = 'delete'`, [id]);
  expect(entry).toEqual({ action: 'delete' });
});

async function photoCount(): Promise<number> {
  return (await app.dataSource.query('SELECT count(*)::int AS n FROM evidence_photo'))[0].n;
}
