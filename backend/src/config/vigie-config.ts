import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { acceptanceTolerancesFrom, evidenceConfigFrom, type AcceptanceTolerances, type EvidenceConfig } from './installation-config';

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
  /**
   * Where the deployment's assets may be: [minLongitude, minLatitude, maxLongitude, maxLatitude]
   * (VIGIE_DEPLOYMENT_EXTENT="minLon,minLat,maxLon,maxLat"; "none" turns the check off). A write with a
   * position outside it is refused (swapped latitude/longitude, a point in the Atlantic). Default: greater
   * Fès, like the other defaults (name, projection, map centre), so a deployment elsewhere must say where.
   */
  deploymentExtent: [number, number, number, number] | null;
  tileUrlTemplate: string;
  tileAttribution: string;
  initialCenter: [number, number];
  initialZoom: number;
  /** Where the built map is served from at `/`. */
  frontendDistDir: string;
  production: boolean;
  /** Largest GraphQL request body accepted (bytes). */
  maxRequestBytes: number;
  /**
   * HS256 signing key for access tokens (VIGIE_JWT_SECRET, at least 32 characters). When unset: kept in
   * a file next to the embedded data directory (made once, mode 600), or made per process for
   * in-memory databases; refused at start for a production server deployment (instances must share it).
   */
  jwtSecret?: string;
  accessTokenMinutes: number;
  refreshTokenDays: number;
  /**
   * Requests without a token act as a `viewer` for queries (never mutations). A stop-gap while the map
   * has no login screen: VIGIE_ALLOW_ANONYMOUS_READ=true. Default false in production, true otherwise.
   */
  allowAnonymousRead: boolean;
  /** First administrator, created on start when no administrator exists yet. */
  initialAdmin?: { email: string; password: string; name: string };
  /** The Fès demo seed also creates one demo account per role (default: outside production only). */
  demoAccounts: boolean;
  /** Origins allowed to call the API from a browser (VIGIE_CORS_ORIGINS, comma separated); none: same origin only. */
  corsOrigins: string[];
  /** Express `trust proxy` (VIGIE_TRUST_PROXY), so that throttling sees the client address behind a proxy. */
  trustProxy: string | false;
  /**
   * Sign-in throttling within loginWindowMinutes (auth/login-throttle.ts): failures of one account from
   * one address before that pair is locked (also where the account's slow-down starts); failures from
   * one address on any account before that address is slowed down (never locked).
   */
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
  /** GraphQL operations deeper or costlier than this are refused before they run. */
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /**
   * Processes serving HTTP on a database server (VIGIE_WORKERS, node:cluster; default 1). The embedded
   * PGlite lives inside one process and always runs one.
   */
  workers: number;
  /** Keep analysis answers in memory per data revision (VIGIE_ANALYSIS_CACHE, default true; false for benchmark references). */
  analysisCache: boolean;
  /**
   * Time one GraphQL request may take (VIGIE_REQUEST_TIMEOUT_MS): past it, it answers REQUEST_TIMEOUT,
   * its remaining statements are refused and its transaction rolled back (server databases also get
   * it as statement_timeout).
   */
  requestTimeoutMs: number;
  /**
   * Time a request marked long may take (VIGIE_LONG_REQUEST_TIMEOUT_MS): undoing a change set, which
   * reverts an import of 100,000 buildings in about 80 s on the embedded database.
   */
  longRequestTimeoutMs: number;
  /** Evidence photos: storage, size limit, distance flag (config/installation-config.ts). */
  evidence: EvidenceConfig;
  /** Tolerances of the as-built acceptance against the design (config/installation-config.ts). */
  acceptanceTolerances: AcceptanceTolerances;
}

/** Nest injection token of the VigieConfig (provided by DatabaseModule), beside the type it names. */
export const VIGIE_CONFIG = Symbol('VIGIE_CONFIG');

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
    deploymentExtent: extentFrom(env.VIGIE_DEPLOYMENT_EXTENT, FES_EXTENT),
    tileUrlTemplate: env.VIGIE_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    tileAttribution: env.VIGIE_TILE_ATTRIBUTION ?? '© OpenStreetMap contributors',
    initialCenter: [-4.99, 34.04],
    initialZoom: 13,
    frontendDistDir: env.VIGIE_FRONTEND_DIR ?? resolve(REPOSITORY_ROOT, 'frontend', 'dist'),
    production: env.NODE_ENV === 'production',
    maxRequestBytes: integerFrom(env.VIGIE_MAX_REQUEST_BYTES, 5 * 1024 * 1024),
    jwtSecret: env.VIGIE_JWT_SECRET || undefined,
    accessTokenMinutes: integerFrom(env.VIGIE_ACCESS_TOKEN_MINUTES, 15),
    refreshTokenDays: integerFrom(env.VIGIE_REFRESH_TOKEN_DAYS, 14),
    allowAnonymousRead: booleanFrom(env.VIGIE_ALLOW_ANONYMOUS_READ, env.NODE_ENV !== 'production'),
    initialAdmin:
      env.VIGIE_ADMIN_EMAIL && env.VIGIE_ADMIN_PASSWORD
        ? { email: env.VIGIE_ADMIN_EMAIL, password: env.VIGIE_ADMIN_PASSWORD, name: env.VIGIE_ADMIN_NAME || 'Administrator' }
        : undefined,
    demoAccounts: booleanFrom(env.VIGIE_DEMO_ACCOUNTS, env.NODE_ENV !== 'production'),
    corsOrigins: (env.VIGIE_CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    trustProxy: env.VIGIE_TRUST_PROXY || false,
    loginMaxFailuresPerAccount: integerFrom(env.VIGIE_LOGIN_MAX_FAILURES_PER_ACCOUNT, 5),
    loginMaxFailuresPerAddress: integerFrom(env.VIGIE_LOGIN_MAX_FAILURES_PER_ADDRESS, 30),
    loginWindowMinutes: integerFrom(env.VIGIE_LOGIN_WINDOW_MINUTES, 15),
    maxQueryDepth: integerFrom(env.VIGIE_MAX_QUERY_DEPTH, 12),
    maxQueryComplexity: integerFrom(env.VIGIE_MAX_QUERY_COMPLEXITY, 100_000),
    workers: integerFrom(env.VIGIE_WORKERS, 1),
    analysisCache: booleanFrom(env.VIGIE_ANALYSIS_CACHE, true),
    requestTimeoutMs: integerFrom(env.VIGIE_REQUEST_TIMEOUT_MS, 10_000),
    longRequestTimeoutMs: integerFrom(env.VIGIE_LONG_REQUEST_TIMEOUT_MS, 300_000),
    evidence: evidenceConfigFrom(
      env,
      // An in-memory database (overridden to undefined) keeps its evidence in a temporary directory.
      'embeddedDataDir' in overrides ? overrides.embeddedDataDir : (env.VIGIE_DATA_DIR ?? resolve(REPOSITORY_ROOT, 'data', 'pglite')),
      REPOSITORY_ROOT,
    ),
    acceptanceTolerances: acceptanceTolerancesFrom(env),
    ...overrides,
  };
  return config;
}

/**
 * Fès and about 50 km around it (the demo spans -5.08..-4.94, 33.98..34.08): room for the city's growth
 * and its outlying sites, while a swapped [latitude, longitude] (34.0, -5.0) or a point in another
 * country is far outside.
 */
export const FES_EXTENT: [number, number, number, number] = [-5.6, 33.6, -4.4, 34.5];

function extentFrom(value: string | undefined, fallback: [number, number, number, number]): [number, number, number, number] | null {
  if (value === undefined || value === '') return fallback;
  if (/^none$/i.test(value.trim())) return null;
  const numbers = value.split(',').map((part) => Number(part.trim()));
  const [minLongitude, minLatitude, maxLongitude, maxLatitude] = numbers;
  const valid =
    numbers.length === 4 && numbers.every(Number.isFinite) &&
    minLongitude >= -180 && maxLongitude <= 180 && minLatitude >= -90 && maxLatitude <= 90 &&
    minLongitude < maxLongitude && minLatitude < maxLatitude;
  if (!valid) throw new Error(`VIGIE_DEPLOYMENT_EXTENT must be "minLongitude,minLatitude,maxLongitude,maxLatitude" or "none"; got "${value}"`);
  return [minLongitude, minLatitude, maxLongitude, maxLatitude];
}

function booleanFrom(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  throw new Error(`Expected true or false, got "${value}"`);
}

function integerFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed)) throw new Error(`Expected an integer, got "${value}"`);
  return parsed;
}
