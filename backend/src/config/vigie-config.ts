import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Everything Vigie reads from its environment, read once at start and passed down.
 * No process-wide mutable state lives elsewhere: several instances can serve one PostGIS.
 */
export interface VigieConfig {
  port: number;
  /** Set: a PostgreSQL/PostGIS server. Unset: the embedded PostGIS (PGlite) below. */
  databaseUrl?: string;
  /** Embedded data directory; undefined keeps the embedded database in memory (throw-away tests). */
  embeddedDataDir?: string;
  /** A tarball from PGlite's dumpDataDir to start an in-memory embedded database from. */
  embeddedTemplate?: Blob;
  /** Projected CRS for metric work (UTM 30N for Fes). Never 3857. */
  projectedSrid: number;
  /** Load the Fes demo into an empty database at start. */
  seedDemoWhenEmpty: boolean;
  deploymentName: string;
  tileUrlTemplate: string;
  tileAttribution: string;
  initialCenter: [number, number];
  initialZoom: number;
  /** Where the built map is served from at `/`. */
  frontendDistDir: string;
  production: boolean;
  /** Largest GraphQL request body accepted (bytes). */
  maxRequestBytes: number;
}

/** The repository root, found the same way from sources and from the compiled `dist/`. */
export const REPOSITORY_ROOT = findRepositoryRoot(__dirname);

function findRepositoryRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return dir;
  }
  throw new Error(`No workspace root above ${start}`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<VigieConfig> = {}): VigieConfig {
  const config: VigieConfig = {
    port: integerFrom(env.PORT, 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: env.VIGIE_DATA_DIR ?? resolve(REPOSITORY_ROOT, 'data', 'pglite'),
    projectedSrid: integerFrom(env.VIGIE_PROJECTED_SRID, 32630),
    seedDemoWhenEmpty: (env.VIGIE_SEED_DEMO ?? 'true') !== 'false',
    deploymentName: env.VIGIE_DEPLOYMENT_NAME ?? 'Fès',
    tileUrlTemplate: env.VIGIE_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    tileAttribution: env.VIGIE_TILE_ATTRIBUTION ?? '© OpenStreetMap contributors',
    initialCenter: [-4.99, 34.04],
    initialZoom: 13,
    frontendDistDir: env.VIGIE_FRONTEND_DIR ?? resolve(REPOSITORY_ROOT, 'frontend', 'dist'),
    production: env.NODE_ENV === 'production',
    maxRequestBytes: integerFrom(env.VIGIE_MAX_REQUEST_BYTES, 5 * 1024 * 1024),
    ...overrides,
  };
  return config;
}

function integerFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed)) throw new Error(`Expected an integer, got "${value}"`);
  return parsed;
}
