import { t } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/format';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { labelOf } from '../../domain/labels';
import { blackSpotStyle } from '../mapStyles';
import type { BlackSpotNode } from './blackSpotsQuery';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder, type LayerFeature } from './layerSupport';
import { tooltipHtml } from './tooltips';

type BlackSpotFeature = LayerFeature<BlackSpotNode>;

export function BlackSpotsLayer({ blackSpots }: { blackSpots: readonly BlackSpotNode[] }) {
  const data = useMemo(() => toFeatureCollection('black-spots', blackSpots, (spot) => spot.boundary), [blackSpots]);
  return (
    <GeoJSON
      key={useGeoJsonKey('black-spots', data)}
      ref={useStackingOrder('black-spots')}
      data={data}
      coordsToLatLng={coordsToLatLng}
      style={(feature) => blackSpotStyle((feature as BlackSpotFeature).properties.node)}
      onEachFeature={(feature: BlackSpotFeature, layer) => {
        const spot = feature.properties.node;
        layer.bindTooltip(
          tooltipHtml(spot.name || spot.code, [
            [t('field.requiredLevel'), labelOf(spot.requiredLevel)],
            [t('field.category'), labelOf(spot.category)],
            [t('field.priority'), `${formatNumber(spot.priority, 0)} / ${formatNumber(5, 0)}`],
          ]),
          { sticky: true, className: 'vigie-leaflet-tooltip' },
        );
      }}
    />
  );
}
