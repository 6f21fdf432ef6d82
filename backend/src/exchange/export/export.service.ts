import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { DataSource } from 'typeorm';
import { badInput } from '../../common/errors/vigie-errors';
import { isUuid } from '../../common/uuid';
import { toCsv } from '../../core/installation/progress';
import { DesignReportService } from '../../report/design-report.service';
import { REPORT_SCOPE_KINDS, type ReportScopeKind } from '../../report/design-report.types';
import { closeSharedGdalWorker, sharedGdalWorker } from '../formats/gdal-worker';
import { EXPORT_LAYERS, loadExportTable, type ExportLayer, type ExportTable } from './export-layers';
import { zipFiles } from './zip-writer';

export const EXPORT_FORMATS = ['geojson', 'csv', 'kml', 'shp', 'gpkg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** At most this many ids in a selection (a URL stays short enough for every proxy). */
export const MAX_SELECTED_IDS = 200;

export interface ExportRequest {
  layer: string;
  format: string;
  /** `city`, `zone:<id>` or `work_package:<id>`. */
  scope?: string;
  /** Comma-separated ids: a selection. */
  ids?: string;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  featureCount: number;
}

const GDAL_DRIVERS: Record<'kml' | 'shp' | 'gpkg', { driver: string; extension: string; contentType: string }> = {
  kml: { driver: 'KML', extension: 'kml', contentType: 'application/vnd.google-earth.kml+xml' },
  shp: { driver: 'ESRI Shapefile', extension: 'zip', contentType: 'application/zip' },
  gpkg: { driver: 'GPKG', extension: 'gpkg', contentType: 'application/geopackage+sqlite3' },
};

/**
 * Layers out to the formats GIS people use. GeoJSON and CSV (geometry as WKT, UTF-8 with BOM, formula
 * cells neutralised) are written here; KML, Shapefile (zipped with .prj and .cpg) and GeoPackage by GDAL
 * (gdal3.js in its worker, formats/gdal-worker.ts) from the GeoJSON, since GDAL is what QGIS reads them with.
 * Every format carries the same attribute names (10 characters at most, the Shapefile limit).
 */
@Injectable()
export class ExportService implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly reports: DesignReportService,
  ) {}

  /** The GDAL worker thread ends with the application (tests start and close many). */
  async onApplicationShutdown(): Promise<void> {
    await closeSharedGdalWorker();
  }

  /** Checks the request (BAD_USER_INPUT naming what is wrong), then reads the layer and writes the file. */
  async export(request: ExportRequest): Promise<ExportFile> {
    const layer = request.layer as ExportLayer;
    if (!(EXPORT_LAYERS as readonly string[]).includes(layer)) throw badInput(`Unknown layer "${request.layer}"; one of ${EXPORT_LAYERS.join(', ')}.`, { field: 'layer' });
    const format = request.format as ExportFormat;
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw badInput(`Unknown format "${request.format}"; one of ${EXPORT_FORMATS.join(', ')}.`, { field: 'format' });
    const [kind, id, extra] = (request.scope || 'city').split(':');
    if (!(REPORT_SCOPE_KINDS as readonly string[]).includes(kind) || extra !== undefined) {
      throw badInput(`Unknown scope "${request.scope}"; city, zone:<id> or work_package:<id>.`, { field: 'scope' });
    }
    const ids = request.ids ? request.ids.split(',').map((value) => value.trim()).filter(Boolean) : null;
    if (ids && (ids.length > MAX_SELECTED_IDS || ids.some((value) => !isUuid(value)))) {
      throw badInput(`ids must be at most ${MAX_SELECTED_IDS} record ids (UUIDs), comma-separated.`, { field: 'ids' });
    }
    const scope = await this.reports.resolveScope({ kind: kind as ReportScopeKind, id: id ?? null });
    let cameraIds: Promise<string[]> | null = null;
    const scopeCameras = () => (cameraIds ??= this.reports.cameraIdsInScope(scope));
    const table = await loadExportTable(this.dataSource.manager, layer, {
      scope,
      ids,
      cameraIds: scopeCameras,
      blackSpots: async () => this.reports.blackSpotsInScope(scope, scope.kind === 'work_package' ? await scopeCameras() : []),
    });
    const name = `vigie-${layer}-${scope.code ? slug(scope.code) : 'city'}`;
    return { ...(await this.write(table, format, name)), featureCount: table.features.length };
  }

  private async write(table: ExportTable, format: ExportFormat, name: string): Promise<Omit<ExportFile, 'featureCount'>> {
    const collection = asFeatureCollection(table);
    if (format === 'geojson') {
      return { fileName: `${name}.geojson`, contentType: 'application/geo+json; charset=utf-8', body: Buffer.from(JSON.stringify(collection), 'utf8') };
    }
    if (format === 'csv') {
      const header = [...table.fields.map((field) => field.name), 'wkt'];
      const rows = table.features.map((feature) => [...table.fields.map((field) => feature.properties[field.name] ?? null), toWkt(feature.geometry)]);
      return { fileName: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(toCsv([header, ...rows]), 'utf8') };
    }
    const { driver, extension, contentType } = GDAL_DRIVERS[format];
    const folder = mkdtempSync(join(tmpdir(), 'vigie-export-'));
    try {
      const input = join(folder, `${table.layer}.geojson`);
      writeFileSync(input, JSON.stringify(collection));
      const args = ['-f', driver, '-nln', table.layer, '-nlt', table.geometryType, '-a_srs', 'EPSG:4326'];
      if (format === 'shp') args.push('-lco', 'ENCODING=UTF-8');
      const gdal = sharedGdalWorker();
      const result = await gdal.translate({ path: input, args, outputName: name });
      try {
        if (format === 'shp') {
          const files = result.files.map((file) => ({ name: `${table.layer}${basename(file).slice(basename(file).lastIndexOf('.'))}`, data: readFileSync(file) }));
          return { fileName: `${name}.${extension}`, contentType, body: zipFiles(files) };
        }
        return { fileName: `${name}.${extension}`, contentType, body: readFileSync(result.main) };
      } finally {
        gdal.removeOutput(result);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

export function asFeatureCollection(table: ExportTable): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: table.features.map((feature) => ({ type: 'Feature', geometry: feature.geometry, properties: feature.properties })),
  };
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60) || 'scope';
}

/** GeoJSON to WKT (the geometry types Vigie stores). */
export function toWkt(geometry: import('geojson').Geometry): string {
  const position = (p: number[]) => `${p[0]} ${p[1]}`;
  const ring = (r: number[][]) => `(${r.map(position).join(', ')})`;
  const polygon = (p: number[][][]) => `(${p.map(ring).join(', ')})`;
  switch (geometry.type) {
    case 'Point': return `POINT (${position(geometry.coordinates)})`;
    case 'LineString': return `LINESTRING ${ring(geometry.coordinates)}`;
    case 'Polygon': return `POLYGON ${polygon(geometry.coordinates)}`;
    case 'MultiPolygon': return geometry.coordinates.length ? `MULTIPOLYGON (${geometry.coordinates.map(polygon).join(', ')})` : 'MULTIPOLYGON EMPTY';
    case 'MultiLineString': return `MULTILINESTRING (${geometry.coordinates.map(ring).join(', ')})`;
    default: throw new Error(`No WKT for ${geometry.type}`);
  }
}
