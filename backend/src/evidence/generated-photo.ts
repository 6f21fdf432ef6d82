import sharp from 'sharp';
import type { Position } from 'geojson';

/** EXIF GPS as degrees, minutes and hundredths of seconds (rationals as exiftool writes them). */
function dms(value: number): string {
  const absolute = Math.abs(value);
  const degrees = Math.floor(absolute);
  const minutes = Math.floor((absolute - degrees) * 60);
  const hundredthsOfSeconds = Math.round(((absolute - degrees) * 60 - minutes) * 60 * 100);
  return `${degrees}/1 ${minutes}/1 ${hundredthsOfSeconds}/100`;
}

export interface GeneratedPhotoOptions {
  format?: 'jpeg' | 'png' | 'webp';
  width?: number;
  height?: number;
  /** [longitude, latitude] written as EXIF GPS. */
  gps?: Position;
  /** DateTimeOriginal ("2026:12:07 10:15:30") and OffsetTimeOriginal ("+01:00"). */
  takenAt?: { local: string; offset?: string };
  /** Any colour: different colours give different contents (and hashes). */
  colour?: string;
}

/**
 * A real image made with sharp, with EXIF time and GPS written by sharp's withExif (IFD2: Exif,
 * IFD3: GPS): no exiftool needed, here or in CI. Deterministic: the same options give the same bytes.
 * Used by the tests (evidence, acceptance) and the Fès demo's installation photos.
 */
export async function generatedPhoto(options: GeneratedPhotoOptions = {}): Promise<Buffer> {
  const { format = 'jpeg', width = 640, height = 480, colour = '#336699' } = options;
  let image = sharp({ create: { width, height, channels: 3, background: colour } });
  const exif: Record<string, Record<string, string>> = { IFD0: { Make: 'Vigie test', Model: 'Phone' } };
  if (options.takenAt) {
    exif.IFD2 = { DateTimeOriginal: options.takenAt.local, ...(options.takenAt.offset ? { OffsetTimeOriginal: options.takenAt.offset } : {}) };
  }
  if (options.gps) {
    const [longitude, latitude] = options.gps;
    exif.IFD3 = {
      GPSLatitudeRef: latitude >= 0 ? 'N' : 'S', GPSLatitude: dms(latitude),
      GPSLongitudeRef: longitude >= 0 ? 'E' : 'W', GPSLongitude: dms(longitude),
    };
  }
  image = format === 'jpeg' ? image.jpeg({ quality: 80 }) : format === 'png' ? image.png() : image.webp();
  if (options.gps || options.takenAt || format === 'jpeg') image = image.withExif(exif);
  return image.toBuffer();
}
