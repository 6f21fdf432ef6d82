import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import { cameraSectorPolygon } from '../../geo/cameraSector';
import { cameraSectorStyle } from '../mapStyles';
import type { CameraNode } from './camerasQuery';
import { coordsToLatLng, toFeatureCollection, useGeoJsonKey, useStackingOrder, type LayerFeature } from './layerSupport';

export const SIMPLIFY_ABOVE = 2000;

/** Every camera's field of view as one GeoJSON layer of geodesic sector polygons. */
export function CameraSectorsLayer({ cameras }: { cameras: readonly CameraNode[] }) {
  const data = useMemo(
    () => {
      // Many cameras: coarser arcs (about 6 vertices instead of 20), invisible at city zoom, 3x less to redraw.
      const maxStepDegrees = cameras.length > SIMPLIFY_ABOVE ? 15 : 4;
      return toFeatureCollection('camera-sectors', cameras, (camera) => cameraSectorPolygon({ ...camera, location: camera.location.coordinates }, { maxStepDegrees }));
    },
    [cameras],
  );
  return (
    <GeoJSON
      key={useGeoJsonKey('camera-sectors', data)}
      ref={useStackingOrder('camera-sectors')}
      data={data}
      coordsToLatLng={coordsToLatLng}
      style={(feature) => cameraSectorStyle((feature as LayerFeature<CameraNode>).properties.node.status)}
      interactive={false}
    />
  );
}
