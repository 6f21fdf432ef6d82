/**
 * GDAL's OSM driver puts the tags it has no column for in `other_tags`, an hstore text:
 * `"key"=>"value","k2"=>"v\"2"`. Parsed by hand (a small state machine, no eval, no regex backtracking).
 */
export function parseHstore(text: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  let i = 0;
  const readQuoted = (): string | null => {
    while (i < text.length && text[i] !== '"') i++;
    if (i >= text.length) return null;
    i++;
    let value = '';
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\' && i + 1 < text.length) i++;
      value += text[i++];
    }
    i++;
    return value;
  };
  for (;;) {
    const key = readQuoted();
    if (key === null) break;
    const arrow = text.indexOf('=>', i);
    if (arrow < 0) break;
    i = arrow + 2;
    const value = readQuoted();
    if (value === null) break;
    out[key] = value;
  }
  return out;
}

/** GDAL OSM layers and the OSM element type their `osm_id` names. */
export const OSM_LAYERS = ['points', 'lines', 'multipolygons'] as const;
export type OsmLayer = (typeof OSM_LAYERS)[number];

/** One OSM feature from GDAL as flat tags plus `osm_id` "node/1" | "way/2" | "relation/3", as the shared GeoJSON extracts write it. */
export function osmProperties(layer: OsmLayer, properties: Record<string, unknown>): Record<string, unknown> {
  const { other_tags: otherTags, osm_id: osmId, osm_way_id: osmWayId, ...named } = properties;
  const tags: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(named)) if (value !== null && value !== undefined && value !== '') tags[key] = value;
  Object.assign(tags, parseHstore(typeof otherTags === 'string' ? otherTags : null));
  const id =
    layer === 'points' ? `node/${osmId}` : layer === 'lines' ? `way/${osmId}` : osmId !== null && osmId !== undefined && osmId !== '' ? `relation/${osmId}` : `way/${osmWayId}`;
  return { ...tags, osm_id: id };
}
