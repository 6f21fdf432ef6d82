import { t } from '../../i18n/i18n';
import { formatDegrees, formatDistance } from '../../i18n/format';
import { circleMarker } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { labelOf } from '../../domain/labels';
import { cameraMarkerStyle } from '../mapStyles';
import type { CameraNode } from './camerasQuery';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder, type LayerFeature } from './layerSupport';
import { tooltipHtml } from './tooltips';

type CameraFeature = LayerFeature<CameraNode>;

/** Cameras as circle markers on the shared canvas, coloured by status. */
export function CamerasLayer({ cameras }: { cameras: readonly CameraNode[] }) {
  const data = useMemo(() => toFeatureCollection('cameras', cameras, (camera) => camera.location), [cameras]);
  return (
    <GeoJSON
      key={useGeoJsonKey('cameras', data)}
      ref={useStackingOrder('cameras')}
      data={data}
      coordsToLatLng={coordsToLatLng}
      pointToLayer={(feature: CameraFeature, latLng) => circleMarker(latLng, cameraMarkerStyle(feature.properties.node.status))}
      onEachFeature={(feature: CameraFeature, layer) => {
        const camera = feature.properties.node;
        layer.bindTooltip(
          tooltipHtml(camera.name ? `${camera.code} · ${camera.name}` : camera.code, [
            [t('field.status'), labelOf(camera.status)],
            [t('field.model'), camera.model ? `${camera.model.name} (${labelOf(camera.model.kind)})` : null],
            [t('field.heading'), formatDegrees(camera.headingDegrees)],
            [t('field.fieldOfView'), formatDegrees(camera.horizontalFieldOfViewDegrees)],
            [t('field.detectionRange'), formatDistance(camera.detectionRangeMeters)],
          ]),
          { direction: 'top', offset: [0, -6], className: 'vigie-leaflet-tooltip' },
        );
      }}
    />
  );
}
