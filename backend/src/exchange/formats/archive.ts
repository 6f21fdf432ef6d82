import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yauzl from 'yauzl';
import { refuseFile } from './import-refusal';

/**
 * Zip archives (a zipped Shapefile, a KMZ) are unpacked here, not by GDAL's /vsizip/, so that what a hostile
 * archive claims is checked before a byte is written: yauzl (chosen for this: it reads the central directory
 * lazily from disk, refuses absolute and `..` entry names, and checks each entry's actual size against the
 * size it claims) and these limits: entry count, each entry's and the total claimed uncompressed size, the
 * bytes really inflated, no nested archives, no links. Entries land flattened under one fresh folder, named
 * by their last path segment (sanitised), so nothing can escape it.
 */
export interface ArchiveLimits {
  maxEntries: number;
  /** Most uncompressed bytes in total (claimed and actual). */
  maxTotalBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 500, maxTotalBytes: 1024 * 1024 * 1024 };

export interface UnpackedEntry {
  /** The entry's name inside the archive (as written there). */
  archiveName: string;
  /** Where it was written. */
  path: string;
  bytes: number;
}

const SAFE_NAME = /[^A-Za-z0-9._\- ]/g;

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (error, zip) => {
      if (error || !zip) reject(refuseFile('CORRUPT_ARCHIVE', `The zip archive cannot be read: ${error?.message ?? 'unknown error'}.`));
      else resolve(zip);
    });
  });
}

/** Lists then unpacks an archive into `folder`, keeping only the entries `keep` accepts (by lower-case extension). */
export async function unpackZip(path: string, folder: string, keep: (extension: string) => boolean, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<UnpackedEntry[]> {
  const zip = await openZip(path);
  const entries: yauzl.Entry[] = [];
  let claimed = 0;
  // First pass: the central directory only, every claim checked before anything is inflated.
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (error: Error) =>
      reject(
        /relative path|absolute path|invalid characters in fileName/i.test(error.message)
          ? refuseFile('ARCHIVE_PATH', `An archive entry points outside the archive (${error.message}); nothing was read.`)
          : refuseFile('CORRUPT_ARCHIVE', `The zip archive is damaged: ${error.message}.`),
      ),
    );
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        return reject(refuseFile('ARCHIVE_TOO_MANY_ENTRIES', `The archive holds ${zip.entryCount} entries; at most ${limits.maxEntries} are read.`, { entries: zip.entryCount }));
      }
      const name = entry.fileName;
      if (name.startsWith('/') || name.includes('\\') || posix.normalize(name).startsWith('..') || /(^|\/)\.\.(\/|$)/.test(name)) {
        zip.close();
        return reject(refuseFile('ARCHIVE_PATH', `The archive entry "${name}" points outside the archive; nothing was read.`, { entry: name }));
      }
      if (!name.endsWith('/')) {
        claimed += entry.uncompressedSize;
        if (entry.uncompressedSize > limits.maxTotalBytes || claimed > limits.maxTotalBytes) {
          zip.close();
          return reject(
            refuseFile('ARCHIVE_TOO_LARGE', `The archive claims ${Math.round(claimed / 1048576)} MB once unpacked; at most ${Math.round(limits.maxTotalBytes / 1048576)} MB are read.`, {
              claimedBytes: claimed,
              limitBytes: limits.maxTotalBytes,
            }),
          );
        }
        const lower = name.toLowerCase();
        if (/\.(zip|kmz|gz|tgz|7z|rar|tar)$/.test(lower)) {
          zip.close();
          return reject(refuseFile('NESTED_ARCHIVE', `The archive holds another archive ("${name}"): unpack it and send the inner file.`, { entry: name }));
        }
        entries.push(entry);
      }
      zip.readEntry();
    });
    zip.readEntry();
  }).catch((error) => {
    throw typeof error === 'object' && error && 'extensions' in error ? error : refuseFile('CORRUPT_ARCHIVE', `The zip archive is damaged: ${(error as Error).message}.`);
  });
  const wanted = entries.filter((entry) => keep(extensionOf(entry.fileName)) && !posix.basename(entry.fileName).startsWith('._'));
  if (!wanted.length) return [];
  // Second pass: inflate what is wanted, counting real bytes.
  const zip2 = await openZip(path);
  const byName = new Map(wanted.map((entry) => [entry.fileName, entry]));
  const out: UnpackedEntry[] = [];
  const used = new Set<string>();
  let inflated = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      zip2.close();
      reject(error && typeof error === 'object' && 'extensions' in error ? error : refuseFile('CORRUPT_ARCHIVE', `The zip archive is damaged or truncated: ${(error as Error)?.message ?? error}.`));
    };
    zip2.on('error', fail);
    zip2.on('end', () => resolve());
    zip2.on('entry', (entry: yauzl.Entry) => {
      if (!byName.has(entry.fileName)) return zip2.readEntry();
      let base = posix.basename(entry.fileName).replace(SAFE_NAME, '_');
      while (used.has(base.toLowerCase())) base = `_${base}`;
      used.add(base.toLowerCase());
      const target = join(folder, base);
      mkdirSync(dirname(target), { recursive: true });
      zip2.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(error);
        let bytes = 0;
        const counter = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            bytes += chunk.length;
            inflated += chunk.length;
            if (inflated > limits.maxTotalBytes) return done(refuseFile('ARCHIVE_TOO_LARGE', `The archive inflates past ${Math.round(limits.maxTotalBytes / 1048576)} MB.`, { limitBytes: limits.maxTotalBytes }));
            done(null, chunk);
          },
        });
        pipeline(stream, counter, createWriteStream(target, { flags: 'wx' }))
          .then(() => {
            out.push({ archiveName: entry.fileName, path: target, bytes });
            zip2.readEntry();
          })
          .catch(fail);
      });
    });
    zip2.readEntry();
  });
  return out;
}

export function extensionOf(name: string): string {
  const base = posix.basename(name).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1) : '';
}
