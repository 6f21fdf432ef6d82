import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { fetchBlackSpotCoverages, type BlackSpotCoverage } from '../../analysis/analysisApi';
import { userMessage } from '../../api/errors';
import { labelOf } from '../../domain/labels';
import { formatArea, formatPercent } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import type { CameraSelectionMode } from '../mapUrlState';
import type { BlackSpotNode } from './blackSpotsQuery';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder, type LayerFeature } from './layerSupport';
import { tooltipHtml } from './tooltips';

interface BlindSpot {
  coverage: BlackSpotCoverage;
  spot: BlackSpotNode | undefined;
}
type BlindSpotFeature = LayerFeature<BlindSpot>;

export const BLIND_SPOT_STYLE = { color: '#7f0000', weight: 1.2, dashArray: '4 3', fillColor: '#d50000', fillOpacity: 0.45 } as const;

/** Whether a polygonal geometry has any area to draw (the API answers an empty MultiPolygon for a covered spot). */
export function hasArea(geometry: Geometry | null | undefined): geometry is Polygon | MultiPolygon {
  if (!geometry) return false;
  if (geometry.type === 'Polygon') return geometry.coordinates.length > 0;
  return geometry.type === 'MultiPolygon' && geometry.coordinates.some((polygon) => polygon.length > 0);
}

/**
 * The city's blind spots: what no camera covers at the required level, for every black spot at once
 * (`blackSpotCoverages` of the planned or live cameras, asked again when the cameras change).
 */
export function BlindSpotsLayer({ mode, blackSpots, refreshKey }: {
  mode: CameraSelectionMode;
  blackSpots: readonly BlackSpotNode[];
  /** Changes when the cameras do. */
  refreshKey: unknown;
}) {
  const [coverages, setCoverages] = useState<BlackSpotCoverage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchBlackSpotCoverages(mode, abort.signal).then(
      (answer) => {
        if (abort.signal.aborted) return;
        setCoverages(answer);
        setError(null);
      },
      (failure: unknown) => !abort.signal.aborted && setError(userMessage(failure).message),
    );
    return () => abort.abort();
  }, [mode, refreshKey]);
  const data = useMemo(() => {
    const spots = new Map(blackSpots.map((spot) => [spot.id, spot]));
    const blind = (coverages ?? []).map((coverage) => ({ coverage, spot: spots.get(coverage.blackSpotId) }));
    return toFeatureCollection('blind-spots', blind, (entry) => (hasArea(entry.coverage.uncovered as Geometry) ? entry.coverage.uncovered as Polygon | MultiPolygon : null));
  }, [coverages, blackSpots]);
  const key = useGeoJsonKey('blind-spots', data);
  const stacking = useStackingOrder('blind-spots');
  if (error) return <span hidden data-testid="blind-spots-error">{error}</span>;
  return (
    <>
      <span hidden data-testid="blind-spots-state" data-state={coverages ? 'loaded' : 'loading'} data-count={data.features.length} />
      <GeoJSON
        key={key}
        ref={stacking}
        data={data}
        coordsToLatLng={coordsToLatLng}
        style={() => BLIND_SPOT_STYLE}
        onEachFeature={(feature: BlindSpotFeature, layer) => {
          const { coverage, spot } = feature.properties.node;
          const uncoveredSquareMeters = coverage.areaSquareMeters - coverage.coveredAreaSquareMeters;
          layer.bindTooltip(
            tooltipHtml(t('blindSpots.tooltip', { name: spot?.name || spot?.code || '—' }), [
              [t('field.requiredLevel'), labelOf(coverage.requiredLevel)],
              [t('blindSpots.uncovered'), `${formatArea(uncoveredSquareMeters) ?? ''} (${formatPercent(1 - coverage.coveredFraction) ?? ''})`],
            ]),
            { sticky: true, className: 'vigie-leaflet-tooltip' },
          );
        }}
      />
    </>
  );
}
