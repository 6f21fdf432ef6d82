import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { ZONE_STYLE } from '../mapStyles';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder } from './layerSupport';
import type { ZoneNode } from './zonesQuery';

export function ZonesLayer({ zones }: { zones: readonly ZoneNode[] }) {
  const data = useMemo(() => toFeatureCollection('zones', zones, (zone) => zone.boundary), [zones]);
  return (
    <GeoJSON
      key={useGeoJsonKey('zones', data)}
      ref={useStackingOrder('zones')}
      data={data}
      coordsToLatLng={coordsToLatLng}
      style={() => ZONE_STYLE}
      interactive={false}
    />
  );
}
