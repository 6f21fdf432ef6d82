import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { divIcon, latLngBounds, type LatLngBounds } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, MapContainer, Marker } from 'react-leaflet';
import type { AppConfig } from '../app/appConfigQuery';
import { BaseMap } from '../map/basemap/BaseMap';
import type { BuildingNode } from '../map/layers/buildingsQuery';
import { coordsToLatLng } from '../map/layers/layerSupport';

export interface SpotMapCamera {
  id: string;
  code: string;
  location: { coordinates: number[] };
  /** The camera's field of view at the black spot's required level. */
  area: MultiPolygon | null;
}

interface ReportSpotMapProps {
  boundary: Polygon;
  uncovered: MultiPolygon;
  cameras: readonly SpotMapCamera[];
  buildings: readonly BuildingNode[];
  config: AppConfig;
  forceOffline: boolean;
  label: string;
}

const NOOP = () => undefined;

/** Bounds of the black spot and its cameras, with a little margin. */
function boundsOf(boundary: Polygon, cameras: readonly SpotMapCamera[]): LatLngBounds {
  const points = [...boundary.coordinates[0], ...cameras.map((camera) => camera.location.coordinates)];
  return latLngBounds(points.map(([lon, lat]) => [lat, lon])).pad(0.12);
}

/**
 * One black spot for print: its outline, the uncovered part, the fields of view of the cameras that
 * serve it and the cameras as labelled divIcons (Leaflet's default marker image breaks in print).
 * Static: no controls, no dragging, no animations (a print must not catch a frame mid-zoom); SVG, so
 * the PDF keeps vectors. Tiles from the deployment, the offline basemap when they fail or are off.
 */
export function ReportSpotMap({ boundary, uncovered, cameras, buildings, config, forceOffline, label }: ReportSpotMapProps) {
  const bounds = useMemo(() => boundsOf(boundary, cameras), [boundary, cameras]);
  const fields = useMemo(
    () => ({ type: 'FeatureCollection' as const, features: cameras.flatMap((camera) => (camera.area ? [{ type: 'Feature' as const, geometry: camera.area as Geometry, properties: {} }] : [])) }),
    [cameras],
  );
  return (
    <div className="report-map" dir="ltr" role="img" aria-label={label}>
      <MapContainer
        bounds={bounds}
        zoomControl={false}
        attributionControl
        dragging={false}
        scrollWheelZoom={false}
        doubleClickZoom={false}
        boxZoom={false}
        keyboard={false}
        touchZoom={false}
        zoomAnimation={false}
        fadeAnimation={false}
        markerZoomAnimation={false}
        inertia={false}
        maxZoom={19}
        zoomSnap={0.25}
        className="report-map-canvas"
      >
        <BaseMap
          tileUrlTemplate={config.tileUrlTemplate}
          tileAttribution={config.tileAttribution}
          forceOffline={forceOffline}
          zones={[]}
          buildings={buildings}
          onModeChange={NOOP}
        />
        <GeoJSON data={fields} coordsToLatLng={coordsToLatLng} interactive={false} style={() => ({ color: '#1f5fa8', weight: 1, fillColor: '#3b82c4', fillOpacity: 0.25 })} />
        <GeoJSON data={boundary} coordsToLatLng={coordsToLatLng} interactive={false} style={() => ({ color: '#222', weight: 2, dashArray: '6 4', fill: false })} />
        <GeoJSON data={uncovered} coordsToLatLng={coordsToLatLng} interactive={false} style={() => ({ color: '#b91c1c', weight: 1, fillColor: '#dc2626', fillOpacity: 0.45 })} />
        {cameras.map((camera) => (
          <Marker
            key={camera.id}
            position={[camera.location.coordinates[1], camera.location.coordinates[0]]}
            interactive={false}
            icon={divIcon({ className: 'report-camera-icon', html: `<span class="report-camera-dot"></span><span class="report-camera-code">${escapeHtml(camera.code)}</span>`, iconSize: [12, 12], iconAnchor: [6, 6] })}
          />
        ))}
      </MapContainer>
    </div>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
