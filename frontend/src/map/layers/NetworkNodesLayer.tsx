import { t } from '../../i18n/i18n';
import { circleMarker } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { labelOf } from '../../domain/labels';
import { networkNodeMarkerStyle } from '../mapStyles';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder, type LayerFeature } from './layerSupport';
import type { NetworkNodeNode } from './networkNodesQuery';
import { tooltipHtml } from './tooltips';

type NetworkNodeFeature = LayerFeature<NetworkNodeNode>;

export function NetworkNodesLayer({ networkNodes }: { networkNodes: readonly NetworkNodeNode[] }) {
  const data = useMemo(() => toFeatureCollection('network-nodes', networkNodes, (node) => node.location), [networkNodes]);
  return (
    <GeoJSON
      key={useGeoJsonKey('network-nodes', data)}
      ref={useStackingOrder('network-nodes')}
      data={data}
      coordsToLatLng={coordsToLatLng}
      pointToLayer={(feature: NetworkNodeFeature, latLng) =>
        circleMarker(latLng, networkNodeMarkerStyle(feature.properties.node.kind, feature.properties.node.existing))
      }
      onEachFeature={(feature: NetworkNodeFeature, layer) => {
        const node = feature.properties.node;
        layer.bindTooltip(
          tooltipHtml(node.name || node.code, [
            [t('field.kind'), labelOf(node.kind)],
            [t('field.code'), node.code],
            [t('field.ports'), node.portCount],
            [t('field.strandCapacity'), node.strandCapacity],
            [t('field.existing'), node.existing ? t('field.existingValue') : null],
          ]),
          { direction: 'top', offset: [0, -6], className: 'vigie-leaflet-tooltip' },
        );
      }}
    />
  );
}
