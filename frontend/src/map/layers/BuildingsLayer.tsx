import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { BUILDING_STYLE } from '../mapStyles';
import type { BuildingNode } from './buildingsQuery';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder } from './layerSupport';

export function BuildingsLayer({ buildings }: { buildings: readonly BuildingNode[] }) {
  const data = useMemo(() => toFeatureCollection('buildings', buildings, (building) => building.footprint), [buildings]);
  return (
    <GeoJSON
      key={useGeoJsonKey('buildings', data)}
      ref={useStackingOrder('buildings')}
      data={data}
      coordsToLatLng={coordsToLatLng}
      style={() => BUILDING_STYLE}
      interactive={false}
    />
  );
}
