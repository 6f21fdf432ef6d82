import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { VigieConfig } from '../config/vigie-config';

const MIN_SECRET_LENGTH = 32;

/** Where the embedded deployment keeps its generated signing key: next to the PGlite directory. */
export function embeddedSecretPath(dataDir: string): string {
  return join(dirname(dataDir), `${basename(dataDir)}.jwt-secret`);
}

/**
 * The HS256 key for access tokens:
 * - VIGIE_JWT_SECRET when set (at least 32 characters; every instance of a deployment shares it);
 * - embedded database on disk: generated once and kept in `<data dir>.jwt-secret` (mode 600), so
 *   that tokens survive a restart;
 * - in-memory database (tests) or a development server database: generated per process;
 * - production on a database server without VIGIE_JWT_SECRET: refused at start.
 */
export function resolveJwtSecret(config: VigieConfig): Uint8Array {
  if (config.jwtSecret) {
    if (config.jwtSecret.length < MIN_SECRET_LENGTH) {
      throw new Error(`VIGIE_JWT_SECRET must have at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -base64 48\`).`);
    }
    return new TextEncoder().encode(config.jwtSecret);
  }
  if (!config.databaseUrl && config.embeddedDataDir) {
    const path = embeddedSecretPath(config.embeddedDataDir);
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      try {
        writeFileSync(path, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    chmodSync(path, 0o600);
    const secret = readFileSync(path, 'utf8').trim();
    if (secret.length < MIN_SECRET_LENGTH) throw new Error(`${path} holds a signing key that is too short; delete it to make a new one.`);
    return new TextEncoder().encode(secret);
  }
  if (config.databaseUrl && config.production) {
    throw new Error('Set VIGIE_JWT_SECRET (at least 32 characters, the same for every instance) to run in production on a database server.');
  }
  return randomBytes(48);
}
