/**
 * Facts read from a photo's metadata, as plain functions: the EXIF time without the process's time
 * zone, and a display label from a user's file name that can never act as a path.
 */

export interface ExifTime {
  /** The camera's wall-clock time as written, `YYYY-MM-DDTHH:MM:SS` (no zone). */
  local: string;
  /** The UTC offset written with it (OffsetTimeOriginal), `+01:00`; null when the photo has none. */
  offset: string | null;
  /** The instant, only when the offset is known: a local time alone could be any zone. */
  at: Date | null;
}

const EXIF_DATE_TIME = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/**
 * DateTimeOriginal ("2026:12:07 10:15:30") with OffsetTimeOriginal ("+01:00"), read as the strings
 * the file holds (exifr with reviveValues false): exifr's revived Date is built in the server
 * process's time zone, which would move every photo by the server's offset.
 */
export function parseExifTime(dateTimeOriginal: unknown, offsetTimeOriginal: unknown): ExifTime | null {
  if (typeof dateTimeOriginal !== 'string') return null;
  const match = EXIF_DATE_TIME.exec(dateTimeOriginal.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number) as unknown as number[];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60 || year < 1900) return null;
  const local = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`;
  const offsetMatch = typeof offsetTimeOriginal === 'string' ? OFFSET.exec(offsetTimeOriginal.trim()) : null;
  if (!offsetMatch || Number(offsetMatch[2]) > 14 || Number(offsetMatch[3]) > 59) return { local, offset: null, at: null };
  const offset = offsetMatch[0];
  const offsetMinutes = (offsetMatch[1] === '-' ? -1 : 1) * (Number(offsetMatch[2]) * 60 + Number(offsetMatch[3]));
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
  return { local, offset, at };
}

/** A GPS position from EXIF, or null when absent or not a position on Earth (0,0 is a "no fix" placeholder). */
export function exifPosition(latitude: unknown, longitude: unknown): [number, number] | null {
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  if (latitude === 0 && longitude === 0) return null;
  return [longitude, latitude];
}

export const MAX_DISPLAY_NAME_LENGTH = 120;

/**
 * The label shown for an uploaded file: its last path segment only, control and path characters
 * removed, at most 120 characters. It names nothing on disk (storage keys come from the content hash).
 */
export function displayNameOf(fileName: string | null | undefined): string | null {
  if (!fileName) return null;
  const lastSegment = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = lastSegment
    .normalize('NFC')
    // Control characters, bidi overrides and characters that mean something to shells or file systems.
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069<>:"|?*]/g, '')
    .replace(/^\.+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_DISPLAY_NAME_LENGTH);
  return cleaned || null;
}
