import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import type { PathOptions, Renderer } from 'leaflet';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON, Pane, useMap, useMapEvent } from 'react-leaflet';
import type { BuildingNode } from '../layers/buildingsQuery';
import { mapCanvas } from '../layers/mapCanvas';
import { coordsToLatLng, useGeoJsonKey } from '../layers/layerSupport';
import type { ZoneNode } from '../layers/zonesQuery';
import { graticuleCovers, graticuleLines, type Bbox } from './graticule';

export const OFFLINE_BASEMAP_PANE = 'vigie-offline-basemap';

const ZONE_GROUND: PathOptions = { color: '#c9c2b3', weight: 1, fillColor: '#ebe6dc', fillOpacity: 1, interactive: false };
const BUILDING_GROUND: PathOptions = { color: '#bdb6a8', weight: 0.5, fillColor: '#dcd6cb', fillOpacity: 1, interactive: false };
const GRATICULE: PathOptions = { color: '#b8c0c8', weight: 0.7, opacity: 0.8, dashArray: '2 4', interactive: false };

/**
 * The basemap drawn when tiles cannot be used: a light paper background (CSS), zone grounds,
 * building footprints and a neutral graticule, in a pane under every data layer.
 */
export function OfflineBasemap({ zones, buildings }: { zones: readonly ZoneNode[]; buildings: readonly BuildingNode[] }) {
  const zoneData = useMemo(() => groundOf(zones.map((zone) => zone.boundary)), [zones]);
  const buildingData = useMemo(() => groundOf(buildings.map((building) => building.footprint)), [buildings]);
  const zoneKey = useGeoJsonKey('zones', zoneData);
  const buildingKey = useGeoJsonKey('buildings', buildingData);
  const { t, i18n } = useTranslation();
  // The pane's own canvas, which (like the data layers' one) is not redrawn by a pan within its margin.
  const map = useMap();
  const [renderer] = useState<Renderer | undefined>(() => (map.options.preferCanvas ? mapCanvas({ pane: OFFLINE_BASEMAP_PANE }) : undefined));
  // A Path option that GeoJSON hands to the layers it makes (react-leaflet's props omit it).
  const onCanvas = { renderer } as object;
  return (
    <Pane name={OFFLINE_BASEMAP_PANE} style={{ zIndex: 190, pointerEvents: 'none' }}>
      <GeoJSON
        // The attribution is read when the layer is made: made again in a new language.
        key={`ground-${zoneKey}-${i18n.language}`}
        data={zoneData}
        coordsToLatLng={coordsToLatLng}
        style={() => ZONE_GROUND}
        interactive={false}
        attribution={t('app.offlineAttribution')}
        {...onCanvas}
      />
      <GeoJSON
        key={`ground-${buildingKey}`}
        data={buildingData}
        coordsToLatLng={coordsToLatLng}
        style={() => BUILDING_GROUND}
        interactive={false}
        {...onCanvas}
      />
      <Graticule onCanvas={onCanvas} />
    </Pane>
  );
}

/** Basemap features carry no layer id: they are background, not data the user can toggle or count. */
function groundOf(geometries: Geometry[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: geometries.map((geometry): Feature => ({ type: 'Feature', geometry, properties: { basemap: true } })),
  };
}

function Graticule({ onCanvas }: { onCanvas: object }) {
  const map = useMap();
  const drawnFor = useRef(bboxOf(map));
  const [lines, setLines] = useState<FeatureCollection<LineString>>(() => graticuleLines(drawnFor.current));
  useMapEvent('moveend', () => {
    const view = bboxOf(map);
    if (graticuleCovers(drawnFor.current, view)) return;
    drawnFor.current = view;
    setLines(graticuleLines(view));
  });
  const key = useGeoJsonKey('zones', lines);
  return <GeoJSON key={`graticule-${key}`} data={lines} coordsToLatLng={coordsToLatLng} style={() => GRATICULE} interactive={false} {...onCanvas} />;
}

function bboxOf(map: ReturnType<typeof useMap>): Bbox {
  const bounds = map.getBounds();
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}
