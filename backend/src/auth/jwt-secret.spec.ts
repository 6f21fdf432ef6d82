import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/vigie-config';
import { embeddedSecretPath, resolveJwtSecret } from './jwt-secret';

describe('the access-token signing key', () => {
  it('is made once next to the embedded data directory, mode 600, and kept', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'vigie-key-')), 'pglite');
    const config = loadConfig({}, { embeddedDataDir: dataDir, databaseUrl: undefined });
    const first = resolveJwtSecret(config);
    const path = embeddedSecretPath(dataDir);
    expect(path).toBe(`${dataDir}.jwt-secret`);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(Buffer.from(resolveJwtSecret(config)).equals(Buffer.from(first))).toBe(true);
    expect(readFileSync(path, 'utf8').length).toBeGreaterThanOrEqual(32);
  });

  it('uses VIGIE_JWT_SECRET when set, refusing a short one', () => {
    expect(Buffer.from(resolveJwtSecret(loadConfig({ VIGIE_JWT_SECRET: 's'.repeat(40) }))).toString()).toBe('s'.repeat(40));
    expect(() => resolveJwtSecret(loadConfig({ VIGIE_JWT_SECRET: 'short' }))).toThrow(/at least 32/);
  });

  it('refuses to start production on a database server without a shared key', () => {
    expect(() => resolveJwtSecret(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@y/z' }))).toThrow(/VIGIE_JWT_SECRET/);
  });

  it('is random per process for an in-memory database (tests)', () => {
    const config = loadConfig({}, { embeddedDataDir: undefined, databaseUrl: undefined });
    expect(Buffer.from(resolveJwtSecret(config)).equals(Buffer.from(resolveJwtSecret(config)))).toBe(false);
  });
});

describe('anonymous reads', () => {
  it('are off in production unless asked for, on in development', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).allowAnonymousRead).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', VIGIE_ALLOW_ANONYMOUS_READ: 'true' }).allowAnonymousRead).toBe(true);
    expect(loadConfig({}).allowAnonymousRead).toBe(true);
  });
});
