import { VigieError } from '../../common/errors/vigie-errors';

/**
 * Why a file is refused as a whole (nothing staged, nothing written). Each reason travels as
 * `extensions.reason` on a BAD_USER_INPUT (PAYLOAD_TOO_LARGE for sizes) GraphQL error, with a message
 * that says what to do.
 */
export const FILE_REFUSALS = [
  'EMPTY_FILE',
  'UNSUPPORTED_FORMAT',
  'EXTENSION_MISMATCH',
  'CORRUPT_ARCHIVE',
  'ARCHIVE_PATH',
  'ARCHIVE_TOO_LARGE',
  'ARCHIVE_TOO_MANY_ENTRIES',
  'NESTED_ARCHIVE',
  'SHAPEFILE_INCOMPLETE',
  'NO_DATASET',
  'SEVERAL_DATASETS',
  'UNKNOWN_CRS',
  'WRONG_CRS',
  'INVALID_ENCODING',
  'INVALID_XML',
  'XML_ENTITIES',
  'TOO_DEEP',
  'INVALID_JSON',
  'NO_FEATURES',
  'TOO_MANY_FEATURES',
  'MIXED_GEOMETRY_TYPES',
  'NO_GEOMETRY',
  'UNREADABLE',
] as const;
export type FileRefusal = (typeof FILE_REFUSALS)[number];

export function refuseFile(reason: FileRefusal, message: string, details: Record<string, unknown> = {}): VigieError {
  const code = reason === 'ARCHIVE_TOO_LARGE' || reason === 'TOO_MANY_FEATURES' ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT';
  return new VigieError(code, message, { reason, ...details });
}
