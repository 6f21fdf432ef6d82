import type { LensSpecification } from '../core/optics';
import { depthForPixelDensity, horizontalFieldOfViewRangeDegrees, IEC_62676_4_DORI_LADDER, resolveHorizontalFieldOfViewDegrees } from '../core/optics';
import type { CameraModel } from '../camera-models/camera-model.entity';
import type { Camera } from './camera.entity';

/** The catalogue row described as the optics core expects a lens. */
export function lensOf(model: CameraModel): LensSpecification {
  if (model.fixedHorizontalFieldOfViewDegrees != null) {
    return { kind: 'fixed_field_of_view', horizontalFieldOfViewDegrees: model.fixedHorizontalFieldOfViewDegrees };
  }
  const minimum = model.focalLengthMinMm as number;
  if (model.focalLengthMaxMm == null || model.focalLengthMaxMm === minimum) {
    return { kind: 'fixed_focal_length', sensorWidthMillimeters: model.sensorWidthMm, focalLengthMillimeters: minimum };
  }
  return {
    kind: 'varifocal',
    sensorWidthMillimeters: model.sensorWidthMm,
    minimumFocalLengthMillimeters: minimum,
    maximumFocalLengthMillimeters: model.focalLengthMaxMm,
  };
}

export type ZoomLens = Extract<LensSpecification, { kind: 'optical_zoom' }>;

/** A PTZ's lens as the zoom core expects it: widest HFOV and the optical zoom factor. */
export function zoomLensOf(model: CameraModel): ZoomLens {
  const lens = lensOf(model);
  const { widestDegrees, narrowestDegrees } = horizontalFieldOfViewRangeDegrees(lens);
  const fromFocal = model.focalLengthMaxMm && model.focalLengthMinMm ? model.focalLengthMaxMm / model.focalLengthMinMm : null;
  const maximumOpticalZoom = Math.max(1, model.opticalZoom ?? fromFocal ?? (narrowestDegrees > 0 ? widestDegrees / narrowestDegrees : 1));
  return { kind: 'optical_zoom', wideHorizontalFieldOfViewDegrees: widestDegrees, maximumOpticalZoom };
}

export function cameraHorizontalFieldOfViewDegrees(camera: Pick<Camera, 'focalLengthMm'>, model: CameraModel): number {
  return resolveHorizontalFieldOfViewDegrees(lensOf(model), { focalLengthMillimeters: camera.focalLengthMm ?? undefined });
}

/** Depth along the axis where the image still holds the detection density (25 px/m by default). */
export function cameraDetectionRangeMeters(camera: Pick<Camera, 'focalLengthMm'>, model: CameraModel): number {
  const detection = IEC_62676_4_DORI_LADDER.find((rung) => rung.level === 'detection');
  return depthForPixelDensity(model.horizontalPixels, cameraHorizontalFieldOfViewDegrees(camera, model), detection!.pixelsPerMeter);
}
