import { createReadStream, mkdtempSync, openSync, readSync, closeSync, rmSync, statSync, writeFileSync, readFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Feature, Geometry } from 'geojson';
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import { kml as kmlToGeoJSON } from '@tmcw/togeojson';
import { unpackZip, extensionOf, type ArchiveLimits, DEFAULT_ARCHIVE_LIMITS } from './archive';
import { GdalError, type GdalWorker, type GdalLayerInfo } from './gdal-worker';
import { refuseFile } from './import-refusal';
import { OSM_LAYERS, osmProperties, type OsmLayer } from './osm-tags';

/**
 * Readers of every import format, all ending in one shape: newline-delimited GeoJSON (GeoJSONSeq) files in
 * EPSG:4326 on disk, read back one feature at a time, so an input of any size passes in bounded memory.
 *
 * | format | read by | why |
 * |---|---|---|
 * | GeoJSON | GDAL | streams large files, honours a legacy `crs` member |
 * | KML / KMZ | @tmcw/togeojson on @xmldom/xmldom | GDAL's KML reader drops ExtendedData, the attributes KML authors put there; KMZ unpacked by `archive.ts` |
 * | CSV | GDAL CSV driver | finds lon/lat or WKT columns by name (overridable), types columns |
 * | zipped Shapefile | `archive.ts` (checks) then GDAL | reprojects from any .prj with PROJ, reads .cpg/DBF code pages |
 * | GeoPackage | GDAL | the reference implementation (SQLite inside) |
 * | OSM .osm.pbf / .osm | GDAL OSM driver | assembles ways and multipolygons from nodes, which the raw OSM parsers leave to us |
 */
export const SOURCE_FORMATS = ['geojson', 'kml', 'kmz', 'csv', 'shapefile', 'gpkg', 'osm_pbf', 'osm_xml'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface SourceFeature {
  /** 1-based position in the source (per layer for several layers). */
  row: number;
  layer: string;
  properties: Record<string, unknown>;
  geometry: Geometry | null;
}

export interface ReadOptions {
  /** CSV: the columns holding the position (else found by name). */
  csv?: { longitudeColumn?: string | null; latitudeColumn?: string | null; wktColumn?: string | null };
  /** Several layers or shapefiles: which one (else the only one, else refused). */
  layer?: string | null;
  /** OSM: which of GDAL's layers to read (points, lines, multipolygons). */
  osmLayers?: readonly OsmLayer[];
  archiveLimits?: ArchiveLimits;
  maxKmlDepth?: number;
  /** Most features read in all. */
  maxFeatures?: number;
}

/** What a reader produced: GeoJSONSeq files to stream, and what was learnt about the source. */
export interface ReadSource {
  format: SourceFormat;
  layers: { name: string; path: string; featureCount: number; sourceCrs: string | null; fields: string[] }[];
  /** The folder holding everything the reader wrote; `disposeSource` removes it. */
  folder: string;
}

const EXTENSIONS: Record<string, SourceFormat> = {
  geojson: 'geojson', json: 'geojson', kml: 'kml', kmz: 'kmz', csv: 'csv', tsv: 'csv', txt: 'csv', zip: 'shapefile', gpkg: 'gpkg', pbf: 'osm_pbf', osm: 'osm_xml',
};

/** The format a file is, from its name and its first bytes; a name that lies about the content is refused. */
export function detectFormat(fileName: string, path: string): SourceFormat {
  const size = statSync(path).size;
  if (size === 0) throw refuseFile('EMPTY_FILE', 'The file is empty.');
  const head = Buffer.alloc(Math.min(size, 512));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const lower = fileName.toLowerCase();
  const extension = lower.endsWith('.osm.pbf') ? 'pbf' : extensionOf(lower);
  const named = EXTENSIONS[extension];
  if (!named) throw refuseFile('UNSUPPORTED_FORMAT', `"${basename(fileName)}" is not a format Vigie imports: send GeoJSON, KML/KMZ, CSV, a zipped Shapefile, a GeoPackage or an OSM extract (.osm.pbf, .osm).`, { extension });
  const sniffed = sniff(head);
  const compatible: Record<SourceFormat, string[]> = {
    geojson: ['json'], kml: ['xml-kml'], kmz: ['zip'], csv: ['text'], shapefile: ['zip'], gpkg: ['sqlite'], osm_pbf: ['pbf'], osm_xml: ['xml-osm'],
  };
  if (!compatible[named].includes(sniffed)) {
    throw refuseFile('EXTENSION_MISMATCH', `"${basename(fileName)}" is named .${extension} but its content is ${describe(sniffed)}.`, { extension, content: sniffed });
  }
  return named;
}

function sniff(head: Buffer): string {
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) return 'zip';
  if (head.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000') return 'sqlite';
  if (head.subarray(0, 64).includes(Buffer.from('OSMHeader'))) return 'pbf';
  if (head.includes(0)) return 'binary';
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  if (text.startsWith('<')) return /<osm[\s>]/.test(text) ? 'xml-osm' : /<kml[\s>]/.test(text) || /<Document[\s>]/.test(text) ? 'xml-kml' : 'xml';
  return 'text';
}

function describe(sniffed: string): string {
  return (
    { zip: 'a zip archive', sqlite: 'an SQLite database (GeoPackage)', pbf: 'an OSM PBF extract', binary: 'binary data', json: 'JSON', 'xml-osm': 'OSM XML', 'xml-kml': 'KML', xml: 'XML of an unknown kind', text: 'plain text' } as Record<string, string>
  )[sniffed];
}

/** Reads a source file into GeoJSONSeq layers (EPSG:4326). The caller disposes of the result. */
export async function readSource(gdal: GdalWorker, fileName: string, path: string, options: ReadOptions = {}): Promise<ReadSource> {
  const format = detectFormat(fileName, path);
  const folder = mkdtempSync(join(tmpdir(), 'vigie-import-'));
  try {
    const layers = await readInto(gdal, format, path, folder, options);
    const total = layers.reduce((sum, layer) => sum + layer.featureCount, 0);
    if (total === 0) throw refuseFile('NO_FEATURES', 'The file holds no features.');
    const max = options.maxFeatures ?? 1_000_000;
    if (total > max) throw refuseFile('TOO_MANY_FEATURES', `The file holds ${total} features; at most ${max} are imported at once: split it.`, { features: total, limit: max });
    return { format, layers, folder };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

export function disposeSource(source: ReadSource): void {
  rmSync(source.folder, { recursive: true, force: true });
}

async function readInto(gdal: GdalWorker, format: SourceFormat, path: string, folder: string, options: ReadOptions): Promise<ReadSource['layers']> {
  switch (format) {
    case 'geojson':
      return [(await readPlainGeoJson(path, folder)) ?? (await throughGdal(gdal, { path }, folder, null))];
    case 'gpkg': {
      const info = await describeDataset(gdal, { path });
      const layer = chooseLayer(info.map((l) => l.name), options.layer, 'layer');
      return [await throughGdal(gdal, { path }, folder, layer)];
    }
    case 'csv':
      return [await readCsv(gdal, path, folder, options)];
    case 'shapefile':
      return [await readShapefileZip(gdal, path, folder, options)];
    case 'kml':
      return [readKml(readFileSync(path), folder, options)];
    case 'kmz': {
      const entries = await unpackZip(path, join(folder, 'kmz'), (ext) => ext === 'kml', options.archiveLimits ?? DEFAULT_ARCHIVE_LIMITS);
      if (!entries.length) throw refuseFile('NO_DATASET', 'The KMZ holds no .kml document.');
      const main = entries.find((e) => basename(e.archiveName).toLowerCase() === 'doc.kml') ?? entries[0];
      return [readKml(readFileSync(main.path), folder, options)];
    }
    case 'osm_pbf':
    case 'osm_xml':
      return readOsm(gdal, path, folder, options);
  }
}

async function describeDataset(gdal: GdalWorker, request: { path: string; openOptions?: string[] }): Promise<GdalLayerInfo[]> {
  try {
    return (await gdal.info(request)).layers;
  } catch (error) {
    throw unreadable(error);
  }
}

function unreadable(error: unknown) {
  if (error instanceof GdalError) {
    if (error.timedOut) return refuseFile('UNREADABLE', error.message);
    const words = error.message;
    if (/json/i.test(words) && /pars|syntax|unexpected|expect/i.test(words)) return refuseFile('INVALID_JSON', `The GeoJSON cannot be parsed: ${words}`);
    return refuseFile('UNREADABLE', `The file cannot be read: ${words}`, { gdal: error.gdalErrors.map((e) => e.message) });
  }
  return error;
}

function chooseLayer(names: string[], wanted: string | null | undefined, what: string): string {
  if (!names.length) throw refuseFile('NO_DATASET', `The file holds no ${what}.`);
  if (wanted) {
    if (!names.includes(wanted)) throw refuseFile('NO_DATASET', `No ${what} named "${wanted}"; the file holds ${names.map((n) => `"${n}"`).join(', ')}.`, { layers: names });
    return wanted;
  }
  if (names.length > 1) throw refuseFile('SEVERAL_DATASETS', `The file holds ${names.length} ${what}s (${names.map((n) => `"${n}"`).join(', ')}): choose one.`, { layers: names });
  return names[0];
}

/** One layer through ogr2ogr to GeoJSONSeq in EPSG:4326, moved into the reader's folder. */
async function throughGdal(
  gdal: GdalWorker,
  request: { path: string; openOptions?: string[] },
  folder: string,
  layer: string | null,
  extraArgs: string[] = [],
): Promise<ReadSource['layers'][number]> {
  const info = await describeDataset(gdal, request);
  const layerInfo = layer ? info.find((l) => l.name === layer) : info[0];
  if (!layerInfo) throw refuseFile('NO_FEATURES', 'The file holds no layer of features.');
  // No CRS declared (a Shapefile without .prj, a CSV): the numbers are copied as they are, taken as longitude/latitude and checked per row.
  let result;
  try {
    result = await gdal.translate({
      ...request,
      args: ['-f', 'GeoJSONSeq', ...(layerInfo.crsWkt ? ['-t_srs', 'EPSG:4326'] : []), '-lco', 'RS=NO', '-lco', 'COORDINATE_PRECISION=8', ...extraArgs, ...(layer ? [layer] : [])],
      outputName: 'layer',
    });
  } catch (error) {
    throw unreadable(error);
  }
  const target = join(folder, `${layerInfo.name.replace(/[^A-Za-z0-9_-]/g, '_') || 'layer'}-${Date.now().toString(36)}.geojsonl`);
  writeFileSync(target, '');
  // Moved by copy: the worker's output folder may be on another device than the reader's.
  await copy(result.main, target);
  gdal.removeOutput(result);
  return { name: layerInfo.name, path: target, featureCount: await countLines(target), sourceCrs: layerInfo.epsg ? `EPSG:${layerInfo.epsg}` : layerInfo.crsWkt ? 'custom' : null, fields: layerInfo.fields.map((f) => f.name) };
}

async function copy(from: string, to: string): Promise<void> {
  const out = createWriteStream(to);
  for await (const chunk of createReadStream(from)) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function countLines(path: string): Promise<number> {
  let count = 0;
  for await (const chunk of createReadStream(path)) for (const byte of chunk as Buffer) if (byte === 10) count++;
  return count;
}

const LONGITUDE_NAMES = ['longitude', 'lon', 'lng', 'long', 'x'];
const LATITUDE_NAMES = ['latitude', 'lat', 'y'];
const WKT_NAMES = ['wkt', 'geometry', 'geom', 'the_geom', 'shape'];

async function readCsv(gdal: GdalWorker, path: string, folder: string, options: ReadOptions) {
  const csv = options.csv ?? {};
  const header = firstLine(path);
  const columns = splitCsvHeader(header);
  const find = (names: string[]) => columns.find((c) => names.includes(c.toLowerCase().trim())) ?? null;
  const lon = csv.longitudeColumn ?? find(LONGITUDE_NAMES);
  const lat = csv.latitudeColumn ?? find(LATITUDE_NAMES);
  const wkt = csv.wktColumn ?? (lon && lat ? null : find(WKT_NAMES));
  for (const wanted of [csv.longitudeColumn, csv.latitudeColumn, csv.wktColumn]) {
    if (wanted && !columns.includes(wanted)) throw refuseFile('NO_GEOMETRY', `The CSV has no column "${wanted}"; its columns: ${columns.join(', ')}.`, { columns });
  }
  if (!wkt && !(lon && lat)) {
    throw refuseFile('NO_GEOMETRY', `The CSV has no longitude/latitude columns nor a WKT column (columns: ${columns.join(', ')}): name them, or say which they are.`, { columns });
  }
  const openOptions = wkt
    ? [`GEOM_POSSIBLE_NAMES=${wkt}`, 'KEEP_GEOM_COLUMNS=NO', 'AUTODETECT_TYPE=YES']
    : [`X_POSSIBLE_NAMES=${lon}`, `Y_POSSIBLE_NAMES=${lat}`, 'KEEP_GEOM_COLUMNS=NO', 'AUTODETECT_TYPE=YES'];
  return throughGdal(gdal, { path, openOptions }, folder, null, ['-a_srs', 'EPSG:4326']);
}

function firstLine(path: string): string {
  const buffer = Buffer.alloc(65536);
  const fd = openSync(path, 'r');
  let read = 0;
  try {
    read = readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  const text = decodeUtf8(buffer.subarray(0, read), true);
  return text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
}

function splitCsvHeader(line: string): string[] {
  const separator = [';', '\t', ','].reduce((best, s) => (line.split(s).length > line.split(best).length ? s : best), ',');
  return line.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

async function readShapefileZip(gdal: GdalWorker, path: string, folder: string, options: ReadOptions) {
  const unpacked = await unpackZip(path, join(folder, 'shp'), (ext) => ['shp', 'shx', 'dbf', 'prj', 'cpg'].includes(ext), options.archiveLimits ?? DEFAULT_ARCHIVE_LIMITS);
  const shps = unpacked.filter((e) => extensionOf(e.path) === 'shp');
  const stem = (p: string) => basename(p).replace(/\.[^.]+$/, '');
  const chosen = chooseLayer(shps.map((e) => stem(e.archiveName)), options.layer, 'shapefile');
  const shp = shps.find((e) => stem(e.archiveName) === chosen)!;
  const siblings = new Set(unpacked.filter((e) => stem(e.path).toLowerCase() === stem(shp.path).toLowerCase()).map((e) => extensionOf(e.path)));
  const missing = ['shx', 'dbf'].filter((ext) => !siblings.has(ext));
  if (missing.length) throw refuseFile('SHAPEFILE_INCOMPLETE', `The Shapefile "${chosen}" comes without its ${missing.map((m) => `.${m}`).join(' and ')}: zip all its files together.`, { missing });
  const prj = unpacked.find((e) => stem(e.path).toLowerCase() === stem(shp.path).toLowerCase() && extensionOf(e.path) === 'prj');
  const info = await describeDataset(gdal, { path: shp.path });
  if (prj && !info[0]?.crsWkt) throw refuseFile('UNKNOWN_CRS', `The .prj of "${chosen}" does not describe a coordinate system GDAL knows: export the layer again with its CRS.`);
  const layer = await throughGdal(gdal, { path: shp.path }, folder, null);
  if (!prj) layer.sourceCrs = null;
  return layer;
}

// ---- GeoJSON, the common case without GDAL ----

/**
 * A plain FeatureCollection (no `crs` member, UTF-8, features with no top-level `id`) streamed straight to GeoJSONSeq
 * in this thread: GDAL's GeoJSON reader in wasm parses the file twice (schema, then copy) and took 8-18 s of a
 * 100,000-building import; this takes about a second. Anything else (a legacy `crs`, top-level ids, which GDAL
 * turns into a field or drops by type, a syntax error, a bare Feature) returns null and goes through GDAL as before,
 * so its refusals and its reading of those files do not change. The layer is named as GDAL names it.
 */
async function readPlainGeoJson(path: string, folder: string): Promise<ReadSource['layers'][number] | null> {
  const target = join(folder, `geojson-${Date.now().toString(36)}.geojsonl`);
  const out = createWriteStream(target);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const fields = new Set<string>();
  let count = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let stringStart = -1;
  let lastString = '';
  let inFeatures = false;
  let featureParts: string[] = [];
  let featureStart = -1;
  let skeleton = '';
  let skeletonStart = 0;
  const giveUp = async () => {
    out.destroy();
    rmSync(target, { force: true });
    return null;
  };
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      let text: string;
      try {
        text = decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        return await giveUp();
      }
      if (count === 0 && depth === 0 && !inString) text = text.replace(/^\uFEFF/, '');
      skeletonStart = inFeatures ? -1 : 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) {
            inString = false;
            if (depth === 1 && stringStart >= 0) lastString = text.slice(stringStart, i);
          }
          continue;
        }
        if (c === 34) {
          inString = true;
          stringStart = depth === 1 && !inFeatures ? i + 1 : -1;
          continue;
        }
        if (c === 123 || c === 91) {
          if (inFeatures && depth === 2) {
            if (c !== 123) return await giveUp();
            featureStart = i;
          }
          depth++;
          if (depth === 2 && c === 91 && lastString === 'features' && !inFeatures) {
            inFeatures = true;
            skeleton += `${text.slice(skeletonStart, i + 1)}`;
            skeletonStart = -1;
          }
        } else if (c === 125 || c === 93) {
          depth--;
          if (inFeatures && depth === 2 && c === 125) {
            featureParts.push(text.slice(featureStart, i + 1));
            featureStart = -1;
            const feature = JSON.parse(featureParts.join('')) as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
            featureParts = [];
            if (feature?.type !== 'Feature' || feature.id !== undefined || (feature.properties !== null && feature.properties !== undefined && (typeof feature.properties !== 'object' || Array.isArray(feature.properties)))) {
              return await giveUp();
            }
            const properties = (feature.properties ?? {}) as Record<string, unknown>;
            for (const key in properties) fields.add(key);
            count++;
            if (!out.write(`${JSON.stringify({ type: 'Feature', properties, geometry: feature.geometry ?? null })}\n`)) await once(out, 'drain');
          } else if (inFeatures && depth === 1 && c === 93) {
            inFeatures = false;
            skeletonStart = i;
          }
        } else if (inFeatures && depth === 2 && c !== 44 && c !== 32 && c !== 10 && c !== 13 && c !== 9) {
          return await giveUp();
        }
      }
      if (featureStart >= 0) {
        featureParts.push(text.slice(featureStart));
        featureStart = 0;
      }
      if (skeletonStart >= 0) skeleton += text.slice(skeletonStart);
      if (skeleton.length > 1 << 20) return await giveUp();
    }
    decoder.decode();
    if (depth !== 0 || inString || inFeatures || count === 0) return await giveUp();
    const top = JSON.parse(skeleton) as { type?: unknown; crs?: unknown; name?: unknown; features?: unknown };
    // `features` must have been read here (an empty array left in the skeleton), not missed.
    if (top?.type !== 'FeatureCollection' || top.crs !== undefined || !Array.isArray(top.features) || top.features.length) return await giveUp();
    out.end();
    await once(out, 'finish');
    const name = typeof top.name === 'string' && top.name ? top.name : basename(path).replace(/\.[^.]*$/, '');
    return { name, path: target, featureCount: count, sourceCrs: 'EPSG:4326', fields: [...fields] };
  } catch {
    // Not plain JSON after all (a syntax error, a truncation): GDAL reads it and says what is wrong.
    return await giveUp();
  }
}

// ---- KML ----

function readKml(bytes: Buffer, folder: string, options: ReadOptions): ReadSource['layers'][number] {
  const text = decodeUtf8(bytes, false);
  // KML never needs a DTD; entity definitions are how XML bombs expand.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw refuseFile('XML_ENTITIES', 'The KML declares a DTD or entities, which KML never needs (an XML bomb expands that way): refused.');
  const errors: string[] = [];
  let doc: XmlDocument;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') errors.push(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    throw refuseFile('INVALID_XML', `The KML is not well-formed XML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (errors.length || !doc?.documentElement) throw refuseFile('INVALID_XML', `The KML is not well-formed XML: ${errors[0]?.split('\n')[0] ?? 'no root element'}`);
  const maxDepth = options.maxKmlDepth ?? 32;
  const depth = containerDepth(doc.documentElement);
  if (depth > maxDepth) throw refuseFile('TOO_DEEP', `The KML nests folders ${depth} deep; at most ${maxDepth} levels are read.`, { depth, limit: maxDepth });
  const collection = kmlToGeoJSON(doc as never);
  const target = join(folder, `kml-${Date.now().toString(36)}.geojsonl`);
  const lines: string[] = [];
  for (const feature of collection.features as Feature[]) lines.push(JSON.stringify({ type: 'Feature', properties: flattenKmlProperties(feature.properties ?? {}), geometry: feature.geometry ?? null }));
  writeFileSync(target, lines.length ? `${lines.join('\n')}\n` : '');
  const fields = new Set<string>();
  for (const feature of collection.features) for (const key of Object.keys(feature.properties ?? {})) fields.add(key);
  return { name: 'kml', path: target, featureCount: lines.length, sourceCrs: 'EPSG:4326', fields: [...fields] };
}

function flattenKmlProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    // Styles (colours, widths) are presentation, not asset attributes.
    if (/^(stroke|fill|icon|label|styleUrl|styleHash|styleMap)/.test(key)) continue;
    out[key] = value;
  }
  return out;
}

/** Deepest nesting of Document/Folder elements, walked without recursion (a bomb cannot blow the stack). */
function containerDepth(root: XmlElement): number {
  let deepest = 0;
  const stack: [XmlElement, number][] = [[root, 0]];
  let visited = 0;
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (++visited > 5_000_000) break;
    const name = element.localName ?? element.nodeName;
    const here = name === 'Folder' || name === 'Document' ? depth + 1 : depth;
    if (here > deepest) deepest = here;
    if (deepest > 10_000) return deepest;
    for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child as XmlElement, here]);
  }
  return deepest;
}

// ---- OSM ----

async function readOsm(gdal: GdalWorker, path: string, folder: string, options: ReadOptions): Promise<ReadSource['layers']> {
  const wanted = options.osmLayers ?? OSM_LAYERS;
  const out: ReadSource['layers'] = [];
  for (const layer of wanted) {
    // One conversion per layer, each reopening the file (GDAL's OSM reader is a forward-only pass).
    const read = await throughGdal(gdal, { path }, folder, layer);
    out.push({ ...read, name: layer });
  }
  return out;
}

// ---- streaming back ----

const decoderFatal = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array, lenientTail: boolean): string {
  try {
    return decoderFatal.decode(bytes);
  } catch {
    if (lenientTail) {
      // A 64 KB window may cut a character in two: retry without its last 3 bytes.
      try {
        return decoderFatal.decode(bytes.subarray(0, Math.max(0, bytes.length - 3)));
      } catch {
        /* fall through */
      }
    }
    throw refuseFile('INVALID_ENCODING', 'The text is not valid UTF-8: save it as UTF-8 (for a Shapefile, add a .cpg naming its code page, e.g. "1252" or "UTF-8").');
  }
}

/** The features of a read source, one at a time (bounded memory), with their layer and row. */
export async function* streamFeatures(source: ReadSource): AsyncGenerator<SourceFeature> {
  for (const layer of source.layers) {
    const osm = source.format === 'osm_pbf' || source.format === 'osm_xml';
    const lines = createInterface({ input: createReadStream(layer.path), crlfDelay: Infinity });
    let row = 0;
    for await (const line of lines) {
      if (!line.trim()) continue;
      row++;
      if (line.includes('\uFFFD')) {
        throw refuseFile('INVALID_ENCODING', `Feature ${row} holds text that is not valid in its declared encoding: save it as UTF-8 (for a Shapefile, add a .cpg naming its code page).`, { row });
      }
      const feature = JSON.parse(line) as Feature;
      const properties = (feature.properties ?? {}) as Record<string, unknown>;
      yield {
        row,
        layer: layer.name,
        properties: osm ? osmProperties(layer.name as OsmLayer, properties) : properties,
        geometry: (feature.geometry as Geometry | null) ?? null,
      };
    }
  }
}
