import { createHash } from 'node:crypto';
import type SharpConstructor from 'sharp';
import exifr from 'exifr';
import { badInput } from '../common/errors/vigie-errors';
import { exifPosition, parseExifTime, type ExifTime } from '../core/evidence/photo-facts';
import { EVIDENCE_CONTENT_TYPES, type EvidenceContentType } from './evidence-photo.entity';
import { decodeHeic, heifExifTiff } from './heif';

/** What an upload's bytes turned out to be, once checked. */
export interface InspectedPhoto {
  contentHash: string;
  contentType: EvidenceContentType;
  sizeBytes: number;
  widthPixels: number;
  heightPixels: number;
  thumbnail: Buffer;
  takenAt: ExifTime | null;
  /** [longitude, latitude] from EXIF GPS. */
  position: [number, number] | null;
}

/** The declared type as the sniffed one would be named (HEIF containers of both brands count as HEIC). */
const ALIASES: Record<string, EvidenceContentType> = {
  'image/jpeg': 'image/jpeg', 'image/png': 'image/png', 'image/webp': 'image/webp', 'image/heic': 'image/heic', 'image/heif': 'image/heic',
};

export const THUMBNAIL_SIZE_PIXELS = 256;

let fileTypeModule: Promise<typeof import('file-type')> | null = null;
/** file-type is ESM only: loaded once, on first use. */
const fileType = () => (fileTypeModule ??= import('file-type'));
let sharpModule: Promise<typeof SharpConstructor> | null = null;
/**
 * libvips is loaded on the first photo, not at start: processes that never see a photo (schema
 * printing, migrations) do not load it (one schema print in six crashed at exit with it loaded).
 */
const loadSharp = () => (sharpModule ??= import('sharp').then((module) => module.default));

/** The declared Content-Type of an upload, normalised; BAD_USER_INPUT when it is not a photo type at all. */
export function declaredPhotoType(header: string | undefined): EvidenceContentType {
  const declared = (header ?? '').split(';')[0].trim().toLowerCase();
  const type = ALIASES[declared];
  if (!type) {
    throw badInput(`Send the photo as the request body with its image type (${EVIDENCE_CONTENT_TYPES.join(', ')}); got "${declared || 'no type'}".`, {
      reason: 'UNSUPPORTED_TYPE', declaredType: declared || null,
    });
  }
  return type;
}

/**
 * Checks an upload and reads what Vigie keeps of it: the type sniffed from the bytes (JPEG, PNG, WebP,
 * HEIC only, and equal to the declared one), a full decode through the thumbnail (a damaged or
 * truncated image is refused), the displayed size, the EXIF time and GPS position. Writes nothing.
 */
export async function inspectPhoto(body: Buffer, declared: EvidenceContentType): Promise<InspectedPhoto> {
  if (body.length === 0) throw badInput('The photo is empty (0 bytes).', { reason: 'EMPTY' });
  const sniffed = await (await fileType()).fileTypeFromBuffer(body);
  const actual = sniffed ? ALIASES[sniffed.mime] : undefined;
  if (!actual) {
    throw badInput(`This file is not a JPEG, PNG, WebP or HEIC photo (its content is ${sniffed ? sniffed.mime : 'of no known type'}).`, {
      reason: 'UNSUPPORTED_TYPE', sniffedType: sniffed?.mime ?? null,
    });
  }
  if (actual !== declared) {
    throw badInput(`The photo was sent as ${declared} but its content is ${actual}.`, { reason: 'TYPE_MISMATCH', declaredType: declared, sniffedType: actual });
  }
  const sharp = await loadSharp();
  let thumbnail: Buffer;
  let widthPixels: number;
  let heightPixels: number;
  try {
    if (actual === 'image/heic') {
      // libvips here reads AVIF, not HEVC: decoded by libheif (WebAssembly), its rotations applied.
      const image = await decodeHeic(body);
      widthPixels = image.width;
      heightPixels = image.height;
      thumbnail = await sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), {
        raw: { width: image.width, height: image.height, channels: 4 },
      })
        .resize(THUMBNAIL_SIZE_PIXELS, THUMBNAIL_SIZE_PIXELS, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 75 })
        .toBuffer();
      return {
        contentHash: createHash('sha256').update(body).digest('hex'), contentType: actual, sizeBytes: body.length, widthPixels, heightPixels, thumbnail,
        ...(await readExif(body, heifExifTiff(body))),
      };
    }
    const metadata = await sharp(body).metadata();
    // Orientations 5-8 turn the picture a quarter: shown, it is as wide as it is stored high.
    const turned = (metadata.orientation ?? 1) >= 5;
    widthPixels = (turned ? metadata.height : metadata.width) ?? 0;
    heightPixels = (turned ? metadata.width : metadata.height) ?? 0;
    // The whole image is decoded here: a truncated or damaged one fails (sharp's failOn 'warning').
    thumbnail = await sharp(body)
      .rotate()
      .resize(THUMBNAIL_SIZE_PIXELS, THUMBNAIL_SIZE_PIXELS, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
  } catch (error) {
    throw badInput(`The ${actual} photo could not be decoded: it is damaged or truncated, or in an encoding this server cannot read (${(error as Error).message.split('\n')[0]}).`, {
      reason: 'CORRUPTED_IMAGE',
    });
  }
  if (!(widthPixels > 0 && heightPixels > 0)) throw badInput('The photo has no size.', { reason: 'CORRUPTED_IMAGE' });
  return {
    contentHash: createHash('sha256').update(body).digest('hex'),
    contentType: actual,
    sizeBytes: body.length,
    widthPixels,
    heightPixels,
    thumbnail,
    ...(await readExif(body)),
  };
}

/**
 * EXIF time and position; a photo without EXIF (or with unreadable EXIF) simply has neither. `tiff`: the
 * EXIF block found apart (HEIC), read when exifr finds nothing in the whole file.
 */
async function readExif(body: Buffer, tiff: Buffer | null = null): Promise<Pick<InspectedPhoto, 'takenAt' | 'position'>> {
  const read = async (source: Buffer) => {
    let takenAt: ExifTime | null = null;
    let position: [number, number] | null = null;
    try {
      // Strings as written: exifr's revived dates are in the server process's time zone (STACK-NOTES).
      const tags = await exifr.parse(source, { pick: ['DateTimeOriginal', 'OffsetTimeOriginal'], reviveValues: false });
      takenAt = parseExifTime(tags?.DateTimeOriginal, tags?.OffsetTimeOriginal);
    } catch {
      takenAt = null;
    }
    try {
      const gps = await exifr.gps(source);
      position = exifPosition(gps?.latitude, gps?.longitude);
    } catch {
      position = null;
    }
    return { takenAt, position };
  };
  const found = await read(body);
  if (!tiff || (found.takenAt && found.position)) return found;
  const apart = await read(tiff);
  return { takenAt: found.takenAt ?? apart.takenAt, position: found.position ?? apart.position };
}
