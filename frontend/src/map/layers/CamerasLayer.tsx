import L from 'leaflet';
import { t } from '../../i18n/i18n';
import { formatDegrees, formatDistance } from '../../i18n/format';
import { labelOf } from '../../domain/labels';
import { toLatLng } from '../../geo/coordinates';
import { cameraMarkerStyle } from '../mapStyles';
import type { CameraNode } from './camerasQuery';
import { useFeatureGroup, type FeatureSource } from './featureGroup';
import { tooltipHtml } from './tooltips';

/** What a camera's tooltip says (made when it opens, in the current language). */
export function cameraTooltipHtml(camera: CameraNode): string {
  return tooltipHtml(camera.name ? `${camera.code} · ${camera.name}` : camera.code, [
    [t('field.status'), labelOf(camera.status)],
    [t('field.model'), camera.model ? `${camera.model.name} (${labelOf(camera.model.kind)})` : null],
    [t('field.heading'), formatDegrees(camera.headingDegrees)],
    [t('field.fieldOfView'), formatDegrees(camera.horizontalFieldOfViewDegrees)],
    [t('field.detectionRange'), formatDistance(camera.detectionRangeMeters)],
  ]);
}

const TOOLTIP = { content: cameraTooltipHtml, options: { direction: 'top', offset: [0, -6], className: 'vigie-leaflet-tooltip' } as L.TooltipOptions };

/** Drawn again when the camera changes (its version), not when it is merely reloaded. */
export const cameraSource = (camera: CameraNode): FeatureSource<CameraNode> => ({ id: camera.id, revision: camera.version, node: camera });

function cameraMarker(camera: CameraNode) {
  const options = {
    ...cameraMarkerStyle(camera.status),
    // No Geoman editing handles on 10,000 markers (cameras move with their own handles), but
    // drawn lines still snap to cameras.
    pmIgnore: true,
    snapIgnore: false,
    // Stamped from a bitmap per status on the canvas (see mapCanvas).
    circleSprite: true,
  };
  return { layer: L.circleMarker(toLatLng(camera.location.coordinates), options), geometry: camera.location };
}

/** Cameras as circle markers on the shared canvas, coloured by status: one feature group, updated by difference. */
export function CamerasLayer({ cameras }: { cameras: readonly CameraNode[] }) {
  useFeatureGroup({ layerId: 'cameras', nodes: cameras, sourceOf: cameraSource, build: cameraMarker, tooltip: TOOLTIP });
  return null;
}
