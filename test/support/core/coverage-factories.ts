/** Test builders for coverage: a 1080p 90-degree bullet on a 6 m pole unless told otherwise. */
import { CoverageCamera, PtzCamera } from '../../../backend/src/core/coverage/camera-coverage';

export function newCamera(overrides: Partial<CoverageCamera> = {}): CoverageCamera {
  return {
    id: 'camera-1',
    positionMeters: { x: 0, y: 0 },
    mountHeightMeters: 6,
    headingDegrees: 90,
    tiltDegrees: 15,
    horizontalFieldOfViewDegrees: 90,
    horizontalPixels: 1920,
    verticalPixels: 1080,
    ...overrides,
  };
}

export function newPtzCamera(overrides: Partial<PtzCamera> = {}): PtzCamera {
  return {
    id: 'ptz-1',
    positionMeters: { x: 0, y: 0 },
    mountHeightMeters: 8,
    panCenterHeadingDegrees: 0,
    panRangeDegrees: 360,
    lens: { kind: 'optical_zoom', wideHorizontalFieldOfViewDegrees: 60, maximumOpticalZoom: 30 },
    horizontalPixels: 1920,
    verticalPixels: 1080,
    ...overrides,
  };
}
