import { t } from '../../i18n/i18n';
import { formatWithUnit } from '../../i18n/format';
import { circleMarker } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { labelOf } from '../../domain/labels';
import { powerSourceMarkerStyle } from '../mapStyles';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder, type LayerFeature } from './layerSupport';
import type { PowerSourceNode } from './powerSourcesQuery';
import { tooltipHtml } from './tooltips';

type PowerSourceFeature = LayerFeature<PowerSourceNode>;

export function PowerSourcesLayer({ powerSources }: { powerSources: readonly PowerSourceNode[] }) {
  const data = useMemo(() => toFeatureCollection('power-sources', powerSources, (source) => source.location), [powerSources]);
  return (
    <GeoJSON
      key={useGeoJsonKey('power-sources', data)}
      ref={useStackingOrder('power-sources')}
      data={data}
      coordsToLatLng={coordsToLatLng}
      pointToLayer={(feature: PowerSourceFeature, latLng) => circleMarker(latLng, powerSourceMarkerStyle(feature.properties.node.existing))}
      onEachFeature={(feature: PowerSourceFeature, layer) => {
        const source = feature.properties.node;
        layer.bindTooltip(
          tooltipHtml(source.name || `Power source ${source.code}`, [
            [t('field.kind'), labelOf(source.kind)],
            [t('field.capacity'), source.capacityWatts === null ? null : formatWithUnit(source.capacityWatts, 'W', 0)],
            [t('field.voltage'), source.voltage === null ? null : formatWithUnit(source.voltage, 'V', 0)],
            [t('field.existing'), source.existing ? t('field.existingValue') : null],
          ]),
          { direction: 'top', offset: [0, -5], className: 'vigie-leaflet-tooltip' },
        );
      }}
    />
  );
}
