import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { DirectoryEvidenceStorage, evidenceKeys, S3EvidenceStorage, type EvidenceStorage } from '../../backend/src/evidence/evidence-storage';

/**
 * The one storage interface, both implementations: a directory beside the data (the default) and an
 * S3-compatible bucket, here s3rver (a fake S3 server, in process, on a free port).
 */
let directory: string;
let s3Directory: string;
let s3rver: S3rver;
let s3: S3EvidenceStorage;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'vigie-evidence-dir-'));
  s3Directory = await mkdtemp(join(tmpdir(), 'vigie-evidence-s3-'));
  s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3Directory, configureBuckets: [{ name: 'evidence', configs: [] }] });
  const { port } = await s3rver.run();
  s3 = new S3EvidenceStorage({
    kind: 's3', endpoint: `http://127.0.0.1:${port}`, bucket: 'evidence', region: 'us-east-1',
    accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix: 'vigie/',
  });
});
afterAll(async () => {
  s3?.destroy();
  await s3rver?.close();
  await rm(directory, { recursive: true, force: true });
  await rm(s3Directory, { recursive: true, force: true });
});

const implementations: [string, () => EvidenceStorage][] = [
  ['a directory', () => new DirectoryEvidenceStorage(directory)],
  ['an S3 bucket (s3rver)', () => s3],
];

describe.each(implementations)('evidence storage in %s', (_name, storage) => {
  const bytes = Buffer.from('photo bytes \u00e9\u0000\u00ff');
  const keys = evidenceKeys(createHash('sha256').update(bytes).digest('hex'));

  it('puts, tells it exists, gets the same bytes back, deletes (twice without error)', async () => {
    expect(await storage().exists(keys.original)).toBe(false);
    expect(await storage().get(keys.original)).toBeNull();
    await storage().put(keys.original, bytes, 'image/jpeg');
    expect(await storage().exists(keys.original)).toBe(true);
    expect(await storage().exists(keys.thumbnail)).toBe(false);
    expect(Buffer.compare((await storage().get(keys.original)) as Buffer, bytes)).toBe(0);
    await storage().delete(keys.original);
    await storage().delete(keys.original);
    expect(await storage().exists(keys.original)).toBe(false);
  });

  it('refuses any key it did not make (no path can leave the store)', async () => {
    for (const key of ['../../etc/passwd', 'original/ab/../../x', '/tmp/x', `original/${'a'.repeat(64)}`, 'thumbnail/aa/zz.webp']) {
      await expect(storage().put(key, bytes, 'image/jpeg')).rejects.toThrow(/Not an evidence storage key/);
      await expect(storage().get(key)).rejects.toThrow(/Not an evidence storage key/);
    }
  });
});

it('keeps the directory to files named by hash, written whole (no temporary file left)', async () => {
  const storage = new DirectoryEvidenceStorage(directory);
  const keys = evidenceKeys('ab'.repeat(32));
  await storage.put(keys.thumbnail, Buffer.from('thumb'), 'image/webp');
  const files = (await readdir(directory, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  expect(files).toEqual([`${'ab'.repeat(32)}.webp`]);
});
