/**
 * HEIC photos (what phones take): decoded with libheif compiled to WebAssembly (heic-decode, from the
 * npm registry: nothing to install on the server), since sharp's prebuilt libvips reads AVIF but not
 * HEVC. And their EXIF block, found through the file's boxes: exifr reads it when it is stored in the
 * media data (as phones write it), not when it is stored inside the metadata box (`idat`, as libheif's
 * own encoder writes it); this reader handles both.
 */

interface HeicDecoded {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel, rotations and mirrors of the file applied. */
  data: Uint8ClampedArray;
}

let decoderModule: Promise<(input: { buffer: Buffer | Uint8Array }) => Promise<HeicDecoded>> | null = null;
/** Loaded on the first HEIC photo (the WebAssembly module is about 1.5 MB). */
const loadDecoder = () => (decoderModule ??= import('heic-decode').then((module) => module.default ?? (module as unknown as typeof module.default)));

/** The primary image's pixels; throws when the file cannot be decoded. */
export async function decodeHeic(body: Buffer): Promise<HeicDecoded> {
  const decode = await loadDecoder();
  const image = await decode({ buffer: body });
  if (!(image.width > 0 && image.height > 0) || image.data.length !== image.width * image.height * 4) {
    throw new Error('the HEIC image decoded to no pixels');
  }
  return image;
}

interface Box {
  type: string;
  /** Where the box's content starts (after its header) and ends. */
  start: number;
  end: number;
}

function boxesIn(buffer: Buffer, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  let offset = from;
  while (offset + 8 <= to) {
    let size = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > to) break;
      size = Number(buffer.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = to - offset;
    }
    if (size < header || offset + size > to) break;
    boxes.push({ type, start: offset + header, end: offset + size });
    offset += size;
  }
  return boxes;
}

function readUint(buffer: Buffer, offset: number, size: number): number {
  if (size === 0) return 0;
  if (size === 1) return buffer.readUInt8(offset);
  if (size === 2) return buffer.readUInt16BE(offset);
  if (size === 4) return buffer.readUInt32BE(offset);
  if (size === 8) return Number(buffer.readBigUInt64BE(offset));
  throw new Error(`field size ${size}`);
}

/**
 * The EXIF block (a TIFF structure: "II*\0" or "MM\0*" first) of a HEIF file, or null when it has none
 * or its boxes do not hold together. Reads only the boxes' bytes: never more than the buffer.
 */
export function heifExifTiff(buffer: Buffer): Buffer | null {
  try {
    const meta = boxesIn(buffer, 0, buffer.length).find((box) => box.type === 'meta');
    if (!meta) return null;
    const children = boxesIn(buffer, meta.start + 4, meta.end); // meta is a full box: version and flags first
    const iinf = children.find((box) => box.type === 'iinf');
    const iloc = children.find((box) => box.type === 'iloc');
    const idat = children.find((box) => box.type === 'idat');
    if (!iinf || !iloc) return null;

    // iinf: the Exif item's id.
    const iinfVersion = buffer.readUInt8(iinf.start);
    const entryCountSize = iinfVersion === 0 ? 2 : 4;
    let exifItemId: number | null = null;
    for (const infe of boxesIn(buffer, iinf.start + 4 + entryCountSize, iinf.end)) {
      if (infe.type !== 'infe') continue;
      const version = buffer.readUInt8(infe.start);
      if (version < 2) continue;
      const idSize = version === 3 ? 4 : 2;
      const itemId = readUint(buffer, infe.start + 4, idSize);
      const itemType = buffer.toString('latin1', infe.start + 4 + idSize + 2, infe.start + 4 + idSize + 6);
      if (itemType === 'Exif') {
        exifItemId = itemId;
        break;
      }
    }
    if (exifItemId === null) return null;

    // iloc: where its bytes are (in the file, or inside idat for construction method 1).
    const version = buffer.readUInt8(iloc.start);
    let offset = iloc.start + 4;
    const offsetSize = buffer.readUInt8(offset) >> 4;
    const lengthSize = buffer.readUInt8(offset) & 0xf;
    const baseOffsetSize = buffer.readUInt8(offset + 1) >> 4;
    const indexSize = version === 1 || version === 2 ? buffer.readUInt8(offset + 1) & 0xf : 0;
    offset += 2;
    const itemCount = readUint(buffer, offset, version < 2 ? 2 : 4);
    offset += version < 2 ? 2 : 4;
    for (let item = 0; item < itemCount; item++) {
      const itemId = readUint(buffer, offset, version < 2 ? 2 : 4);
      offset += version < 2 ? 2 : 4;
      const constructionMethod = version === 1 || version === 2 ? buffer.readUInt16BE(offset) & 0xf : 0;
      if (version === 1 || version === 2) offset += 2;
      offset += 2; // data_reference_index
      const baseOffset = readUint(buffer, offset, baseOffsetSize);
      offset += baseOffsetSize;
      const extentCount = buffer.readUInt16BE(offset);
      offset += 2;
      const extents: [number, number][] = [];
      for (let extent = 0; extent < extentCount; extent++) {
        offset += indexSize;
        const extentOffset = readUint(buffer, offset, offsetSize);
        offset += offsetSize;
        const extentLength = readUint(buffer, offset, lengthSize);
        offset += lengthSize;
        extents.push([extentOffset, extentLength]);
      }
      if (itemId !== exifItemId) continue;
      if (constructionMethod > 1 || (constructionMethod === 1 && !idat)) return null;
      const origin = constructionMethod === 1 ? idat!.start : 0;
      const limit = constructionMethod === 1 ? idat!.end : buffer.length;
      const parts = extents.map(([start, length]) => {
        const from = origin + baseOffset + start;
        const to = length === 0 ? limit : from + length;
        if (from < origin || to > limit || to < from) throw new RangeError('Exif extent outside the file');
        return buffer.subarray(from, to);
      });
      const data = Buffer.concat(parts);
      if (data.length < 12) return null;
      // The item starts with the offset of the TIFF header after these 4 bytes ("Exif\0\0" before it, on phones).
      const tiffStart = 4 + data.readUInt32BE(0);
      const tiff = data.subarray(tiffStart);
      const magic = tiff.toString('latin1', 0, 4);
      return magic === 'II*\0' || magic === 'MM\0*' ? tiff : null;
    }
    return null;
  } catch {
    return null;
  }
}
