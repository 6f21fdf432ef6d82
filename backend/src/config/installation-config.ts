import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

/** Where evidence photos are kept: a directory beside the data (default) or an S3-compatible bucket. */
export type EvidenceStorageConfig =
  | { kind: 'directory'; directory: string }
  | { kind: 's3'; endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; prefix: string };

export interface EvidenceConfig {
  storage: EvidenceStorageConfig;
  /** Largest photo accepted, bytes (VIGIE_EVIDENCE_MAX_BYTES, default 15 MB). */
  maxPhotoBytes: number;
  /** A photo whose EXIF position is farther than this from its asset is flagged (VIGIE_EVIDENCE_MAX_DISTANCE_METERS, 50). */
  maxDistanceMeters: number;
}

/** How far an as-built camera may stray from its design before it "needs correction". */
export interface AcceptanceTolerances {
  headingDegrees: number;
  tiltDegrees: number;
  positionMeters: number;
  mountHeightMeters: number;
  /** Percentage points of a black spot's area at its required level that the camera may lose. */
  blackSpotLossPoints: number;
}

export const DEFAULT_ACCEPTANCE_TOLERANCES: AcceptanceTolerances = {
  headingDegrees: 5,
  tiltDegrees: 5,
  positionMeters: 3,
  mountHeightMeters: 0.5,
  blackSpotLossPoints: 2,
};

/**
 * Evidence: VIGIE_EVIDENCE_S3_ENDPOINT (with _BUCKET, _ACCESS_KEY_ID, _SECRET_ACCESS_KEY, optional _REGION
 * and _PREFIX) selects an S3-compatible store; otherwise VIGIE_EVIDENCE_DIR, by default `evidence/` beside
 * the embedded data directory (data/evidence), or a per-process temporary directory for in-memory databases.
 */
export function evidenceConfigFrom(env: NodeJS.ProcessEnv, embeddedDataDir: string | undefined, repositoryRoot: string): EvidenceConfig {
  let storage: EvidenceStorageConfig;
  if (env.VIGIE_EVIDENCE_S3_ENDPOINT) {
    const missing = ['VIGIE_EVIDENCE_S3_BUCKET', 'VIGIE_EVIDENCE_S3_ACCESS_KEY_ID', 'VIGIE_EVIDENCE_S3_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
    if (missing.length) throw new Error(`VIGIE_EVIDENCE_S3_ENDPOINT is set but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not.`);
    storage = {
      kind: 's3',
      endpoint: env.VIGIE_EVIDENCE_S3_ENDPOINT,
      bucket: env.VIGIE_EVIDENCE_S3_BUCKET as string,
      region: env.VIGIE_EVIDENCE_S3_REGION || 'us-east-1',
      accessKeyId: env.VIGIE_EVIDENCE_S3_ACCESS_KEY_ID as string,
      secretAccessKey: env.VIGIE_EVIDENCE_S3_SECRET_ACCESS_KEY as string,
      prefix: env.VIGIE_EVIDENCE_S3_PREFIX ?? '',
    };
  } else {
    const directory = env.VIGIE_EVIDENCE_DIR
      ? resolve(env.VIGIE_EVIDENCE_DIR)
      : embeddedDataDir
        ? join(dirname(resolve(embeddedDataDir)), 'evidence')
        : env.DATABASE_URL
          ? resolve(repositoryRoot, 'data', 'evidence')
          : join(tmpdir(), `vigie-evidence-${process.pid}`);
    storage = { kind: 'directory', directory };
  }
  return {
    storage,
    maxPhotoBytes: numberFrom(env.VIGIE_EVIDENCE_MAX_BYTES, 15 * 1024 * 1024, 'VIGIE_EVIDENCE_MAX_BYTES'),
    maxDistanceMeters: numberFrom(env.VIGIE_EVIDENCE_MAX_DISTANCE_METERS, 50, 'VIGIE_EVIDENCE_MAX_DISTANCE_METERS'),
  };
}

/** VIGIE_ACCEPTANCE_HEADING_DEGREES, _TILT_DEGREES, _POSITION_METERS, _MOUNT_HEIGHT_METERS, _BLACK_SPOT_LOSS_POINTS. */
export function acceptanceTolerancesFrom(env: NodeJS.ProcessEnv): AcceptanceTolerances {
  const d = DEFAULT_ACCEPTANCE_TOLERANCES;
  return {
    headingDegrees: numberFrom(env.VIGIE_ACCEPTANCE_HEADING_DEGREES, d.headingDegrees, 'VIGIE_ACCEPTANCE_HEADING_DEGREES'),
    tiltDegrees: numberFrom(env.VIGIE_ACCEPTANCE_TILT_DEGREES, d.tiltDegrees, 'VIGIE_ACCEPTANCE_TILT_DEGREES'),
    positionMeters: numberFrom(env.VIGIE_ACCEPTANCE_POSITION_METERS, d.positionMeters, 'VIGIE_ACCEPTANCE_POSITION_METERS'),
    mountHeightMeters: numberFrom(env.VIGIE_ACCEPTANCE_MOUNT_HEIGHT_METERS, d.mountHeightMeters, 'VIGIE_ACCEPTANCE_MOUNT_HEIGHT_METERS'),
    blackSpotLossPoints: numberFrom(env.VIGIE_ACCEPTANCE_BLACK_SPOT_LOSS_POINTS, d.blackSpotLossPoints, 'VIGIE_ACCEPTANCE_BLACK_SPOT_LOSS_POINTS'),
  };
}

function numberFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number; got "${value}"`);
  return parsed;
}
