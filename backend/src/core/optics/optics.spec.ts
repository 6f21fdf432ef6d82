import {
  IEC_62676_4_DORI_LADDER,
  assertValidDoriLadder,
  depthForPixelDensity,
  doriBands,
  horizontalFieldOfViewDegrees,
  horizontalFieldOfViewRangeDegrees,
  pixelDensityAtDepth,
  resolveHorizontalFieldOfViewDegrees,
  verticalFieldOfViewDegrees,
  verticalViewBand,
  zoomedHorizontalFieldOfViewDegrees,
} from './index';
import type { CameraViewOptics, DoriLadder } from './index';

/** A 1080p bullet with a 90 degree lens: the worked example of the DORI tables. */
function newCameraView(overrides: Partial<CameraViewOptics> = {}): CameraViewOptics {
  return {
    horizontalPixels: 1920,
    verticalPixels: 1080,
    horizontalFieldOfViewDegrees: 90,
    mountHeightMeters: 6,
    tiltDegrees: 20,
    ...overrides,
  };
}

function bandOf(view: CameraViewOptics, level: string) {
  const result = doriBands(view, IEC_62676_4_DORI_LADDER).find((entry) => entry.level === level);
  if (!result) throw new Error(`no level ${level}`);
  return result;
}

describe('fields of view', () => {
  it('a 1/2.8" sensor (5.6 mm wide) behind a 2.8 mm lens sees 90 degrees', () => {
    expect(horizontalFieldOfViewDegrees(5.6, 2.8)).toBeCloseTo(90, 6);
  });

  it('a 16:9 picture over 90 degrees spans 2 atan(9/16) vertically', () => {
    expect(verticalFieldOfViewDegrees(90, 1920, 1080)).toBeCloseTo((2 * Math.atan(9 / 16) * 180) / Math.PI, 6);
  });

  it('2x optical zoom halves tan(HFOV/2): 90 degrees becomes 2 atan(0.5)', () => {
    expect(zoomedHorizontalFieldOfViewDegrees(90, 2)).toBeCloseTo(53.13, 2);
  });

  it('resolves each catalogue lens kind', () => {
    expect(resolveHorizontalFieldOfViewDegrees({ kind: 'fixed_field_of_view', horizontalFieldOfViewDegrees: 87 })).toBe(87);
    expect(
      resolveHorizontalFieldOfViewDegrees({ kind: 'fixed_focal_length', sensorWidthMillimeters: 5.6, focalLengthMillimeters: 2.8 }),
    ).toBeCloseTo(90, 6);
    const varifocal = {
      kind: 'varifocal' as const,
      sensorWidthMillimeters: 5.6,
      minimumFocalLengthMillimeters: 2.8,
      maximumFocalLengthMillimeters: 12,
    };
    expect(resolveHorizontalFieldOfViewDegrees(varifocal)).toBeCloseTo(90, 6);
    expect(resolveHorizontalFieldOfViewDegrees(varifocal, { focalLengthMillimeters: 12 })).toBeCloseTo(26.27, 1);
    expect(horizontalFieldOfViewRangeDegrees(varifocal).narrowestDegrees).toBeCloseTo(26.27, 1);
    expect(() => resolveHorizontalFieldOfViewDegrees(varifocal, { focalLengthMillimeters: 20 })).toThrow(/outside/);
    const ptz = { kind: 'optical_zoom' as const, wideHorizontalFieldOfViewDegrees: 60, maximumOpticalZoom: 30 };
    expect(resolveHorizontalFieldOfViewDegrees(ptz, { zoomFactor: 30 })).toBeCloseTo(2.205, 2);
    expect(() => resolveHorizontalFieldOfViewDegrees(ptz, { zoomFactor: 40 })).toThrow(/outside/);
  });
});

describe('pixel density', () => {
  it.each([
    ['detection', 25, 38.4],
    ['observation', 62.5, 15.36],
    ['recognition', 125, 7.68],
    ['identification', 250, 3.84],
  ])('1920 px over 90 degrees reaches %s (%p px/m) at %p m', (_level, pixelsPerMeter, depth) => {
    expect(depthForPixelDensity(1920, 90, pixelsPerMeter as number)).toBeCloseTo(depth as number, 6);
    expect(pixelDensityAtDepth(1920, 90, depth as number)).toBeCloseTo(pixelsPerMeter as number, 6);
  });
});

describe('DORI ladder as configuration', () => {
  it('accepts the IEC ladder and a longer one with an inspection level', () => {
    expect(() => assertValidDoriLadder(IEC_62676_4_DORI_LADDER)).not.toThrow();
    const withInspection: DoriLadder = [...IEC_62676_4_DORI_LADDER, { level: 'inspection', pixelsPerMeter: 1000, targetHeightMeters: 1.2 }];
    expect(() => assertValidDoriLadder(withInspection)).not.toThrow();
    const bands = doriBands(newCameraView({ mountHeightMeters: 2, tiltDegrees: 0, horizontalFieldOfViewDegrees: 20 }), withInspection);
    expect(bands.map((band) => band.level)).toEqual(['detection', 'observation', 'recognition', 'identification', 'inspection']);
  });

  it('refuses a ladder out of order', () => {
    expect(() =>
      assertValidDoriLadder([
        { level: 'a', pixelsPerMeter: 100, targetHeightMeters: 0 },
        { level: 'b', pixelsPerMeter: 50, targetHeightMeters: 0 },
      ]),
    ).toThrow(/increasing/);
  });
});

describe('vertical view band', () => {
  //  camera 6 m, tilted 20 degrees down, VFOV 58.7 degrees
  //   C
  //   |\  \  steepest ray 49.4 degrees: ground blind zone ends at 6 / tan(49.4) = 5.15 m
  //   | \      \  flattest ray points above the horizon: no far limit
  //   |__\___________________________ ground
  it('gives the blind zone near the foot of the pole and no far limit when the top ray is above the horizon', () => {
    const band = verticalViewBand(6, 0, 20, verticalFieldOfViewDegrees(90, 1920, 1080));
    expect(band?.nearMeters).toBeCloseTo(5.15, 2);
    expect(band?.farMeters).toBe(Infinity);
  });

  it('a steep camera sees the ground only up to where its top ray lands', () => {
    const band = verticalViewBand(10, 0, 60, 30);
    // steepest ray 75 degrees below horizontal, flattest 45 degrees
    expect(band?.nearMeters).toBeCloseTo(10 / Math.tan((75 * Math.PI) / 180), 6);
    expect(band?.farMeters).toBeCloseTo(10 / Math.tan((45 * Math.PI) / 180), 6);
  });

  it('a camera looking straight down includes its own foot', () => {
    expect(verticalViewBand(10, 0, 90, 40)?.nearMeters).toBe(0);
  });

  it('a camera pointing above the horizon never sees the ground', () => {
    expect(verticalViewBand(6, 0, -30, 20)).toBeNull();
  });
});

describe('DORI bands per camera', () => {
  it('a 6 m camera reaches detection from the blind zone edge to 37.9 m of ground distance', () => {
    const detection = bandOf(newCameraView(), 'detection');
    expect(detection.band?.nearMeters).toBeCloseTo(5.15, 2);
    // slant 38.4 m at 6 m height -> ground sqrt(38.4^2 - 6^2)
    expect(detection.band?.farMeters).toBeCloseTo(Math.sqrt(38.4 ** 2 - 36), 6);
  });

  it('a camera on a 12 m pole has no identification band: 3.84 m of slant distance is less than its height above faces', () => {
    const identification = bandOf(newCameraView({ mountHeightMeters: 12, tiltDegrees: 30 }), 'identification');
    expect(identification.band).toBeNull();
    expect(identification.reason).toBe('density_needs_distance_below_mount_height');
  });

  it('a camera at 4 m looking level has its blind zone beyond the identification limit', () => {
    const identification = bandOf(newCameraView({ mountHeightMeters: 4, tiltDegrees: 0 }), 'identification');
    expect(identification.band).toBeNull();
    expect(identification.reason).toBe('blind_zone_beyond_density_limit');
  });

  it('a camera tilted up never sees the ground plane', () => {
    expect(bandOf(newCameraView({ tiltDegrees: -40 }), 'detection').reason).toBe('target_plane_outside_vertical_view');
  });

  it('caps the band at the camera maximum range', () => {
    expect(bandOf(newCameraView({ maximumRangeMeters: 20 }), 'detection').band?.farMeters).toBe(20);
    expect(bandOf(newCameraView({ maximumRangeMeters: 3 }), 'detection').reason).toBe('beyond_maximum_range');
  });

  it('a PTZ reachable area (free tilt) starts at the foot of the pole', () => {
    expect(bandOf(newCameraView({ tiltDegrees: null }), 'detection').band?.nearMeters).toBe(0);
  });
});
