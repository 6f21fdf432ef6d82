/** What the export form asks the server for (GET /api/export, backend/src/exchange/export). */
export const EXPORT_LAYERS = [
  'cameras', 'poles', 'network_nodes', 'fiber_runs', 'power_sources', 'power_feeds', 'black_spots', 'zones', 'buildings', 'coverage', 'uncovered',
] as const;
export type ExportLayer = (typeof EXPORT_LAYERS)[number];
export const EXPORT_FORMATS = [
  { id: 'geojson', label: 'GeoJSON' }, { id: 'gpkg', label: 'GeoPackage' }, { id: 'shp', label: 'Shapefile (.zip)' }, { id: 'kml', label: 'KML' }, { id: 'csv', label: 'CSV (WKT)' },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

/** Which map selection kinds belong to which export layer (a selection exports that one record). */
export const LAYER_OF_SELECTION: Record<string, ExportLayer> = {
  camera: 'cameras', pole: 'poles', networkNode: 'network_nodes', fiberRun: 'fiber_runs', powerSource: 'power_sources', powerFeed: 'power_feeds',
  blackSpot: 'black_spots', building: 'buildings', zone: 'zones',
};

export interface ExportChoice {
  layer: ExportLayer;
  format: ExportFormat;
  scope: { kind: 'city' } | { kind: 'zone' | 'work_package'; id: string };
  /** Only these ids (a selection). */
  ids?: string[];
}

export function exportUrl(choice: ExportChoice): string {
  const params = new URLSearchParams({ layer: choice.layer, format: choice.format, scope: choice.scope.kind === 'city' ? 'city' : `${choice.scope.kind}:${choice.scope.id}` });
  if (choice.ids?.length) params.set('ids', choice.ids.join(','));
  return `/api/export?${params.toString()}`;
}

/** The file name a Content-Disposition header gives, else a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? '');
  return match ? match[1] : fallback;
}
