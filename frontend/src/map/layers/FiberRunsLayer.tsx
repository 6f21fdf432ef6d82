import { t } from '../../i18n/i18n';
import { formatDistance } from '../../i18n/format';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { labelOf } from '../../domain/labels';
import { fiberRunStyle } from '../mapStyles';
import type { FiberRunNode } from './fiberRunsQuery';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder, type LayerFeature } from './layerSupport';
import { tooltipHtml } from './tooltips';

type FiberRunFeature = LayerFeature<FiberRunNode>;

export function FiberRunsLayer({ fiberRuns }: { fiberRuns: readonly FiberRunNode[] }) {
  const data = useMemo(() => toFeatureCollection('fiber-runs', fiberRuns, (run) => run.path), [fiberRuns]);
  return (
    <GeoJSON
      key={useGeoJsonKey('fiber-runs', data)}
      ref={useStackingOrder('fiber-runs')}
      data={data}
      coordsToLatLng={coordsToLatLng}
      style={(feature) => fiberRunStyle((feature as FiberRunFeature).properties.node)}
      onEachFeature={(feature: FiberRunFeature, layer) => {
        const run = feature.properties.node;
        layer.bindTooltip(
          tooltipHtml(`Fiber run ${run.code}`, [
            [t('field.status'), labelOf(run.status)],
            [t('field.strands'), run.strandCount],
            [t('field.install'), labelOf(run.installMethod)],
            [t('field.length'), formatDistance(run.lengthMeters)],
            [t('field.existing'), run.existing ? t('field.existingValue') : null],
          ]),
          { sticky: true, className: 'vigie-leaflet-tooltip' },
        );
      }}
    />
  );
}
