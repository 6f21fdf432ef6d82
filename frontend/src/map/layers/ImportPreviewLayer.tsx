import { circleMarker, geoJSON } from 'leaflet';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import { t } from '../../i18n/i18n';
import { coordsToLatLng } from './layerSupport';
import { tooltipHtml } from './tooltips';

export interface ImportPreviewProperties {
  layer: 'import-preview';
  valid: boolean;
  row: number;
  sourceId: string;
  problems: string[];
}

/** The job's preview (GeoJSON text from importJob) as the layer draws it; rows without a geometry left out. */
export function previewFeatures(previewGeoJson: string | null | undefined): FeatureCollection<Geometry, ImportPreviewProperties> {
  let parsed: { features?: Array<{ geometry: Geometry | null; properties?: Record<string, unknown> }> } | null = null;
  try {
    parsed = previewGeoJson ? JSON.parse(previewGeoJson) : null;
  } catch {
    parsed = null;
  }
  const features: Feature<Geometry, ImportPreviewProperties>[] = [];
  for (const feature of parsed?.features ?? []) {
    if (!feature.geometry) continue;
    const properties = feature.properties ?? {};
    features.push({
      type: 'Feature',
      geometry: feature.geometry,
      properties: {
        layer: 'import-preview',
        valid: properties.valid === true,
        row: Number(properties.row ?? 0),
        sourceId: String(properties.sourceId ?? ''),
        problems: Array.isArray(properties.problems) ? properties.problems.map(String) : [],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

const TO_IMPORT = '#7b1fa2';
const REFUSED = '#d50000';

/**
 * The import wizard's draft layer: a sample of the rows as they would be written (violet, dashed) and
 * the refused ones (red), nothing saved yet; fitted into view when a new report arrives.
 */
export function ImportPreviewLayer({ previewGeoJson }: { previewGeoJson: string }) {
  const map = useMap();
  const data = useMemo(() => previewFeatures(previewGeoJson), [previewGeoJson]);
  // react-leaflet's GeoJSON draws its data once: a new key for each new preview.
  const drawn = useRef({ data, generation: 0 });
  if (drawn.current.data !== data) drawn.current = { data, generation: drawn.current.generation + 1 };
  useEffect(() => {
    if (!data.features.length) return;
    const bounds = geoJSON(data, { coordsToLatLng }).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { paddingTopLeft: [32, 32], paddingBottomRight: [32, 32 + coveredByPanel(map.getContainer())], maxZoom: 18 });
  }, [map, data]);
  return (
    <GeoJSON
      key={`import-preview-${drawn.current.generation}`}
      data={data}
      coordsToLatLng={coordsToLatLng}
      style={(feature) => {
        const { geometry, properties } = feature as Feature<Geometry, ImportPreviewProperties>;
        const colour = properties.valid ? TO_IMPORT : REFUSED;
        // Points keep their solid marker; lines and outlines are dashed: a draft, nothing saved.
        if (geometry.type === 'Point') return { color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 1 };
        return { color: colour, weight: 2.5, dashArray: '6 4', fillColor: colour, fillOpacity: 0.18 };
      }}
      pointToLayer={(feature: Feature<Geometry, ImportPreviewProperties>, latLng) => circleMarker(latLng, {
        radius: 7, color: '#ffffff', weight: 2, fillColor: feature.properties.valid ? TO_IMPORT : REFUSED, fillOpacity: 1,
      })}
      onEachFeature={(feature: Feature<Geometry, ImportPreviewProperties>, layer) => {
        const { valid, row, sourceId, problems } = feature.properties;
        layer.bindTooltip(
          tooltipHtml(`${t('imports.previewRow', { row })} · ${valid ? t('imports.previewValid') : t('imports.previewRefused')}`, [
            [t('imports.sourceId'), sourceId],
            ...problems.slice(0, 3).map((problem): [string, string] => ['•', problem]),
          ]),
          { direction: 'top', offset: [0, -6], className: 'vigie-leaflet-tooltip' },
        );
      }}
    />
  );
}

/** On a phone the side panel is a sheet over the bottom of the map: the pixels it hides (0 beside the map). */
function coveredByPanel(container: HTMLElement): number {
  const panel = document.getElementById('side-panel')?.getBoundingClientRect();
  const map = container.getBoundingClientRect();
  if (!panel || panel.height === 0 || panel.top <= map.top || panel.top >= map.bottom || panel.left > map.left + 1) return 0;
  return Math.min(map.bottom - panel.top, Math.max(0, map.height - 120));
}
