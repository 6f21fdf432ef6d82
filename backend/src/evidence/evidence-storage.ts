import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve, sep } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EvidenceStorageConfig } from '../config/installation-config';

/**
 * Where evidence bytes live, by key. Keys are made here from the content hash (evidenceKeys), never
 * from anything a user sent, and every implementation refuses any other key: no path can escape.
 */
export interface EvidenceStorage {
  readonly kind: 'directory' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the object; no error when it is already gone. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export const EVIDENCE_STORAGE = Symbol('EVIDENCE_STORAGE');

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** The only keys there are: original/ab/<sha256> and thumbnail/ab/<sha256>.webp. */
const KEY = /^(original\/[0-9a-f]{2}\/[0-9a-f]{64}|thumbnail\/[0-9a-f]{2}\/[0-9a-f]{64}\.webp)$/;

/** The storage keys of a photo's original and thumbnail, from its sha256 (fanned out by the first byte). */
export function evidenceKeys(contentHash: string): { original: string; thumbnail: string } {
  if (!SHA256_HEX.test(contentHash)) throw new Error(`Not a sha256 hex digest: ${contentHash}`);
  const fan = contentHash.slice(0, 2);
  return { original: `original/${fan}/${contentHash}`, thumbnail: `thumbnail/${fan}/${contentHash}.webp` };
}

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not an evidence storage key: ${JSON.stringify(key)}`);
  return key;
}

/** A directory beside the data: one file per key, written to a temporary name and renamed (never half a file). */
export class DirectoryEvidenceStorage implements EvidenceStorage {
  readonly kind = 'directory' as const;
  private readonly root: string;

  constructor(directory: string) {
    this.root = resolve(directory);
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, checkKey(key));
    // Belt and braces: the key pattern already allows no '..' or absolute path.
    if (!path.startsWith(this.root + sep)) throw new Error(`Evidence key outside the store: ${key}`);
    return path;
  }

  async put(key: string, body: Buffer, _contentType?: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o750 });
    const temporary = join(dirname(path), `.${randomUUID()}.part`);
    await writeFile(temporary, body, { mode: 0o640 });
    await rename(temporary, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
}

/** An S3-compatible bucket (AWS, MinIO, Ceph ...), path-style addressing. */
export class S3EvidenceStorage implements EvidenceStorage {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly config: Extract<EvidenceStorageConfig, { kind: 's3' }>) {
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: true,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    });
  }

  private objectKey(key: string): string {
    return `${this.config.prefix}${checkKey(key)}`;
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key), Body: body, ContentType: contentType }));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
      return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

export function createEvidenceStorage(config: EvidenceStorageConfig): EvidenceStorage {
  return config.kind === 's3' ? new S3EvidenceStorage(config) : new DirectoryEvidenceStorage(config.directory);
}
