import { t } from '../../i18n/i18n';
import { formatDistance, formatWithUnit } from '../../i18n/format';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { labelOf } from '../../domain/labels';
import { powerFeedStyle } from '../mapStyles';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder, type LayerFeature } from './layerSupport';
import type { PowerFeedNode } from './powerFeedsQuery';
import { tooltipHtml } from './tooltips';

type PowerFeedFeature = LayerFeature<PowerFeedNode>;

export function PowerFeedsLayer({ powerFeeds }: { powerFeeds: readonly PowerFeedNode[] }) {
  const data = useMemo(() => toFeatureCollection('power-feeds', powerFeeds, (feed) => feed.path), [powerFeeds]);
  return (
    <GeoJSON
      key={useGeoJsonKey('power-feeds', data)}
      ref={useStackingOrder('power-feeds')}
      data={data}
      coordsToLatLng={coordsToLatLng}
      style={(feature) => powerFeedStyle((feature as PowerFeedFeature).properties.node)}
      onEachFeature={(feature: PowerFeedFeature, layer) => {
        const feed = feature.properties.node;
        layer.bindTooltip(
          tooltipHtml(`Power feed ${feed.code}`, [
            [t('field.status'), labelOf(feed.status)],
            [t('field.switched'), feed.switched ? t('field.yes') : t('field.no')],
            [t('field.voltage'), feed.voltage === null ? null : formatWithUnit(feed.voltage, 'V', 0)],
            [t('field.length'), formatDistance(feed.lengthMeters)],
            [t('field.existing'), feed.existing ? t('field.existingValue') : null],
          ]),
          { sticky: true, className: 'vigie-leaflet-tooltip' },
        );
      }}
    />
  );
}
