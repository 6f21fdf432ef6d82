import { t } from '../../i18n/i18n';
import { formatWithUnit } from '../../i18n/format';
import { circleMarker } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { labelOf } from '../../domain/labels';
import { poleMarkerStyle } from '../mapStyles';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder, type LayerFeature } from './layerSupport';
import type { PoleNode } from './polesQuery';
import { tooltipHtml } from './tooltips';

type PoleFeature = LayerFeature<PoleNode>;

export function PolesLayer({ poles }: { poles: readonly PoleNode[] }) {
  const data = useMemo(() => toFeatureCollection('poles', poles, (pole) => pole.location), [poles]);
  return (
    <GeoJSON
      key={useGeoJsonKey('poles', data)}
      ref={useStackingOrder('poles')}
      data={data}
      coordsToLatLng={coordsToLatLng}
      pointToLayer={(feature: PoleFeature, latLng) => circleMarker(latLng, poleMarkerStyle(feature.properties.node.status, feature.properties.node.existing))}
      onEachFeature={(feature: PoleFeature, layer) => {
        const pole = feature.properties.node;
        layer.bindTooltip(
          tooltipHtml(`Pole ${pole.code}`, [
            [t('field.kind'), labelOf(pole.kind)],
            [t('field.status'), labelOf(pole.status)],
            [t('field.height'), pole.heightMeters === null ? null : formatWithUnit(pole.heightMeters, 'm')],
            [t('field.owner'), pole.owner],
            [t('field.existing'), pole.existing ? t('field.existingValue') : null],
          ]),
          { direction: 'top', offset: [0, -3], className: 'vigie-leaflet-tooltip' },
        );
      }}
    />
  );
}
