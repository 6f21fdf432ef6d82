import L, { circleMarker } from 'leaflet';
import type { FeatureCollection, Point } from 'geojson';
import { useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { FlaggedCameraEntry } from '../../analysis/designChecksApi';
import { coordsToLatLng } from './layerSupport';

export const DESIGN_CHECK_BADGE_COLOUR = '#d50000';
/** Beyond this many flagged cameras no badge is drawn (the design is not built yet; the list says so): pans stay fast. */
export const MAX_DESIGN_CHECK_BADGES = 2_000;

type BadgeProperties = { layer: 'design-check-badges'; cameraId: string; kinds: string[] };

/**
 * A red ring around each camera a design check flags: one small layer of the flagged cameras only,
 * on the shared canvas and not interactive (a click still reaches the camera under it), so 10,000
 * cameras cost nothing more when few are flagged (and no badge at all beyond MAX_DESIGN_CHECK_BADGES).
 */
export function DesignCheckBadgesLayer({ flagged }: { flagged: readonly FlaggedCameraEntry[] }) {
  const data = useMemo<FeatureCollection<Point, BadgeProperties>>(
    () => ({
      type: 'FeatureCollection',
      features: (flagged.length > MAX_DESIGN_CHECK_BADGES ? [] : flagged).map((camera) => ({
        type: 'Feature',
        geometry: camera.location,
        properties: { layer: 'design-check-badges', cameraId: camera.id, kinds: [...camera.kinds] },
      })),
    }),
    [flagged],
  );
  // react-leaflet's GeoJSON draws its data once: a new key for new findings.
  const key = useMemo(() => flagged.map((camera) => `${camera.id}:${camera.kinds.join('+')}`).join(','), [flagged]);
  if (flagged.length > MAX_DESIGN_CHECK_BADGES) return null;
  return (
    <GeoJSON
      key={`design-check-badges-${key.length}-${hash(key)}`}
      data={data}
      coordsToLatLng={coordsToLatLng}
      pointToLayer={(_feature, latLng) =>
        circleMarker(latLng, { radius: 9, color: DESIGN_CHECK_BADGE_COLOUR, weight: 3, fill: false, interactive: false, pmIgnore: true } as L.CircleMarkerOptions)}
    />
  );
}

function hash(text: string): number {
  let value = 0;
  for (let index = 0; index < text.length; index++) value = (Math.imul(31, value) + text.charCodeAt(index)) | 0;
  return value;
}
