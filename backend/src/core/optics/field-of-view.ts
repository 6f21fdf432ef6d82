/**
 * Lens geometry: fields of view from sensor and focal length (pinhole model, square pixels),
 * varifocal lenses and PTZ optical zoom.
 */
import { degreesToRadians, radiansToDegrees } from '../geometry/angles';

/** HFOV = 2 atan(sensorWidth / (2 focalLength)). */
export function horizontalFieldOfViewDegrees(sensorWidthMillimeters: number, focalLengthMillimeters: number): number {
  if (sensorWidthMillimeters <= 0 || focalLengthMillimeters <= 0) {
    throw new RangeError('sensor width and focal length must be positive');
  }
  return radiansToDegrees(2 * Math.atan(sensorWidthMillimeters / (2 * focalLengthMillimeters)));
}

/**
 * VFOV from HFOV and the pixel aspect: with square pixels the sensor height is
 * width * verticalPixels / horizontalPixels, so tan(VFOV/2) = tan(HFOV/2) * verticalPixels / horizontalPixels.
 */
export function verticalFieldOfViewDegrees(
  horizontalFieldOfViewDegreesValue: number,
  horizontalPixels: number,
  verticalPixels: number,
): number {
  const halfTangent = Math.tan(degreesToRadians(horizontalFieldOfViewDegreesValue) / 2);
  return radiansToDegrees(2 * Math.atan((halfTangent * verticalPixels) / horizontalPixels));
}

/**
 * HFOV after an optical zoom: focal length scales with the zoom factor, so
 * tan(HFOV_zoom/2) = tan(HFOV_wide/2) / zoom.
 */
export function zoomedHorizontalFieldOfViewDegrees(wideHorizontalFieldOfViewDegrees: number, zoomFactor: number): number {
  if (zoomFactor < 1) throw new RangeError('zoom factor must be at least 1 (1 = widest)');
  const halfTangent = Math.tan(degreesToRadians(wideHorizontalFieldOfViewDegrees) / 2);
  return radiansToDegrees(2 * Math.atan(halfTangent / zoomFactor));
}

/** How a camera model's lens is described in the catalogue. */
export type LensSpecification =
  /** A model whose datasheet gives the HFOV directly. */
  | { kind: 'fixed_field_of_view'; horizontalFieldOfViewDegrees: number }
  /** A fixed lens given by sensor width and focal length. */
  | { kind: 'fixed_focal_length'; sensorWidthMillimeters: number; focalLengthMillimeters: number }
  /** A varifocal lens, set anywhere between its extremes at installation. */
  | {
      kind: 'varifocal';
      sensorWidthMillimeters: number;
      minimumFocalLengthMillimeters: number;
      maximumFocalLengthMillimeters: number;
    }
  /** A PTZ: HFOV at the widest setting and the maximum optical zoom factor. */
  | { kind: 'optical_zoom'; wideHorizontalFieldOfViewDegrees: number; maximumOpticalZoom: number };

export interface LensSetting {
  /** For a varifocal lens; defaults to the widest (shortest) focal length. */
  focalLengthMillimeters?: number;
  /** For an optical-zoom lens; defaults to 1 (widest). */
  zoomFactor?: number;
}

/** HFOV range a lens can reach, widest first. */
export function horizontalFieldOfViewRangeDegrees(lens: LensSpecification): { widestDegrees: number; narrowestDegrees: number } {
  switch (lens.kind) {
    case 'fixed_field_of_view':
      return { widestDegrees: lens.horizontalFieldOfViewDegrees, narrowestDegrees: lens.horizontalFieldOfViewDegrees };
    case 'fixed_focal_length': {
      const degrees = horizontalFieldOfViewDegrees(lens.sensorWidthMillimeters, lens.focalLengthMillimeters);
      return { widestDegrees: degrees, narrowestDegrees: degrees };
    }
    case 'varifocal':
      return {
        widestDegrees: horizontalFieldOfViewDegrees(lens.sensorWidthMillimeters, lens.minimumFocalLengthMillimeters),
        narrowestDegrees: horizontalFieldOfViewDegrees(lens.sensorWidthMillimeters, lens.maximumFocalLengthMillimeters),
      };
    case 'optical_zoom':
      return {
        widestDegrees: lens.wideHorizontalFieldOfViewDegrees,
        narrowestDegrees: zoomedHorizontalFieldOfViewDegrees(lens.wideHorizontalFieldOfViewDegrees, lens.maximumOpticalZoom),
      };
  }
}

/** HFOV of a lens at a setting; settings outside the lens's range are refused, not clamped. */
export function resolveHorizontalFieldOfViewDegrees(lens: LensSpecification, setting: LensSetting = {}): number {
  switch (lens.kind) {
    case 'fixed_field_of_view':
    case 'fixed_focal_length':
      return horizontalFieldOfViewRangeDegrees(lens).widestDegrees;
    case 'varifocal': {
      const focalLength = setting.focalLengthMillimeters ?? lens.minimumFocalLengthMillimeters;
      if (focalLength < lens.minimumFocalLengthMillimeters || focalLength > lens.maximumFocalLengthMillimeters) {
        throw new RangeError(
          `focal length ${focalLength} mm is outside ${lens.minimumFocalLengthMillimeters}-${lens.maximumFocalLengthMillimeters} mm`,
        );
      }
      return horizontalFieldOfViewDegrees(lens.sensorWidthMillimeters, focalLength);
    }
    case 'optical_zoom': {
      const zoom = setting.zoomFactor ?? 1;
      if (zoom < 1 || zoom > lens.maximumOpticalZoom) {
        throw new RangeError(`zoom ${zoom}x is outside 1-${lens.maximumOpticalZoom}x`);
      }
      return zoomedHorizontalFieldOfViewDegrees(lens.wideHorizontalFieldOfViewDegrees, zoom);
    }
  }
}
