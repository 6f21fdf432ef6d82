import { circleMarker } from 'leaflet';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { t } from '../../i18n/i18n';
import { ACTIVE_STATES, PRIORITY_COLOURS, type FaultRow } from '../../faults/faultsApi';
import { coordsToLatLng, useGeoJsonKey } from './layerSupport';
import { tooltipHtml } from './tooltips';

type FaultFeature = Feature<Point, { layer: 'faults'; fault: FaultRow }>;

/** Faults on the map, by priority (colour) and state (filled while active, hollow once resolved); a click opens the ticket. */
export function FaultsLayer({ faults, selectedId, onPick }: { faults: readonly FaultRow[]; selectedId: string | null; onPick: (id: string) => void }) {
  const data = useMemo<FeatureCollection<Point, FaultFeature['properties']>>(
    () => ({
      type: 'FeatureCollection',
      features: faults.map((fault) => ({ type: 'Feature', geometry: fault.location as Point, properties: { layer: 'faults', fault } })),
    }),
    [faults],
  );
  const key = useGeoJsonKey('cameras', data);
  return (
    <GeoJSON
      key={`faults-${key}-${selectedId ?? ''}`}
      data={data}
      coordsToLatLng={coordsToLatLng}
      pointToLayer={(feature: FaultFeature, latLng) => {
        const { fault } = feature.properties;
        const active = ACTIVE_STATES.includes(fault.state);
        const colour = PRIORITY_COLOURS[fault.priority] ?? '#607d8b';
        return circleMarker(latLng, {
          radius: fault.id === selectedId ? 11 : 8,
          color: fault.sla.overdue && active ? '#000000' : colour,
          weight: fault.id === selectedId ? 4 : 2,
          fillColor: colour,
          fillOpacity: active ? 0.9 : 0.1,
          dashArray: active ? undefined : '3 3',
        });
      }}
      onEachFeature={(feature: FaultFeature, layer) => {
        const { fault } = feature.properties;
        layer.bindTooltip(
          tooltipHtml(`P${fault.priority} · ${t(`faults.category.${fault.category}`)}`, [
            [t('faults.stateLabel'), t(`faults.state.${fault.state}`)],
            [t('faults.asset'), fault.assetCode ?? t('faults.atPoint')],
            [t('faults.overdue'), fault.sla.overdue ? t('faults.yes') : null],
          ]),
          { direction: 'top', offset: [0, -6], className: 'vigie-leaflet-tooltip' },
        );
        layer.on('click', () => onPick(fault.id));
      }}
    />
  );
}
