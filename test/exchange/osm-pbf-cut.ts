import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/**
 * A small OpenStreetMap PBF decoder written for the tests, independent of GDAL (which Vigie imports with): it
 * reads nodes and ways (relations are left out) of an .osm.pbf, so that a test can cut a bounded part of a real
 * extract, write it as .osm XML, and count what Vigie should import from it by its own reading of the tags.
 * Format: https://wiki.openstreetmap.org/wiki/PBF_Format (length-prefixed BlobHeader/Blob, zlib PrimitiveBlocks).
 */
export interface OsmNode {
  id: number;
  lat: number;
  lon: number;
  tags: Record<string, string>;
}
export interface OsmWay {
  id: number;
  refs: number[];
  tags: Record<string, string>;
}

class Reader {
  position = 0;
  constructor(readonly bytes: Uint8Array, start = 0, readonly end = bytes.length) {
    this.position = start;
  }
  get done(): boolean {
    return this.position >= this.end;
  }
  varint(): number {
    let result = 0;
    let multiplier = 1;
    for (;;) {
      const byte = this.bytes[this.position++];
      result += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return result;
      multiplier *= 128;
    }
  }
  zigzag(): number {
    const n = this.varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  }
  /** The next field: its number and wire type. */
  key(): [number, number] {
    const key = this.varint();
    return [Math.floor(key / 8), key % 8];
  }
  bytesField(): Reader {
    const length = this.varint();
    const reader = new Reader(this.bytes, this.position, this.position + length);
    this.position += length;
    return reader;
  }
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.position += 8;
    else if (wire === 2) {
      const length = this.varint();
      this.position += length;
    }
    else if (wire === 5) this.position += 4;
    else throw new Error(`wire type ${wire} at ${this.position} of ${this.end}`);
  }
  packed(read: (r: Reader) => number): number[] {
    const inner = this.bytesField();
    const out: number[] = [];
    while (!inner.done) out.push(read(inner));
    return out;
  }
  text(): string {
    const inner = this.bytesField();
    return Buffer.from(inner.bytes.subarray(inner.position, inner.end)).toString('utf8');
  }
}

const uvarint = (r: Reader) => r.varint();
const svarint = (r: Reader) => r.zigzag();

export function readOsmPbf(path: string): { nodes: OsmNode[]; ways: OsmWay[] } {
  const file = readFileSync(path);
  const nodes: OsmNode[] = [];
  const ways: OsmWay[] = [];
  let offset = 0;
  while (offset < file.length) {
    const headerLength = file.readUInt32BE(offset);
    offset += 4;
    const header = new Reader(file, offset, offset + headerLength);
    offset += headerLength;
    let type = '';
    let dataSize = 0;
    while (!header.done) {
      const [field, wire] = header.key();
      if (field === 1) type = header.text();
      else if (field === 3) dataSize = header.varint();
      else header.skip(wire);
    }
    const blob = new Reader(file, offset, offset + dataSize);
    offset += dataSize;
    if (type !== 'OSMData') continue;
    let data: Uint8Array | null = null;
    while (!blob.done) {
      const [field, wire] = blob.key();
      const inner = field === 1 || field === 3 ? blob.bytesField() : (blob.skip(wire), null);
      if (!inner) continue;
      const raw = inner.bytes.subarray(inner.position, inner.end);
      data = field === 1 ? raw : inflateSync(raw);
    }
    if (data) readBlock(data, nodes, ways);
  }
  return { nodes, ways };
}

function readBlock(data: Uint8Array, nodes: OsmNode[], ways: OsmWay[]): void {
  const block = new Reader(data);
  const strings: string[] = [];
  const groups: Reader[] = [];
  let granularity = 100;
  let latOffset = 0;
  let lonOffset = 0;
  while (!block.done) {
    const [field, wire] = block.key();
    if (field === 1) {
      const table = block.bytesField();
      while (!table.done) {
        const [f, w] = table.key();
        if (f === 1) strings.push(table.text());
        else table.skip(w);
      }
    } else if (field === 2) groups.push(block.bytesField());
    else if (field === 17) granularity = block.varint();
    else if (field === 19) latOffset = block.varint();
    else if (field === 20) lonOffset = block.varint();
    else block.skip(wire);
  }
  const tagsOf = (keys: number[], values: number[]) => Object.fromEntries(keys.map((k, i) => [strings[k], strings[values[i]]]));
  for (const group of groups) {
    while (!group.done) {
      const [field, wire] = group.key();
      if (field === 1) {
        const node = group.bytesField();
        let id = 0, lat = 0, lon = 0;
        let keys: number[] = [], values: number[] = [];
        while (!node.done) {
          const [f, w] = node.key();
          if (f === 1) id = node.zigzag();
          else if (f === 2) keys = node.packed(uvarint);
          else if (f === 3) values = node.packed(uvarint);
          else if (f === 8) lat = node.zigzag();
          else if (f === 9) lon = node.zigzag();
          else node.skip(w);
        }
        nodes.push({ id, lat: 1e-9 * (latOffset + granularity * lat), lon: 1e-9 * (lonOffset + granularity * lon), tags: tagsOf(keys, values) });
      } else if (field === 2) {
        const dense = group.bytesField();
        let ids: number[] = [], lats: number[] = [], lons: number[] = [], keysValues: number[] = [];
        while (!dense.done) {
          const [f, w] = dense.key();
          if (f === 1) ids = dense.packed(svarint);
          else if (f === 8) lats = dense.packed(svarint);
          else if (f === 9) lons = dense.packed(svarint);
          else if (f === 10) keysValues = dense.packed(uvarint);
          else dense.skip(w);
        }
        let id = 0, lat = 0, lon = 0, kv = 0;
        for (let i = 0; i < ids.length; i++) {
          id += ids[i];
          lat += lats[i];
          lon += lons[i];
          const tags: Record<string, string> = {};
          while (kv < keysValues.length && keysValues[kv] !== 0) {
            tags[strings[keysValues[kv]]] = strings[keysValues[kv + 1]];
            kv += 2;
          }
          kv++;
          nodes.push({ id, lat: 1e-9 * (latOffset + granularity * lat), lon: 1e-9 * (lonOffset + granularity * lon), tags });
        }
      } else if (field === 3) {
        const way = group.bytesField();
        let id = 0;
        let keys: number[] = [], values: number[] = [], deltas: number[] = [];
        while (!way.done) {
          const [f, w] = way.key();
          if (f === 1) id = way.varint();
          else if (f === 2) keys = way.packed(uvarint);
          else if (f === 3) values = way.packed(uvarint);
          else if (f === 8) deltas = way.packed(svarint);
          else way.skip(w);
        }
        let ref = 0;
        ways.push({ id, refs: deltas.map((d) => (ref += d)), tags: tagsOf(keys, values) });
      } else group.skip(wire);
    }
  }
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * The part of an extract inside a box, as .osm XML: the nodes inside, and the ways all of whose nodes are inside
 * (complete geometries, as osmium's "complete_ways" strategy keeps them); no relations.
 */
export function cutToOsmXml(data: { nodes: OsmNode[]; ways: OsmWay[] }, box: { west: number; south: number; east: number; north: number }) {
  const nodes = data.nodes.filter((n) => n.lon >= box.west && n.lon <= box.east && n.lat >= box.south && n.lat <= box.north);
  const inside = new Set(nodes.map((n) => n.id));
  const ways = data.ways.filter((w) => w.refs.length > 0 && w.refs.every((ref) => inside.has(ref)));
  const tags = (t: Record<string, string>) => Object.entries(t).map(([k, v]) => `<tag k="${escape(k)}" v="${escape(v)}"/>`).join('');
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="vigie test cut">', `<bounds minlat="${box.south}" minlon="${box.west}" maxlat="${box.north}" maxlon="${box.east}"/>`];
  for (const n of nodes) lines.push(`<node id="${n.id}" version="1" lat="${n.lat.toFixed(7)}" lon="${n.lon.toFixed(7)}">${tags(n.tags)}</node>`);
  for (const w of ways) lines.push(`<way id="${w.id}" version="1">${w.refs.map((r) => `<nd ref="${r}"/>`).join('')}${tags(w.tags)}</way>`);
  lines.push('</osm>');
  return { xml: `${lines.join('\n')}\n`, nodes, ways };
}
