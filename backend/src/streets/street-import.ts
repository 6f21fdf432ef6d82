import type { DataSource, EntityManager } from 'typeorm';
import type { LineString, Position } from 'geojson';
import { validateGeoJson } from '../common/graphql/geojson.scalars';
import { VigieError, badInput, invalidGeometry } from '../common/errors/vigie-errors';
import { translateDatabaseError } from '../common/crud/crud.service';
import { checkInsideExtent, checkVertexCount, type Extent } from '../common/crud/geometry-bounds';
import { MAX_VERTICES } from '../core/bounds';

/** Largest FeatureCollection accepted, in characters of JSON (the HTTP body cap is 5 MB anyway). */
export const MAX_STREET_IMPORT_CHARACTERS = 20 * 1024 * 1024;
export const MAX_STREET_IMPORT_FEATURES = 50_000;
const BATCH = 500;

export interface StreetImportCounts {
  /** Features read. */
  features: number;
  /** Street rows inserted (a MultiLineString gives one row per part). */
  inserted: number;
  /** Existing rows (same sourceId) whose geometry, name or class changed. */
  updated: number;
  /** Existing rows (same sourceId) left as they were. */
  unchanged: number;
  /** Rows repeated inside the file (same sourceId), the later ones ignored. */
  duplicatesInFile: number;
}

/** Where the deployment's streets may be (configuration); no extent, no check (scripts, other cities). */
export interface DeploymentArea {
  extent?: Extent | null;
  name?: string;
}

interface StreetRow {
  path: LineString;
  name: string | null;
  highwayClass: string | null;
  sourceId: string | null;
}

/**
 * Reads a GeoJSON FeatureCollection of street centre lines (OSM export: `highway`, `name`, `osm_id`
 * as "way/123" or 123) into rows, refusing the whole input at the first fault with a coded error.
 * sourceId is `<prefix>:way/<id>` (prefix default "osm"); a MultiLineString part n > 1 gets "#n".
 */
export function parseStreetFeatureCollection(
  featureCollection: string,
  sourcePrefix = 'osm',
  deployment: DeploymentArea = {},
): { rows: StreetRow[]; features: number } {
  if (featureCollection.length > MAX_STREET_IMPORT_CHARACTERS) {
    throw new VigieError('PAYLOAD_TOO_LARGE', `The street file is larger than ${MAX_STREET_IMPORT_CHARACTERS / 1024 / 1024} MB; import it in parts.`, {
      limitCharacters: MAX_STREET_IMPORT_CHARACTERS,
    });
  }
  if (!/^[A-Za-z0-9_.-]{1,40}$/.test(sourcePrefix)) {
    throw badInput('sourcePrefix must be 1 to 40 letters, digits, "_", "." or "-" (e.g. "osm").');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(featureCollection);
  } catch {
    throw badInput('featureCollection is not JSON: send a GeoJSON FeatureCollection as a string.');
  }
  const collection = parsed as { type?: unknown; features?: unknown };
  if (!collection || typeof collection !== 'object' || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw badInput('featureCollection must be a GeoJSON FeatureCollection ({"type":"FeatureCollection","features":[...]}).');
  }
  if (collection.features.length > MAX_STREET_IMPORT_FEATURES) {
    throw new VigieError('PAYLOAD_TOO_LARGE', `At most ${MAX_STREET_IMPORT_FEATURES} features per import; got ${collection.features.length}.`, {
      limitFeatures: MAX_STREET_IMPORT_FEATURES,
    });
  }
  const rows: StreetRow[] = [];
  collection.features.forEach((feature: any, index: number) => {
    const where = `feature ${index + 1}`;
    if (!feature || typeof feature !== 'object' || feature.type !== 'Feature' || !feature.geometry || typeof feature.geometry !== 'object') {
      throw badInput(`${where} is not a GeoJSON Feature with a geometry.`, { featureIndex: index });
    }
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const text = (value: unknown, maximum: number): string | null =>
      typeof value === 'string' && value.trim() ? value.trim().slice(0, maximum) : typeof value === 'number' ? String(value) : null;
    const rawId = properties.osm_id ?? properties['@id'] ?? properties.id ?? feature.id;
    let baseSourceId: string | null = null;
    if (rawId !== undefined && rawId !== null && rawId !== '') {
      const id = String(rawId).trim();
      const osm = /^(way|node|relation)\/(\d+)$/.exec(id);
      if (osm) baseSourceId = `${sourcePrefix}:${osm[1]}/${osm[2]}`;
      else if (/^-?\d+$/.test(id)) baseSourceId = `${sourcePrefix}:way/${id}`;
      else baseSourceId = `${sourcePrefix}:${id}`;
      if (baseSourceId.length > 110) throw badInput(`${where}: its id "${id}" is too long for a source id.`, { featureIndex: index });
    }
    const geometry = feature.geometry as { type?: unknown; coordinates?: unknown };
    let parts: unknown[];
    if (geometry.type === 'LineString') parts = [geometry.coordinates];
    else if (geometry.type === 'MultiLineString' && Array.isArray(geometry.coordinates) && geometry.coordinates.length > 0) parts = geometry.coordinates;
    else throw invalidGeometry(`${where}: a street must be a LineString or MultiLineString; got ${String(geometry.type)}.`, { featureIndex: index });
    parts.forEach((coordinates, part) => {
      let path: LineString;
      try {
        path = validateGeoJson({ type: 'LineString', coordinates }, 'LineString') as LineString;
        checkVertexCount(path, 'street', MAX_VERTICES.Street);
        if (deployment.extent) checkInsideExtent(path, deployment.extent, deployment.name ?? 'this deployment');
      } catch (error) {
        throw invalidGeometry(`${where}${parts.length > 1 ? `, part ${part + 1}` : ''}: ${(error as Error).message}`, { featureIndex: index });
      }
      rows.push({
        path: { type: 'LineString', coordinates: path.coordinates.map((position: Position) => [position[0], position[1]]) },
        name: text(properties.name, 200),
        highwayClass: text(properties.highway, 40),
        sourceId: baseSourceId === null ? null : part === 0 ? baseSourceId : `${baseSourceId}#${part + 1}`,
      });
    });
  });
  return { rows, features: collection.features.length };
}

/**
 * Imports streets all-or-nothing in one transaction; rows with a sourceId already stored are updated
 * when something changed and counted unchanged otherwise. Usable without Nest (tests, scripts).
 */
export async function importStreets(
  dataSource: DataSource,
  featureCollection: string,
  sourcePrefix?: string | null,
  deployment: DeploymentArea = {},
): Promise<StreetImportCounts> {
  const { rows, features } = parseStreetFeatureCollection(featureCollection, sourcePrefix ?? 'osm', deployment);
  const seen = new Set<string>();
  const unique: StreetRow[] = [];
  let duplicatesInFile = 0;
  for (const row of rows) {
    if (row.sourceId !== null) {
      if (seen.has(row.sourceId)) {
        duplicatesInFile++;
        continue;
      }
      seen.add(row.sourceId);
    }
    unique.push(row);
  }
  const counts: StreetImportCounts = { features, inserted: 0, updated: 0, unchanged: 0, duplicatesInFile };
  try {
    await dataSource.transaction(async (manager: EntityManager) => {
      for (let start = 0; start < unique.length; start += BATCH) {
        const batch = unique.slice(start, start + BATCH);
        const result: { inserted: boolean }[] = await manager.query(
          `WITH input AS (
             SELECT ST_SetSRID(ST_GeomFromGeoJSON(r->>'path'), 4326) AS path, r->>'name' AS name,
                    r->>'highwayClass' AS highway_class, r->>'sourceId' AS source_id
               FROM jsonb_array_elements($1::jsonb) AS r)
           INSERT INTO street (version, path, name, highway_class, source_id)
           SELECT 1, path, name, highway_class, source_id FROM input
           ON CONFLICT (source_id) WHERE source_id IS NOT NULL DO UPDATE
              SET path = excluded.path, name = excluded.name, highway_class = excluded.highway_class,
                  version = street.version + 1, updated_at = now()
            WHERE NOT (ST_OrderingEquals(street.path, excluded.path)
                       AND street.name IS NOT DISTINCT FROM excluded.name
                       AND street.highway_class IS NOT DISTINCT FROM excluded.highway_class)
           RETURNING (xmax = 0) AS inserted`,
          [JSON.stringify(batch.map((row) => ({ ...row, path: JSON.stringify(row.path) })))],
        );
        const inserted = result.filter((row) => row.inserted).length;
        counts.inserted += inserted;
        counts.updated += result.length - inserted;
        counts.unchanged += batch.length - result.length;
      }
      const [invalid] = await manager.query(`SELECT count(*)::int AS count FROM street WHERE NOT ST_IsValid(path)`);
      if (invalid.count > 0) throw invalidGeometry('Some imported streets are not valid geometries.');
    });
  } catch (error) {
    throw translateDatabaseError(error, 'Street');
  }
  return counts;
}
