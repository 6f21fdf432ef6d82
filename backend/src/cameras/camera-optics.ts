import type { LensSpecification } from '../core/optics';
import { depthForPixelDensity, horizontalFieldOfViewRangeDegrees, IEC_62676_4_DORI_LADDER, resolveHorizontalFieldOfViewDegrees } from '../core/optics';
import type { CameraModel } from '../camera-models/camera-model.entity';
import type { Camera } from './camera.entity';
import { badInput } from '../common/errors/vigie-errors';

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

/**
 * The one focal-length rule, for a saved camera and a coverage preview alike: a focal length only on a
 * model whose lens has one to set, within its range (BAD_USER_INPUT otherwise). Empty is always fine.
 */
export function checkFocalLength(model: Pick<CameraModel, 'name' | 'focalLengthMinMm' | 'focalLengthMaxMm'>, focalLengthMm: number | null | undefined): void {
  if (focalLengthMm == null) return;
  const minimum = model.focalLengthMinMm;
  const maximum = model.focalLengthMaxMm ?? model.focalLengthMinMm;
  if (minimum === null || maximum === null) throw badInput(`${model.name} has a fixed lens; leave focalLengthMm empty.`);
  if (focalLengthMm < minimum - 1e-9 || focalLengthMm > maximum + 1e-9) {
    throw badInput(`focalLengthMm ${focalLengthMm} is outside ${model.name}'s range ${minimum}-${maximum} mm.`);
  }
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
